/**
 * Which sheets of a workbook are the tracker's own (its RAG Summary, RAG History, Ofsted Recommendations
 * and the hidden state sheet), and where it writes them. Every surface asks here, so the CLI, the pane
 * and the ribbon agree on it; no other module compares sheet names with the tracker's.
 *
 * A sheet is the tracker's only when the tracker has marked it so. Each time it writes one of its sheets
 * it records, in its hidden state sheet (key `tracker-sheets`), the sheet's name and the cells it wrote
 * there. So:
 *  - a user's own sheet that merely has the same name ("RAG Summary", "rag summary") is never the
 *    tracker's: the tracker writes its sheet under a free name ("RAG Summary (2)") and says so;
 *  - text a user has typed into a tracker sheet outside the tracker's cells stops the write with a plain
 *    message, except in RAG History, where columns a user adds to the right are kept.
 * The state sheet itself is the tracker's by its name, "PlanTracker State".
 *
 * Workbooks written before the mark existed have no record: there, a sheet with the tracker's name is
 * taken as the tracker's only when it starts the way the tracker has always started it (see LEGACY).
 */
import { a1, parseRange, type RangeRef } from './address';
import { STATE_SHEET } from './edits';
import { UserError } from './errors';
import type { SheetSpec, SpecCell } from './sheet-spec';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { readStateJson, stateSheetSpec } from './state-sheet';

/** The sheets the tracker writes, by what they are for. */
export type TrackerRole = 'summary' | 'history' | 'ofsted';

/** The names the tracker gives its sheets when it creates them (and the name is free). */
export const SUMMARY_SHEET = 'RAG Summary';
export const HISTORY_SHEET = 'RAG History';
export const OFSTED_SHEET = 'Ofsted Recommendations';
export const DEFAULT_SHEET_NAMES: Readonly<Record<TrackerRole, string>> = {
  summary: SUMMARY_SHEET,
  history: HISTORY_SHEET,
  ofsted: OFSTED_SHEET,
};
/** Every default name above, and the hidden state sheet's. */
export const TRACKER_SHEETS: readonly string[] = [SUMMARY_SHEET, HISTORY_SHEET, OFSTED_SHEET, STATE_SHEET];

/** The state key of the marks. */
export const TRACKER_SHEETS_KEY = 'tracker-sheets';

const ROLES: readonly TrackerRole[] = ['summary', 'history', 'ofsted'];

/** What the state records about one tracker sheet. */
export interface SheetMark {
  name: string;
  /**
   * The cells the tracker wrote, as A1 ranges separated by spaces ('A1:J12 A13:C13'). Empty for a sheet
   * written before the mark existed, whose cells are not known.
   */
  cells: string;
}
export type SheetMarks = Partial<Record<TrackerRole, SheetMark>>;

/**
 * How the tracker started each sheet before the mark existed (row 1, then row 2 …; a string ending in
 * '…' is a prefix). Only workbooks with no marks at all are judged by this.
 */
const LEGACY: Record<TrackerRole, string[][]> = {
  summary: [['RAG Summary'], ['Plan: …'], ['As of …']],
  history: [['Refreshed', 'As of', 'Actions', 'Red', 'Amber', 'Green', 'Blue']],
  ofsted: [['Ofsted recommendations and the actions that answer them']],
};

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase(); // Excel's sheet names ignore case
}

function sheetNamed(workbook: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return workbook.sheets.find((s) => sameName(s.name, name));
}

function cleanMarks(raw: unknown): SheetMarks | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const out: SheetMarks = {};
  for (const role of ROLES) {
    const mark = (raw as Record<string, unknown>)[role];
    if (typeof mark !== 'object' || mark === null) continue;
    const { name, cells } = mark as Record<string, unknown>;
    if (typeof name === 'string' && name !== '')
      out[role] = { name, cells: typeof cells === 'string' ? cells : '' };
  }
  return out;
}

/** The marks recorded in the workbook, or null when it has none (a workbook from before the mark). */
export function readSheetMarks(workbook: WorkbookSnapshot): SheetMarks | null {
  return cleanMarks(readStateJson<unknown>(workbook, TRACKER_SHEETS_KEY));
}

function startsLikeTracker(sheet: SheetSnapshot, role: TrackerRole): boolean {
  return LEGACY[role].every((row, r) =>
    row.every((want, c) => {
      const text = sheet.rows[r]?.[c]?.text.trim() ?? '';
      return want.endsWith('…') ? text.startsWith(want.slice(0, -1)) : text === want;
    }),
  );
}

