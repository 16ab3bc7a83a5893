/** Finds the recommendations headings of each report format and reads the lists beneath them. */

import {
  isGap,
  isSectionHeading,
  itemNumber,
  looksLikeHeading,
  skipGaps,
  startsLower,
  type Doc,
} from './layout';
import { readList, type ListOptions, type RawItem } from './list-reader';
import type { Line } from './normalise';
import type { Addressee, Timescale } from './types';

export type { RawItem } from './list-reader';

export interface RawList {
  heading: string;
  /** Line index of the (sub)heading, for report order. */
  index: number;
  timescale: Timescale;
  addressee: Addressee;
  items: RawItem[];
  /** True when item numbers are report paragraph numbers (SIF), not 1..n. */
  numbersAreParagraphs: boolean;
}

/** 'There are no areas for priority action.' stands where a list would be: it is not an item. */
const NOTHING_RE =
  /^(?:There (?:are|were|is) no\b|The inspection did not (?:find|identify)\b|No (?:areas?|recommendations?|priority actions?)\b[^.]*\b(?:identified|made|found)\b|None\.?$)/i;

export function isNothing(text: string): boolean {
  return NOTHING_RE.test(text);
}

function textOf(line: Line | undefined): string {
  return line && line.glyph === null ? line.text : '';
}

/**
 * A line that opens the next section of the report ends any list: a heading of the format
 * (capitalised, unpunctuated), however long it runs.
 */
function sectionBoundary(doc: Doc): (line: Line) => boolean {
  return (line) =>
    line.glyph === null &&
    /^[A-Z]/.test(line.text) &&
    !/[.,;]$/.test(line.text) &&
    isSectionHeading(doc, line.text);
}

function either(...tests: ((line: Line) => boolean)[]): (line: Line) => boolean {
  return (line) => tests.some((t) => t(line));
}

/** Does a list start at j (perhaps after one theme heading of a line or two)? */
function listStartsAt(doc: Doc, j: number): boolean {
  const lines = doc.lines;
  const at = skipGaps(lines, j);
  if (lines[at]?.glyph != null || itemNumber(lines[at])) return true;
  if (!looksLikeHeading(doc, lines[at]) || isSectionHeading(doc, textOf(lines[at]))) return false;
  let next = at + 1;
  if (lines[next] && !isGap(lines[next]) && startsLower(textOf(lines[next]))) next++;
  next = skipGaps(lines, next);
  return lines[next]?.glyph != null || itemNumber(lines[next]) !== null;
}

// ---------------------------------------------------------------------------------------------
// 2009–2011 unannounced inspection letters

const DEVELOPMENT_RE = /^Areas? for development\s*:?$/i;
const PRIORITY_RE = /^Areas? (?:for|of) priority action\s*:?$/i;
const LETTER_HEADING_RE =
  /^(?:Strengths|Areas? of strength|Satisfactory practice|Good practice|Areas? for development|Areas? (?:for|of) priority action|The service meets the requirements of statutory guidance in the following areas?)\s*:?$/i;

/** Sentences that close a list in the older letters. */
const LETTER_CLOSING_RES = [
  /identified above/i,
  /^This (?:visit|inspection) (?:has )?identified\b/i,
  /^Yours (?:sincerely|faithfully)/i,
  /^Copy:/i,
  /^In addition, it is considered/i,
];

