/** Turning the cells of action rows into as few A1 ranges as possible, never reaching other rows. */
import { columnLetter } from '../address';
import type { PlanSheet } from '../plan-reader';
import type { ColumnRole } from '../types';

/** Runs of consecutive numbers: [8, 9, 10, 14] → [[8, 10], [14, 14]]. Input in any order, duplicates allowed. */
export function runs(numbers: number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** 'F8:G10', or 'G7' for a single cell. Rows are 1-based, columns 0-based. */
export function rangeAddress(top: number, bottom: number, left: number, right: number): string {
  const from = `${columnLetter(left)}${top}`;
  const to = `${columnLetter(right)}${bottom}`;
  return from === to ? from : `${from}:${to}`;
}

/** The 0-based columns of these roles in the plan (those it has), sorted. */
export function roleColumns(plan: PlanSheet, roles: ColumnRole[]): number[] {
  return plan.columns
    .filter((c) => roles.includes(c.role))
    .map((c) => c.col)
    .sort((a, b) => a - b);
}

/**
 * The ranges covering exactly the given columns of the given rows: consecutive rows and adjacent
 * columns are grouped, row blocks first (top to bottom), then column blocks (left to right).
 */
export function cellRanges(rows: number[], cols: number[]): string[] {
  const out: string[] = [];
  const colRuns = runs(cols);
  for (const [top, bottom] of runs(rows)) {
    for (const [left, right] of colRuns) out.push(rangeAddress(top, bottom, left, right));
  }
  return out;
}

/** The ranges of the cells of these roles on every action row of the plan. */
export function actionRanges(plan: PlanSheet, roles: ColumnRole[]): string[] {
  const cols = roleColumns(plan, roles);
  if (cols.length === 0) return [];
  return cellRanges(
    plan.actions.map((a) => a.row),
    cols,
  );
}
