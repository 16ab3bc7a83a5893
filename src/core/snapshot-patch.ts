/**
 * Patching a sheet's snapshot with rows read again, so a host that knows which rows changed since its
 * last read (Excel's onChanged) can re-read only those. Pure: the previous snapshot and the re-read
 * rows in, a new snapshot out (the previous one is never changed).
 */
import { parseRange } from './address';
import type { CellSnapshot, SheetSnapshot, TableSnapshot } from './snapshot';

export interface SheetPatch {
  /** 0-based rows read again → their cells by 0-based column (an empty list: the row is empty now). */
  rows: Map<number, (CellSnapshot | undefined)[]>;
  /** The merged areas whose top-left cell is on one of those rows, as read now. */
  merges: string[];
  /** Sheet-wide facts, read afresh every time. */
  hidden: boolean;
  protected: boolean;
  tables?: TableSnapshot[];
  hiddenRows?: number[];
}

/** Merged areas in reading order (by their top-left cell: row, then column), each once. */
export function sortMerges(merges: readonly string[]): string[] {
  return [...new Set(merges)]
    .map((m) => ({ m, r: parseRange(m) }))
    .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)
    .map(({ m }) => m);
}

/** The previous merges, less those whose top-left cell is on a re-read row, plus the merges read now. */
export function patchMerges(
  previous: readonly string[],
  rows: ReadonlySet<number>,
  merges: readonly string[],
): string[] {
  return sortMerges([...previous.filter((m) => !rows.has(parseRange(m).top)), ...merges]);
}

export function patchSheet(previous: SheetSnapshot, patch: SheetPatch): SheetSnapshot {
  const rows = previous.rows.slice();
  for (const [r, cells] of patch.rows) {
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  }
  // Rows with nothing in them stay as empty rows up to the last one that has something.
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] === undefined || rows[last].every((c) => c === undefined))) last--;
  rows.length = last + 1;
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const next: SheetSnapshot = {
    name: previous.name,
    rows,
    merges: patchMerges(previous.merges, new Set(patch.rows.keys()), patch.merges),
  };
  if (patch.hidden) next.hidden = true;
  if (patch.protected) next.protected = true;
  if (patch.tables) next.tables = patch.tables;
  if (patch.hiddenRows && patch.hiddenRows.length > 0) next.hiddenRows = patch.hiddenRows;
  return next;
}
