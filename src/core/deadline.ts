/**
 * Reading deadline cells the way an English local authority writes them: real Excel dates, UK day-first
 * dates, months, financial-year quarters, several milestones, recurring runs, and the deliberate
 * "Ongoing"/"TBC". Impossible dates are reported as invalid and never guessed.
 */
import { endOfMonth, formatIso, isDateFormat, isValidYmd, serialToIso } from './dates';
import type { CellSnapshot } from './snapshot';
import type { Deadline, IsoDate } from './types';

/** What one deadline phrase ("End Sept 2010", "Q3 2010/11") says. */
type Piece =
  { kind: 'date' | 'month' | 'quarter' | 'recurring'; due: IsoDate } | { kind: 'none' } | { kind: 'invalid' };

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|febuary|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

const NUMERIC_DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const NUMERIC_YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const TEXT_DMY = new RegExp(
  `^${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s/.-]*${MONTH},?[\\s/.'-]*(\\d{4}|\\d{2})$`,
);
const TEXT_MDY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`);
const MONTH_YEAR = new RegExp(`^${MONTH},?[\\s/.'-]*(\\d{4}|\\d{2})$`);
const QUARTER =
  /^(?:q|qtr|quarter)\s*(\d+)\s*(?:of\s+)?(?:(?:fy|financial year)\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/;
const QUARTER_AFTER = /^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{4}|\d{2})\s*,?\s*(?:q|qtr|quarter)\s*(\d+)$/;
const FINANCIAL_YEAR = /^(?:(?:fy|financial year)\s*)?(\d{4})\s*[/-]\s*(\d{4}|\d{2})$/;

/** Phrases that deliberately give no date. */
const NONE =
  /^(?:on-?going|on going|tbc|tba|tbd|tbc\/tba|to be (?:confirmed|agreed|arranged|decided|determined)|n\/?a|not applicable|throughout|as required|as necessary|as needed|as and when(?: required| necessary| needed)?|continuous(?:ly)?|continual)$/;
const DETERMINED_BY =
  /^deadlines?\s+(?:are\s+|is\s+|will be\s+|to be\s+)?(?:determined|set|agreed|defined|driven|dictated|governed)\s+(?:by|in|through|within)\b/;

/** Words in front of a date that do not change it: "by", "end", "end of", "by the end of", "w/e" … */
const LEAD_IN =
  /^(?:by|before|no later than|due by|due date|due|deadline|target date|target|to be completed by|completed by|complete by|the|end of|end|of|eo|week ending|w\/e)(?:\s*[:-]\s*|\s+)/;

/** How often a recurring action happens ("Monthly through to Dec 2013", "Ongoing until March 2014"). */
const RECURRING =
  /^(daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|termly|half[- ]termly|annually|yearly|six[- ]monthly|half[- ]yearly|bi-?annually|on-?going|every (?:\w+ )?(?:day|week|month|quarter|term|year)s?)\b(.*)$/;
const RUN_END =
  /(?:^|\s)(?:through to|thru to|through|thru|until|till|til|up to|up until|to|ending(?: in)?|-)\s+/g;

/** Separators between milestones written on one line ("Nov 2013 & April 2014"). */
const MILESTONE_SPLIT = /\s*(?:&|\+|\band\b|\bthen\b|,|\s\/\s|(?<=\d)\/(?=[a-z])|\bto\b|\s-\s)\s*/;

/** Two-digit years are this century ("1/4/11", "Sep 13"). */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** Deadlines outside these years are typing slips ("31/10/1010"), reported as invalid rather than guessed. */
function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2199;
}

function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3)];
}

function day(y: number, m: number, d: number): Piece {
  return plausibleYear(y) && isValidYmd(y, m, d)
    ? { kind: 'date', due: formatIso(y, m, d) }
    : { kind: 'invalid' };
}

