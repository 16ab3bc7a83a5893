/** Framework, local authority, dates and judgements: the parts of a report around its recommendations. */

import { DATE_PATTERN, isDateLine, parseDate } from './dates';
import { PAGE_BREAK, flatten } from './normalise';
import type { Framework } from './types';

const APOS = "['’]";

const SIF_TITLE_RE =
  /inspection of services for children in need of help and protection,? children looked after and care leavers/i;
const LSCB_REVIEW_RE =
  /review of the effectiveness of (?:the )?(?:.{0,60}?safeguarding children board|LSCB)/i;
const ILACS_TITLE_RE = new RegExp(
  `inspection of (?:.{1,80}? )?(?:local authority )?children${APOS}s (?:social care )?services`,
  'i',
);
const OLD_TITLES: [RegExp, Framework][] = [
  [/unannounced inspection of contact,? referral and assessment/i, 'unannounced-visit'],
  [/inspection of local authority arrangements for the protection of children/i, 'protection-of-children'],
  [/inspection of looked after children services/i, 'looked-after-children'],
];

/** Which framework the text was written under, from the title at the head of the report. */
export function detectFramework(lines: string[], start = findReportStart(lines)): Framework {
  const head = flatten(lines.slice(start, start + 40)).slice(0, 2000);
  for (const [re, framework] of OLD_TITLES) if (re.test(head)) return framework;
  if (SIF_TITLE_RE.test(head)) return 'sif';
  if (LSCB_REVIEW_RE.test(head)) return 'lscb-review';
  if (ILACS_TITLE_RE.test(head)) return 'ilacs';
  if (/\bfocused visit\b/i.test(head)) return 'focused-visit';
  if (/\bmonitoring visit\b/i.test(head)) return 'monitoring-visit';
  // A committee paper or a letter may carry the report's title further down.
  const all = flatten(lines);
  for (const [re, framework] of OLD_TITLES) if (re.test(all)) return framework;
  if (SIF_TITLE_RE.test(all)) return 'sif';
  if (lines.some((l) => /^What needs to improve\b/i.test(l))) return 'ilacs';
  return 'unknown';
}

/** Index of the report's own first lines: a committee paper may carry the report after its own text. */
export function findReportStart(lines: string[]): number {
  const dates = lines.findIndex((l) => /^Inspection dates?\s*:/i.test(l));
  if (dates < 0) return 0;
  let start = dates;
  let seen = 0;
  while (start > 0 && seen < 8) {
    start--;
    if (lines[start] !== '' && lines[start] !== PAGE_BREAK) seen++;
  }
  return start;
}

/** 'Walsall Metropolitan Borough Council' → 'Walsall'; 'London Borough of Barnet' → 'Barnet'; 'Derby City' → 'Derby'. */
export function shortAuthorityName(name: string): string {
  return (
    name
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^the\s+/i, '')
      .replace(
        /^(?:London Borough of|Royal Borough of|Metropolitan Borough of|Borough of|City and County of|County of|City of)\s+/i,
        '',
      )
      // A board review names the board: 'Surrey Safeguarding Children Board' is Surrey's.
      .replace(/\s+(?:Local\s+)?Safeguarding Children(?:['’]s)? (?:Board|Partnership)$|\s+LSCB$/i, '')
      .replace(/\s+Council$/i, '')
      .replace(
        /\s+(?:Metropolitan Borough|Metropolitan District|County Borough|Borough|County|City|District)$/i,
        '',
      )
      .trim()
  );
}

const COUNCIL_LINE_RE =
  /^(?:The\s+)?(?:(?:London|Royal) Borough of\s+|City of\s+)?[A-Z][A-Za-z'’&.-]*(?:\s+(?:[A-Z][A-Za-z'’&.-]*|upon|on|and|of|the))*\s+Council$/;
/** A place name as a title block writes it: capitalised words, with 'upon', 'on', 'and', 'of', 'the', '&'. */
const NAME_RE = /^(?:[Tt]he\s+)?[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|upon|on|and|of|the|&))*$/;
const TITLE_RE =
  /^(?:Inspection of|Review of|Annual unannounced|Unannounced inspection|Monitoring visit|Focused visit)\b/i;

