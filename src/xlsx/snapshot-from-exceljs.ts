/**
 * Turning an ExcelJS workbook into the core's WorkbookSnapshot. Works on a workbook already loaded
 * (from a file in the CLI, from a buffer in the browser preview); it never writes anything.
 */
import type ExcelJS from 'exceljs';
import { a1, parseRange } from '../core/address';
import { isDateFormat, serialToIso, ukShortDate } from '../core/dates';
import type { CellSnapshot, RichRun, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { colourToHex, type ExcelColour } from './colours';

const MS_PER_DAY = 86_400_000;
/** Excel's serial 0 is 1899-12-30 (the 1900 leap-year bug is already folded into this epoch). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

function ukDateText(serial: number): string {
  return ukShortDate(serialToIso(serial));
}

type RichTextValue = { richText: { text: string; font?: { italic?: boolean; bold?: boolean } }[] };

function isRichText(v: unknown): v is RichTextValue {
  return typeof v === 'object' && v !== null && Array.isArray((v as RichTextValue).richText);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: ExcelColour } | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return colourToHex(fill.fgColor);
}

/** The snapshot of one cell; undefined for a cell with nothing in it and no fill. */
export function snapshotCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  const numberFormat = cell.numFmt || undefined;
  const fill = fillOf(cell);
  let raw: unknown = cell.value;
  let formula = false;
  let error: string | undefined;
  let rich: RichRun[] | undefined;

  if (typeof raw === 'object' && raw !== null && !(raw instanceof Date)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      formula = true;
      raw = (raw as { result?: unknown }).result ?? null;
    }
  }
  if (typeof raw === 'object' && raw !== null && !(raw instanceof Date)) {
    if ('error' in raw) {
      error = String((raw as { error: string }).error);
      raw = null;
    } else if (isRichText(raw)) {
      rich = raw.richText.map((r) => ({
        text: r.text,
        italic: r.font?.italic || undefined,
        bold: r.font?.bold || undefined,
      }));
      raw = rich.map((r) => r.text).join('');
    } else if ('text' in raw) {
      // A hyperlink: the text is what the user sees.
      raw = String((raw as { text: unknown }).text ?? '');
    } else {
      raw = null;
    }
  }

  let value: CellSnapshot['value'];
  let text: string;
  if (raw instanceof Date) {
    value = dateToSerial(raw);
    text = ukDateText(value);
  } else if (typeof raw === 'number') {
    value = raw;
    text = isDateFormat(numberFormat) ? ukDateText(raw) : String(raw);
  } else if (typeof raw === 'string') {
    value = raw;
    text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  } else if (typeof raw === 'boolean') {
    value = raw;
    text = raw ? 'TRUE' : 'FALSE';
  } else {
    value = null;
    text = error ?? '';
  }

  if (value === null && !error && !fill) return undefined;
  const snap: CellSnapshot = { value, text };
  if (numberFormat && numberFormat !== 'General') snap.numberFormat = numberFormat;
  if (fill) snap.fill = fill;
  if (error) snap.error = error;
  if (formula) snap.formula = true;
  if (rich && rich.some((r) => r.italic || r.bold)) snap.rich = rich;
  return snap;
}

type MergeRange = { top: number; left: number; bottom: number; right: number };

/** What ExcelJS keeps of a table: `tableRef` once read from a file, `ref` (its top-left) while being built. */
type TableModel = {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
};

/** The sheet's Excel tables (ListObjects), in sheet order. */
function tablesOf(ws: ExcelJS.Worksheet): TableSnapshot[] {
  const tables = (ws as unknown as { tables?: Record<string, { model?: TableModel }> }).tables ?? {};
  const out: TableSnapshot[] = [];
  for (const [name, table] of Object.entries(tables)) {
    const model = table.model ?? {};
    const range = model.tableRef ?? model.ref;
    if (!range || !range.includes(':')) continue;
    out.push({
      name: model.name ?? name,
      range,
      // OOXML's headerRowCount defaults to 1, and Excel leaves it out when the header is shown; ExcelJS
      // reads a missing attribute as "no header row" (table-xform.js: headerRowCount === '1'), so it
      // cannot tell the rare hidden header from the usual one. Every table is read with its header.
      hasHeaderRow: true,
      hasTotalRow: model.totalsRow === true,
    });
  }
  const at = (t: TableSnapshot) => parseRange(t.range);
  return out.sort((a, b) => at(a).top - at(b).top || at(a).left - at(b).left);
}

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: (CellSnapshot | undefined)[][] = [];
  const merges: string[] = [];
  const mergeMap = (ws as unknown as { _merges: Record<string, MergeRange> })._merges ?? {};
  for (const m of Object.values(mergeMap)) {
    merges.push(`${a1(m.top - 1, m.left - 1)}:${a1(m.bottom - 1, m.right - 1)}`);
  }
  const hiddenRows: number[] = [];
  // includeEmpty: a row filtered out or hidden by hand may hold nothing the reader needs, but it is hidden.
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
  });
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (CellSnapshot | undefined)[] = [];
    // includeEmpty: a cell with no value can still carry a RAG fill.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      // The covered cells of a merge echo the master's value in ExcelJS: only the master holds it.
      if (cell.isMerged && cell.master !== cell) return;
      const snap = snapshotCell(cell);
      if (snap) cells[colNumber - 1] = snap;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const tables = tablesOf(ws);
  return {
    name: ws.name,
    rows,
    merges,
    ...(tables.length > 0 ? { tables } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden' ? true : undefined,
    protected: (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet
      ? true
      : undefined,
  };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet) };
}
