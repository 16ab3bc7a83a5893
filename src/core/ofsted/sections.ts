/** Finds the recommendations headings of each report format and reads the lists beneath them. */

import { BULLET, PAGE_BREAK, joinLines } from './normalise';
import type { Addressee, Timescale } from './types';

export interface RawItem {
  text: string;
  /** The item's own number ('24.' → '24'), when the list is numbered. */
  number: string | null;
}

export interface RawList {
  heading: string;
  /** Line index of the (sub)heading, for report order. */
  index: number;
  timescale: Timescale;
  addressee: Addressee;
  items: RawItem[];
  /** True when item numbers are report paragraph numbers (SIF 2013–2015), not 1..n. */
  numbersAreParagraphs: boolean;
}

type Mode = 'bullets' | 'numbered' | 'letter';

const COMPLETE_RE = /[.!?;:]['"’”)]*$/;

/** Sentences that close a list in the older letters. */
const STOP_RES = [
  /identified above/i,
  /^This (?:visit|inspection) (?:has )?identified\b/i,
  /^Yours (?:sincerely|faithfully)/i,
  /^Copy:/i,
  /^In addition, it is considered/i,
];

function isGap(line: string): boolean {
  return line === '' || line === PAGE_BREAK;
}

function bulletText(line: string): string | null {
  return line.startsWith(BULLET) || line === BULLET.trim() ? line.slice(BULLET.length).trim() : null;
}

function numberedItem(line: string): { num: string; rest: string } | null {
  const m = /^(\d{1,3})\.(?:\s+(\S.*))?$/.exec(line);
  return m ? { num: m[1], rest: m[2] ?? '' } : null;
}

/** A short line with no closing punctuation that starts with a capital: a heading, not a wrapped line. */
function looksLikeHeading(line: string): boolean {
  return /^[A-Z]/.test(line) && line.length < 60 && !/[.,;]$/.test(line);
}

/** A heading-like line, unless the next line carries straight on in lower case. */
function isHeadingAt(lines: string[], i: number): boolean {
  const next = lines[i + 1] ?? '';
  return looksLikeHeading(lines[i]) && !(next !== '' && next !== PAGE_BREAK && startsLower(next));
}

function startsLower(line: string): boolean {
  return /^[a-z(]/.test(line);
}

function skipGaps(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length && isGap(lines[j])) j++;
  return j;
}

/**
 * Reads list items from `start` until a boundary heading, a closing sentence or the end of the list.
 * Wrapped lines are joined; an unfinished item continues across a page break.
 */
export function collectItems(
  lines: string[],
  start: number,
  mode: Mode,
  isBoundary: (line: string) => boolean,
): { items: RawItem[]; end: number } {
  const items: RawItem[] = [];
  let cur: { parts: string[]; number: string | null } | null = null;
  let gap = false;
  let pageBreak = false;
  let intro = 0;
  const push = () => {
    if (cur && cur.parts.length > 0) items.push({ text: joinLines(cur.parts), number: cur.number });
    cur = null;
  };
  const open = (text: string, number: string | null) => {
    push();
    cur = { parts: text === '' ? [] : [text], number };
    gap = false;
    pageBreak = false;
  };
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isGap(line)) {
      gap = true;
      if (line === PAGE_BREAK) pageBreak = true;
      continue;
    }
    if (isBoundary(line)) break;
    if ((mode === 'letter' || mode === 'bullets') && STOP_RES.some((re) => re.test(line))) break;
    const bullet = bulletText(line);
    if (bullet !== null) {
      if (mode === 'numbered' && cur !== null) break;
      open(bullet, null);
      continue;
    }
    const numbered = mode === 'numbered' ? numberedItem(line) : null;
    if (numbered) {
      open(numbered.rest, numbered.num);
      continue;
    }
    const c = cur as { parts: string[]; number: string | null } | null;
    if (c === null) {
      if (mode === 'letter' && !isHeadingAt(lines, i)) {
        open(line, null);
        continue;
      }
      if (items.length === 0 && ++intro <= 6) continue;
      break;
    }
    const text = c.parts.join(' ');
    const complete = COMPLETE_RE.test(text);
    if (c.parts.length === 0) {
      c.parts.push(line);
    } else if (!gap) {
      if (complete && isHeadingAt(lines, i)) break;
      c.parts.push(line);
    } else if (!complete && (startsLower(line) || (pageBreak && !isHeadingAt(lines, i)))) {
      c.parts.push(line);
    } else if (mode === 'letter' && !isHeadingAt(lines, i)) {
      open(line, null);
      continue;
    } else {
      break;
    }
    gap = false;
    pageBreak = false;
  }
  push();
  return { items, end: i };
}