/** The lines above the title ('Doncaster Metropolitan Borough' / 'Council' / 'Inspection of services …'). */
function titleBlockName(lines: string[], start: number): string | null {
  const block: string[] = [];
  for (const line of lines.slice(start, start + 12)) {
    if (line === '' || /^SOURCE:/i.test(line)) continue;
    if (line === PAGE_BREAK) {
      block.length = 0;
      continue;
    }
    if (TITLE_RE.test(line)) break;
    block.push(line);
    if (block.length > 3) return null;
  }
  const name = block.join(' ').replace(/\d+$/, '').trim();
  if (block.length === 0 || !NAME_RE.test(name) || name.split(' ').length > 8) return null;
  return shortAuthorityName(name) || null;
}

export function findLocalAuthority(lines: string[], start: number): string | null {
  const head = flatten(lines.slice(start, start + 60));
  const all = flatten(lines);
  const patterns = [
    new RegExp(`children${APOS}s services in (.{2,80}?) which was conducted`, 'i'),
    new RegExp(
      `Inspection of (?!children${APOS}s)(.{2,80}?) (?:local authority )?children${APOS}s services`,
      'i',
    ),
    new RegExp(
      `(?:Focused|Monitoring) visit (?:to|of) (.{2,80}?) (?:local authority )?children${APOS}s services`,
      'i',
    ),
  ];
  for (const re of patterns) {
    const m = re.exec(head) ?? re.exec(all);
    if (m && NAME_RE.test(m[1].trim())) return shortAuthorityName(m[1]);
  }
  const titled = titleBlockName(lines, start);
  if (titled) return titled;
  const said = new RegExp(
    `Children${APOS}s services in (?:the )?(.{2,80}?) (?:are|is|require|requires)\\b`,
  ).exec(head);
  if (said && NAME_RE.test(said[1])) return shortAuthorityName(said[1]);
  for (const line of lines.slice(start, start + 80)) {
    if (COUNCIL_LINE_RE.test(line) && line.split(' ').length <= 8) return shortAuthorityName(line);
  }
  return null;
}

export function findInspectionDates(lines: string[], start: number): string | null {
  for (let i = start; i < lines.length; i++) {
    const m = /^Inspection dates?\s*:\s*(.*)$/i.exec(lines[i]);
    if (!m) continue;
    const value = m[1].trim();
    // '19 November–11 December 2013 and 28 – 30' / 'January 2014': the dates run on to the next line.
    const next = lines[i + 1] ?? '';
    if (value !== '' && !/\d{4}$/.test(value) && /^[A-Za-z]+ \d{4}$/.test(next)) return `${value} ${next}`;
    if (value !== '') return value;
    for (const next of lines.slice(i + 1, i + 6)) {
      if (/\d{1,2}\D.*\d{4}/.test(next)) return next.trim();
    }
  }
  const all = flatten(lines);
  const m =
    /(?:which was conducted|(?:visit|inspection) (?:was carried out|took place)) (?:on|between|from) (.{4,80}?\d{4})/i.exec(
      all,
    );
  return m ? m[1].trim() : null;
}

/**
 * Publication date (ISO): 'Published:' / 'Report published:', 'published on …' (also in a footnote on
 * the first pages, which the lines no longer hold: `rawHead` is the start of the text as given), else a
 * letter's date line.
 */
export function findPublicationDate(lines: string[], framework: Framework, rawHead = ''): string | null {
  for (let i = 0; i < lines.length; i++) {
    const m = /^(?:Report\s+)?(?:published|publication date)\s*:\s*(.*)$/i.exec(lines[i]);
    if (!m) continue;
    const same = parseDate(m[1]);
    if (same) return same;
    for (const next of lines.slice(i + 1, i + 8)) {
      if (isDateLine(next)) return parseDate(next);
    }
  }
  const publishedOn = new RegExp(`\\bpublished on ${DATE_PATTERN}`, 'i');
  const m = publishedOn.exec(flatten(lines)) ?? publishedOn.exec(rawHead.replace(/\s+/g, ' '));
  if (m) return parseDate(m[0]);
  if (
    framework === 'unannounced-visit' ||
    framework === 'monitoring-visit' ||
    framework === 'focused-visit' ||
    framework === 'unknown'
  ) {
    const line = lines.slice(0, 60).find(isDateLine);
    if (line) return parseDate(line);
  }
  return null;
}
