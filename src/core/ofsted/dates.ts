/** Dates as Ofsted writes them ('31 December 2010') and month arithmetic for due dates. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const DATE_PATTERN =
  '(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NUMERIC_PATTERN = '(\\d{1,2})/(\\d{1,2})/(\\d{4})';

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The first date in the text → 'YYYY-MM-DD', or null if there is no valid date. Ofsted writes
 * '31 December 2010' (also '31st December 2010'); some reports write '25/11/2016' (day first, as in the UK).
 */
export function parseDate(text: string): string | null {
  const words = new RegExp(DATE_PATTERN, 'i').exec(text);
  const numeric = new RegExp(`(?<![\\d/])${NUMERIC_PATTERN}(?![\\d/])`).exec(text);
  if (words && (!numeric || words.index <= numeric.index)) {
    return isoDate(Number(words[3]), MONTHS.indexOf(words[2].toLowerCase()) + 1, Number(words[1]));
  }
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

/** Is the whole line a date ('16 August 2013')? */
export function isDateLine(line: string): boolean {
  const t = line.trim();
  return (
    (new RegExp(`^${DATE_PATTERN}$`, 'i').test(t) || new RegExp(`^${NUMERIC_PATTERN}$`).test(t)) &&
    parseDate(t) !== null
  );
}

/** ISO date plus n calendar months; the day is kept, or clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}
