/**
 * Planning a workbook read that stays inside Excel's limits. Pure: the used ranges found by the first,
 * small sync in, the row bands to read (and how to group them into syncs) out.
 *
 * Limits (Office Add-ins docs, "Resource limits and performance optimization", section "Excel
 * add-ins"): a response of at most 5 MB on Excel on the web, and at most 5 million cells in one range
 * read on every platform. The cell count of a band is known; its size is not (text can be long), so
 * the first rows of each sheet are read with a generous guess of bytes per cell and the rest with what
 * those rows actually measured. A sync that still comes back too large is split and tried again
 * (read.ts).
 */
import { PAYLOAD_BUDGET_BYTES } from './payload';

/** Rows read first on every sheet: the header is found within them (core/header.ts looks in 60). */
export const HEAD_ROWS = 60;
/** Bytes per cell assumed before anything is measured: values, text, formats, types and fill. */
export const FIRST_GUESS_BYTES_PER_CELL = 400;
/** Cells of one sheet the add-in reads in Excel; past it the read stops with a plain message. */
export const MAX_SHEET_CELLS = 1_000_000;
/** Cells of all sheets together. */
export const MAX_WORKBOOK_CELLS = 2_000_000;
/** getMergedAreasOrNullObject fails above 512 areas: a range of at most 512 cells cannot hold more. */
export const MERGE_PIECE_CELLS = 512;

/** A used range as the first sync reports it (0-based). */
export interface UsedArea {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** One band of rows of one sheet. */
export interface Band {
  sheet: number;
  /** 0-based first row and column, as the used range gives them. */
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Estimated response (bytes). */
  bytes: number;
}

/**
 * The bands of `area` between rows `from` and `to` (offsets into the used range), each within
 * `budget` at `bytesPerCell`; a band always has at least one row.
 */
export function bandsOf(
  sheet: number,
  area: UsedArea,
  from: number,
  to: number,
  bytesPerCell: number,
  budget = PAYLOAD_BUDGET_BYTES,
): Band[] {
  const rowBytes = Math.max(1, area.cols * bytesPerCell);
  const perBand = Math.max(1, Math.floor(budget / rowBytes));
  const out: Band[] = [];
  for (let r = from; r < to; r += perBand) {
    const rows = Math.min(perBand, to - r);
    out.push({ sheet, top: area.top + r, left: area.left, rows, cols: area.cols, bytes: rows * rowBytes });
  }
  return out;
}

/** Groups bands into syncs whose estimated responses stay within `budget` (order kept). */
export function syncGroups(bands: Band[], budget = PAYLOAD_BUDGET_BYTES): Band[][] {
  const groups: Band[][] = [];
  let current: Band[] = [];
  let bytes = 0;
  for (const band of bands) {
    if (current.length > 0 && bytes + band.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(band);
    bytes += band.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A band cut in two halves of rows (one-row bands cannot be cut: null). */
export function halve(band: Band): [Band, Band] | null {
  if (band.rows < 2) return null;
  const first = Math.ceil(band.rows / 2);
  return [
    { ...band, rows: first, bytes: band.bytes * (first / band.rows) },
    {
      ...band,
      top: band.top + first,
      rows: band.rows - first,
      bytes: band.bytes * ((band.rows - first) / band.rows),
    },
  ];
}

/** Pieces of a band of at most MERGE_PIECE_CELLS cells each, for the guarded merged-area read. */
export function mergePieces(band: Pick<Band, 'top' | 'left' | 'rows' | 'cols'>): UsedArea[] {
  const out: UsedArea[] = [];
  const width = Math.min(band.cols, MERGE_PIECE_CELLS);
  const height = Math.max(1, Math.floor(MERGE_PIECE_CELLS / width));
  for (let r = 0; r < band.rows; r += height)
    for (let c = 0; c < band.cols; c += width)
      out.push({
        top: band.top + r,
        left: band.left + c,
        rows: Math.min(height, band.rows - r),
        cols: Math.min(width, band.cols - c),
      });
  return out;
}

/** The sheet (index) and cells past the read limits, or null when the workbook is within them. */
export function pastLimits(
  areas: readonly (UsedArea | null)[],
): { sheet: number | null; cells: number } | null {
  let total = 0;
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i];
    if (!a) continue;
    const cells = a.rows * a.cols;
    if (cells > MAX_SHEET_CELLS) return { sheet: i, cells };
    total += cells;
  }
  return total > MAX_WORKBOOK_CELLS ? { sheet: null, cells: total } : null;
}
