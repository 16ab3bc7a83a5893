/**
 * Checking a whole workbook: every sheet that holds a plan is read and validated; the others are
 * listed as skipped with the reason. This is what the CLI, the task pane and the ribbon command call.
 */
import type { PlanSheet } from './plan-reader';
import { readWorkbookPlans, type SkippedSheet } from './plan-sheets';
import type { WorkbookSnapshot } from './snapshot';
import type { Finding, IsoDate } from './types';
import type { StatusMapping } from './status-mapping';
import { crossSheetFindings, inSheetOrder, validatePlan } from './validate';

export { HISTORY_SHEET, OFSTED_SHEET, SUMMARY_SHEET, TRACKER_SHEETS } from './tracker-sheets';

export interface SheetCheck {
  plan: PlanSheet;
  findings: Finding[];
}

export type { SkippedSheet } from './plan-sheets';

export interface WorkbookCheck {
  sheets: SheetCheck[];
  /** The names of the sheets of each plan: several when a plan is kept over several sheets. */
  plans: string[][];
  skipped: SkippedSheet[];
}

export interface CheckOptions {
  asOf: IsoDate;
  /** Only check these sheets (by name, case-insensitive). */
  sheets?: string[];
  /** Status words for this run (the CLI's --status), over the ones saved in the workbook. */
  statusMapping?: StatusMapping;
}

export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions): WorkbookCheck {
  const plans = readWorkbookPlans(workbook, { sheets: options.sheets, statusMapping: options.statusMapping });
  const byName = new Map(workbook.sheets.map((s) => [s.name, s]));
  // A plan over several sheets: refs are unique across its sheets, and its numbering carries on.
  const across = new Map<string, Finding[]>();
  const later = new Set<string>();
  for (const plan of plans.plans) {
    if (plan.length < 2) continue;
    for (const [sheet, found] of crossSheetFindings(plan)) across.set(sheet, found);
    for (const sheet of plan.slice(1)) later.add(sheet.sheet);
  }
  return {
    sheets: plans.sheets.map((plan) => {
      const findings = validatePlan(plan, byName.get(plan.sheet)!, {
        asOf: options.asOf,
        carriesOnNumbering: later.has(plan.sheet),
      });
      const more = across.get(plan.sheet);
      return { plan, findings: more ? inSheetOrder([...findings, ...more]) : findings };
    }),
    plans: plans.plans.map((p) => p.map((s) => s.sheet)),
    skipped: plans.skipped,
  };
}

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
