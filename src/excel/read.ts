/**
 * Reading the workbook within Excel's limits, as plain data (never proxies).
 *
 * 1. A first, small sync ("the survey") returns each sheet's id, name, visibility, protection, tables
 *    and its used range counting values only (getUsedRangeOrNullObject(true): cells that only carry a
 *    format would otherwise widen every read). Sheets are walked with getFirst / getNextOrNullObject
 *    (ExcelApi 1.5), SHEETS_PER_SYNC per sync.
 * 2. The first rows of every sheet (where the header is) are read with values, number formats, value
 *    types, display text and fills.
 * 3. The rest is read in row bands sized by what those rows measured, with fills only for the rating
 *    columns (the only place a colour means something to the tracker) and display text only for columns
 *    whose number format needs Excel to show it (dates are shown in the UK form the core uses anyway).
 *
 * Every band also reads its merged areas in pieces of at most 512 cells (getMergedAreasOrNullObject
 * fails above 512 areas, and reports an area only where its top-left cell is: office-js #3611) and its
 * visible cells (getSpecialCellsOrNullObject, ExcelApi 1.9), from which the hidden rows follow. Bands are
 * grouped into syncs whose responses stay under the payload budget; a sync that still comes back too
 * large (ResponsePayloadSizeLimitExceeded) is split in two and tried again.
 */
import { a1 } from '../core/address';
import { isDateFormat, serialToIso, ukShortDate } from '../core/dates';
import { detectHeader } from '../core/header';
import { mappingKey, readMappingOverrides } from '../core/mapping-override';
import type { CellSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { sortMerges } from '../core/snapshot-patch';
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from './payload';
import {
  type Band,
  bandsOf,
  FIRST_GUESS_BYTES_PER_CELL,
  halve,
  HEAD_ROWS,
  mergePieces,
  pastLimits,
  syncGroups,
  type UsedArea,
} from './read-plan';
import { readLimitError } from './errors';

/** Sheets queued per survey sync. Plans have a handful; the null slots after the last sheet are free. */
export const SHEETS_PER_SYNC = 40;
/** Times a band sync that came back too large is split and tried again. */
const RETRIES = 4;
/** What a fill costs in getCellProperties' answer, per cell (measured: about 65 bytes). */
const FILL_BYTES_PER_CELL = 70;

export interface ReadOptions {
  /** Range.getCellProperties (ExcelApi 1.9): fills. */
  cellProperties: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): hidden rows. */
  specialCells: boolean;
}

/** What the survey found about one sheet. */
export interface SurveyedSheet {
  id: string;
  name: string;
  hidden: boolean;
  protected: boolean;
  used: UsedArea | null;
  tables: { name: string; showHeaders: boolean; showTotals: boolean }[];
}

/** How a sheet's later rows are read: decided from its first rows, kept for incremental re-reads. */
export interface SheetReadPlan {
  /** Absolute 0-based columns whose fills are read (the rating columns). */
  fillColumns: number[];
  /** Absolute 0-based columns whose display text is read. */
  textColumns: number[];
  /** Estimated response per cell for values, formats and types (measured on the first rows). */
  bytesPerCell: number;
}

/** One band as read: plain arrays, relative to the band's top-left cell. */
export interface BandData {
  band: Band;
  values: unknown[][];
  numberFormat: string[][];
  valueTypes: string[][];
  /** Display text where it was read (undefined elsewhere). */
  text: (string | undefined)[][];
  /** Fill colours where they were read. */
  fills: (string | undefined)[][];
  /** Merged areas whose top-left cell is in the band ('B6:D6'). */
  merges: string[];
  /** 0-based rows of the band with a visible cell; null when hidden rows cannot be read. */
  visibleRows: number[] | null;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  syncs: number;
  sheets: SurveyedSheet[];
  plans: Map<string, SheetReadPlan>;
}

interface CellProps {
  format?: { fill?: { color?: string } };
}