// ---------------------------------------------------------------------------------------------
// 2009–2011 unannounced inspection letters

const DEVELOPMENT_RE = /^Areas? for development\s*:?$/i;
const PRIORITY_RE = /^Areas? (?:for|of) priority action\s*:?$/i;
const LETTER_HEADING_RE =
  /^(?:Strengths|Areas? of strength|Satisfactory practice|Good practice|Areas? for development|Areas? (?:for|of) priority action|The service meets the requirements of statutory guidance in the following areas?)\s*:?$/i;

export function letterLists(lines: string[], from: number): RawList[] {
  const lists: RawList[] = [];
  for (let i = from; i < lines.length; i++) {
    const timescale: Timescale | null = DEVELOPMENT_RE.test(lines[i])
      ? 'development'
      : PRIORITY_RE.test(lines[i])
        ? 'priority'
        : null;
    if (!timescale) continue;
    const { items } = collectItems(lines, i + 1, 'letter', (l) => LETTER_HEADING_RE.test(l));
    lists.push({
      heading: lines[i],
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
// 2013 protection of children / looked after children: Areas for improvement → timescales

const AREAS_RE = /^Areas for improvement\s*:?$/i;
const TIMESCALE_RES: [RegExp, Timescale][] = [
  [/^(?:Immediately|Immediate action|For immediate action)\s*:?$/i, 'immediate'],
  [/^Within (?:three|3) months\s*:?$/i, '3-months'],
  [/^Within (?:six|6) months\s*:?$/i, '6-months'],
];

function timescaleOf(line: string): Timescale | null {
  for (const [re, t] of TIMESCALE_RES) if (re.test(line)) return t;
  return null;
}

export function timescaleLists(lines: string[], from: number): RawList[] {
  let first = -1;
  for (let i = from; i < lines.length && first < 0; i++) {
    if (!AREAS_RE.test(lines[i])) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 25); j++) {
      if (timescaleOf(lines[j])) {
        first = j;
        break;
      }
    }
  }
  if (first < 0) first = lines.findIndex((l, i) => i >= from && timescaleOf(l) !== null && l.endsWith(':'));
  if (first < 0) return [];
  const lists: RawList[] = [];
  let j = first;
  for (;;) {
    const timescale = timescaleOf(lines[j] ?? '');
    if (!timescale) break;
    const { items, end } = collectItems(
      lines,
      j + 1,
      'bullets',
      (l) => timescaleOf(l) !== null || AREAS_RE.test(l),
    );
    lists.push({
      heading: lines[j],
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
// Single inspection framework (2013–2017), with the safeguarding board's own list

const SIF_LA_RE = /^What does the local authority need to improve\s*\??\s*\d{0,2}\s*:?$/i;
const SIF_LSCB_RE =
  /^(?:Section 2\b.*|Review of the (?:effectiveness of the )?(?:Local Safeguarding Children Board|LSCB)\b.*|The effectiveness of the (?:LSCB|Local Safeguarding Children Board)\b.*|What does the (?:LSCB|Local Safeguarding Children Board|safeguarding (?:children )?board) need to improve\s*\??\s*\d{0,2}\s*:?)$/i;
const SIF_SUBS: [RegExp, Timescale, boolean][] = [
  [/^Priority and immediate actions?\s*:?$/i, 'priority', true],
  [/^(?:Priority|Immediate) actions?\s*:?$/i, 'priority', true],
  [/^Areas for improvement\s*:?$/i, 'development', true],
  [/^Recommendations?\s*:?$/i, 'unspecified', false],
];

function sifSub(line: string): { timescale: Timescale; paragraphs: boolean } | null {
  for (const [re, timescale, paragraphs] of SIF_SUBS) if (re.test(line)) return { timescale, paragraphs };
  return null;
}

function sifBoundary(line: string): boolean {
  return sifSub(line) !== null || SIF_LA_RE.test(line) || SIF_LSCB_RE.test(line);
}

function readSifSubsections(
  lines: string[],
  at: number,
  addressee: Addressee,
): { lists: RawList[]; end: number } {
  const lists: RawList[] = [];
  let j = skipGaps(lines, at);
  if (numberedItem(lines[j] ?? '')) {
    const { items, end } = collectItems(lines, j, 'numbered', sifBoundary);
    lists.push({
      heading: '',
      index: j,
      timescale: 'unspecified',
      addressee,
      items,
      numbersAreParagraphs: false,
    });
    j = skipGaps(lines, end);
  }
  for (;;) {
    const sub = sifSub(lines[j] ?? '');
    if (!sub) break;
    const { items, end } = collectItems(lines, j + 1, 'numbered', sifBoundary);
    lists.push({
      heading: lines[j],
      index: j,
      timescale: sub.timescale,
      addressee,
      items,
      numbersAreParagraphs: sub.paragraphs,
    });
    j = skipGaps(lines, end);
  }
  return { lists, end: j };
}

export function sifLists(lines: string[], from: number): RawList[] {
  const lists: RawList[] = [];
  let after = from;
  for (let i = from; i < lines.length; i++) {
    if (!SIF_LA_RE.test(lines[i])) continue;
    const next = lines[skipGaps(lines, i + 1)] ?? '';
    // The contents page lists the heading too; the real one is followed by a list or its sub-headings.
    if (!sifSub(next) && !numberedItem(next)) continue;
    const read = readSifSubsections(lines, i + 1, 'local-authority');
    lists.push(...read.lists);
    after = read.end;
    break;
  }
  for (let k = after; k < lines.length; k++) {
    if (!SIF_LSCB_RE.test(lines[k])) continue;
    let seen = 0;
    for (let j = k + 1; j < lines.length && seen < 12; j++) {
      if (isGap(lines[j])) continue;
      seen++;
      if (sifSub(lines[j])) {
        lists.push(...readSifSubsections(lines, j, 'safeguarding-board').lists);
        return lists;
      }
    }
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------
// ILACS (2018+): What needs to improve?

const ILACS_RE = /^What needs to improve(?:\s+in\s+[^?]{1,60})?\s*\??\s*\d{0,2}\s*:?$/i;

export function ilacsLists(lines: string[], from: number): RawList[] {
  for (let i = from; i < lines.length; i++) {
    if (!ILACS_RE.test(lines[i])) continue;
    const { items } = collectItems(lines, i + 1, 'bullets', (l) => ILACS_RE.test(l));
    if (items.length === 0) continue;
    return [
      {
        heading: lines[i],
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

function isMonitoringHeading(line: string): boolean {
  return MONITORING_RE.test(line) && (line.endsWith(':') || looksLikeHeading(line));
}

export function monitoringLists(lines: string[], from: number): RawList[] {
  const lists: RawList[] = [];
  const seen = new Set<string>();
  for (let i = from; i < lines.length; i++) {
    if (!isMonitoringHeading(lines[i])) continue;
    const { items } = collectItems(lines, i + 1, 'bullets', isMonitoringHeading);
    const fresh = items.filter((it) => !seen.has(it.text));
    fresh.forEach((it) => seen.add(it.text));
    if (fresh.length === 0) continue;
    lists.push({
      heading: lines[i],
      index: i,
      timescale: 'unspecified',
      addressee: 'local-authority',
      items: fresh,
      numbersAreParagraphs: false,
    });
  }
  return lists;
}
