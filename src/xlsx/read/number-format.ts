/**
 * The text Excel displays for a number under a number format, as an officer in England sees it:
 * dates day first, the system short date (built-in format 14) as dd/mm/yyyy, month names in English.
 *
 * Covers what plans use: General, fixed decimals, thousands separators, percentages, scientific, literal
 * text, colour and locale tags, up to four sections, and dates and times. Anything else (fractions,
 * conditions) falls back to General rather than guessing.
 * Format codes: ECMA-376 Part 1, §18.8.31 (numFmts); built-in ids §18.8.30.
 */
import { isDateFormat, MONTH_NAMES, serialToIso } from '../../core/dates';

/** Built-in format ids as ECMA-376 lists them (the codes ExcelJS also reports). */
export const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids whose look follows the computer's regional settings: shown as a UK machine shows them. */
const REGIONAL_DISPLAY: Record<number, string> = {
  14: 'dd/mm/yyyy',
  22: 'dd/mm/yyyy hh:mm',
};

/** The code to display a built-in or custom format with. */
export function displayCode(numFmtId: number, code: string | undefined): string {
  return REGIONAL_DISPLAY[numFmtId] ?? code ?? 'General';
}

type Formatter = (value: number) => string;
const cache = new Map<string, Formatter>();

/** The text Excel shows for `value` under `code`. */
export function formatNumber(value: number, code: string): string {
  let f = cache.get(code);
  if (!f) {
    f = compile(code);
    cache.set(code, f);
  }
  return f(value);
}

/** Excel's General format: up to 11 characters of digits, then scientific. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs < 1e11) return String(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = value.toExponential(5).split('e');
    const mantissa = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const exp = Number(e);
    return `${mantissa}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** Splits a format into its sections at semicolons outside quotes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\' && !quoted) {
      current += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function compile(code: string): Formatter {
  if (/^general$/i.test(code.trim()) || code.trim() === '') return formatGeneral;
  const parts = sections(code);
  if (parts.some((p) => /\[[<>=]/.test(p))) return formatGeneral; // conditional sections: not guessed
  const compiled = parts.slice(0, 3).map(compileSection);
  return (value) => {
    if (compiled.length === 1) return compiled[0](value, false);
    if (value > 0 || (value === 0 && compiled.length === 2)) return compiled[0](value, false);
    if (value < 0) return compiled[1](-value, true);
    return compiled[2](value, false);
  };
}

type SectionFormatter = (value: number, negativeSection: boolean) => string;

function compileSection(section: string): SectionFormatter {
  const clean = section.replace(/\[(?!(?:h+|m+|s+)\])(?:[a-z]+|color\s*\d+)\]/gi, ''); // colours: [Red], [Color 10]; not [h]
  if (isDateFormat(clean) || /\[[hms]+\]|(^|[^a-z])[hs]+([^a-z]|$)/i.test(stripLiterals(clean))) {
    const f = compileDate(clean);
    return (v) => f(v);
  }
  // A number under a text section (@) is shown as General.
  if (/general|@/i.test(stripLiterals(clean))) {
    return (v, neg) => (neg ? '' : v < 0 ? '-' : '') + substituteGeneral(clean, v);
  }
  return compileNumber(clean);
}

function stripLiterals(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
}

function substituteGeneral(code: string, v: number): string {
  return literalText(code.replace(/general|@/i, '\u0000')).replace('\u0000', formatGeneral(Math.abs(v)));
}

/** The literal text of a format with its codes removed: quotes unwrapped, escapes and padding resolved. */
function literalText(code: string): string {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      out += code.slice(i + 1, end < 0 ? code.length : end);
      i = end < 0 ? code.length : end;
    } else if (ch === '\\') {
      out += code[i + 1] ?? '';
      i++;
    } else if (ch === '_') {
      out += ' ';
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i);
      const inner = code.slice(i + 1, end < 0 ? code.length : end);
      const currency = /^\$([^-\]]*)/.exec(inner); // [$£-809] shows £
      if (currency) out += currency[1];
      i = end < 0 ? code.length : end;
    } else out += ch;
  }
  return out;
}

