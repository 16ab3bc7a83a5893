/**
 * Turning SpreadsheetML colours (ARGB, theme index + tint, legacy palette index) into '#RRGGBB'.
 *
 * Theme colours are resolved against a workbook's own theme when the reader has it (a council theme can
 * make "accent 6" anything), and against Office's default theme otherwise (the browser preview, which
 * reads through ExcelJS). Tints are applied to the colour's luminance in HLS, as Excel does
 * (ECMA-376 Part 1, §18.8.19 `tint`; [MS-OI29500] 2.1.1657), not to each RGB channel.
 */

/** Office's default theme colours, in the order theme indices use (lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink). */
export const DEFAULT_THEME: readonly string[] = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

/** The legacy 64-colour palette (ECMA-376 Part 1, §18.8.27 indexedColors), used unless a workbook overrides it. */
export const DEFAULT_INDEXED: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
]; // prettier-ignore

export interface ExcelColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** The colours a workbook's theme and palette give; defaults when it has none of its own. */
export interface Palette {
  theme: readonly string[];
  indexed: readonly string[];
}

export const DEFAULT_PALETTE: Palette = { theme: DEFAULT_THEME, indexed: DEFAULT_INDEXED };

function toHls([r, g, b]: number[]): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, l, s];
}

function fromHls(h: number, l: number, s: number): number[] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/** A tint (-1 … 1) darkens (below 0) or lightens (above 0) the colour's luminance. */
export function applyTint(hex: string, tint: number): string {
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [h, l, s] = toHls(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHls(h, Math.min(1, Math.max(0, lum)), s)
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** '#RRGGBB' for a colour, or undefined when it names nothing (automatic, or an unknown index). */
export function resolveColour(colour: ExcelColour | undefined, palette: Palette): string | undefined {
  if (!colour) return undefined;
  let hex: string | undefined;
  if (colour.argb && /^[0-9a-f]{8}$/i.test(colour.argb)) hex = colour.argb.slice(2).toUpperCase();
  else if (colour.argb && /^[0-9a-f]{6}$/i.test(colour.argb)) hex = colour.argb.toUpperCase();
  else if (colour.theme !== undefined) hex = palette.theme[colour.theme];
  else if (colour.indexed !== undefined) hex = palette.indexed[colour.indexed];
  if (!hex) return undefined;
  if (colour.tint) hex = applyTint(hex, colour.tint);
  return `#${hex}`;
}

/** A colour against Office's default theme and palette (for workbooks read through ExcelJS). */
export function colourToHex(colour: ExcelColour | undefined): string | undefined {
  return resolveColour(colour, DEFAULT_PALETTE);
}