/** The tracker's own sheet for `role` in this workbook, if it has one. */
export function trackerSheet(workbook: WorkbookSnapshot, role: TrackerRole): SheetSnapshot | undefined {
  const marks = readSheetMarks(workbook);
  if (marks) {
    const mark = marks[role];
    return mark ? sheetNamed(workbook, mark.name) : undefined;
  }
  const legacy = sheetNamed(workbook, DEFAULT_SHEET_NAMES[role]);
  return legacy && startsLikeTracker(legacy, role) ? legacy : undefined;
}

/** The names of the tracker's own sheets in this workbook (as the workbook spells them). */
export function trackerSheetNames(workbook: WorkbookSnapshot): Set<string> {
  const names = new Set<string>();
  const state = workbook.sheets.find((s) => s.name === STATE_SHEET);
  if (state) names.add(state.name);
  for (const role of ROLES) {
    const sheet = trackerSheet(workbook, role);
    if (sheet) names.add(sheet.name);
  }
  return names;
}

/** Where the tracker writes its sheet for a role. */
export interface TrackerSheetPlace {
  role: TrackerRole;
  /** The name to write under: its own sheet's, else the default name, else a free one. */
  name: string;
  /** The tracker's sheet as it is now, when there is one. */
  existing?: SheetSnapshot;
  /** Set when a sheet of the user's holds the default name, so the tracker's goes elsewhere. */
  notice?: string;
}

/** A name no sheet of the workbook has: "RAG Summary (2)", "(3)" …, within Excel's 31 characters. */
function freeName(workbook: WorkbookSnapshot, base: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!sheetNamed(workbook, name)) return name;
  }
}

export function placeTrackerSheet(workbook: WorkbookSnapshot, role: TrackerRole): TrackerSheetPlace {
  const existing = trackerSheet(workbook, role);
  if (existing) return { role, name: existing.name, existing };
  const wanted = DEFAULT_SHEET_NAMES[role];
  const holder = sheetNamed(workbook, wanted);
  if (!holder) return { role, name: wanted };
  const name = freeName(workbook, wanted);
  return {
    role,
    name,
    notice: `Your own sheet "${holder.name}" was left as it is; the tracker's ${wanted} sheet is "${name}".`,
  };
}

// ---- The cells the tracker wrote ------------------------------------------------------------------

/** The cells of a spec (every cell it defines, and its merged ranges) as A1 ranges, rows run together. */
export function specFootprint(spec: SheetSpec): string {
  const ranges: string[] = [];
  /** Open rectangles by their column run 'left:right', with the row they started on. */
  let open = new Map<string, number>();
  const close = (key: string, top: number, bottom: number) => {
    const [left, right] = key.split(':').map(Number);
    ranges.push(rangeA1({ top, left, bottom, right }));
  };
  const height = spec.rows.length;
  for (let r = 0; r <= height; r++) {
    const runs = new Set<string>();
    const row = spec.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (row[c] === undefined) continue;
      let end = c;
      while (row[end + 1] !== undefined && end + 1 < row.length) end++;
      runs.add(`${c}:${end}`);
      c = end;
    }
    const next = new Map<string, number>();
    for (const [key, top] of open) {
      if (runs.has(key)) next.set(key, top);
      else close(key, top, r - 1);
    }
    for (const key of runs) if (!next.has(key)) next.set(key, r);
    open = next;
  }
  return [...ranges, ...(spec.merges ?? [])].join(' ');
}

function rangeA1(r: RangeRef): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

function parseFootprint(cells: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const part of cells.split(/\s+/)) {
    if (part === '') continue;
    try {
      out.push(parseRange(part));
    } catch {
      // a damaged mark is ignored: it can only make the tracker more careful
    }
  }
  return out;
}

function hasContent(cell: CellSnapshot | undefined): cell is CellSnapshot {
  if (!cell) return false;
  return (
    cell.formula === true ||
    cell.error !== undefined ||
    cell.text.trim() !== '' ||
    (cell.value !== null && cell.value !== '')
  );
}

/** Cells with something in them that lie outside `footprint`, left of column `userFrom`. */
function cellsOutside(sheet: SheetSnapshot, footprint: RangeRef[], userFrom: number): string[] {
  const inside = (r: number, c: number) =>
    footprint.some((f) => r >= f.top && r <= f.bottom && c >= f.left && c <= f.right);
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (c < userFrom && hasContent(cell) && !inside(r, c)) out.push(a1(r, c));
    }),
  );
  return out;
}

