/**
 * Which sheets of a workbook hold the plan, read as plans. Every surface asks here — `validate`,
 * `summary` and `flag` on the command line, the pane's Check, Structure, Summary and Ofsted views and
 * the ribbon's refresh — so they agree on it:
 * - the tracker's own sheets (`trackerSheetNames`) are never a plan;
 * - a hidden sheet is skipped (an archived copy of last year's plan, say) unless it is asked for by name;
 * - the column mapping the user corrected for a sheet, and the council's status words, both saved in the
 *   workbook, are applied (status words given on the command line go over the saved ones);
 * - sheets with the same header are one plan kept over several sheets (one sheet per priority), unless
 *   their numbering restarts (most refs of a sheet already used on an earlier one: a separate plan).
 */
import { readMappingOverrides } from './mapping-override';
import { readPlanSheet, type PlanSheet } from './plan-reader';
import { refKey } from './refs';
import type { WorkbookSnapshot } from './snapshot';
import { readStatusMapping, type StatusMapping } from './status-mapping';
import { trackerSheetNames } from './tracker-sheets';

export interface SkippedSheet {
  sheet: string;
  reason: string;
}

export interface PlanSheetsOptions {
  /** Only these sheets (by name, case-insensitive); a hidden sheet named here is read. */
  sheets?: string[];
  /** Status words for this run, over the ones saved in the workbook. */
  statusMapping?: StatusMapping;
}

export interface WorkbookPlans {
  /** Every sheet read as a plan, in workbook order. */
  sheets: PlanSheet[];
  /** The plans: each is one sheet, or several sheets with the same header read as one plan. */
  plans: PlanSheet[][];
  /** Every other sheet, with the reason, in workbook order. */
  skipped: SkippedSheet[];
}

export const NOT_SELECTED = 'not selected with --sheet';

/** The plan sheets of a workbook, read with the saved mappings and status words, and the sheets skipped. */
export function readWorkbookPlans(
  workbook: WorkbookSnapshot,
  options: PlanSheetsOptions = {},
): WorkbookPlans {
  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const overrides = readMappingOverrides(workbook);
  const statusMapping = { ...readStatusMapping(workbook), ...options.statusMapping };
  const trackers = trackerSheetNames(workbook);
  const sheets: PlanSheet[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of workbook.sheets) {
    const skip = (reason: string) => skipped.push({ sheet: sheet.name, reason });
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
    const read = readPlanSheet(sheet, { override: overrides[sheet.name], statusMapping });
    if (read.ok) sheets.push(read.plan);
    else skip(read.reason);
  }
  const plans = groupPlanSheets(sheets);
  for (const plan of plans) if (plan.length > 1) plan.forEach(nameImplicitTheme);
  return { sheets, plans, skipped };
}

/** The roles and their columns: sheets that share it have the same header. */
function headerShape(plan: PlanSheet): string {
  return plan.columns.map((c) => `${c.role}:${c.col}`).join(',');
}

/** True when most of a sheet's refs are already used in the plan: its numbering restarts. */
function restartsNumbering(sheet: PlanSheet, used: Set<string>): boolean {
  const refs = sheet.actions.filter((a) => a.ref !== null).map((a) => refKey(a.ref!));
  if (refs.length === 0) return false;
  return refs.filter((r) => used.has(r)).length * 2 > refs.length;
}

/** Sheets with the same header, in workbook order, as one plan each. */
export function groupPlanSheets(sheets: PlanSheet[]): PlanSheet[][] {
  if (sheets.length < 2) return sheets.map((s) => [s]);
  const plans: { shape: string; sheets: PlanSheet[]; refs: Set<string> }[] = [];
  for (const sheet of sheets) {
    const shape = headerShape(sheet);
    const plan = plans.find((p) => p.shape === shape && !restartsNumbering(sheet, p.refs));
    const refs = sheet.actions.filter((a) => a.ref !== null).map((a) => refKey(a.ref!));
    if (plan) {
      plan.sheets.push(sheet);
      for (const r of refs) plan.refs.add(r);
    } else plans.push({ shape, sheets: [sheet], refs: new Set(refs) });
  }
  return plans.map((p) => p.sheets);
}

/** In a plan over several sheets, a sheet without theme banners or a grouping column is its own theme. */
function nameImplicitTheme(sheet: PlanSheet): void {
  for (const theme of sheet.themes) {
    if (theme.row !== 0 || theme.title !== '') continue;
    theme.title = sheet.sheet;
    for (const o of theme.objectives) for (const a of o.actions) a.theme = sheet.sheet;
  }
  for (const a of sheet.actions) if (a.theme === null || a.theme === '') a.theme = sheet.sheet;
}

/**
 * The sheets of one plan as a single PlanSheet, for what works on the plan as a whole (the Ofsted
 * linking): every theme, objective and action, in sheet order. Its own sheet, header and rows are
 * those of the first sheet; `parts` holds the sheets, and each action says which sheet it is on.
 */
export function wholePlan(sheets: PlanSheet[]): PlanSheet {
  if (sheets.length === 1) return sheets[0];
  return {
    ...sheets[0],
    themes: sheets.flatMap((s) => s.themes),
    objectives: sheets.flatMap((s) => s.objectives),
    actions: sheets.flatMap((s) => s.actions),
    parts: sheets,
  };
}

/** The plan the Ofsted linking works on: the workbook's first plan, over all its sheets; null when none. */
export function firstPlan(workbook: WorkbookSnapshot): PlanSheet | null {
  const [first] = readWorkbookPlans(workbook).plans;
  return first ? wholePlan(first) : null;
}