/** `m` always comes from a month name or is March, so only the year needs checking. */
function month(y: number, m: number): Piece {
  return plausibleYear(y) ? { kind: 'month', due: endOfMonth(y, m) } : { kind: 'invalid' };
}

/** True when the second year of "2010/11" or "2010/2011" follows the first. */
function consecutive(first: number, second: string): boolean {
  return second.length === 2 ? Number(second) === (first + 1) % 100 : Number(second) === first + 1;
}

/** UK financial-year quarter: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar of the next calendar year. */
function quarter(q: number, firstYear: string, secondYear: string): Piece {
  const start = fullYear(firstYear);
  if (q < 1 || q > 4 || !consecutive(start, secondYear) || !plausibleYear(start)) return { kind: 'invalid' };
  const due = q === 4 ? endOfMonth(start + 1, 3) : endOfMonth(start, 3 + q * 3);
  return { kind: 'quarter', due };
}

/** Lower case, straight quotes and dashes, single spaces, no trailing punctuation or wrapping brackets. */
function clean(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  let before: string;
  do {
    before = s;
    // Stryker disable next-line Regex: equivalent, the loop repeats until nothing is left to strip
    s = s.replace(/[\s.,;:!]+$/, '').replace(/^[\s,;:]+/, '');
    const wrapped = /^\((.*)\)$/.exec(s) ?? /^\[(.*)\]$/.exec(s);
    // Stryker disable next-line MethodExpression: equivalent, the next pass strips the spaces
    if (wrapped && !/[()[\]]/.test(wrapped[1])) s = wrapped[1].trim();
  } while (before !== s);
  return s;
}

