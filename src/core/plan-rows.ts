/**
 * The first step of reading a plan: what each row under the header is. A row's facts (how many cells
 * say something, its ref, its main text, whether its lead, deadline or RAG cells are filled …) are read
 * once; then an ordered table of tests gives its kind. The order of the table is the specification: the
 * first test a row passes decides what it is.
 */
import { parseRange } from './address';
import { isRepeatedHeader, type HeaderDetection } from './header';
import type { CellSnapshot, SheetSnapshot } from './snapshot';
import { parseRef } from './refs';
import type { ColumnRole, RowKind } from './types';

export type Cells = (CellSnapshot | undefined)[];

/** Column index by role, for quick lookups. */
export type ColumnIndex = Partial<Record<ColumnRole, number>>;

/** What a cell says; an Excel error ('#REF!') says nothing (it is reported as a formula error). */
export function text(cell: CellSnapshot | undefined): string {
  return cell?.error ? '' : (cell?.text ?? '').trim();
}

/** What the classifier knows about one row. */
export interface RowFacts {
  /** 0-based sheet row. */
  index: number;
  cells: Cells;
  /** How many cells say something (an error value counts). */
  filledCount: number;
  /** The first text of the row. */
  first: string;
  /** True when every filled cell says the same (a banner merged or repeated across the row). */
  oneText: boolean;
  /** The ref as typed, without a trailing full stop, or null when the ref cell holds no ref. */
  ref: string | null;
  /** How many levels the ref has ('1.2' → 2); 0 without a ref. */
  depth: number;
  /** The text of the objective-and-action, action or objective column. */
  mainText: string;
  /** The text of the objective column when the plan has one beside an action column. */
  objectiveText: string;
  /** The text of the action column (the main text when there is no separate objective column). */
  actionText: string;
  /** The text of the grouping column (Workstream, Priority, Theme), or ''. */
  groupText: string;
  /** True when the lead, deadline, RAG, progress or success-measure cells say something (or are coloured). */
  content: boolean;
  /** The width of a merge starting on this row (0 when none). */
  bannerWidth: number;
  /** True when the row repeats the header. */
  repeatedHeader: boolean;
}

/** What the tests may ask about the plan as a whole and the rows before this one. */
export interface RowContext {
  /** The deepest ref level on the sheet: shallower refs are objectives. */
  deepest: number;
  /** True when the objective has its own column beside the action column. */
  hasSeparateObjective: boolean;
  /** The kind of the last row that was not blank (a legend runs on until something else starts). */
  previous: RowKind | null;
}

export type RowTest = (row: RowFacts, context: RowContext) => boolean;

const LEGEND_START =
  /^(\*\s*(indicates|denotes|=|means)|rag key\b|key\s*[:-]?$|legend\b|rag rating key|notes?:)/i;
const RAG_KEY_LINE = /^(red|amber|green|blue|r|a|g|b)\s*[-–—:=]/i;
export const THEME_WORDS = /^(improvement\s+)?(theme|priority|section|strand|workstream|area)\s*\d*\b/i;
export const OBJECTIVE_PREFIX = /^objective\s*\d*\s*[:.-]/i;

const isObjectiveRow: RowTest = (r, c) =>
  (OBJECTIVE_PREFIX.test(r.mainText) && !r.content) ||
  (r.ref !== null && r.depth < c.deepest && !r.content && (r.actionText === '' || !c.hasSeparateObjective)) ||
  (c.hasSeparateObjective && r.actionText === '' && r.objectiveText !== '' && !r.content);

/** Ordered: the first test a row passes decides its kind. */
export const ROW_KINDS: readonly (readonly [RowKind, RowTest])[] = [
  ['blank', (r) => r.filledCount === 0 && !r.content],
  // Real plans repeat the header before every block.
  ['header', (r) => r.repeatedHeader],
  // "* indicates …", "RAG key", and the key's lines after it ("Red - significantly off track").
  [
    'legend',
    (r, c) =>
      !r.ref &&
      (LEGEND_START.test(r.first) ||
        (c.previous === 'legend' && (RAG_KEY_LINE.test(r.first) || r.filledCount <= 2))),
  ],
  ['legend', (r) => !r.ref && RAG_KEY_LINE.test(r.first) && r.filledCount <= 2 && !r.content],
  // One text across the row: merged, or in capitals, or starting "Theme" / "Priority" …
  [
    'theme',
    (r) =>
      !r.ref &&
      r.oneText &&
      !OBJECTIVE_PREFIX.test(r.first) &&
      (r.bannerWidth >= 3 ||
        THEME_WORDS.test(r.first) ||
        (r.first.length > 10 && r.first === r.first.toUpperCase())),
  ],
  ['objective', isObjectiveRow],
  ['action', (r) => r.ref !== null || (r.actionText !== '' && r.content)],
  ['note', () => true],
];

export function classifyRow(row: RowFacts, context: RowContext): RowKind {
  for (const [kind, test] of ROW_KINDS) if (test(row, context)) return kind;
  return 'note';
}