// ---------------------------------------------------------------------------------------------
// The survey

export interface SurveySlot {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableCollection;
}

function queueSurvey(sheet: Excel.Worksheet): SurveySlot {
  sheet.load('id,name,visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const tables = sheet.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  return { sheet, used, tables };
}

function surveyed(slot: SurveySlot): SurveyedSheet {
  const { sheet, used, tables } = slot;
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.visibility !== 'Visible',
    protected: sheet.protection.protected,
    used: used.isNullObject
      ? null
      : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    tables: tables.items.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })),
  };
}

/** One round of the survey, queued: SHEETS_PER_SYNC slots and the sheet after them. */
export interface SurveyRound {
  slots: SurveySlot[];
  overflow: Excel.Worksheet;
}

/** Queues a survey round from the sheet after `after` (the first sheet when omitted); nothing is synced. */
export function queueSurveyRound(context: Excel.RequestContext, after?: string): SurveyRound {
  const all = context.workbook.worksheets;
  let current = after === undefined ? all.getFirst() : all.getItem(after).getNextOrNullObject();
  const slots: SurveySlot[] = [];
  for (let i = 0; i < SHEETS_PER_SYNC; i++) {
    slots.push(queueSurvey(current));
    current = current.getNextOrNullObject();
  }
  // One more sheet after the last slot means another round is needed.
  current.load('name');
  return { slots, overflow: current };
}

/** After the sync: the sheets of a round, and the rest of the survey if there are more. */
export async function finishSurvey(
  context: Excel.RequestContext,
  round: SurveyRound,
): Promise<{ sheets: SurveyedSheet[]; syncs: number }> {
  const sheets = round.slots.filter((slot) => !slot.sheet.isNullObject).map(surveyed);
  if (round.overflow.isNullObject) return { sheets, syncs: 0 };
  const rest = await survey(context, sheets[sheets.length - 1].name);
  return { sheets: [...sheets, ...rest.sheets], syncs: rest.syncs };
}

/** Every sheet from `after` on (the first sheet when omitted): one sync per SHEETS_PER_SYNC sheets. */
export async function survey(
  context: Excel.RequestContext,
  after?: string,
): Promise<{ sheets: SurveyedSheet[]; syncs: number }> {
  const round = queueSurveyRound(context, after);
  await context.sync();
  const rest = await finishSurvey(context, round);
  return { sheets: rest.sheets, syncs: 1 + rest.syncs };
}

// ---------------------------------------------------------------------------------------------
// Bands

/** What to read of a band besides values, formats and types. */
export interface BandReading {
  /** 'all' for the first rows; otherwise these absolute columns. */
  text: 'all' | number[];
  fills: 'all' | number[];
}

export interface BandLoad {
  band: Band;
  range: Excel.Range;
  /** True when `range` itself has its display text loaded. */
  allText: boolean;
  text: { col: number; range: Excel.Range }[];
  fills: { col: number; width: number; result: OfficeExtension.ClientResult<CellProps[][]> }[];
  merges: Excel.RangeAreas[];
  visible: Excel.RangeAreas | null;
}

/** Runs of adjacent columns within the band: [3, 4, 7] → [[3, 2], [7, 1]] (start, width). */
function columnRuns(columns: number[], band: Band): [number, number][] {
  const inside = [...new Set(columns)]
    .filter((c) => c >= band.left && c < band.left + band.cols)
    .sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of inside) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

