/** The machine-readable report of a check (the shape `plan-tracker validate --json` prints). */
import { columnLetter } from './address';
import type { WorkbookCheck } from './check';
import type { ColumnRole, Deadline, Rating, Severity } from './types';

export interface ActionJson {
  ref: string | null;
  row: number;
  objective: string | null;
  leads: string[];
  deadline: Pick<Deadline, 'text' | 'kind' | 'due' | 'milestones'>;
  actionRag: Rating;
  impactRag: Rating;
  ofsted: boolean;
}

export interface SheetJson {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<ColumnRole, string>>;
  counts: { themes: number; objectives: number; actions: number };
  actions: ActionJson[];
  findings: { rule: string; severity: Severity; cell: string; ref: string | null; message: string }[];
}

export interface FileJson {
  file: string;
  sheets: SheetJson[];
  skipped: { sheet: string; reason: string }[];
}

export function checkToJson(file: string, check: WorkbookCheck): FileJson {
  return {
    file,
    sheets: check.sheets.map(({ plan, findings }) => ({
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      columns: Object.fromEntries(plan.columns.map((c) => [c.role, columnLetter(c.col)])),
      counts: {
        themes: plan.themes.filter((t) => t.row > 0).length,
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
        ofsted: a.ofsted,
      })),
      findings: findings.map(({ rule, severity, cell, ref, message }) => ({
        rule,
        severity,
        cell,
        ref,
        message,
      })),
    })),
    skipped: check.skipped,
  };
}
