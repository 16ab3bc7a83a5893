/**
 * Re-reading only what changed. The host subscribes to worksheets.onChanged and onFormatChanged (ExcelApi
 * 1.9) once, keeps its last read, and records here which rows of which sheet changed since (and which
 * rows its own edits wrote). The next read then makes one sync: the survey (sheet list, used ranges,
 * protection, tables), the changed rows, the header row of every plan sheet, and which rows are hidden.
 * It reads everything again only when the sheet list or a header changed; a sheet whose rows or columns
 * were inserted or deleted, or whose used columns changed, is read again on its own.
 */
import type { Edit } from '../core/edits';
import { parseRange } from '../core/address';
import { detectHeader } from '../core/header';
import type { CellSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { patchMerges, patchSheet } from '../core/snapshot-patch';
import { sheetOfEdit } from './edit-ops';
import {
  type BandData,
  type BandReading,
  collectBand,
  queueBand,
  readBands,
  type ReadOptions,
  splitAreas,
  tableRider,
} from './read-bands';
import { coveredCells, placeBand, sheetSnapshot } from './read-cells';
import { planBytesPerCell, readAllSheets, type ReadResult } from './read';
import { finishSurvey, queueSurveyRound, type SurveyedSheet } from './read-survey';
import { type Band, bandsOf, FIRST_GUESS_BYTES_PER_CELL, HEAD_ROWS, type UsedArea } from './read-plan';

/** Rows of one sheet changed since the last read (0-based), or 'all' of it. */
export type SheetChanges = Set<number> | 'all';

/** Past this many changed rows a sheet is simply read again. */
const MAX_PATCHED_ROWS = 2_000;

/** 'B3:C5' → [2, 4]; 'B3' → [2, 2]; '3:5' → [2, 4]; a whole column ('A:C') or anything else → null. */
export function rowsOf(address: string): [number, number] | null {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const parts = local.split(':');
  const rows = parts.map((p) => /(\d+)$/.exec(p)?.[1]);
  if (rows.some((r) => r === undefined) || parts.length > 2) return null;
  const [a, b = a] = rows.map(Number);
  return [Math.min(a, b) - 1, Math.max(a, b) - 1];
}

/** What changed since the last read, by worksheet id. */
export class ChangeLog {
  private sheets = new Map<string, SheetChanges>();
  private everything = false;

  /** An event from worksheets.onChanged (with its changeType) or onFormatChanged. */
  record(worksheetId: string, address: string, changeType = 'RangeEdited'): void {
    const rows = rowsOf(address);
    // Inserted or deleted rows, columns or cells shift everything after them: read the sheet again.
    if (changeType !== 'RangeEdited' || rows === null) {
      this.sheets.set(worksheetId, 'all');
      return;
    }
    const current = this.sheets.get(worksheetId);
    if (current === 'all') return;
    const set = current ?? new Set<number>();
    for (let r = rows[0]; r <= rows[1] && set.size <= MAX_PATCHED_ROWS; r++) set.add(r);
    this.sheets.set(worksheetId, set.size > MAX_PATCHED_ROWS ? 'all' : set);
  }

  /** The host's own edits: the rows it wrote; a sheet it rebuilt or shifted rows on, whole. */
  recordEdits(edits: readonly Edit[], idOf: (sheet: string) => string | undefined): void {
    for (const edit of edits) {
      const id = idOf(sheetOfEdit(edit));
      if (id === undefined) {
        this.everything = true; // a sheet the last read did not have
        continue;
      }
      switch (edit.kind) {
        case 'setValues':
        case 'setFill':
        case 'setFont':
        case 'setNumberFormat':
          this.record(id, edit.address);
          break;
        case 'insertRows':
        case 'writeSheet':
          this.sheets.set(id, 'all');
          break;
        default:
          break; // validation, conditional formats, panes, charts and selection are not in a snapshot
      }
    }
  }

  markEverything(): void {
    this.everything = true;
  }

  /** What was recorded, and a fresh start. */
  take(): { everything: boolean; sheets: Map<string, SheetChanges> } {
    const out = { everything: this.everything, sheets: this.sheets };
    this.sheets = new Map();
    this.everything = false;
    return out;
  }
}

/** Consecutive rows as runs, cut at the end of the first rows (read with text and fills throughout). */
function runsOf(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1 && !(r === HEAD_ROWS && last[0] < HEAD_ROWS)) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

function sameSheets(a: SurveyedSheet[], b: SurveyedSheet[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i].id && s.name === b[i].name);
}

function sameColumns(a: UsedArea | null, b: UsedArea | null): boolean {
  return a !== null && b !== null && a.left === b.left && a.cols === b.cols;
}

