/**
 * What the shape of the text says: how wide a full line is, which lines are list items, which look like
 * headings, whether a line wrapped onto the next, and which headings open a report section (its contents
 * page and the sections every Ofsted report of these frameworks has).
 *
 * Text copied from a PDF keeps the line breaks of the page, so a line that stops well short of the
 * text width ended its paragraph; one that reaches the width wrapped. That, not the capital letter the
 * next line happens to begin with, is what decides whether two lines belong to one paragraph.
 */

import { PAGE_BREAK, type Line } from './normalise';

export interface Doc {
  lines: Line[];
  /** Characters in a full line of body text (a high percentile of line lengths). */
  width: number;
  /** Section headings: the report's contents page, normalised with headingKey. */
  contents: string[];
}

export function isGap(line: Line | undefined): boolean {
  return line !== undefined && line.glyph === null && (line.text === '' || line.text === PAGE_BREAK);
}

export function isPageBreak(line: Line | undefined): boolean {
  return line !== undefined && line.glyph === null && line.text === PAGE_BREAK;
}

/** Index of the first line at or after i that is not a blank or a page break. */
export function skipGaps(lines: Line[], i: number): number {
  let j = i;
  while (j < lines.length && isGap(lines[j])) j++;
  return j;
}

/** '24.' or '24. Strengthen …' (not '2.1 Adoption', not a bullet) → the number and the text after it. */
export function itemNumber(line: Line | undefined): { num: string; rest: string } | null {
  if (!line || line.glyph !== null) return null;
  const m = /^(\d{1,3})\.(?:\s+(\S.*))?$/.exec(line.text);
  return m ? { num: m[1], rest: m[2] ?? '' } : null;
}

export function startsLower(text: string): boolean {
  return /^[a-z(]/.test(text);
}

/** Ends like a sentence: '.', '!' or '?', perhaps inside closing quotes or brackets. */
export function isFinished(text: string): boolean {
  return /[.!?]['"’”)\]]*$/.test(text);
}

/** Lowercase letters only, for comparing headings however they were typed or wrapped. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * A short line that starts with a capital and has no closing punctuation: a heading, not prose.
 * 'Within three months:' and 'What needs to improve?' are headings too.
 */
export function looksLikeHeading(doc: Doc, line: Line | undefined): boolean {
  if (!line || line.glyph !== null || isGap(line) || itemNumber(line)) return false;
  const text = line.text;
  return (
    /^[A-Z0-9‘'“"]/.test(text) &&
    text.length <= Math.min(100, Math.max(60, doc.width * 0.85)) &&
    !/[.,;]$/.test(text)
  );
}

function firstWordLength(text: string): number {
  const m = /^\S+/.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Did `prev` reach the right margin, so that `next` carries its paragraph on? In text whose lines are
 * whole paragraphs (a web page, a word-processed letter) there is no margin: any line may go on.
 */
export function isWrapped(doc: Doc, prev: string, next: string): boolean {
  if (doc.width > REFLOWED_WIDTH) return true;
  return prev.length + 1 + firstWordLength(next) >= doc.width * 0.9;
}

/** Lines longer than this are paragraphs laid out by whatever shows them, not lines of a page. */
const REFLOWED_WIDTH = 160;

/**
 * Is line i a heading? It looks like one and does not run on into the next line as a wrapped
 * paragraph would ('The experiences and progress of children who need help and' / 'protection: good' is
 * one heading over two lines: the first is short of the width, the second goes on in lower case).
 */
export function isHeadingAt(doc: Doc, i: number): boolean {
  const line = doc.lines[i];
  if (!looksLikeHeading(doc, line)) return false;
  const next = doc.lines[i + 1];
  if (!next || isGap(next) || next.glyph !== null || itemNumber(next)) return true;
  // A second heading line goes on in lower case and is short and unpunctuated too.
  if (startsLower(next.text) && /[.,;]$/.test(next.text)) return false;
  return !isWrapped(doc, line.text, next.text);
}

/** Section headings of these report formats, whether or not the report has a contents page. */
const SECTION_RES: RegExp[] = [
  /^Section \d+\b/i,
  /^(?:Executive )?summary\b/i,
  /^Summary (?:of (?:key )?findings|for children and young people)\b/i,
  /^The (?:local authority|LSCB|board)[’']?s? strengths\b/i,
  /^Progress since the (?:last|previous) inspection\b/i,
  /^Information about (?:this|the)\b/i,
  /^Inspection (?:judge?ments?|findings)\b/i,
  /^Key strengths and weaknesses\b/i,
  /^What the inspection judge?ments mean\b/i,
  /^The experiences and progress of\b/i,
  /^The impact of leaders\b/i,
  /^The effectiveness of the (?:LSCB|local safeguarding children board)\b/i,
  /^Review of the effectiveness of\b/i,
  /^Recommendations\b/i,
  /^What does the .{2,60} need to improve\b/i,
  /^What needs to improve\b/i,
];

/** Does this line open a section of the report (not a theme inside a list)? */
export function isSectionHeading(doc: Doc, text: string): boolean {
  if (SECTION_RES.some((re) => re.test(text))) return true;
  const key = headingKey(text);
  if (key.length < 12) return false;
  return doc.contents.some(
    (entry) =>
      entry === key ||
      (entry.length >= 20 && key.length >= 20 && (entry.startsWith(key) || key.startsWith(entry))),
  );
}

/** The headings listed on the report's contents page (empty when it has none). */
function contentsEntries(lines: Line[], width: number): string[] {
  const at = lines.findIndex((l) => l.glyph === null && /^(?:Table of )?contents$/i.test(l.text));
  if (at < 0) return [];
  const out: string[] = [];
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < 80; i++) {
    const line = lines[i];
    if (isGap(line)) continue;
    seen++;
    // The contents end where prose, a list or a numbered paragraph begins, or where the first
    // heading comes round again at the start of the report itself.
    const prose = /[.,;:]$/.test(line.text) || line.text.length > Math.min(100, width * 0.9);
    if (line.glyph !== null || itemNumber(line) || prose) break;
    const text = line.text.replace(/\s*\.{3,}.*$/, '').replace(/\s+\d{1,3}$/, '');
    if (/^\d+$/.test(text)) continue;
    const key = headingKey(text);
    if (out.includes(key)) break;
    if (key.length >= 12) out.push(key);
  }
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function makeDoc(lines: Line[]): Doc {
  const lengths = lines.filter((l) => !isGap(l) && l.text.length >= 30).map((l) => l.text.length);
  const width = lengths.length >= 20 ? Math.max(50, percentile(lengths, 0.9)) : 80;
  return { lines, width, contents: contentsEntries(lines, width) };
}
