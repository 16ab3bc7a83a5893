/**
 * Column mappings the user corrected ("RAG is column H, not G"), saved in the workbook so that they
 * travel with it: one row per plan sheet in the tracker's hidden state sheet, column A the key
 * `mapping:<sheet name>`, column B the mapping as JSON (`{"actionRag":"H"}`). Other rows of the state
 * sheet belong to other parts of the tracker and are kept as they are.
 */
import { STATE_SHEET, type Edit } from './edits';
import type { MappingOverride } from './header';
import type { SheetSpec, SpecCell } from './sheet-spec';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import type { ColumnRole } from './types';

export type { MappingOverride } from './header';

/** Mapping overrides by sheet name. */
export type MappingOverrides = Record<string, MappingOverride>;

const KEY_PREFIX = 'mapping:';

/** Every role, in the order a mapping is written (so the saved JSON is stable). */
const ROLES: ColumnRole[] = [
  'ref',
  'objective',
  'action',
  'objectiveAction',
  'lead',
  'deadline',
  'leadDeadline',
  'successMeasures',
  'impact',
  'progress',
  'actionRag',
  'impactRag',
  'evidence',
  'ofstedRef',
  'ofstedArea',
  'group',
  'percentComplete',
];

/** The key of a sheet's mapping row in the state sheet. */
export function mappingKey(sheet: string): string {
  return KEY_PREFIX + sheet;
}

function cellString(cell: CellSnapshot | undefined): string {
  if (!cell || cell.error) return '';
  if (cell.text !== '') return cell.text;
  return typeof cell.value === 'string' ? cell.value : '';
}

/**
 * A mapping with only known roles and column letters (upper case), or '' for "no such column".
 * Anything else (a hand-edited cell, an unknown role) is dropped, never guessed.
 */
export function cleanMapping(input: unknown): MappingOverride {
  const out: MappingOverride = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  const record = input as Record<string, unknown>;
  for (const role of ROLES) {
    if (!Object.hasOwn(record, role)) continue;
    const v = record[role];
    if (typeof v !== 'string') continue;
    const letter = v.trim().toUpperCase();
    if (letter === '' || /^[A-Z]{1,3}$/.test(letter)) out[role] = letter;
  }
  return out;
}

function stateSheet(workbook: WorkbookSnapshot): SheetSnapshot | undefined {
  return workbook.sheets.find((s) => s.name === STATE_SHEET);
}

/** The saved mappings, by sheet name. A row that cannot be read is ignored. */
export function readMappingOverrides(workbook: WorkbookSnapshot): MappingOverrides {
  const out: MappingOverrides = {};
  const state = stateSheet(workbook);
  if (!state) return out;
  for (const row of state.rows) {
    const key = cellString(row?.[0]).trim();
    if (!key.startsWith(KEY_PREFIX)) continue;
    const sheet = key.slice(KEY_PREFIX.length);
    if (sheet === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(cellString(row?.[1]));
    } catch {
      continue;
    }
    const mapping = cleanMapping(parsed);
    if (Object.keys(mapping).length > 0) out[sheet] = mapping;
  }
  return out;
}

/** A state-sheet cell copied as it is (values only: the state sheet carries no formatting that matters). */
function specCell(cell: CellSnapshot | undefined): SpecCell | undefined {
  if (!cell || cell.error) return undefined;
  const v = cell.value;
  if (v === null || v === '') return cell.text !== '' ? { value: cell.text } : undefined;
  if (typeof v === 'boolean') return { value: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number' && cell.numberFormat && cell.numberFormat !== 'General') {
    return { value: v, style: { numberFormat: cell.numberFormat } };
  }
  return { value: v };
}

/**
 * The edit that sets (or, for null, empties) one key's row of the state sheet: every other row is kept
 * as it is in the snapshot.
 */
export function stateRowEdits(workbook: WorkbookSnapshot, key: string, value: string | null): Edit[] {
  const state = stateSheet(workbook);
  const rows: (SpecCell | undefined)[][] = (state?.rows ?? []).map((row) => (row ?? []).map(specCell));
  // Trailing empty rows are dropped so a new key goes straight after the last row in use.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === undefined)) rows.pop();

  const at = rows.findIndex((row) => row[0] !== undefined && String(row[0].value).trim() === key);
  const line: SpecCell[] = [{ value: key }, { value }];
  // Forgetting a key empties its row rather than removing it, so no other row moves.
  if (at >= 0) rows[at] = value !== null ? line : [];
  else if (value !== null) rows.push(line);
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === undefined)) rows.pop();

  const spec: SheetSpec = { name: STATE_SHEET, rows, state: 'hidden' };
  return [{ kind: 'writeSheet', spec }];
}

/** The text of one key's row of the state sheet (any row, the first included), or null. */
export function readStateRow(workbook: WorkbookSnapshot, key: string): string | null {
  const state = stateSheet(workbook);
  for (const row of state?.rows ?? []) {
    if (cellString(row?.[0]).trim() === key) return cellString(row?.[1]);
  }
  return null;
}

/** The edit that saves (or, for an empty mapping, forgets) the corrected mapping of one sheet. */
export function mappingOverrideEdits(
  workbook: WorkbookSnapshot,
  sheet: string,
  mapping: MappingOverride,
): Edit[] {
  const clean = cleanMapping(mapping);
  const ordered: MappingOverride = {};
  for (const role of ROLES) if (clean[role] !== undefined) ordered[role] = clean[role];
  const keep = Object.keys(ordered).length > 0;
  return stateRowEdits(workbook, mappingKey(sheet), keep ? JSON.stringify(ordered) : null);
}