/** The sheet's rows with vertical merges filled in, and the widths of merges by starting row. */
export interface PlanGrid {
  rows: Cells[];
  /** Row index → the width of the widest merge that starts on it. */
  banners: Map<number, number>;
}

/**
 * Copies the value of a vertical merge (a lead or deadline merged down a block of actions) into the
 * cells it covers, so each action reads it. Horizontal banners are left as they are.
 */
export function fillVerticalMerges(sheet: SheetSnapshot): PlanGrid {
  // Copy-on-write: only rows under a vertical merge are copied; the snapshot itself is never changed.
  const rows: Cells[] = sheet.rows.slice();
  const copied = new Set<number>();
  const banners = new Map<number, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    const width = r.right - r.left + 1;
    if (r.bottom > r.top) {
      const source = rows[r.top]?.[r.left];
      for (let row = r.top + 1; row <= r.bottom; row++) {
        if (!copied.has(row)) {
          rows[row] = rows[row] ? [...rows[row]] : [];
          copied.add(row);
        }
        if (!text(rows[row][r.left])) rows[row][r.left] = source;
      }
    }
    if (width >= 3) banners.set(r.top, Math.max(width, banners.get(r.top) ?? 0));
  }
  return { rows, banners };
}

/** The columns whose cells make a row an action's (lead, deadline, RAG, progress, success measures). */
function contentColumns(col: ColumnIndex): number[] {
  return [
    col.lead,
    col.deadline,
    col.leadDeadline,
    col.actionRag,
    col.impactRag,
    col.progress,
    col.successMeasures,
  ].filter((c): c is number => c !== undefined);
}

/** Reads the facts of each row; made once per sheet (the columns are fixed by the header). */
export function rowFactsReader(
  grid: PlanGrid,
  detection: HeaderDetection,
  col: ColumnIndex,
): (index: number) => RowFacts {
  const textCol = col.objectiveAction ?? col.action ?? col.objective;
  const hasSeparateObjective = separateObjective(col);
  const contentCols = contentColumns(col);
  return (index) => {
    const cells = grid.rows[index] ?? [];
    // One pass over the row: how many cells say something, the first text, and whether the texts differ.
    let filledCount = 0;
    let first = '';
    let oneText = true;
    for (const c of cells) {
      if (c === undefined) continue;
      const t = text(c);
      if (t === '' && !c.error) continue;
      if (filledCount === 0) first = t;
      else if (t !== first) oneText = false;
      filledCount++;
    }
    const refText = col.ref !== undefined ? text(cells[col.ref]) : '';
    const parsed = refText !== '' ? parseRef(refText) : null;
    const ref = parsed ? refText.replace(/\.$/, '') : null;
    const mainText = textCol !== undefined ? text(cells[textCol]) : '';
    const content = contentCols.some((c) => {
      const cell = cells[c];
      return cell !== undefined && (text(cell) !== '' || cell.fill !== undefined || cell.error !== undefined);
    });
    return {
      index,
      cells,
      filledCount,
      first,
      oneText,
      ref,
      depth: parsed ? parsed.depth : 0,
      mainText,
      objectiveText: col.objective !== undefined ? text(cells[col.objective]) : '',
      actionText: hasSeparateObjective
        ? text(cells[(col.action ?? col.objectiveAction) as number])
        : mainText,
      groupText: col.group !== undefined ? text(cells[col.group]) : '',
      content,
      bannerWidth: grid.banners.get(index) ?? 0,
      // Cheap tests first: a row with nothing in it is not checked against the header.
      repeatedHeader: filledCount > 0 && isRepeatedHeader(cells, detection),
    };
  };
}

export function separateObjective(col: ColumnIndex): boolean {
  return col.objective !== undefined && (col.action !== undefined || col.objectiveAction !== undefined);
}

/** The deepest ref level in the ref column: it tells objective refs (shallower) from action refs. */
export function deepestRefLevel(rows: Cells[], from: number, to: number, col: ColumnIndex): number {
  if (col.ref === undefined) return 0;
  let deepest = 0;
  for (let r = from; r < to; r++) {
    const t = text(rows[r]?.[col.ref]);
    const parsed = t !== '' ? parseRef(t) : null;
    if (parsed) deepest = Math.max(deepest, parsed.depth);
  }
  return deepest;
}

export interface ClassifiedFacts {
  facts: RowFacts;
  kind: RowKind;
}

/** Every row from `from` (the row after the header) up to `to` (exclusive), with its kind. */
export function classifyRows(
  read: (index: number) => RowFacts,
  from: number,
  to: number,
  context: Omit<RowContext, 'previous'>,
): ClassifiedFacts[] {
  const out: ClassifiedFacts[] = [];
  // One context for the whole sheet: only `previous` changes from row to row.
  const ctx: RowContext = { ...context, previous: 'header' };
  for (let r = from; r < to; r++) {
    const facts = read(r);
    const kind = classifyRow(facts, ctx);
    if (kind !== 'blank') ctx.previous = kind;
    out.push({ facts, kind });
  }
  return out;
}