export function queueBand(
  context: Excel.RequestContext,
  sheetName: string,
  band: Band,
  reading: BandReading,
  options: ReadOptions,
  orNull = false,
): BandLoad {
  // orNull: a sheet that may have gone since the last read makes a null object, not a failed request.
  const sheets = context.workbook.worksheets;
  const sheet = orNull ? sheets.getItemOrNullObject(sheetName) : sheets.getItem(sheetName);
  const range = sheet.getRangeByIndexes(band.top, band.left, band.rows, band.cols);
  const allText = reading.text === 'all';
  if (allText) range.load('values,numberFormat,valueTypes,text');
  else range.load('values,numberFormat,valueTypes');
  const load: BandLoad = { band, range, allText, text: [], fills: [], merges: [], visible: null };
  if (reading.text !== 'all')
    for (const [col, width] of columnRuns(reading.text, band)) {
      const part = sheet.getRangeByIndexes(band.top, col, band.rows, width);
      part.load('text');
      load.text.push({ col, range: part });
    }
  if (options.cellProperties) {
    const runs: [number, number][] =
      reading.fills === 'all' ? [[band.left, band.cols]] : columnRuns(reading.fills, band);
    for (const [col, width] of runs)
      load.fills.push({
        col,
        width,
        result: sheet
          .getRangeByIndexes(band.top, col, band.rows, width)
          .getCellProperties({ format: { fill: { color: true } } }),
      });
  }
  if (options.mergedAreas)
    for (const piece of mergePieces(band)) {
      const merged = sheet
        .getRangeByIndexes(piece.top, piece.left, piece.rows, piece.cols)
        .getMergedAreasOrNullObject();
      merged.load('address');
      load.merges.push(merged);
    }
  if (options.specialCells) {
    load.visible = range.getSpecialCellsOrNullObject('Visible');
    load.visible.load('address');
  }
  return load;
}

/** "Plan!A3:C3, Plan!E5:F5" (sheet names may be quoted and contain commas) → ['A3:C3', 'E5:F5']. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

/** 'A3:C3' → 0-based rows 2..2 (a whole-column area 'A:C' covers every row). */
function rowSpan(area: string): [number, number] {
  const [from, to = from] = area.split(':');
  const row = (cell: string, whole: number) => {
    const m = /(\d+)$/.exec(cell);
    return m ? Number(m[1]) - 1 : whole;
  };
  return [row(from, 0), row(to, Number.MAX_SAFE_INTEGER)];
}

