/**
 * The tracker's hidden sheet: one row per key (column A) with a JSON value (column B). It travels with
 * the workbook, so the previous summary, corrected column mappings, confirmed Ofsted links and the marks
 * on the tracker's own sheets go wherever the file goes. Writers keep every row they do not own.
 */
import { STATE_SHEET } from './edits';
import type { SheetSpec } from './sheet-spec';
import type { WorkbookSnapshot } from './snapshot';

/** Excel holds at most 32,767 characters in a cell: longer values are split over rows 'key#2', 'key#3' … */
const CELL_LIMIT = 30_000;
const PART = /^(.*)#(\d+)$/;
/** Row 1 of the sheet, for anyone who unhides it. It is not a key. */
export const STATE_BANNER = 'Plan Tracker keeps its own data here. Please do not edit.';

export function readStateEntries(workbook: WorkbookSnapshot): Map<string, string> {
  const entries = new Map<string, string>();
  const sheet = workbook.sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet) return entries;
  // Every row with a key and a value: the banner has no value, and a key written before the state sheet
  // had a banner (a column mapping saved first) may sit on the first row.
  for (const row of sheet.rows) {
    const key = row?.[0]?.text.trim();
    if (!key || key === STATE_BANNER || row?.[1] === undefined) continue;
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

/**
 * `text` cut into pieces of at most `limit` UTF-16 units, never between the two halves of a surrogate
 * pair (an emoji or other character outside the Basic Multilingual Plane): a lone half is not a
 * character, XML cannot hold it, and the joined value would no longer be the JSON that was written.
 */
export function splitAtCodePoints(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('A piece must hold at least one whole character.');
  const parts: string[] = [];
  let from = 0;
  do {
    let to = Math.min(from + limit, text.length);
    const high = text.charCodeAt(to - 1);
    if (to < text.length && high >= 0xd800 && high <= 0xdbff) to--;
    parts.push(text.slice(from, to));
    from = to;
  } while (from < text.length);
  return parts;
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
      [{ value: STATE_BANNER, style: { bold: true } }],
      ...[...entries].flatMap(([k, v]) =>
        splitAtCodePoints(v, CELL_LIMIT).map((p, i) => [
          { value: i === 0 ? k : `${k}#${i + 1}` },
          { value: p },
        ]),
      ),
    ],
  };
}
