/**
 * The Ofsted corpus (../shared/ofsted-reports/corpus): 131 real reports as PDF and text, with an answer
 * key made by a separate reader. Shared by the corpus tests and `npm run bench`.
 *
 * The corpus is split once, by a hash of each file name, into a development half (the only reports
 * looked at while writing the parser's rules) and a held-out half (measured, not studied), so that the
 * held-out score says how the parser does on reports it was not written from.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OfstedReport } from '../../src/core/ofsted';

export const CORPUS = path.resolve(__dirname, '../../../shared/ofsted-reports/corpus');
export const KNOWN_DIFFERENCES = path.resolve(__dirname, 'corpus-known-differences.txt');

export type CorpusType = 'ilacs' | 'sif' | 'lscb-review';

export interface AnswerItem {
  first8: string;
  text: string;
}

export interface CorpusEntry {
  name: string;
  authority: string;
  listed: string;
  type: CorpusType;
  localAuthority: AnswerItem[];
  board: AnswerItem[];
}

export type Half = 'development' | 'held-out';

/** The fixed split: even first byte of sha256(name) → development, odd → held out. */
export function halfOf(name: string): Half {
  return createHash('sha256').update(name).digest()[0] % 2 === 0 ? 'development' : 'held-out';
}

export function loadAnswers(): CorpusEntry[] {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, 'answers.json'), 'utf8')) as CorpusEntry[];
}

export function corpusText(name: string): string {
  return fs.readFileSync(path.join(CORPUS, 'txt', `${name}.txt`), 'utf8');
}

export function corpusPdfPath(name: string): string {
  return path.join(CORPUS, 'pdf', `${name}.pdf`);
}

/** The key's comparison form: first eight words, lower case, quotes and punctuation dropped, dashes as spaces. */
export function first8(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐‑‒–—―]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 8)
    .join(' ');
}

/** 'west northamptonshire' and 'West Northamptonshire' (or 'Bath and North East Somerset') compare equal. */
export function authorityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^a-z\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The name the report uses against the collection's name: equal, or the report's the last words of the
 * collection's ('Hull' for 'Kingston upon Hull': the report calls itself 'Inspection of Hull …').
 */
export function sameAuthority(read: string, listed: string): boolean {
  const a = authorityKey(read);
  const b = authorityKey(listed);
  return a === b || (a.length >= 4 && b.endsWith(` ${a}`));
}

/** The framework name the parser gives each corpus type. */
export const FRAMEWORK_OF_TYPE: Record<CorpusType, OfstedReport['framework']> = {
  ilacs: 'ilacs',
  sif: 'sif',
  'lscb-review': 'lscb-review',
};

export interface ListDifference {
  list: 'localAuthority' | 'board';
  expected: string[];
  actual: string[];
}

export interface Comparison {
  name: string;
  /** Recommendation lists equal the key's (count and first eight words of every item, in order). */
  exact: boolean;
  authority: boolean;
  framework: boolean;
  differences: ListDifference[];
}

/** The report as read, against the key: each list compared on the first eight words of its items. */
export function compareWithAnswers(entry: CorpusEntry, report: OfstedReport): Comparison {
  const differences: ListDifference[] = [];
  const lists = [
    ['localAuthority', 'local-authority'],
    ['board', 'safeguarding-board'],
  ] as const;
  for (const [list, addressee] of lists) {
    const expected = entry[list].map((it) => it.first8);
    // The key reads an item as printed, framework tag and all: it counts in the first eight words of a
    // short item ('Collaborative safety planning with children and families. (Outcome 3, …)').
    const actual = report.recommendations
      .filter((r) => r.addressee === addressee)
      .map((r) => first8(r.note ? `${r.text} ${r.note}` : r.text));
    if (expected.length !== actual.length || expected.some((e, k) => e !== actual[k])) {
      differences.push({ list, expected, actual });
    }
  }
  return {
    name: entry.name,
    exact: differences.length === 0,
    authority: report.localAuthority !== null && sameAuthority(report.localAuthority, entry.authority),
    framework: report.framework === FRAMEWORK_OF_TYPE[entry.type],
    differences,
  };
}

/** Known differences: one line each, 'NAME  reason'; '#' starts a comment. */
export function readKnownDifferences(): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(KNOWN_DIFFERENCES)) return out;
  for (const raw of fs.readFileSync(KNOWN_DIFFERENCES, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const m = /^(\S+)\s+(.+)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}