/** The bands that read `rows` (0-based, absolute) of a sheet whose used columns are `area`'s. */
function rowBands(
  index: number,
  name: string,
  area: UsedArea,
  rows: number[],
  read: ReadResult,
  fills: boolean,
): { band: Band; sheet: string; reading: BandReading }[] {
  const plan = read.plans.get(name);
  const out: { band: Band; sheet: string; reading: BandReading }[] = [];
  for (const [from, to] of runsOf(rows)) {
    const head = from < HEAD_ROWS;
    const reading: BandReading =
      head || !plan ? { text: 'all', fills: 'all' } : { text: plan.textColumns, fills: plan.fillColumns };
    const perCell = head || !plan ? FIRST_GUESS_BYTES_PER_CELL : planBytesPerCell(plan, area.cols, fills);
    const local = { ...area, top: 0 };
    for (const band of bandsOf(index, local, from, to + 1, perCell)) out.push({ band, sheet: name, reading });
  }
  return out;
}

/** 1-based rows of `area` (clipped to `within`) that `visible` does not show. */
function hiddenIn(area: UsedArea, within: UsedArea, visible: Excel.RangeAreas): number[] {
  const shown = new Set<number>();
  if (!visible.isNullObject)
    for (const a of splitAreas(visible.address)) {
      const [from, to = from] = a.split(':').map((cell) => Number(/(\d+)$/.exec(cell)?.[1] ?? 0));
      for (let r = from; r <= to; r++) shown.add(r);
    }
  const hidden: number[] = [];
  const top = Math.max(area.top, within.top);
  const bottom = Math.min(area.top + area.rows, within.top + within.rows);
  for (let r = top + 1; r <= bottom; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

/** A row's cells as comparable text (trailing empty cells ignored). */
function rowKey(row: readonly (CellSnapshot | undefined)[] | undefined): string {
  const cells = Array.from(row ?? [], (c) => c ?? null);
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return JSON.stringify(cells);
}

type BandSpec = { band: Band; sheet: string; reading: BandReading };

/** The bands that read a whole sheet again, as the last read planned it. */
function wholeSheetBands(
  index: number,
  sheet: SurveyedSheet,
  previous: ReadResult,
  fills: boolean,
): BandSpec[] {
  const area = sheet.used!;
  const plan = previous.plans.get(sheet.name);
  const all: BandReading = { text: 'all', fills: 'all' };
  const head = bandsOf(index, area, 0, Math.min(HEAD_ROWS, area.rows), FIRST_GUESS_BYTES_PER_CELL).map(
    (band) => ({
      band,
      sheet: sheet.name,
      reading: all,
    }),
  );
  if (area.rows <= HEAD_ROWS) return head;
  const perCell = plan ? planBytesPerCell(plan, area.cols, fills) : FIRST_GUESS_BYTES_PER_CELL;
  const reading = plan ? { text: plan.textColumns, fills: plan.fillColumns } : all;
  return [
    ...head,
    ...bandsOf(index, area, HEAD_ROWS, area.rows, perCell).map((band) => ({
      band,
      sheet: sheet.name,
      reading,
    })),
  ];
}

/**
 * Reads what changed since `previous` (one sync in the usual case) and returns the whole workbook,
 * patched. Falls back to a full read, in the same Excel.run, when the sheet list or a header changed.
 */
export async function readChanges(
  context: Excel.RequestContext,
  previous: ReadResult,
  changes: Map<string, SheetChanges>,
  options: ReadOptions,
): Promise<ReadResult> {
  const old = previous.sheets;
  const snapshots = new Map(previous.snapshot.sheets.map((s) => [s.name, s]));
  const headers = new Map<string, number>();
  const bands: BandSpec[] = [];
  old.forEach((sheet, index) => {
    const snapshot = snapshots.get(sheet.name);
    const changed = changes.get(sheet.id);
    if (!snapshot || !sheet.used || changed === 'all') return;
    const detection = detectHeader(snapshot);
    const rows = [...(changed ?? [])];
    if (detection) {
      headers.set(sheet.name, detection.headerRow - 1);
      rows.push(detection.headerRow - 1);
    }
    if (rows.length > 0)
      bands.push(...rowBands(index, sheet.name, sheet.used, rows, previous, options.cellProperties));
  });

  // One sync: the survey, the changed rows and the header rows, the visible rows, the tables' ranges.
  const round = queueSurveyRound(context);
  const loads = bands.map((b) => queueBand(context, b.sheet, b.band, b.reading, options, true));
  const visibility = old.map((s) => {
    if (!s.used || !options.specialCells) return null;
    const visible = context.workbook.worksheets
      .getItemOrNullObject(s.name)
      .getRangeByIndexes(s.used.top, s.used.left, s.used.rows, s.used.cols)
      .getSpecialCellsOrNullObject('Visible');
    visible.load('address');
    return visible;
  });
  const tableLoads = old.flatMap((s) =>
    s.tables.map((t) => {
      const range = context.workbook.worksheets
        .getItemOrNullObject(s.name)
        .tables.getItemOrNullObject(t.name)
        .getRange();
      range.load('address');
      return { name: t.name, range };
    }),
  );
  await context.sync();
  const found = await finishSurvey(context, round);
  let syncs = 1 + found.syncs;
  const sheets = found.sheets;
  const everything = () => readAllSheets(context, options, { sheets, syncs });
  if (!sameSheets(old, sheets)) return everything();

  const read = new Map<string, BandData[]>();
  const add = (name: string, d: BandData) => read.set(name, [...(read.get(name) ?? []), d]);
  for (const d of loads.map(collectBand)) add(old[d.band.sheet].name, d);

  // A header that changed means the plan may be read differently: everything again.
  for (const [name, header] of headers) {
    const placed: (CellSnapshot | undefined)[][] = [];
    for (const d of read.get(name) ?? []) placeBand(placed, d, new Set());
    if (rowKey(placed[header]) !== rowKey(snapshots.get(name)!.rows[header])) return everything();
  }

  // Sheets read whole again: rebuilt, shifted, or now using other columns than before.
  const whole = new Set(
    sheets
      .filter((s, i) => s.used && (changes.get(s.id) === 'all' || !sameColumns(s.used, old[i].used)))
      .map((s) => s.name),
  );
  for (const name of whole) read.delete(name);
  const more: BandSpec[] = [];
  sheets.forEach((s, i) => {
    if (!s.used) return;
    if (whole.has(s.name)) {
      more.push(...wholeSheetBands(i, s, previous, options.cellProperties));
      return;
    }
    // Rows in use now below the last read's used range that no event named (a paste, say).
    const before = old[i].used!;
    const known = new Set(
      (read.get(s.name) ?? []).flatMap((d) => Array.from({ length: d.band.rows }, (_, r) => d.band.top + r)),
    );
    const rows: number[] = [];
    for (let r = before.top + before.rows; r < s.used.top + s.used.rows; r++) if (!known.has(r)) rows.push(r);
    if (rows.length > 0) more.push(...rowBands(i, s.name, s.used, rows, previous, options.cellProperties));
  });
  const tablesChanged = sheets.some(
    (s, i) => s.tables.map((t) => t.name).join('\u0000') !== old[i].tables.map((t) => t.name).join('\u0000'),
  );
  const tableRanges = new Map<string, string>();
  if (!tablesChanged)
    for (const t of tableLoads)
      if (!t.range.isNullObject) tableRanges.set(t.name, splitAreas(t.range.address)[0]);
  const rest = await readBands(
    context,
    more,
    options,
    tablesChanged ? tableRider(sheets, tableRanges) : undefined,
  );
  syncs += rest.syncs;
  for (const d of rest.data) add(sheets[d.band.sheet].name, d);

  const snapshot: WorkbookSnapshot = {
    sheets: sheets.map((s, i) => {
      const bandsRead = read.get(s.name) ?? [];
      if (whole.has(s.name)) return sheetSnapshot(s, bandsRead, tableRanges, options.specialCells);
      const prev = snapshots.get(s.name)!;
      const before = old[i].used;
      const reread = new Set(
        bandsRead.flatMap((d) => Array.from({ length: d.band.rows }, (_, r) => d.band.top + r)),
      );
      // As a full read would: nothing outside the used range of values counts (a fill below the plan).
      const inUse = (row: number) => s.used !== null && row >= s.used.top && row < s.used.top + s.used.rows;
      const newMerges = bandsRead.flatMap((d) => d.merges).filter((m) => inUse(parseRange(m).top));
      const merges = patchMerges(prev.merges, reread, newMerges);
      const placed: (CellSnapshot | undefined)[][] = [];
      for (const d of bandsRead) placeBand(placed, d, coveredCells(merges));
      const rows = new Map<number, (CellSnapshot | undefined)[]>();
      for (const r of reread) rows.set(r, inUse(r) ? (placed[r] ?? []) : []);
      // Rows the used range no longer reaches are empty now.
      const end = s.used ? s.used.top + s.used.rows : 0;
      if (before)
        for (let r = Math.max(end, before.top); r < before.top + before.rows; r++)
          if (!rows.has(r)) rows.set(r, []);
      let hiddenRows: number[] | undefined;
      const visible = visibility[i];
      if (s.used && before && visible) {
        hiddenRows = hiddenIn(s.used, before, visible);
        for (const d of bandsRead)
          if (d.visibleRows && d.band.top >= before.top + before.rows) {
            const shown = new Set(d.visibleRows);
            for (let r = 0; r < d.band.rows; r++) if (!shown.has(r)) hiddenRows.push(d.band.top + r + 1);
          }
        hiddenRows.sort((a, b) => a - b);
      }
      return patchSheet(prev, {
        rows,
        merges: newMerges,
        hidden: s.hidden,
        protected: s.protected,
        tables:
          s.tables.length > 0
            ? s.tables.map((t) => ({
                name: t.name,
                range: tableRanges.get(t.name) ?? '',
                hasHeaderRow: t.showHeaders,
                hasTotalRow: t.showTotals,
              }))
            : undefined,
        hiddenRows,
      });
    }),
  };
  return { snapshot, syncs, sheets, plans: previous.plans };
}
