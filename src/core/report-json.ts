/** The machine-readable report of a check (the shape `plan-tracker validate --json` prints). */
import { columnLetter } from './address';
import type { WorkbookCheck } from './check';
import type { PlanSheet } from './plan-reader';
import type { ColumnRole, Deadline, Rating, Severity } from './types';

export interface ActionJson {
  ref: string | null;
  row: number;
  objective: string | null;
  leads: string[];
  deadline: Pick<Deadline, 'text' | 'kind' | 'due' | 'milestones'>;
  actionRag: Rating;
  impactRag: Rating;
  /** The % complete column (0–100, or null when blank), when the plan has one. */
  percentComplete?: number | null;
  ofsted: boolean;
  /** The Ofsted area column's text, when the plan has one. */
  ofstedArea?: string;
  /** True when the action's row is hidden (filtered out): it is still counted. */
  hidden?: true;
}

export interface SheetJson {
  sheet: string;
  headerRow: number;
  /** The Excel table the plan was read through, when it is kept in one. */
  table?: string;
  columns: Partial<Record<ColumnRole, string>>;
  counts: { themes: number; objectives: number; actions: number };
  actions: ActionJson[];
  findings: { rule: string; severity: Severity; cell: string; ref: string | null; message: string }[];
}

export interface FileJson {
  file: string;
  sheets: SheetJson[];
  /** The sheets of each plan; several when one plan is kept over several sheets. */
  plans: string[][];
  skipped: { sheet: string; reason: string }[];
}

function has(plan: PlanSheet, role: ColumnRole): boolean {
  return plan.columns.some((c) => c.role === role);
}

export function checkToJson(file: string, check: WorkbookCheck): FileJson {
  return {
    file,
    sheets: check.sheets.map(({ plan, findings }) => ({
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      ...(plan.table ? { table: plan.table } : {}),
      columns: Object.fromEntries(plan.columns.map((c) => [c.role, columnLetter(c.col)])),
      counts: {
        // Banners and grouping-column values, or the sheet itself in a plan over several sheets.
        themes: plan.themes.filter((t) => t.row > 0 || t.title !== '').length,
        objectives: plan.objectives.length,
        actions: plan.actions.length,
      },
      actions: plan.actions.map((a) => ({
        ref: a.ref,
        row: a.row,
        objective: a.objectiveRef,
        leads: a.leads,
        deadline: {
          text: a.deadline.text,
          kind: a.deadline.kind,
          due: a.deadline.due,
          milestones: a.deadline.milestones,
        },
        actionRag: a.actionRag.rating,
        impactRag: a.impactRag.rating,
        ...(has(plan, 'percentComplete') ? { percentComplete: a.percentComplete } : {}),
        ofsted: a.ofsted,
        ...(has(plan, 'ofstedArea') ? { ofstedArea: a.ofstedArea } : {}),
        ...(a.hidden ? { hidden: true as const } : {}),
      })),
      findings: findings.map(({ rule, severity, cell, ref, message }) => ({
        rule,
        severity,
        cell,
        ref,
        message,
      })),
    })),
    plans: check.plans,
    skipped: check.skipped,
  };
}
