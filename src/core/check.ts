/**
 * Checking a whole workbook: every sheet that holds a plan is read and validated; the others are
 * listed as skipped with the reason. This is what the CLI, the task pane and the ribbon command call.
 */
import { readMappingOverrides } from './mapping-override';
import { readPlanSheet, type PlanSheet } from './plan-reader';
import type { WorkbookSnapshot } from './snapshot';
import type { Finding, IsoDate } from './types';
import { trackerSheetNames } from './tracker-sheets';
import { validatePlan } from './validate';

export { HISTORY_SHEET, OFSTED_SHEET, SUMMARY_SHEET, TRACKER_SHEETS } from './tracker-sheets';

export interface SheetCheck {
  plan: PlanSheet;
  findings: Finding[];
}

export interface SkippedSheet {
  sheet: string;
  reason: string;
}

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
  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const result: WorkbookCheck = { sheets: [], skipped: [] };
  // Column mappings the user corrected, saved in the tracker's state sheet.
  const overrides = readMappingOverrides(workbook);
  const trackers = trackerSheetNames(workbook);
  for (const sheet of workbook.sheets) {
    if (wanted && !wanted.includes(sheet.name.toLowerCase())) {
      result.skipped.push({ sheet: sheet.name, reason: 'not selected with --sheet' });
      continue;
    }
    if (trackers.has(sheet.name)) {
      result.skipped.push({ sheet: sheet.name, reason: "Plan Tracker's own sheet" });
      continue;
    }
    const read = readPlanSheet(sheet, overrides[sheet.name]);
    if (!read.ok) {
      result.skipped.push({ sheet: sheet.name, reason: read.reason });
      continue;
    }
    result.sheets.push({ plan: read.plan, findings: validatePlan(read.plan, sheet, { asOf: options.asOf }) });
  }
  return result;
}

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
