/**
 * Reading bands of rows: what one band queues (values, number formats and value types; display text and
 * fills where asked; merged areas in pieces of at most 512 cells; visible cells), the plain data it
 * becomes, and reading many bands in syncs within the payload budget, splitting a sync that Excel says
 * came back too large.
 */
import { PAYLOAD_LIMIT_BYTES } from './payload';
import { type Band, halve, mergePieces, syncGroups } from './read-plan';
import type { SurveyedSheet } from './read-survey';

/** Times a band sync that came back too large is split and tried again. */
const RETRIES = 4;

export interface ReadOptions {
  /** Range.getCellProperties (ExcelApi 1.9): fills. */
  cellProperties: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): hidden rows. */
  specialCells: boolean;
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

interface CellProps {
  format?: { fill?: { color?: string } };
}

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
