/**
 * Turning bands as read into the core's SheetSnapshot: cells with their value, the text Excel shows,
 * number format, fill and error; merged areas (the cells a merge covers are left out, as the core reads
 * only a merge's first cell); tables and hidden rows.
 */
import { a1 } from '../core/address';
import { isDateFormat, serialToIso, ukShortDate } from '../core/dates';
import type { CellSnapshot, SheetSnapshot, TableSnapshot } from '../core/snapshot';
import { sortMerges } from '../core/snapshot-patch';
import type { BandData } from './read-bands';
import type { SurveyedSheet } from './read-survey';

function ukDate(serial: number): string {
  return ukShortDate(serialToIso(Math.floor(serial)));
}

/** What Excel's General format shows for a number (up to 11 characters). */
export function generalText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return Math.abs(n) >= 1e11 ? n.toExponential(5).replace('e+', 'E+') : s;
}

/**
 * The text a cell shows, where it was not read: strings and errors show themselves, dates the UK short
 * form the core uses, numbers under General their General form. (Other number formats are read.)
 */
function shownText(value: unknown, type: string, numberFormat: string): string {
  if (typeof value === 'number' && type !== 'Error') {
    if (isDateFormat(numberFormat)) return ukDate(value);
    return generalText(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

function cellOf(
  value: unknown,
  type: string,
  shown: string,
  numberFormat: string,
  fillColour: string | undefined,
): CellSnapshot | undefined {
  const colour = fillColour?.toUpperCase();
  // Excel reports "no fill" as white: a white fill carries no RAG meaning either, so both are left out.
  const fill = colour && colour !== '#FFFFFF' && /^#[0-9A-F]{6}$/.test(colour) ? colour : undefined;
  let snap: CellSnapshot;
  if (type === 'Error') {
    const error = shown || String(value);
    snap = { value: null, text: error, error };
  } else if (type === 'Empty' || value === '' || value === null || value === undefined) {
    if (!fill) return undefined;
    snap = { value: null, text: '' };
  } else if (typeof value === 'number') {
    // Excel shows '####' when the column is too narrow: fall back to the value itself.
    const narrow = /^#+$/.test(shown);
    const text = narrow ? (isDateFormat(numberFormat) ? ukDate(value) : String(value)) : shown;
    snap = { value, text };
  } else if (typeof value === 'boolean') {
    snap = { value, text: shown || (value ? 'TRUE' : 'FALSE') };
  } else {
    const str = String(value);
    snap = { value: str, text: shown === '' ? str : shown };
  }
  if (numberFormat && numberFormat !== 'General') snap.numberFormat = numberFormat;
  if (fill) snap.fill = fill;
  return snap;
}

/** Cells covered by a merge (all but the top-left one): the core sees only the merge's first cell. */
export function coveredCells(merges: string[]): Set<string> {
  const covered = new Set<string>();
  for (const m of merges) {
    const [from, to = from] = m.split(':');
    const a = parseCell(from);
    const b = parseCell(to);
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(a1(r, c));
  }
  return covered;
}

function parseCell(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Writes one band's cells into `rows` (absolute positions), skipping covered cells of merges. */
export function placeBand(rows: (CellSnapshot | undefined)[][], data: BandData, covered: Set<string>): void {
  const { band } = data;
  data.values.forEach((valuesRow, r) => {
    const row = band.top + r;
    const cells: (CellSnapshot | undefined)[] = [];
    valuesRow.forEach((value, c) => {
      const col = band.left + c;
      if (covered.size > 0 && covered.has(a1(row, col))) return;
      const type = data.valueTypes[r][c];
      const format = data.numberFormat[r][c];
      const shown = data.text[r]?.[c] ?? shownText(value, type, format);
      const cell = cellOf(value, type, shown, format, data.fills[r]?.[c]);
      if (cell) cells[col] = cell;
    });
    rows[row] = cells.length > 0 ? cells : [];
  });
}

function tableSnapshots(s: SurveyedSheet, ranges: Map<string, string>): TableSnapshot[] {
  return s.tables
    .filter((t) => ranges.has(t.name))
    .map((t) => ({
      name: t.name,
      range: ranges.get(t.name)!,
      hasHeaderRow: t.showHeaders,
      hasTotalRow: t.showTotals,
    }));
}

/** The snapshot of one sheet from its survey and every band read of it. */
export function sheetSnapshot(
  s: SurveyedSheet,
  bands: BandData[],
  tableRanges: Map<string, string>,
  hiddenReadable: boolean,
): SheetSnapshot {
  const merges = sortMerges(bands.flatMap((b) => b.merges));
  const snapshot: SheetSnapshot = { name: s.name, rows: [], merges };
  if (s.hidden) snapshot.hidden = true;
  if (s.protected) snapshot.protected = true;
  if (s.tables.length > 0) snapshot.tables = tableSnapshots(s, tableRanges);
  if (!s.used) return snapshot;
  const covered = coveredCells(merges);
  const rows: (CellSnapshot | undefined)[][] = [];
  for (const data of [...bands].sort((a, b) => a.band.top - b.band.top)) placeBand(rows, data, covered);
  // Rows with nothing in them stay as empty rows up to the last one that has something.
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] === undefined || rows[last].length === 0)) last--;
  rows.length = last + 1;
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  snapshot.rows = rows;
  if (hiddenReadable) {
    const hidden: number[] = [];
    for (const data of bands) {
      if (!data.visibleRows) continue;
      const visible = new Set(data.visibleRows);
      for (let r = 0; r < data.band.rows; r++) if (!visible.has(r)) hidden.push(data.band.top + r + 1);
    }
    if (hidden.length > 0) snapshot.hiddenRows = hidden.sort((a, b) => a - b);
  }
  return snapshot;
}