export function collectBand(load: BandLoad): BandData {
  const { band, range } = load;
  const text: (string | undefined)[][] = Array.from({ length: band.rows }, () => []);
  if (load.allText) range.text.forEach((row, r) => (text[r] = [...row]));
  for (const part of load.text)
    part.range.text.forEach((row, r) => row.forEach((t, i) => (text[r][part.col - band.left + i] = t)));
  const fills: (string | undefined)[][] = Array.from({ length: band.rows }, () => []);
  for (const f of load.fills)
    f.result.value.forEach((row, r) =>
      row.forEach((props, i) => (fills[r][f.col - band.left + i] = props?.format?.fill?.color)),
    );
  const merges = load.merges.flatMap((m) => (m.isNullObject ? [] : splitAreas(m.address)));
  let visibleRows: number[] | null = null;
  if (load.visible) {
    const seen = new Set<number>();
    if (!load.visible.isNullObject)
      for (const area of splitAreas(load.visible.address)) {
        const [from, to] = rowSpan(area);
        for (let r = Math.max(from, band.top); r <= Math.min(to, band.top + band.rows - 1); r++)
          seen.add(r - band.top);
      }
    visibleRows = [...seen].sort((a, b) => a - b);
  }
  return {
    band,
    values: range.values,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes,
    text,
    fills,
    merges,
    visibleRows,
  };
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Something small read along with the first sync of a band read (and again if that sync is retried). */
export type Rider = (context: Excel.RequestContext) => () => void;

/**
 * Reads bands in syncs of at most the payload budget, one sync after another. A sync that comes back
 * too large is cut: its bands' estimates are raised to what the failure proves, and the bands halved
 * and regrouped, up to RETRIES times. `rider` is queued with the first sync; its collector runs after it.
 */
export async function readBands(
  context: Excel.RequestContext,
  bands: { band: Band; sheet: string; reading: BandReading }[],
  options: ReadOptions,
  rider?: Rider,
  attempt = 0,
): Promise<{ data: BandData[]; syncs: number }> {
  const byBand = new Map(bands.map((b) => [b.band, b]));
  const groups = syncGroups(bands.map((b) => b.band));
  if (groups.length === 0 && rider) groups.push([]);
  const out: BandData[] = [];
  let syncs = 0;
  await groups.reduce(
    (previous, group, index) =>
      previous.then(async () => {
        const collectRider = index === 0 && rider ? rider(context) : null;
        const loads = group.map((band) => {
          const spec = byBand.get(band)!;
          return queueBand(context, spec.sheet, band, spec.reading, options);
        });
        try {
          await context.sync();
          syncs++;
        } catch (e) {
          syncs++;
          // The answer was over the limit, so the group's true size is at least that: scale the
          // estimates up to it, then halve every band.
          const estimate = group.reduce((n, band) => n + band.bytes, 0);
          const scale = Math.max(2, PAYLOAD_LIMIT_BYTES / Math.max(1, estimate));
          const halves = group.map((band) => halve({ ...band, bytes: band.bytes * scale }));
          if (!isTooLarge(e) || attempt >= RETRIES || halves.every((h) => h === null)) throw e;
          const retry = group.flatMap((band, i) => {
            const spec = byBand.get(band)!;
            const parts = halves[i] ?? [{ ...band, bytes: band.bytes * scale }];
            return parts.map((half) => ({ ...spec, band: half }));
          });
          const again = await readBands(
            context,
            retry,
            options,
            index === 0 ? rider : undefined,
            attempt + 1,
          );
          out.push(...again.data);
          syncs += again.syncs;
          return;
        }
        collectRider?.();
        out.push(...loads.map(collectBand));
      }),
    Promise.resolve(),
  );
  return { data: out, syncs };
}

// ---------------------------------------------------------------------------------------------
// Building the snapshot

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

// ---------------------------------------------------------------------------------------------
// Deciding how to read the rest of a sheet from its first rows

const RATING_ROLES = new Set(['actionRag', 'impactRag']);

/** Measured response per cell of values, formats and types in these bands (at least 16 bytes). */
function measuredBytesPerCell(bands: BandData[]): number {
  let bytes = 0;
  let cells = 0;
  for (const b of bands) {
    bytes += jsonBytes(b.values) + jsonBytes(b.numberFormat) + jsonBytes(b.valueTypes);
    cells += b.band.rows * b.band.cols;
  }
  return cells === 0 ? FIRST_GUESS_BYTES_PER_CELL : Math.max(16, bytes / cells);
}

/** Columns whose numbers need Excel's own display text: a format that is neither General, text nor a date. */
function textColumns(bands: BandData[]): number[] {
  const out = new Set<number>();
  for (const b of bands)
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const format = b.numberFormat[r][c];
        if (typeof v === 'number' && format !== 'General' && format !== '@' && !isDateFormat(format))
          out.add(b.band.left + c);
      }),
    );
  return [...out];
}

/** How to read the rest of each sheet, from the snapshot of its first rows. */
export function readPlans(
  heads: WorkbookSnapshot,
  bandsBySheet: Map<string, BandData[]>,
): Map<string, SheetReadPlan> {
  const overrides = readMappingOverrides(heads);
  const plans = new Map<string, SheetReadPlan>();
  for (const sheet of heads.sheets) {
    const bands = bandsBySheet.get(sheet.name) ?? [];
    const fillColumns = new Set<number>();
    for (const override of [undefined, overrides[mappingKey(sheet.name)] ?? overrides[sheet.name]]) {
      const detection = detectHeader(sheet, override);
      for (const c of detection?.columns ?? []) if (RATING_ROLES.has(c.role)) fillColumns.add(c.col);
    }
    plans.set(sheet.name, {
      fillColumns: [...fillColumns].sort((a, b) => a - b),
      textColumns: textColumns(bands),
      bytesPerCell: measuredBytesPerCell(bands),
    });
  }
  return plans;
}

