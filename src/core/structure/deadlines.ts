/** Deadline cells: a date rule that warns, and the tracker's mark on overdue deadlines. */
import type { Edit } from '../edits';
import type { PlanSheet } from '../plan-reader';
import type { SheetSnapshot } from '../snapshot';
import type { IsoDate } from '../types';
import { validatePlan } from '../validate';
import { cellRanges, actionRanges } from './ranges';
import { parseA1 } from '../address';

export const DEADLINE_PROMPT = {
  title: 'Deadline',
  message:
    'Type a date, day first: 31/10/2025 is 31 October 2025. "Ongoing" or "TBC" can be kept, but the tracker reports that there is no date to track.',
};

/** Fill and text colour of an overdue deadline (Excel's own "light red fill with dark red text"). */
export const OVERDUE_FILL = '#FFC7CE';
export const OVERDUE_FONT = '#9C0006';

/**
 * A date rule on the deadline cells of every action row, as a warning (so "Ongoing", "TBC" or
 * "End Sept 2010" can still be kept; the check reads them and reports what it cannot track).
 *
 * A plan whose deadlines sit in a combined "Lead & delivery deadline" cell gets no rule: that cell
 * holds names as well as dates, so a date rule would warn on every correct entry.
 */
export function deadlineValidation(plan: PlanSheet): Edit[] {
  return actionRanges(plan, ['deadline']).map((address) => ({
    kind: 'dataValidationDate',
    sheet: plan.sheet,
    address,
    prompt: { ...DEADLINE_PROMPT },
    errorStyle: 'warning',
  }));
}

/** The cells the check reports as overdue: the deadline cell, or the combined lead-and-deadline cell. */
export function overdueCells(plan: PlanSheet, asOf: IsoDate): string[] {
  // The core's own decision: the 'overdue' rule of validatePlan. The sheet is only used there for
  // cells showing Excel errors, which are never read as deadlines, so an empty one gives the same answer.
  const empty: SheetSnapshot = { name: plan.sheet, rows: [], merges: [] };
  return validatePlan(plan, empty, { asOf })
    .filter((f) => f.rule === 'overdue')
    .map((f) => f.cell);
}

/**
 * Marks the deadline cells of overdue actions. The tracker's earlier marks (tag 'overdue') are removed
 * first. The rule is the formula `=TRUE` on exactly the overdue cells: whether an action is overdue
 * depends on the tracker's reading of UK dates, months and quarters, which an Excel formula cannot
 * repeat, so the marks are a snapshot that the tracker rebuilds every time it checks the plan.
 */
export function overdueMarks(plan: PlanSheet, asOf: IsoDate): Edit[] {
  const edits: Edit[] = [{ kind: 'clearConditionalFormats', sheet: plan.sheet, tag: 'overdue' }];
  const byColumn = new Map<number, number[]>();
  for (const cell of overdueCells(plan, asOf)) {
    const { row, col } = parseA1(cell);
    byColumn.set(col, [...(byColumn.get(col) ?? []), row + 1]);
  }
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    for (const address of cellRanges(rows, [col])) {
      edits.push({
        kind: 'conditionalFormat',
        sheet: plan.sheet,
        address,
        tag: 'overdue',
        rule: { type: 'formula', formula: '=TRUE' },
        fill: OVERDUE_FILL,
        fontColour: OVERDUE_FONT,
      });
    }
  }
  return edits;
}
