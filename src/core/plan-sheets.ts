/**
 * Which sheets of a workbook hold the plan, read as plans. Every surface asks here — `validate`,
 * `summary` and `flag` on the command line, the pane's Check, Structure, Summary and Ofsted views and
 * the ribbon's refresh — so they agree on it:
 * - the tracker's own sheets (`trackerSheetNames`) are never a plan;
 * - a hidden sheet is skipped (an archived copy of last year's plan, say) unless it is asked for by name;
 * - the column mapping the user corrected for a sheet (saved in the workbook) is applied;
 * - sheets with the same header are one plan kept over several sheets (one sheet per priority).
 */
import { readMappingOverrides } from './mapping-override';
import { readPlanSheet, type PlanSheet } from './plan-reader';
import type { WorkbookSnapshot } from './snapshot';
import { trackerSheetNames } from './tracker-sheets';

export interface SkippedSheet {
  sheet: string;
  reason: string;
}

export interface PlanSheetsOptions {
  /** Only these sheets (by name, case-insensitive); a hidden sheet named here is read. */
  sheets?: string[];
}

export interface WorkbookPlans {
  /** Every sheet read as a plan, in workbook order. */
  sheets: PlanSheet[];
  /** Every other sheet, with the reason, in workbook order. */
  skipped: SkippedSheet[];
}

export const NOT_SELECTED = 'not selected with --sheet';

/** The plan sheets of a workbook, read with the user's corrected mappings, and the sheets skipped. */
export function readWorkbookPlans(
  workbook: WorkbookSnapshot,
  options: PlanSheetsOptions = {},
): WorkbookPlans {
  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const overrides = readMappingOverrides(workbook);
  const trackers = trackerSheetNames(workbook);
  const result: WorkbookPlans = { sheets: [], skipped: [] };
  for (const sheet of workbook.sheets) {
    const skip = (reason: string) => result.skipped.push({ sheet: sheet.name, reason });
    if (wanted && !wanted.includes(sheet.name.toLowerCase())) {
      skip(NOT_SELECTED);
      continue;
    }
    if (trackers.has(sheet.name)) {
      skip("Plan Tracker's own sheet");
      continue;
    }
    if (sheet.hidden && !wanted) {
      skip('hidden sheet (name it with --sheet to check it)');
      continue;
    }
    const read = readPlanSheet(sheet, overrides[sheet.name]);
    if (read.ok) result.sheets.push(read.plan);
    else skip(read.reason);
  }
  return result;
}

/**
 * The plan the Ofsted linking works on: the workbook's first plan, or null when there is none.
 */
export function firstPlan(workbook: WorkbookSnapshot): PlanSheet | null {
  return readWorkbookPlans(workbook).sheets[0] ?? null;
}