/** Estimated response per cell of a band read under `plan`, with a margin for longer text further down. */
export function planBytesPerCell(plan: SheetReadPlan, cols: number, fills: boolean): number {
  const extra =
    ((fills ? plan.fillColumns.length * FILL_BYTES_PER_CELL : 0) +
      plan.textColumns.length * plan.bytesPerCell) /
    Math.max(1, cols);
  return plan.bytesPerCell * 1.5 + extra;
}

// ---------------------------------------------------------------------------------------------
// The whole read

/** Table ranges of every sheet, read along with the first band sync: table name → 'A3:H120'. */
export function tableRider(sheets: SurveyedSheet[], into: Map<string, string>): Rider {
  return (context) => {
    const loads = sheets.flatMap((s) =>
      s.tables.map((t) => {
        const range = context.workbook.worksheets.getItem(s.name).tables.getItem(t.name).getRange();
        range.load('address');
        return { name: t.name, range };
      }),
    );
    return () => {
      for (const t of loads) into.set(t.name, splitAreas(t.range.address)[0]);
    };
  };
}

function bySheet(sheets: SurveyedSheet[], data: BandData[], into = new Map<string, BandData[]>()) {
  for (const d of data) {
    const name = sheets[d.band.sheet].name;
    into.set(name, [...(into.get(name) ?? []), d]);
  }
  return into;
}

/**
 * The whole workbook: the survey (unless one was just made), the first rows of every sheet, then the
 * rest in bands.
 */
export async function readAllSheets(
  context: Excel.RequestContext,
  options: ReadOptions,
  surveyed?: { sheets: SurveyedSheet[]; syncs: number },
): Promise<ReadResult> {
  const found = surveyed ?? (await survey(context));
  const { sheets } = found;
  const past = pastLimits(sheets.map((s) => s.used));
  if (past) throw readLimitError(past.sheet === null ? null : sheets[past.sheet].name, past.cells);

  // The first rows of every sheet, with text and fills throughout, and the tables' ranges.
  const heads = sheets.flatMap((s, i) =>
    s.used
      ? bandsOf(i, s.used, 0, Math.min(HEAD_ROWS, s.used.rows), FIRST_GUESS_BYTES_PER_CELL).map((band) => ({
          band,
          sheet: s.name,
          reading: { text: 'all', fills: 'all' } as BandReading,
        }))
      : [],
  );
  const tableRanges = new Map<string, string>();
  const anyTables = sheets.some((s) => s.tables.length > 0);
  const head = await readBands(
    context,
    heads,
    options,
    anyTables ? tableRider(sheets, tableRanges) : undefined,
  );
  const bands = bySheet(sheets, head.data);
  const plans = readPlans(
    { sheets: sheets.map((s) => sheetSnapshot(s, bands.get(s.name) ?? [], tableRanges, false)) },
    bands,
  );

  // The rest, as those rows measured it.
  const rest = sheets.flatMap((s, i) => {
    if (!s.used || s.used.rows <= HEAD_ROWS) return [];
    const plan = plans.get(s.name)!;
    return bandsOf(
      i,
      s.used,
      HEAD_ROWS,
      s.used.rows,
      planBytesPerCell(plan, s.used.cols, options.cellProperties),
    ).map((band) => ({ band, sheet: s.name, reading: { text: plan.textColumns, fills: plan.fillColumns } }));
  });
  const body = await readBands(context, rest, options);
  bySheet(sheets, body.data, bands);
  const snapshot: WorkbookSnapshot = {
    sheets: sheets.map((s) => sheetSnapshot(s, bands.get(s.name) ?? [], tableRanges, options.specialCells)),
  };
  return { snapshot, syncs: found.syncs + head.syncs + body.syncs, sheets, plans };
}