function listCells(cells: string[]): string {
  return cells.length <= 4
    ? cells.join(', ')
    : `${cells.slice(0, 3).join(', ')} and ${cells.length - 3} more`;
}

/** A user's cell carried over as it is (values only: a kept column's formatting is not kept). */
function keptCell(cell: CellSnapshot): SpecCell {
  const v = cell.value;
  if (typeof v === 'number') {
    return cell.numberFormat && cell.numberFormat !== 'General'
      ? { value: v, style: { numberFormat: cell.numberFormat } }
      : { value: v };
  }
  if (typeof v === 'boolean') return { value: v ? 'TRUE' : 'FALSE' };
  return { value: v === null || v === '' ? cell.text : v };
}

/**
 * The RAG History spec with the columns a user added to its right kept, row for row. A formula there
 * cannot be kept (the tracker writes values only), so it stops the write rather than lose it.
 */
function withUserColumns(spec: SheetSpec, existing: SheetSnapshot, from: number): SheetSpec {
  const rows = spec.rows.map((row) => [...row]);
  const formulas: string[] = [];
  existing.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (c < from || !hasContent(cell)) return;
      if (cell.formula) formulas.push(a1(r, c));
      while (rows.length <= r) rows.push([]);
      rows[r][c] = keptCell(cell);
    }),
  );
  if (formulas.length > 0) {
    throw new UserError(
      `Sheet "${existing.name}" has formulas in the columns you added (${listCells(formulas)}). The tracker keeps typed notes beside its history but cannot keep formulas: move them to a sheet of your own, then try again. Nothing was changed.`,
      'conflict',
    );
  }
  return { ...spec, rows };
}

/** How far right the tracker's cells reach: one past the last column of its footprint or new spec. */
function trackerWidth(spec: SheetSpec, footprint: RangeRef[]): number {
  const specWidth = Math.max(0, ...spec.rows.map((row) => row?.length ?? 0));
  return Math.max(specWidth, ...footprint.map((f) => f.right + 1));
}

export interface ClaimedSheets {
  /** The specs to write: the tracker's sheets (with kept user columns), then the state sheet. */
  specs: SheetSpec[];
  /** What to tell the user (a sheet of theirs that kept its name). */
  notices: string[];
}

/**
 * Makes the tracker's sheets ready to write, and marks them as the tracker's.
 *
 * `sheets` are the tracker's specs, each named by `placeTrackerSheet` (so never a user's sheet);
 * `stateUpdates` are other state keys written in the same go. Refuses, with a UserError naming the
 * cells, a tracker sheet in which the user has typed outside the tracker's own cells.
 */
export function claimTrackerSheets(
  workbook: WorkbookSnapshot,
  sheets: { place: TrackerSheetPlace; spec: SheetSpec }[],
  stateUpdates: Record<string, unknown | null> = {},
): ClaimedSheets {
  const before = readSheetMarks(workbook);
  const marks: SheetMarks = {};
  // Keep the marks of the tracker's sheets not written this time (adopting pre-mark ones, cells unknown).
  for (const role of ROLES) {
    const own = trackerSheet(workbook, role);
    if (own) marks[role] = { name: own.name, cells: before?.[role]?.cells ?? '' };
  }
  const specs: SheetSpec[] = [];
  const notices: string[] = [];
  for (const { place, spec } of sheets) {
    if (place.notice) notices.push(place.notice);
    const footprint = parseFootprint(marks[place.role]?.cells ?? '');
    let out = spec;
    if (place.existing) {
      const width = trackerWidth(spec, footprint);
      const userFrom = place.role === 'history' ? width : Number.POSITIVE_INFINITY;
      const typed = footprint.length > 0 ? cellsOutside(place.existing, footprint, userFrom) : [];
      if (typed.length > 0) {
        throw new UserError(
          `Sheet "${place.existing.name}" has text typed into it that the tracker did not write (${listCells(typed)}). The tracker rebuilds that sheet, so move the text to a sheet of your own (or clear those cells), then try again. Nothing was changed.`,
          'conflict',
        );
      }
      if (place.role === 'history') out = withUserColumns(spec, place.existing, width);
    }
    marks[place.role] = { name: spec.name, cells: specFootprint(spec) };
    specs.push(out);
  }
  specs.push(stateSheetSpec(workbook, { ...stateUpdates, [TRACKER_SHEETS_KEY]: marks }));
  return { specs, notices };
}
