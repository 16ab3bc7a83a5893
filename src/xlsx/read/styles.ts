/**
 * What the reader needs from xl/styles.xml, parsed once per workbook: for each cell format (cellXfs)
 * its number format and its solid fill colour, resolved against the workbook's theme and palette.
 */
import { isDateFormat } from '../../core/dates';
import { DEFAULT_INDEXED, resolveColour, type ExcelColour, type Palette } from '../colours';
import { BUILT_IN_FORMATS, displayCode, systemDateCode } from './number-format';
import { parseXml } from './xml';

export interface CellFormat {
  /** The format code as the snapshot reports it; undefined for General. */
  numberFormat: string | undefined;
  /** The code the display text is made with (regional built-ins shown the UK way). */
  displayCode: string;
  /** '#RRGGBB' of a solid fill. */
  fill: string | undefined;
  /** True when the format shows numbers as dates (worked out once per format, not per cell). */
  isDate: boolean;
}

export interface StyleTable {
  formats: CellFormat[];
  indexed: string[];
}

const GENERAL: CellFormat = {
  numberFormat: undefined,
  displayCode: 'General',
  fill: undefined,
  isDate: false,
};

function colourOf(attrs: Record<string, string>): ExcelColour {
  const c: ExcelColour = {};
  if (attrs.rgb !== undefined) c.argb = attrs.rgb;
  if (attrs.theme !== undefined) c.theme = Number(attrs.theme);
  if (attrs.indexed !== undefined) c.indexed = Number(attrs.indexed);
  if (attrs.tint !== undefined) c.tint = Number(attrs.tint);
  return c;
}

export async function readStyles(
  xml: Buffer | undefined,
  theme: readonly string[],
  label: string,
  part: string,
): Promise<StyleTable> {
  if (!xml) return { formats: [], indexed: [...DEFAULT_INDEXED] };
  const custom = new Map<number, string>();
  const fills: (ExcelColour | undefined)[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  const indexed: string[] = [];
  const stack: string[] = [];
  let fill: { solid: boolean; fg?: ExcelColour } | undefined;
  await parseXml(
    xml,
    {
      open(name, attrs) {
        const parent = stack[stack.length - 1];
        stack.push(name ?? '');
        if (name === 'numFmt' && parent === 'numFmts') {
          custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
        } else if (name === 'fill' && parent === 'fills') {
          fill = { solid: false };
        } else if (fill && name === 'patternFill') {
          fill.solid = attrs.patternType === 'solid';
        } else if (fill && name === 'fgColor') {
          fill.fg = colourOf(attrs);
        } else if (name === 'xf' && parent === 'cellXfs') {
          xfs.push({ numFmtId: Number(attrs.numFmtId ?? 0), fillId: Number(attrs.fillId ?? 0) });
        } else if (name === 'rgbColor' && parent === 'indexedColors') {
          const rgb = attrs.rgb ?? '';
          indexed.push(/^[0-9a-f]{8}$/i.test(rgb) ? rgb.slice(2).toUpperCase() : rgb.toUpperCase());
        }
      },
      close(name) {
        stack.pop();
        if (name === 'fill' && fill) {
          fills.push(fill.solid ? fill.fg : undefined);
          fill = undefined;
        }
      },
    },
    label,
    part,
  );
  const palette: Palette = { theme, indexed: indexed.length ? indexed : DEFAULT_INDEXED };
  const fillHex = fills.map((f) => resolveColour(f, palette));
  const formats = xfs.map(({ numFmtId, fillId }): CellFormat => {
    const code = custom.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId];
    const shown = code === undefined || code === 'General' ? undefined : code;
    return {
      numberFormat: shown,
      displayCode: systemDateCode(displayCode(numFmtId, code)),
      fill: fillHex[fillId],
      isDate: isDateFormat(shown),
    };
  });
  return { formats, indexed: [...palette.indexed] };
}

export function formatOf(styles: StyleTable, index: number): CellFormat {
  return styles.formats[index] ?? GENERAL;
}
