/**
 * The tracker's hidden sheet: one row per key (column A) with a JSON value (column B). It travels with
 * the workbook, so the previous summary, corrected column mappings and confirmed Ofsted links go
 * wherever the file goes. Writers keep every row they do not own.
 */
import { STATE_SHEET } from './edits';
import type { SheetSpec } from './sheet-spec';
import type { WorkbookSnapshot } from './snapshot';

/** Excel holds at most 32,767 characters in a cell: longer values are split over rows 'key#2', 'key#3' … */
const CELL_LIMIT = 30_000;
const PART = /^(.*)#(\d+)$/;

export function readStateEntries(workbook: WorkbookSnapshot): Map<string, string> {
  const entries = new Map<string, string>();
  const sheet = workbook.sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet) return entries;
  // Every row with a key and a value: the title row has no value, and a key written before the state
  // sheet had a title (a column mapping saved first) sits on the first row.
  for (const row of sheet.rows) {
    const key = row?.[0]?.text.trim();
    if (!key || row?.[1] === undefined) continue;
    const value = String(row?.[1]?.value ?? row?.[1]?.text ?? '');
    const part = PART.exec(key);
    if (part && entries.has(part[1])) entries.set(part[1], entries.get(part[1]) + value);
    else entries.set(key, value);
  }
  return entries;
}

export function readStateJson<T>(workbook: WorkbookSnapshot, key: string): T | null {
  const raw = readStateEntries(workbook).get(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null; // a hand-edited or damaged value is ignored, never trusted
  }
}

/** The state sheet with `updates` applied (null removes a key) and every other row kept. */
export function stateSheetSpec(
  workbook: WorkbookSnapshot,
  updates: Record<string, unknown | null>,
): SheetSpec {
  const entries = readStateEntries(workbook);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) entries.delete(key);
    else entries.set(key, JSON.stringify(value));
  }
  return {
    name: STATE_SHEET,
    state: 'hidden',
    columnWidths: [30, 100],
    rows: [
      [{ value: 'Plan Tracker keeps its own data here. Please do not edit.', style: { bold: true } }],
      ...[...entries].flatMap(([k, v]) => {
        const parts: string[] = [];
        for (let i = 0; i < v.length || parts.length === 0; i += CELL_LIMIT)
          parts.push(v.slice(i, i + CELL_LIMIT));
        return parts.map((p, i) => [{ value: i === 0 ? k : `${k}#${i + 1}` }, { value: p }]);
      }),
    ],
  };
}
