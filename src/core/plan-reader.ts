/**
 * Reading a sheet snapshot into a plan, in three named steps:
 * 1. classify each row under the header (plan-rows.ts: an ordered table of [kind, test]);
 * 2. build themes → objectives → actions from the classified rows (plan-tree.ts);
 * 3. fix up the objectives (an objective without a ref takes it from its actions).
 */
import { CellReader } from './action-cells';
import { detectHeader, type HeaderDetection, type MappingOverride } from './header';
import {
  classifyRows,
  deepestRefLevel,
  fillVerticalMerges,
  rowFactsReader,
  separateObjective,
  type ColumnIndex,
} from './plan-rows';
import { bannerAbove, buildTree, inheritObjectiveRefs } from './plan-tree';
import type { SheetSnapshot } from './snapshot';
import type { ClassifiedRow, ColumnMapping, Objective, PlanAction, Theme } from './types';

export interface PlanSheet {
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  columns: ColumnMapping[];
  themes: Theme[];
  /** Every action in sheet order, orphans included. */
  actions: PlanAction[];
  /** Every objective in sheet order. */
  objectives: Objective[];
  rows: ClassifiedRow[];
  /** 1-based rows of the cells that belong to the plan table (header to last plan row). */
  firstRow: number;
  lastRow: number;
}

export type ReadResult = { ok: true; plan: PlanSheet } | { ok: false; sheet: string; reason: string };

/** Column index by role, for quick lookups. */
function columnIndex(columns: ColumnMapping[]): ColumnIndex {
  const out: ColumnIndex = {};
  for (const c of columns) out[c.role] = c.col;
  return out;
}

/** Reads a sheet as a plan; `override` is a column mapping the user corrected (see detectHeader). */
export function readPlanSheet(sheet: SheetSnapshot, override?: MappingOverride): ReadResult {
  const detection = detectHeader(sheet, override);
  if (!detection) {
    return {
      ok: false,
      sheet: sheet.name,
      reason:
        'no plan header row found (looked for a row naming the objective or action, the lead, the deadline and the RAG rating)',
    };
  }
  return { ok: true, plan: buildPlan(sheet, detection) };
}

function buildPlan(sheet: SheetSnapshot, detection: HeaderDetection): PlanSheet {
  const { columns, headerRow } = detection;
  const col = columnIndex(columns);
  const grid = fillVerticalMerges(sheet);
  const end = grid.rows.length;
  const hasSeparateObjective = separateObjective(col);

  // 1. What each row is.
  const rows = classifyRows(rowFactsReader(grid, detection, col), headerRow, end, {
    deepest: deepestRefLevel(grid.rows, headerRow, end, col),
    hasSeparateObjective,
  });

  // 2. Themes → objectives → actions.
  const reader = new CellReader(col);
  const tree = buildTree(rows, {
    hasSeparateObjective,
    groupByRef: !hasSeparateObjective && !rows.some((r) => r.kind === 'objective'),
    themeAbove: bannerAbove(grid.rows, headerRow),
    readAction: (facts) =>
      reader.readAction(facts.cells, facts.index, facts.ref, facts.actionText || facts.mainText),
  });

  // 3. Objective fix-ups.
  inheritObjectiveRefs(tree.objectives);

  let lastRow = headerRow;
  for (const { facts, kind } of rows) {
    if (kind === 'header' || kind === 'theme' || kind === 'objective' || kind === 'action')
      lastRow = facts.index + 1;
  }
  return {
    sheet: sheet.name,
    headerRow,
    columns,
    themes: tree.themes,
    actions: tree.actions,
    objectives: tree.objectives,
    rows: [
      { row: headerRow, kind: 'header' },
      ...rows.map(({ facts, kind }) => ({ row: facts.index + 1, kind })),
    ],
    firstRow: headerRow,
    lastRow,
  };
}
