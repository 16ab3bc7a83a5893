/**
 * Laying down one of the tracker's own sheets from a SheetSpec. A sheet the workbook already has is
 * cleared in place (values, formats, merges, conditional formats, freeze panes) and rewritten, so its
 * position and any formulas pointing at it survive; otherwise the sheet is added. Whether it exists is
 * taken from the host's last read, so no extra round trip is needed.
 */
import { a1, columnLetter } from '../core/address';
import type { CellStyle, SheetSpec, SpecCell } from '../core/sheet-spec';
import { needsTextFormat } from './cell-values';
import type { Op, OpEnv } from './ops';

/** Sheet name as written in a reference: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Column width in characters (as in the .xlsx) → points (Office.js): 7 px a character plus 5 px padding. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Runs of neighbouring cells in a row with the same style, so each style is set once per run. */
function styleRuns(row: (SpecCell | undefined)[]): { start: number; length: number; style: CellStyle }[] {
  const runs: { start: number; length: number; style: CellStyle; key: string }[] = [];
  row.forEach((cell, c) => {
    const style = cell?.style;
    if (!style) return;
    const key = JSON.stringify({ ...style, numberFormat: undefined });
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.start + last.length === c) last.length++;
    else runs.push({ start: c, length: 1, style, key });
  });
  return runs;
}

function queueStyle(range: Excel.Range, style: CellStyle, width: number): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColour) format.font.color = style.fontColour;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.border) {
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (width > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

export function writeSheetOps(spec: SheetSpec, env: OpEnv, skip: (why: string) => void): Op[] {
  const rows = spec.rows.length;
  const cols = Math.max(0, ...spec.rows.map((r) => r?.length ?? 0));
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => spec.rows[r]?.[c]?.value ?? ''),
  );
  let anyFormat = false;
  const formats = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = spec.rows[r]?.[c];
      const fmt =
        cell?.style?.numberFormat ??
        (typeof cell?.value === 'string' && needsTextFormat(cell.value) ? '@' : null);
      if (fmt) anyFormat = true;
      return fmt;
    }),
  );
  const exists = env.sheetExists(spec.name);
  const links = env.supports('hyperlinks');
  const pageLayout = env.supports('pageLayout');
  const dataBars = env.supports('conditionalFormats');
  if (spec.rows.some((r) => r?.some((c) => c?.link)) && !links)
    skip(`links on ${spec.name} (need ExcelApi 1.7)`);
  if (spec.print && !pageLayout) skip(`print set-up of ${spec.name} (needs ExcelApi 1.9)`);
  if (spec.dataBars?.length && !dataBars) skip(`data bars on ${spec.name} (need ExcelApi 1.6)`);

  const queue = (context: Excel.RequestContext): void => {
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (exists) {
      sheet = sheets.getItem(spec.name);
      const used = sheet.getUsedRangeOrNullObject();
      if (dataBars) used.conditionalFormats.clearAll();
      used.unmerge();
      used.clear('All');
      sheet.freezePanes.unfreeze();
    } else {
      sheet = sheets.add(spec.name);
    }
    sheet.visibility = spec.state === 'hidden' ? 'Hidden' : 'Visible';
    if (rows > 0 && cols > 0) {
      const all = sheet.getRangeByIndexes(0, 0, rows, cols);
      if (anyFormat) all.numberFormat = formats;
      all.values = values;
    }
    spec.rows.forEach((row, r) => {
      if (!row) return;
      for (const run of styleRuns(row))
        queueStyle(sheet.getRangeByIndexes(r, run.start, 1, run.length), run.style, run.length);
      if (!links) return;
      row.forEach((cell, c) => {
        if (!cell?.link) return;
        sheet.getRangeByIndexes(r, c, 1, 1).hyperlink = {
          documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`,
          textToDisplay: cell.value === null ? cell.link.cell : String(cell.value),
        };
      });
    });
    (spec.columnWidths ?? []).forEach((width, c) => {
      if (width > 0) {
        const letter = columnLetter(c);
        sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(width);
      }
    });
    for (const merge of spec.merges ?? []) sheet.getRange(merge).merge(false);
    const freeze = spec.freeze;
    if (freeze && freeze.rows > 0 && freeze.columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${a1(freeze.rows - 1, freeze.columns - 1)}`));
    else if (freeze && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
    else if (freeze && freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
    if (spec.print && pageLayout) {
      sheet.pageLayout.orientation = spec.print.landscape ? 'Landscape' : 'Portrait';
      sheet.pageLayout.paperSize = 'A4';
      // One page wide, as many pages tall as needed (0 = automatic, as "Fit to 1 page wide by [blank] tall").
      if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (spec.print.repeatRows) {
        const [first, last] = spec.print.repeatRows;
        sheet.pageLayout.setPrintTitleRows(`$${first}:$${last}`);
      }
    }
    if (dataBars)
      for (const bar of spec.dataBars ?? []) {
        const cf = sheet.getRange(bar.range).conditionalFormats.add('DataBar');
        cf.dataBar.positiveFormat.fillColor = bar.colour;
        cf.dataBar.positiveFormat.gradientFill = false;
      }
  };
  return [{ weight: rows * cols, queue }];
}