/** One date, month, quarter or financial year, with no lead-in words. */
function readPoint(s: string): Piece | null {
  let m = NUMERIC_YMD.exec(s);
  if (m) return day(Number(m[1]), Number(m[3]), Number(m[4]));
  m = NUMERIC_DMY.exec(s);
  // Always day first (UK), never month first.
  if (m) return day(fullYear(m[4]), Number(m[3]), Number(m[1]));
  m = TEXT_DMY.exec(s);
  if (m) return day(fullYear(m[3]), monthNumber(m[2]), Number(m[1]));
  m = TEXT_MDY.exec(s);
  if (m) return day(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return month(fullYear(m[2]), monthNumber(m[1]));
  m = QUARTER.exec(s);
  if (m) return quarter(Number(m[1]), m[2], m[3]);
  m = QUARTER_AFTER.exec(s);
  if (m) return quarter(Number(m[3]), m[1], m[2]);
  m = FINANCIAL_YEAR.exec(s);
  if (m) {
    // A financial year on its own ("2013/14") is due at its end, 31 March of the second year.
    // It is reported as kind 'month' because that is the month it is due in.
    const start = Number(m[1]);
    return consecutive(start, m[2]) ? month(start + 1, 3) : { kind: 'invalid' };
  }
  return null;
}

/** A point with any lead-in words ("by the end of October 2013") taken off. */
function readLedPoint(s: string): Piece | null {
  for (let rest = s; ;) {
    const point = readPoint(rest);
    if (point) return point;
    const shorter = rest.replace(LEAD_IN, '');
    if (shorter === rest) return null;
    rest = shorter;
  }
}

function readNone(s: string): boolean {
  return NONE.test(s) || (DETERMINED_BY.test(s) && s.length <= 160);
}

/** "Monthly through to Dec 2013": recurring, due at the end of the run. */
function readRecurring(s: string): Piece | null {
  const m = RECURRING.exec(s);
  if (!m) return null;
  // Stryker disable next-line MethodExpression: equivalent, RUN_END and the digit test ignore outer spaces
  const rest = m[2].trim();
  for (const connector of rest.matchAll(RUN_END)) {
    const end = readLedPoint(clean(rest.slice((connector.index ?? 0) + connector[0].length)));
    if (end?.kind === 'invalid') return end;
    if (end && end.kind !== 'none') return { kind: 'recurring', due: end.due };
  }
  // "Monthly", "Ongoing – reviewed quarterly": a rhythm with no end date.
  return /\d/.test(rest) ? null : { kind: 'none' };
}

/** One phrase: a deliberate no-date, a recurring run, or a single point in time. */
function readPiece(text: string): Piece | null {
  const s = clean(text);
  if (readNone(s)) return { kind: 'none' };
  // "w/c 14/10/2013" is left unread: no lead-in takes off "week commencing", as its due day is unclear.
  return readRecurring(s) ?? readLedPoint(s);
}

/** One line: a single phrase, or several joined by '&', 'and', ',', 'to' …; null when any part is unreadable. */
function readLine(line: string): Piece[] | null {
  const whole = readPiece(line);
  if (whole) return [whole];
  const parts = clean(line)
    .split(MILESTONE_SPLIT)
    .filter((p) => p !== '');
  if (parts.length < 2) return null;
  const pieces: Piece[] = [];
  for (const part of parts) {
    const piece = readPiece(part);
    if (!piece) return null;
    pieces.push(piece);
  }
  return pieces;
}

function result(text: string, kind: Deadline['kind'], milestones: IsoDate[] = []): Deadline {
  // Stryker disable next-line EqualityOperator: equivalent, equal dates give the same latest date
  const due = milestones.length === 0 ? null : milestones.reduce((a, b) => (b > a ? b : a));
  return { text, kind, due, milestones };
}

/**
 * Reads a deadline typed as text. Several lines or ';'-separated phrases are milestones, due on the latest.
 * When a cell mixes a no-date phrase with dates ("TBC\nOctober 2013"), the dates are kept.
 */
export function parseDeadlineText(text: string): Deadline {
  const trimmed = text.trim();
  if (trimmed === '') return result('', 'blank');
  const lines = trimmed.split(/\r\n|\r|\n|;/).filter((l) => l.trim() !== '');
  const pieces: Piece[] = [];
  for (const line of lines) {
    const read = readLine(line);
    if (!read) return result(trimmed, 'unparsed');
    pieces.push(...read);
  }
  if (pieces.some((p) => p.kind === 'invalid')) return result(trimmed, 'invalid');
  const dated = pieces.filter((p): p is Extract<Piece, { due: IsoDate }> => 'due' in p);
  if (dated.length === 0) return result(trimmed, 'none');
  if (dated.length === 1) return result(trimmed, dated[0].kind, [dated[0].due]);
  return result(
    trimmed,
    'milestones',
    dated.map((p) => p.due),
  );
}

/** Serials from 1954 to 2119: a plain number in this range displayed as a date is a real date. */
const DATE_SERIAL_MIN = 20000;
const DATE_SERIAL_MAX = 80000;

/** True when a numeric cell holds a real Excel date rather than a number. */
function isRealDate(cell: CellSnapshot, value: number): boolean {
  if (isDateFormat(cell.numberFormat)) return value >= 1;
  // No format was captured, but Excel displays the number as something other than a number.
  return (
    cell.numberFormat === undefined &&
    value >= DATE_SERIAL_MIN &&
    value <= DATE_SERIAL_MAX &&
    cell.text.trim() !== '' &&
    // Stryker disable next-line MethodExpression: equivalent, the pattern allows spaces anyway
    !/^[\d\s,.]+$/.test(cell.text.trim())
  );
}

/** Reads a deadline cell: a real Excel date, or its text. */
export function readDeadlineCell(cell: CellSnapshot | undefined): Deadline {
  if (!cell) return result('', 'blank');
  const value = cell.value;
  if (typeof value === 'number' && Number.isFinite(value) && !cell.error && isRealDate(cell, value)) {
    const iso = serialToIso(value);
    return result(cell.text.trim() || iso, 'date', [iso]);
  }
  const text = cell.text.trim() !== '' ? cell.text : typeof value === 'string' ? value : '';
  return parseDeadlineText(text);
}
