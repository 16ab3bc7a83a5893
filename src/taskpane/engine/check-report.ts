/**
 * What the Check view shows, worked out from one read of the workbook, as plain data that can cross
 * from a Web Worker: per plan sheet, the findings to fix before the board (what is wrong in the sheet),
 * the fixes on offer, where the plan stands (overdue, due soon, not started), and what the column
 * mapping editor needs. Pure: snapshot in, report out.
 */
import { columnLetter } from '../../core/address';
import { checkWorkbook, countBySeverity, type SkippedSheet } from '../../core/check';
import { fixesFor, type Fix } from '../../core/fixes';
import { readMappingOverrides, type MappingOverride } from '../../core/mapping-override';
import type { PlanSheet } from '../../core/plan-reader';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { DEFAULT_DUE_SOON_DAYS, planStanding, type PlanStanding } from '../../core/standing';
import type { ColumnMapping, Finding, IsoDate, RuleId, Severity } from '../../core/types';
import { RULES } from '../../core/validate';

/** Rules about where the plan stands rather than what is wrong in the sheet: listed apart. */
export const STANDING_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['overdue']);

/** No more columns than this are offered (a stray cell far to the right should not make a huge list). */
const MAX_COLUMNS = 104;

export interface ColumnOption {
  letter: string;
  /** 'A · Ref', or 'C (blank header)'. */
  label: string;
}

export interface SheetReport {
  sheet: string;
  headerRow: number;
  counts: { themes: number; objectives: number; actions: number };
  columns: ColumnMapping[];
  /** The columns the mapping editor offers. */
  columnOptions: ColumnOption[];
  /** The corrected mapping saved in the workbook for this sheet, if any. */
  savedMapping: MappingOverride | null;
  /** What to fix before the board: every finding except those about where the plan stands. */
  findings: Finding[];
  /** One-line explanation of each rule that has a finding here (shown under its group). */
  ruleNotes: Partial<Record<RuleId, string>>;
  fixes: Fix[];
  standing: PlanStanding;
}

export interface CheckReport {
  asOf: IsoDate;
  dueSoonDays: number;
  sheets: SheetReport[];
  skipped: SkippedSheet[];
  /** Findings to fix, by severity, over every plan sheet. */
  totals: Record<Severity, number>;
}

function cellText(cell: CellSnapshot | undefined): string {
  if (!cell || cell.error) return '';
  if (cell.text !== '') return cell.text.trim();
  return typeof cell.value === 'string' ? cell.value.trim() : '';
}

/** The columns on offer: 'A · Ref', 'B · Objective', … ('C (blank header)' for a column with no header). */
export function columnOptions(plan: PlanSheet, sheet: SheetSnapshot | undefined): ColumnOption[] {
  const header = sheet?.rows[plan.headerRow - 1] ?? [];
  let width = header.length;
  for (const row of sheet?.rows ?? []) width = Math.max(width, row?.length ?? 0);
  for (const c of plan.columns) width = Math.max(width, c.col + 1);
  width = Math.min(width, Math.max(MAX_COLUMNS, ...plan.columns.map((c) => c.col + 1)));
  const out: ColumnOption[] = [];
  for (let col = 0; col < width; col++) {
    const letter = columnLetter(col);
    const text = cellText(header[col]).replace(/\s+/g, ' ');
    out.push({ letter, label: text ? `${letter} · ${text}` : `${letter} (blank header)` });
  }
  return out;
}

export interface CheckReportOptions {
  asOf: IsoDate;
  dueSoonDays?: number;
}

export function checkReport(
  workbook: WorkbookSnapshot,
  { asOf, dueSoonDays = DEFAULT_DUE_SOON_DAYS }: CheckReportOptions,
): CheckReport {
  const result = checkWorkbook(workbook, { asOf });
  const saved = readMappingOverrides(workbook);
  const sheets = result.sheets.map((sheetCheck): SheetReport => {
    const { plan } = sheetCheck;
    const sheet = workbook.sheets.find((s) => s.name === plan.sheet);
    const findings = sheetCheck.findings.filter((f) => !STANDING_RULES.has(f.rule));
    const ruleNotes: SheetReport['ruleNotes'] = {};
    for (const f of findings) ruleNotes[f.rule] ??= RULES[f.rule].summary;
    return {
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      counts: {
        themes: plan.themes.filter((t) => t.row > 0).length,
        objectives: plan.objectives.length,
        actions: plan.actions.length,
      },
      columns: plan.columns,
      columnOptions: columnOptions(plan, sheet),
      savedMapping: saved[plan.sheet] ?? null,
      findings,
      ruleNotes,
      fixes: sheet ? fixesFor({ plan, findings }, sheet) : [],
      standing: planStanding(plan, sheet, asOf, dueSoonDays),
    };
  });
  return {
    asOf,
    dueSoonDays,
    sheets,
    skipped: result.skipped,
    totals: countBySeverity(sheets.flatMap((s) => s.findings)),
  };
}
