/**
 * Checking a whole workbook: every sheet that holds a plan is read and validated; the others are
 * listed as skipped with the reason. This is what the CLI, the task pane and the ribbon command call.
 */
import type { PlanSheet } from './plan-reader';
import { readWorkbookPlans, type SkippedSheet } from './plan-sheets';
import type { WorkbookSnapshot } from './snapshot';
import type { Finding, IsoDate } from './types';
import { validatePlan } from './validate';

export { HISTORY_SHEET, OFSTED_SHEET, SUMMARY_SHEET, TRACKER_SHEETS } from './tracker-sheets';

export interface SheetCheck {
  plan: PlanSheet;
  findings: Finding[];
}

export type { SkippedSheet } from './plan-sheets';

export interface WorkbookCheck {
  sheets: SheetCheck[];
  skipped: SkippedSheet[];
}

export interface CheckOptions {
  asOf: IsoDate;
  /** Only check these sheets (by name, case-insensitive). */
  sheets?: string[];
}

export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions): WorkbookCheck {
  const plans = readWorkbookPlans(workbook, { sheets: options.sheets });
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  return {
    sheets: plans.sheets.map((plan) => ({
      plan,
      findings: validatePlan(plan, byName.get(plan.sheet)!, { asOf: options.asOf }),
    })),
    skipped: plans.skipped,
  };
}

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
