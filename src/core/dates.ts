/**
 * Calendar-day helpers. Everything here works on whole days with integer arithmetic (no `Date` maths,
 * no time zones), except `todayIso`, which deliberately reads the local calendar day of a given moment.
 */
import type { IsoDate } from './types';

/** Days from 1970-01-01 to a proleptic Gregorian y-m-d (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The y-m-d of a day count from 1970-01-01 (inverse of daysFromCivil). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

/** Day number of the Excel epoch (1899-12-30) counted from 1970-01-01. */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month1to12: number): number {
  if (month1to12 === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1to12) ? 30 : 31;
}

/** True when y-m-d is a real calendar day (years 1 to 9999). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (![y, m, d].every(Number.isInteger)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** 'YYYY-MM-DD' from numbers (not validated: call isValidYmd first). */
export function formatIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The numeric parts of an ISO day, or null when the text is not a real 'YYYY-MM-DD' day. */
export function parseIso(iso: string): [number, number, number] | null {
  const m = ISO_PATTERN.exec(iso);
  if (!m) return null;
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(...parts) ? parts : null;
}

/**
 * An Excel serial date (1900 date system: days since 1899-12-30) as an ISO day; any time part is dropped.
 * Serials below 61 fall before Excel's fictitious 29 February 1900 and so read one day earlier than
 * Excel shows them; no plan deadline lives there.
 */
export function serialToIso(serial: number): IsoDate {
  if (!Number.isFinite(serial)) throw new RangeError(`${serial} is not an Excel date serial number.`);
  const [y, m, d] = civilFromDays(EXCEL_EPOCH + Math.floor(serial));
  return formatIso(y, m, d);
}

/** The Excel serial number (1900 date system) of an ISO day. Throws on text that is not a real day. */
export function isoToSerial(iso: IsoDate): number {
  const parts = parseIso(iso);
  if (!parts) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD.`);
  return daysFromCivil(...parts) - EXCEL_EPOCH;
}

/** The last day of a month (1-12). */
export function endOfMonth(year: number, month1to12: number): IsoDate {
  return formatIso(year, month1to12, daysInMonth(year, month1to12));
}

/** Orders two ISO days: negative when a is earlier, 0 when equal, positive when later. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The local calendar day of a moment (what the officer's own clock says today is). */
export function todayIso(now: Date): IsoDate {
  return formatIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * True when an Excel number format shows a number as a date ('dd/mm/yyyy', 'd-mmm-yy', 'mmmm yyyy',
 * '[$-809]dd mmmm yyyy', 'yyyy-mm-dd h:mm'). False for 'General', '0.00', '#,##0', '0%', '@' and for
 * time-only formats ('h:mm', '[h]:mm:ss', 'mm:ss'), where 'm' means minutes.
 * Quoted literals, escaped characters and bracketed sections ([Red], [$£-809], [$-809]) are ignored,
 * except the system long-date locale code [$-F800] (and 'x-sysdate'), which is a date.
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  if (/\[\$-[0-9a-f]*f800\]/i.test(numberFormat) || /x-sysdate/i.test(numberFormat)) return true;
  const f = numberFormat
    .replace(/"[^"]*"?/g, '') // quoted literals
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // padding and repeat characters
    .replace(/\[([hms])+\]/gi, '$1') // elapsed time [h], [mm], [ss]: keep the letter for the minutes rule
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, currencies and locales
    .replace(/am\/pm|a\/p/gi, '')
    .replace(/general/gi, '');
  const tokens = f.match(/[a-z]+/gi) ?? [];
  return tokens.some((token, i) => {
    const t = token.toLowerCase();
    if (/[dy]/.test(t)) return true;
    if (!/^m+$/.test(t)) return false;
    // 'm' straight after an hour or straight before seconds means minutes.
    const before = (tokens[i - 1] ?? '').toLowerCase();
    const after = (tokens[i + 1] ?? '').toLowerCase();
    return !(before.startsWith('h') || after.startsWith('s'));
  });
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** '2013-10-31' → '31 October 2013', as messages to officers write dates. */
export function ukLongDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** '2013-10-31' → '31/10/2013', the way UK Excel shows a date. */
export function ukShortDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
