/**
 * Two ways to a WorkbookSnapshot from a generated grid:
 * - `gridToXlsx` writes a real .xlsx through ExcelJS (as the example scripts do: tables with
 *   `addTable`, real dates, fills, merges, hidden rows and sheets), and `xlsxSnapshot` reads it back
 *   through the tracker's own adapter (open-workbook + snapshot-from-exceljs);
 * - `gridSnapshot` makes the snapshot straight away, for speed.
 * The direct snapshot is only honest if it equals what the adapter makes of the real file, so the
 * property test checks that the two agree on generated layouts.
 */
import ExcelJS from 'exceljs';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookBytes } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { colLetter } from './generator';
import type { Grid, GridCell, GridSheet } from './grid';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel's serial for a UTC midnight (worked out here, not with the core's date code). */
function serial(d: Date): number {
  return Math.round((d.getTime() - EPOCH) / DAY_MS);
}

function ddmmyyyy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The cell as the ExcelJS adapter reports it: value, displayed text, number format and fill. */
function cellSnapshot(cell: GridCell | undefined): CellSnapshot | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  let snap: CellSnapshot;
  if (v instanceof Date) snap = { value: serial(v), text: ddmmyyyy(v) };
  else if (typeof v === 'number') snap = { value: v, text: String(v) };
  else if (typeof v === 'string' && v !== '') snap = { value: v, text: v };
  else if (cell.fill) snap = { value: null, text: '' };
  else return undefined;
  if (cell.numFmt) snap.numberFormat = cell.numFmt;
  if (cell.fill) snap.fill = `#${cell.fill}`;
  if (cell.formula) snap.formula = true;
  return snap;
}

function sheetSnapshot(sheet: GridSheet): SheetSnapshot {
  const rows = sheet.rows.map((row) => (row ?? []).map(cellSnapshot));
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const out: SheetSnapshot = { name: sheet.name, rows, merges: [...sheet.merges] };
  if (sheet.hidden) out.hidden = true;
  if (sheet.tables.length > 0) {
    out.tables = sheet.tables.map((t) => {
      const bottom = t.top + t.dataRows + (t.total ? 1 : 0);
      return {
        name: t.name,
        range: `${colLetter(t.left)}${t.top}:${colLetter(t.left + t.width - 1)}${bottom}`,
        hasHeaderRow: true,
        hasTotalRow: Boolean(t.total),
      };
    });
  }
  if (sheet.hiddenRows.length > 0) out.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  return out;
}

export function gridSnapshot(grid: Grid): WorkbookSnapshot {
  return { sheets: grid.sheets.map(sheetSnapshot) };
}

function excelValue(cell: GridCell | undefined): ExcelJS.CellValue {
  return cell?.value ?? null;
}

function style(target: ExcelJS.Cell, cell: GridCell | undefined): void {
  if (!cell) return;
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.fill)
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } } as ExcelJS.Fill;
}

export function gridToXlsx(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 4, 12));
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    const inTable = new Set<string>();
    for (const t of sheet.tables) {
      const header = sheet.rows[t.top - 1] ?? [];
      const data: ExcelJS.CellValue[][] = [];
      for (let r = t.top + 1; r <= t.top + t.dataRows; r++) {
        const row = sheet.rows[r - 1] ?? [];
        data.push(Array.from({ length: t.width }, (_, i) => excelValue(row[t.left - 1 + i])));
      }
      ws.addTable({
        name: t.name,
        ref: `${colLetter(t.left)}${t.top}`,
        headerRow: true,
        totalsRow: Boolean(t.total),
        columns: Array.from({ length: t.width }, (_, i) => {
          const count = t.total?.counts[i] ?? null;
          return {
            name: String(header[t.left - 1 + i]?.value ?? ''),
            filterButton: true,
            ...(i === 0 && t.total ? { totalsRowLabel: t.total.label } : {}),
            ...(i > 0 && count !== null
              ? { totalsRowFunction: 'count' as const, totalsRowResult: count }
              : {}),
          };
        }),
        rows: data,
      });
      const bottom = t.top + t.dataRows + (t.total ? 1 : 0);
      for (let r = t.top; r <= bottom; r++)
        for (let c = t.left; c < t.left + t.width; c++) inTable.add(`${r}:${c}`);
    }
    sheet.rows.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (!inTable.has(`${r + 1}:${c + 1}`)) target.value = excelValue(cell);
        style(target, cell);
      }),
    );
    for (const m of sheet.merges) ws.mergeCells(m);
    for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
  }
  return wb;
}

/** Writes the grid as a real .xlsx and reads it back through the tracker's ExcelJS adapter. */
export async function xlsxSnapshot(grid: Grid): Promise<WorkbookSnapshot> {
  const bytes = new Uint8Array(await gridToXlsx(grid).xlsx.writeBuffer());
  return snapshotWorkbook(await loadWorkbookBytes(bytes, 'generated.xlsx'));
}
