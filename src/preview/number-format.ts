/**
 * How the preview's grid shows a number, following the cell's Excel number format as far as plans use
 * them: percentages (0%, 0.0%), fixed decimals (0.00), thousands separators (#,##0), currency and other
 * literal text around the digits ("£"#,##0.00, 0" days"), a separate section for negatives, and text
 * (@). Dates are shown day first by the snapshot already. Anything this does not understand is shown
 * the way Excel's General format would show it.
 */
import { isDateFormat } from '../core/dates';

/** Excel's General format: up to 10 significant digits, no trailing zeros, no exponent for plan-sized numbers. */
export function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e11 || size < 1e-9)) {
    // 1E+15, 1.23457E+15: six significant digits, as Excel's General shows numbers this large or small.
    return value
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E')
      .replace(/E(\d)/, 'E+$1');
  }
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(10)).toString();
}

interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  thousands: boolean;
  percent: boolean;
  /** A section with no digit placeholder (e.g. "-" or "None"): its text is shown as it is. */
  literalOnly: boolean;
}

/** The literal text of a format fragment: quotes and backslash escapes kept, padding and colours dropped. */
function literal(fragment: string): string {
  let out = '';
  for (let i = 0; i < fragment.length; i++) {
    const ch = fragment[i];
    if (ch === '"') {
      const end = fragment.indexOf('"', i + 1);
      out += fragment.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? fragment.length : end;
    } else if (ch === '\\') {
      out += fragment[++i] ?? '';
    } else if (ch === '_' || ch === '*') {
      i++; // "_)" leaves room for a character, "*-" repeats one: neither shows text
    } else if (ch === '[') {
      const end = fragment.indexOf(']', i);
      const inside = fragment.slice(i + 1, end < 0 ? undefined : end);
      // [$£-809] is a currency symbol; [Red] or [>100] are colours and conditions, shown as nothing.
      if (inside.startsWith('$')) out += inside.slice(1).split('-')[0];
      i = end < 0 ? fragment.length : end;
    } else if (ch !== '%') out += ch;
  }
  return out;
}

function parseSection(section: string): Section {
  // The digits: the first run of 0 # ? , . (outside quotes); everything around it is literal text.
  const unquoted = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, (m) => ' '.repeat(m.length));
  const match = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(unquoted);
  const percent = unquoted.includes('%');
  if (!match) {
    return {
      prefix: literal(section),
      suffix: '',
      decimals: 0,
      thousands: false,
      percent,
      literalOnly: true,
    };
  }
  const digits = match[0];
  return {
    prefix: literal(section.slice(0, match.index)),
    suffix: literal(section.slice(match.index + digits.length)),
    decimals: digits.includes('.') ? digits.split('.')[1].replace(/[^0#?]/g, '').length : 0,
    thousands: digits.includes(','),
    percent,
    literalOnly: false,
  };
}

function withThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The text Excel would show for `value` in a cell formatted `format`. */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || format === '@' || isDateFormat(format))
    return generalNumber(value);
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const negative = value < 0 && sections.length > 1;
  const zero = value === 0 && sections.length > 2;
  const section = parseSection(zero ? sections[2] : negative ? sections[1] : sections[0]);
  if (section.literalOnly) return section.prefix;
  const scaled = Math.abs(negative ? value : value) * (section.percent ? 100 : 1);
  const [integer, fraction] = scaled.toFixed(section.decimals).split('.');
  const digits = `${section.thousands ? withThousands(integer) : integer}${fraction ? `.${fraction}` : ''}`;
  const sign = value < 0 && !negative && Number(digits.replace(/[^0-9]/g, '')) !== 0 ? '-' : '';
  return `${sign}${section.prefix}${digits}${section.suffix}${section.percent ? '%' : ''}`;
}
