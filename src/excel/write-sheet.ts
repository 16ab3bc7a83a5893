/**
 * Laying down one of the tracker's own sheets from a SheetSpec. A sheet the workbook already has is
 * cleared in place (values, formats, merges, conditional formats, freeze panes) and rewritten, so its
 * position and any formulas pointing at it survive; otherwise the sheet is added. Whether it exists is
 * taken from the host's last read, so no extra round trip is needed. A large sheet becomes several ops
 * (values in bands of rows, styles in blocks), so the host can spread it over batches within Excel on
 * the web's payload limit.
 */
import { a1, columnLetter } from '../core/address';
import type { CellStyle, SheetSpec, SpecCell } from '../core/sheet-spec';
import { needsTextFormat } from './cell-values';
import { onRange } from './edit-ops';
import { type BatchLimits, op, type Op, type OpEnv, rowBands } from './ops';

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

/** A rectangle of cells with one style: runs of neighbouring cells in a row, stacked over rows alike. */
interface StyleBlock {
  top: number;
  left: number;
  width: number;
  height: number;
  style: CellStyle;
}

/**
 * The styled cells of a sheet as few rectangles as possible: each row's runs of neighbouring cells with
 * the same style, then runs that repeat exactly on the rows below joined into one block (so a table's
 * body rows take one call per column group, not one per row). The number format is left out: it is
 * written with the values.
 */
export function styleBlocks(rows: readonly (readonly (SpecCell | undefined)[] | undefined)[]): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  rows.forEach((row, r) => {
    const next = new Map<string, StyleBlock>();
    let run: { start: number; length: number; style: CellStyle; key: string } | null = null;
    const close = () => {
      if (!run) return;
      const id = `${run.start}:${run.length}:${run.key}`;
      const block = open.get(id);
      if (block && block.top + block.height === r) {
        block.height++;
        open.delete(id);
        next.set(id, block);
      } else next.set(id, { top: r, left: run.start, width: run.length, height: 1, style: run.style });
      run = null;
    };
    (row ?? []).forEach((cell, c) => {
      const style = cell?.style;
      const key = style ? JSON.stringify({ ...style, numberFormat: undefined }) : '';
      if (run && key !== '' && run.key === key && run.start + run.length === c) {
        run.length++;
        return;
      }
      close();
      if (style && key !== '{}') run = { start: c, length: 1, style, key };
    });
    close();
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function queueStyle(range: Excel.Range, block: StyleBlock): void {
  const { style } = block;
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColour) format.font.color = style.fontColour;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.border) {
    // Every cell of the block gets its own thin box: the outer edges and the lines inside.
    const edges: Excel.BorderIndex[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ] as Excel.BorderIndex[];
    if (block.width > 1) edges.push('InsideVertical' as Excel.BorderIndex);
    if (block.height > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/**
 * The ops that lay a sheet down, each within the batch limits: make the sheet (or clear it in place),
 * the values and number formats in bands of rows, the styles block by block, the links, then column
 * widths, freeze panes, print set-up and data bars.
 */
export function writeSheetOps(
  spec: SheetSpec,
  env: OpEnv,
  limits: BatchLimits,
  skip: (why: string) => void,
): Op[] {
  const rows = spec.rows.length;
  const cols = Math.max(0, ...spec.rows.map((r) => r?.length ?? 0));
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => spec.rows[r]?.[c]?.value ?? ''),
  );
  const formats = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = spec.rows[r]?.[c];
      return (
        cell?.style?.numberFormat ??
        (typeof cell?.value === 'string' && needsTextFormat(cell.value) ? '@' : null)
      );
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
  const sheetOf = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(spec.name);

  const ops: Op[] = [
    op((context) => {
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
    }),
  ];

  if (rows > 0 && cols > 0)
    for (const band of rowBands(values, cols, { bytes: limits.bytes / 2, cells: limits.cells })) {
      const bandFormats = formats.slice(band.start, band.start + band.rows.length);
      const anyFormat = bandFormats.some((row) => row.some((f) => f !== null));
      ops.push(
        op(
          (context) =>
            onRange(sheetOf(context).getRangeByIndexes(band.start, 0, band.rows.length, cols), (range) => {
              if (anyFormat) range.numberFormat = bandFormats;
              range.values = band.rows;
            }),
          band.rows.length * cols,
        ),
      );
    }

  for (const block of styleBlocks(spec.rows))
    ops.push(
      op((context) =>
        onRange(
          sheetOf(context).getRangeByIndexes(block.top, block.left, block.height, block.width),
          (range) => queueStyle(range, block),
        ),
      ),
    );

  if (links)
    spec.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const link = cell?.link;
        if (!link) return;
        ops.push(
          op((context) =>
            onRange(sheetOf(context).getRangeByIndexes(r, c, 1, 1), (range) => {
              range.hyperlink = {
                documentReference: `${quoteSheet(link.sheet)}!${link.cell}`,
                textToDisplay: cell.value === null ? link.cell : String(cell.value),
              };
            }),
          ),
        );
      }),
    );

  ops.push(
    op((context) => {
      const sheet = sheetOf(context);
      (spec.columnWidths ?? []).forEach((width, c) => {
        if (width > 0) {
          const letter = columnLetter(c);
          onRange(sheet.getRange(`${letter}:${letter}`), (range) => {
            range.format.columnWidth = widthInPoints(width);
          });
        }
      });
      for (const merge of spec.merges ?? []) onRange(sheet.getRange(merge), (range) => range.merge(false));
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
        for (const bar of spec.dataBars ?? [])
          onRange(sheet.getRange(bar.range), (range) => {
            const cf = range.conditionalFormats.add('DataBar');
            cf.dataBar.positiveFormat.fillColor = bar.colour;
            cf.dataBar.positiveFormat.gradientFill = false;
          });
    }),
  );
  return ops;
}
