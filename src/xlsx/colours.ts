/** Turning ExcelJS colour objects (ARGB, theme index + tint, legacy palette index) into '#RRGGBB'. */

/** Office's default theme colours, in the order theme indices use (lt1, dk1, lt2, dk2, accent1–6). */
const THEME = [
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
];

/** The legacy 56-colour palette entries plans actually use (indexed fills from old .xls files). */
const INDEXED: Record<number, string> = {
  8: '000000',
  9: 'FFFFFF',
  10: 'FF0000',
  11: '00FF00',
  12: '0000FF',
  13: 'FFFF00',
  14: 'FF00FF',
  15: '00FFFF',
  17: '008000',
  22: 'C0C0C0',
  23: '808080',
  40: '00CCFF',
  41: 'CCFFFF',
  42: 'CCFFCC',
  43: 'FFFF99',
  44: '99CCFF',
  45: 'FF99CC',
  46: 'CC99FF',
  47: 'FFCC99',
  49: '33CCCC',
  50: '99CC00',
  51: 'FFCC00',
  52: 'FF9900',
  53: 'FF6600',
  57: '339966',
};

export interface ExcelColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

function applyTint(hex: string, tint: number): string {
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const tinted = channels.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return tinted
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

export function colourToHex(colour: ExcelColour | undefined): string | undefined {
  if (!colour) return undefined;
  let hex: string | undefined;
  if (colour.argb && /^[0-9a-f]{8}$/i.test(colour.argb)) hex = colour.argb.slice(2).toUpperCase();
  else if (colour.argb && /^[0-9a-f]{6}$/i.test(colour.argb)) hex = colour.argb.toUpperCase();
  else if (colour.theme !== undefined && THEME[colour.theme]) hex = THEME[colour.theme];
  else if (colour.indexed !== undefined) hex = INDEXED[colour.indexed];
  if (!hex) return undefined;
  if (colour.tint) hex = applyTint(hex, colour.tint);
  return `#${hex}`;
}
