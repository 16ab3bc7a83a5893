/** The header row: freezing it, and adding the columns a plan lacks without moving anything. */
import { columnLetter, parseRange } from '../address';
import type { Edit } from '../edits';
import type { PlanSheet } from '../plan-reader';
import type { CellSnapshot, SheetSnapshot } from '../snapshot';
import type { ColumnRole } from '../types';

/** Keeps the header row (and everything above it) in view while scrolling. */
export function freezeHeaderEdits(plan: PlanSheet): Edit[] {
  return [{ kind: 'freezeRows', sheet: plan.sheet, rows: plan.headerRow }];
}

/** A column the plan needs, the roles that count as having it, and the header the tracker writes. */
interface NeededColumn {
  header: string;
  /** The new column's own role (what the header is read as). */
  role: ColumnRole;
  /** Any of these roles already present means the column is not missing. */
  satisfiedBy: ColumnRole[];
}

/** In the order they are added, left to right. */
export const NEEDED_COLUMNS: NeededColumn[] = [
  { header: 'Ref', role: 'ref', satisfiedBy: ['ref'] },
  { header: 'Action', role: 'action', satisfiedBy: ['action', 'objectiveAction'] },
  { header: 'Lead', role: 'lead', satisfiedBy: ['lead', 'leadDeadline'] },
  { header: 'Deadline', role: 'deadline', satisfiedBy: ['deadline', 'leadDeadline'] },
  { header: 'Action RAG', role: 'actionRag', satisfiedBy: ['actionRag'] },
  { header: 'Impact RAG', role: 'impactRag', satisfiedBy: ['impactRag'] },
];

/**
 * The headers of the columns this plan lacks (a ref column inferred from a blank header counts as there;
 * so does a column the tracker suggests from its contents: it is mapped, not added beside).
 */
export function missingColumns(plan: PlanSheet): NeededColumn[] {
  const roles = new Set([...plan.columns, ...plan.suggestions].map((c) => c.role));
  return NEEDED_COLUMNS.filter((n) => !n.satisfiedBy.some((r) => roles.has(r)));
}

function isEmpty(cell: CellSnapshot | undefined): boolean {
  if (!cell) return true;
  return (
    (cell.value === null || cell.value === '') &&
    cell.text === '' &&
    !cell.error &&
    !cell.formula &&
    cell.fill === undefined
  );
}

/**
 * Writes the header of each missing column (Ref when there is none, not even a blank-headed one;
 * Action, only when there is no action or objective-and-action column; Lead, Deadline, Action RAG,
 * Impact RAG) into the header row, in empty cells to the right of its last used cell. Nothing is moved
 * or overwritten: a column is used only when its header cell and every cell of the plan's rows below it
 * (actions, objectives, banners, notes) are empty and it is not part of a merged range; otherwise the
 * next column to the right is tried. Only the header text is written (no formats, no repeated headers).
 */
export function missingColumnEdits(plan: PlanSheet, sheet: SheetSnapshot): Edit[] {
  const missing = missingColumns(plan);
  if (missing.length === 0) return [];
  const headerIndex = plan.headerRow - 1;
  const headerCells = sheet.rows[headerIndex] ?? [];
  let lastUsed = -1;
  headerCells.forEach((c, i) => {
    if (!isEmpty(c)) lastUsed = i;
  });
  for (const c of plan.columns) lastUsed = Math.max(lastUsed, c.col);

  const merges = sheet.merges.map(parseRange);
  const free = (col: number): boolean => {
    for (let r = headerIndex; r < Math.max(plan.lastRow, plan.headerRow); r++) {
      if (!isEmpty(sheet.rows[r]?.[col])) return false;
    }
    return !merges.some(
      (m) => m.left <= col && col <= m.right && m.bottom >= headerIndex && m.top <= plan.lastRow - 1,
    );
  };

  const placed: { col: number; header: string }[] = [];
  let col = lastUsed + 1;
  for (const need of missing) {
    while (!free(col)) col++;
    placed.push({ col, header: need.header });
    col++;
  }

  // One edit per block of adjacent new headers.
  const edits: Edit[] = [];
  let block: { col: number; header: string }[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const first = `${columnLetter(block[0].col)}${plan.headerRow}`;
    const last = `${columnLetter(block[block.length - 1].col)}${plan.headerRow}`;
    edits.push({
      kind: 'setValues',
      sheet: plan.sheet,
      address: first === last ? first : `${first}:${last}`,
      values: [block.map((b) => b.header)],
    });
    block = [];
  };
  for (const p of placed) {
    if (block.length > 0 && p.col !== block[block.length - 1].col + 1) flush();
    block.push(p);
  }
  flush();
  return edits;
}