/** Rounds half away from zero at `places` decimals, as Excel shows numbers (not binary toFixed). */
function roundTo(value: number, places: number): number {
  const shifted = Number(`${value}e${places}`);
  if (!Number.isFinite(shifted)) return value;
  return Number(`${Math.round(shifted)}e-${places}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function compileNumber(section: string): SectionFormatter {
  // Find the numeric core: the first run of digit placeholders with its separators and exponent.
  const codes = section.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, (m) => '\u0001'.repeat(m.length));
  const match = /[0#?][0#?,]*(?:\.[0#?]*)?(?:[Ee][+-][0#?]+)?|\.[0#?]+(?:[Ee][+-][0#?]+)?/.exec(codes);
  if (!match) {
    // No digits at all: the section is literal text (e.g. "-" for zero).
    const text = literalText(section);
    return () => text;
  }
  const core = match[0];
  const before = literalText(section.slice(0, match.index));
  const after = literalText(section.slice(match.index + core.length));
  const percent = (stripLiterals(section).match(/%/g) ?? []).length;
  const [mantissa, exponent] = core.split(/[Ee][+-]/);
  const [intPart, fracPart = ''] = mantissa.split('.');
  const places = (fracPart.match(/[0#?]/g) ?? []).length;
  const requiredFrac = (fracPart.match(/0/g) ?? []).length;
  const thousands = /[0#?],[0#?]/.test(intPart);
  const scale = (intPart.match(/,+$/)?.[0].length ?? 0) * 3; // trailing commas divide by 1,000
  const minInt = (intPart.match(/0/g) ?? []).length;

  return (value, negativeSection) => {
    let v = value * 100 ** percent;
    if (scale) v /= 10 ** scale;
    const sign = !negativeSection && v < 0 ? '-' : '';
    v = Math.abs(v);
    let body: string;
    if (exponent !== undefined) {
      const exp = v === 0 ? 0 : Math.floor(Math.log10(v));
      const m = roundTo(v / 10 ** exp, places);
      body = `${m.toFixed(places)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(exponent.length, '0')}`;
    } else {
      const rounded = roundTo(v, places);
      let [i, f = ''] = rounded.toFixed(places).split('.');
      if (i === '0' && minInt === 0) i = '';
      else i = i.padStart(minInt, '0');
      if (thousands) i = groupThousands(i);
      f = f.replace(/0+$/, '').padEnd(requiredFrac, '0');
      body = f ? `${i}.${f}` : fracPart.length > 0 && places === 0 ? `${i}.` : i;
      if (body === '') body = '';
    }
    const text = `${before}${body}${after}`;
    return sign && /[1-9]/.test(body) ? `${sign}${text}` : text;
  };
}

/** What Excel shows for a negative number under a date format. */
export const NEGATIVE_DATE = '########';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateToken = { literal: string } | { code: string };

function tokeniseDate(code: string): DateToken[] {
  const tokens: DateToken[] = [];
  const lower = code.toLowerCase();
  for (let i = 0; i < code.length;) {
    const ch = code[i];
    const lc = lower[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      tokens.push({ literal: code.slice(i + 1, end < 0 ? code.length : end) });
      i = end < 0 ? code.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ literal: code[i + 1] ?? '' });
      i += 2;
    } else if (ch === '_') {
      tokens.push({ literal: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = code.indexOf(']', i);
      const inner = lower.slice(i + 1, end < 0 ? code.length : end);
      if (/^[hms]+$/.test(inner)) tokens.push({ code: `[${inner[0]}]` });
      i = end < 0 ? code.length : end + 1;
    } else if (lower.startsWith('am/pm', i)) {
      tokens.push({ code: 'ampm' });
      i += 5;
    } else if (lower.startsWith('a/p', i)) {
      tokens.push({ code: 'ap' });
      i += 3;
    } else if ('ymdhsge'.includes(lc)) {
      let j = i;
      while (j < code.length && lower[j] === lc) j++;
      tokens.push({ code: lower.slice(i, j) });
      i = j;
    } else if (ch === '.' && lower[i + 1] === '0') {
      let j = i + 1;
      while (lower[j] === '0') j++;
      tokens.push({ code: `.${'0'.repeat(j - i - 1)}` });
      i = j;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  // 'm' right after an hour or right before seconds is minutes.
  const codes = tokens.filter((t): t is { code: string } => 'code' in t);
  codes.forEach((t, k) => {
    if (!/^m{1,2}$/.test(t.code)) return;
    const prev = codes[k - 1]?.code ?? '';
    const next = codes[k + 1]?.code ?? '';
    if (/^h+$|^\[h\]$/.test(prev) || /^s+$|^\[s\]$/.test(next)) t.code = t.code === 'm' ? 'n' : 'nn';
  });
  return tokens;
}

function compileDate(code: string): (value: number) => string {
  const tokens = tokeniseDate(code);
  const twelveHour = tokens.some((t) => 'code' in t && (t.code === 'ampm' || t.code === 'ap'));
  return (serial) => {
    // Excel cannot show a negative date and fills the cell with #.
    if (serial < 0 || !Number.isFinite(serial)) return NEGATIVE_DATE;
    const fractionDigits = tokens.reduce(
      (n, t) => ('code' in t && t.code.startsWith('.') ? Math.max(n, t.code.length - 1) : n),
      0,
    );
    // Round to the shown precision of seconds, as Excel does.
    const unit = 86400 * 10 ** fractionDigits;
    const ticks = Math.round(serial * unit);
    const day = Math.floor(ticks / unit);
    const secondsTicks = ticks - day * unit;
    const totalSeconds = Math.floor(secondsTicks / 10 ** fractionDigits);
    const fraction = secondsTicks - totalSeconds * 10 ** fractionDigits;
    const [y, m, d] = serialToIso(day).split('-').map(Number);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    const weekday = DAY_NAMES[(((day - 1) % 7) + 7) % 7];
    const h12 = hours % 12 === 0 ? 12 : hours % 12;
    let out = '';
    for (const t of tokens) {
      if ('literal' in t) {
        out += t.literal;
        continue;
      }
      const c = t.code;
      const pad = (n: number) => String(n).padStart(2, '0');
      if (c.startsWith('y') || c.startsWith('e'))
        out += c.length <= 2 && c[0] === 'y' ? pad(y % 100) : String(y);
      else if (c === 'm') out += String(m);
      else if (c === 'mm') out += pad(m);
      else if (c === 'mmm') out += MONTH_NAMES[m - 1].slice(0, 3);
      else if (c === 'mmmmm') out += MONTH_NAMES[m - 1][0];
      else if (c.startsWith('m')) out += MONTH_NAMES[m - 1];
      else if (c === 'd') out += String(d);
      else if (c === 'dd') out += pad(d);
      else if (c === 'ddd') out += weekday.slice(0, 3);
      else if (c.startsWith('d')) out += weekday;
      else if (c === 'h') out += String(twelveHour ? h12 : hours);
      else if (c.startsWith('h')) out += pad(twelveHour ? h12 : hours);
      else if (c === 'n') out += String(minutes);
      else if (c === 'nn') out += pad(minutes);
      else if (c === 's') out += String(seconds);
      else if (c.startsWith('s')) out += pad(seconds);
      else if (c === '[h]') out += String(day * 24 + hours);
      else if (c === '[m]') out += String((day * 24 + hours) * 60 + minutes);
      else if (c === '[s]') out += String(((day * 24 + hours) * 60 + minutes) * 60 + seconds);
      else if (c === 'ampm') out += hours < 12 ? 'AM' : 'PM';
      else if (c === 'ap') out += hours < 12 ? 'A' : 'P';
      else if (c.startsWith('.')) out += `.${String(fraction).padStart(c.length - 1, '0')}`;
      else if (c.startsWith('g')) continue; // era names: not used in England
    }
    return out;
  };
}

/** The system long date ([$-F800]) on a UK machine: "30 September 2013". */
export function systemDateCode(code: string): string {
  if (/\[\$-[0-9a-f]*f800\]/i.test(code) || /x-sysdate/i.test(code)) return 'dd mmmm yyyy';
  if (/\[\$-[0-9a-f]*f400\]/i.test(code) || /x-systime/i.test(code)) return 'hh:mm:ss';
  return code;
}
