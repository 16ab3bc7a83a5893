/**
 * Where the plan stands, as a board sees it: actions overdue, actions due in the next few weeks (30 days
 * unless the officer chooses another window) and actions not started. These are about the plan's
 * progress, not about mistakes in the sheet, so the pane lists them apart from the findings to fix, and
 * the RAG Summary and the CLI's summary JSON carry the same due-soon list.
 */
import { parseA1 } from './address';
import { compareIso } from './dates';
import { DEFAULT_DUE_SOON_DAYS, isDueSoon } from './due-soon';
import type { PlanSheet } from './plan-reader';
import type { SheetSnapshot } from './snapshot';
import type { IsoDate, PlanAction, Rating } from './types';
import { isOverdue } from './validate';

export { DEFAULT_DUE_SOON_DAYS, MAX_DUE_SOON_DAYS, addDays, dueSoonDaysFrom, isDueSoon } from './due-soon';

function cellText(sheet: SheetSnapshot | undefined, address: string | undefined): string {
  if (!sheet || !address) return '';
  const { row, col } = parseA1(address);
  const cell = sheet.rows[row]?.[col];
  if (!cell) return '';
  return (cell.text || (typeof cell.value === 'string' ? cell.value : '')).trim();
}

/**
 * Not started: no Action RAG at all (no text and no RAG fill) and, when the plan has a progress column,
 * nothing written in it. An action rated Red is under way, however badly; a blank one has not been
 * reported on.
 */
export function isNotStarted(action: PlanAction, sheet?: SheetSnapshot): boolean {
  return action.actionRag.rating === 'unrated' && cellText(sheet, action.cells.progress) === '';
}

/** One action in a standing list, with the cell that takes the officer to it. */
export interface StandingItem {
  sheet: string;
  ref: string | null;
  row: number;
  /** The cell to select: the deadline for overdue and due-soon actions, the Action RAG for not started. */
  cell: string;
  /** The action's text on one line. */
  text: string;
  deadline: string;
  due: IsoDate | null;
  rating: Rating;
}

export interface PlanStanding {
  asOf: IsoDate;
  dueSoonDays: number;
  overdue: StandingItem[];
  dueSoon: StandingItem[];
  notStarted: StandingItem[];
}

function item(plan: PlanSheet, action: PlanAction, cell: string | undefined): StandingItem {
  const fallback = action.cells.objectiveAction ?? action.cells.action ?? `A${action.row}`;
  return {
    sheet: plan.sheet,
    ref: action.ref,
    row: action.row,
    cell: cell ?? fallback,
    text: action.text.replace(/\s+/g, ' ').trim(),
    deadline: action.deadline.text,
    due: action.deadline.due,
    rating: action.actionRag.rating,
  };
}

/** The three lists for one plan sheet, each in sheet order; overdue and due-soon sorted by due date. */
export function planStanding(
  plan: PlanSheet,
  sheet: SheetSnapshot | undefined,
  asOf: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): PlanStanding {
  const out: PlanStanding = { asOf, dueSoonDays, overdue: [], dueSoon: [], notStarted: [] };
  for (const a of plan.actions) {
    const deadlineCell = a.cells.deadline ?? a.cells.leadDeadline;
    if (isOverdue(a, asOf)) out.overdue.push(item(plan, a, deadlineCell));
    else if (isDueSoon(a, asOf, dueSoonDays)) out.dueSoon.push(item(plan, a, deadlineCell));
    if (isNotStarted(a, sheet)) out.notStarted.push(item(plan, a, a.cells.actionRag));
  }
  const byDue = (x: StandingItem, y: StandingItem) => compareIso(x.due ?? '', y.due ?? '') || x.row - y.row;
  out.overdue.sort(byDue);
  out.dueSoon.sort(byDue);
  return out;
}
