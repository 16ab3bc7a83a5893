/** Builds SheetSnapshots from plain rows for unit tests of the core. */
import type { CellSnapshot, SheetSnapshot } from '../../src/core/snapshot';

export type CellInput = string | number | null | undefined | Partial<CellSnapshot>;

export function cell(input: CellInput): CellSnapshot | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'string') return { value: input, text: input };
  if (typeof input === 'number') return { value: input, text: String(input) };
  return { value: input.value ?? input.text ?? null, text: input.text ?? '', ...input };
}

export function sheetFrom(name: string, rows: CellInput[][], merges: string[] = []): SheetSnapshot {
  return { name, rows: rows.map((r) => r.map(cell)), merges };
}
