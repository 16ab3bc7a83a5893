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

/** '31 December 2010' (anywhere in the text) → '2010-12-31'; null if there is no valid date. */
export function parseDate(text: string): string | null {
  const m = new RegExp(DATE_PATTERN, 'i').exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const year = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Is the whole line a date ('16 August 2013')? */
export function isDateLine(line: string): boolean {
  return new RegExp(`^${DATE_PATTERN}$`, 'i').test(line.trim()) && parseDate(line) !== null;
}

/** ISO date plus n calendar months; the day is kept, or clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}
