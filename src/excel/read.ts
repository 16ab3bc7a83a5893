/**
 * Reading the workbook within Excel's limits, as plain data (never proxies):
 *
 * 1. the survey (read-survey.ts): sheets, protection, tables and the used range of values;
 * 2. the first rows of every sheet (where the header is) with values, number formats, value types,
 *    display text and fills;
 * 3. the rest in row bands (read-bands.ts) sized by what those rows measured, with fills only for the
 *    rating columns (the only place a colour means something to the tracker) and display text only for
 *    columns whose number format needs Excel to show it (dates are shown in the UK form the core uses).
 *
 * Bands are grouped into syncs whose responses stay under the payload budget (read-plan.ts) and turned
 * into the snapshot by read-cells.ts.
 */
import { isDateFormat } from '../core/dates';
import { detectHeader } from '../core/header';
import { mappingKey, readMappingOverrides } from '../core/mapping-override';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readLimitError } from './errors';
import { jsonBytes } from './payload';
import { type BandData, type BandReading, readBands, type ReadOptions, tableRider } from './read-bands';
import { sheetSnapshot } from './read-cells';
import { bandsOf, FIRST_GUESS_BYTES_PER_CELL, HEAD_ROWS, pastLimits } from './read-plan';
import { survey, type SurveyedSheet } from './read-survey';

export type { BandData, BandReading, ReadOptions } from './read-bands';
export type { SurveyedSheet } from './read-survey';

/** What a fill costs in getCellProperties' answer, per cell (measured: about 65 bytes). */
const FILL_BYTES_PER_CELL = 70;

/** How a sheet's later rows are read: decided from its first rows, kept for incremental re-reads. */
export interface SheetReadPlan {
  /** Absolute 0-based columns whose fills are read (the rating columns). */
  fillColumns: number[];
  /** Absolute 0-based columns whose display text is read. */
  textColumns: number[];
  /** Estimated response per cell for values, formats and types (measured on the first rows). */
  bytesPerCell: number;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  syncs: number;
  sheets: SurveyedSheet[];
  plans: Map<string, SheetReadPlan>;
}

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