export function letterLists(doc: Doc, from: number): RawList[] {
  const lists: RawList[] = [];
  const lines = doc.lines;
  for (let i = from; i < lines.length; i++) {
    const text = textOf(lines[i]);
    const timescale: Timescale | null = DEVELOPMENT_RE.test(text)
      ? 'development'
      : PRIORITY_RE.test(text)
        ? 'priority'
        : null;
    if (!timescale) continue;
    const { items } = readList(doc, i + 1, {
      paragraphs: true,
      closing: LETTER_CLOSING_RES,
      isBoundary: (l) => l.glyph === null && LETTER_HEADING_RE.test(l.text),
    });
    lists.push({
      heading: text,
      index: i,
      timescale,
      addressee: 'local-authority',
      items,
      numbersAreParagraphs: false,
    });
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------
// 2012–2013 protection of children / looked after children: Areas for improvement → timescales

const AREAS_RE = /^Areas for improvement\s*:?$/i;
const TIMESCALE_RES: [RegExp, Timescale][] = [
  [/^(?:Immediately|Immediate action|For immediate action)\s*:?$/i, 'immediate'],
  [/^Within (?:three|3) months\s*:?$/i, '3-months'],
  [/^Within (?:six|6) months\s*:?$/i, '6-months'],
];

function timescaleOf(line: Line | undefined): Timescale | null {
  const text = textOf(line);
  for (const [re, t] of TIMESCALE_RES) if (re.test(text)) return t;
  return null;
}

export function timescaleLists(doc: Doc, from: number): RawList[] {
  const lines = doc.lines;
  let first = -1;
  for (let i = from; i < lines.length && first < 0; i++) {
    if (!AREAS_RE.test(textOf(lines[i]))) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 25); j++) {
      if (timescaleOf(lines[j])) {
        first = j;
        break;
      }
    }
  }
  if (first < 0) {
    first = lines.findIndex((l, i) => i >= from && timescaleOf(l) !== null && l.text.endsWith(':'));
  }
  if (first < 0) return [];
  const lists: RawList[] = [];
  let j = first;
  for (;;) {
    const timescale = timescaleOf(lines[j]);
    if (!timescale) break;
    const { items, end } = readList(doc, j + 1, {
      isBoundary: either((l) => timescaleOf(l) !== null || AREAS_RE.test(textOf(l)), sectionBoundary(doc)),
    });
    lists.push({
      heading: lines[j].text,
      index: j,
      timescale,
      addressee: 'local-authority',
      items,
      numbersAreParagraphs: false,
    });
    j = skipGaps(lines, end);
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------
// Single inspection framework (2013–2018) and the reviews of local safeguarding children boards

const NEED_TO_IMPROVE_RE = /^What does the (.{2,70}?) need to improve\s*\??\s*\d{0,2}\s*:?$/i;
const BOARD_RE = /\b(?:LSCB|safeguarding (?:children )?board|safeguarding partnership)\b/i;
const SIF_SUBS: [RegExp, Timescale][] = [
  [/^Priority and immediate actions?\s*:?$/i, 'priority'],
  [/^(?:Priority|Immediate) actions?\s*:?$/i, 'priority'],
  [/^Areas for (?:improvement|development)\s*:?$/i, 'development'],
  [/^Recommendations?\s*:?$/i, 'unspecified'],
];

function sifSub(line: Line | undefined): Timescale | null {
  const text = textOf(line);
  for (const [re, timescale] of SIF_SUBS) if (re.test(text)) return timescale;
  return null;
}

/** 'What does the LSCB need to improve?' → 'safeguarding-board'; the local authority's → 'local-authority'. */
function needToImproveOf(line: Line | undefined): Addressee | null {
  const m = NEED_TO_IMPROVE_RE.exec(textOf(line));
  if (!m) return null;
  return BOARD_RE.test(m[1]) ? 'safeguarding-board' : 'local-authority';
}

interface Found {
  list: RawList;
  end: number;
  /** 'What does … need to improve?' just above the list, when there is one. */
  declared: Addressee | null;
}

/**
 * SIF reports give the local authority's list first and the board's own list after it, each under
 * 'What does … need to improve?' (2013–2015: Priority and immediate action / Areas for improvement,
 * numbered by report paragraph, with theme headings between items) or 'Recommendations' (2015–2018).
 * Lists that follow one another form one group; the first group is the local authority's unless its
 * heading names the board, later groups are the board's. A board review published alone has only the
 * board's list.
 */
export function sifLists(doc: Doc, from: number, boardOnly = false): RawList[] {
  const lines = doc.lines;
  const found: Found[] = [];
  let declared: Addressee | null = null;
  for (let i = from; i < lines.length; i++) {
    const need = needToImproveOf(lines[i]);
    if (need) {
      declared = need;
      // A list straight under the heading, with no sub-heading.
      const next = skipGaps(lines, i + 1);
      if (sifSub(lines[next]) === null && listStartsAt(doc, next)) {
        const read = readSifList(doc, i, 'unspecified', false);
        found.push({ ...read, declared });
        i = read.end - 1;
      }
      continue;
    }
    const timescale = sifSub(lines[i]);
    if (timescale === null || !listStartsAt(doc, i + 1)) continue;
    const read = readSifList(doc, i, timescale, timescale !== 'unspecified');
    found.push({ ...read, declared });
    i = read.end - 1;
  }

  const lists: RawList[] = [];
  let group = 0;
  let addressee: Addressee = boardOnly ? 'safeguarding-board' : 'local-authority';
  found.forEach((f, k) => {
    const prev = found[k - 1];
    const joined = prev !== undefined && skipGaps(lines, prev.end) >= f.list.index - 1;
    if (k > 0 && !joined) group++;
    if (!joined) {
      if (boardOnly || f.declared === 'safeguarding-board' || group > 0) addressee = 'safeguarding-board';
      else addressee = f.declared ?? 'local-authority';
    }
    lists.push({ ...f.list, addressee });
  });
  return lists;
}

function readSifList(
  doc: Doc,
  at: number,
  timescale: Timescale,
  themed: boolean,
): { list: RawList; end: number } {
  const options: ListOptions = {
    subHeadings: themed,
    consecutive: true,
    intro: 0,
    isBoundary: either((l) => sifSub(l) !== null || needToImproveOf(l) !== null, sectionBoundary(doc)),
  };
  const { items, end } = readList(doc, at + 1, options);
  const numbered = items.length > 0 && items[0].number !== null;
  return {
    list: {
      heading: doc.lines[at].text,
      index: at,
      timescale,
      addressee: 'local-authority',
      items,
      numbersAreParagraphs: numbered && (themed || Number(items[0].number) > 1),
    },
    end,
  };
}

// ---------------------------------------------------------------------------------------------
// ILACS (2018+): What needs to improve?

const ILACS_RE = /^What needs to improve(?:\s+in\s+[^?]{1,60})?\s*\??\s*\d{0,2}\s*:?$/i;

export function ilacsLists(doc: Doc, from: number): RawList[] {
  const lines = doc.lines;
  for (let i = from; i < lines.length; i++) {
    const text = textOf(lines[i]);
    if (!ILACS_RE.test(text)) continue;
    const { items } = readList(doc, i + 1, {
      consecutive: true,
      isBoundary: either((l) => ILACS_RE.test(textOf(l)), sectionBoundary(doc)),
    });
    if (items.length === 0) continue;
    return [
      {
        heading: text,
        index: i,
        timescale: 'unspecified',
        addressee: 'local-authority',
        items,
        numbersAreParagraphs: false,
      },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Monitoring and focused visit letters: best effort

const MONITORING_RE = /\bareas? (?:for|of) (?:priority action|improvement|development)\b/i;

function isMonitoringHeading(doc: Doc, line: Line): boolean {
  return (
    line.glyph === null &&
    MONITORING_RE.test(line.text) &&
    (line.text.endsWith(':') || looksLikeHeading(doc, line))
  );
}

export function monitoringLists(doc: Doc, from: number): RawList[] {
  const lists: RawList[] = [];
  const seen = new Set<string>();
  const lines = doc.lines;
  for (let i = from; i < lines.length; i++) {
    if (!isMonitoringHeading(doc, lines[i])) continue;
    const { items } = readList(doc, i + 1, {
      isBoundary: either((l) => isMonitoringHeading(doc, l), sectionBoundary(doc)),
    });
    const fresh = items.filter((it) => !seen.has(it.text));
    fresh.forEach((it) => seen.add(it.text));
    if (fresh.length === 0) continue;
    lists.push({
      heading: lines[i].text,
      index: i,
      timescale: 'unspecified',
      addressee: 'local-authority',
      items: fresh,
      numbersAreParagraphs: false,
    });
  }
  return lists;
}
