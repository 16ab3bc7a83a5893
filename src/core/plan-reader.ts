/**
 * Reading a sheet snapshot into a plan, in three named steps:
 * 1. classify each row under the header (plan-rows.ts: an ordered table of [kind, test]);
 * 2. build themes → objectives → actions from the classified rows (plan-tree.ts);
 * 3. fix up the objectives (an objective without a ref takes it from its actions).
 */
import { CellReader } from './action-cells';
import { suggestColumns, type ColumnSuggestion } from './column-suggestions';
import { parseRange } from './address';
import { detectHeader, detectHeaderAt, type HeaderDetection, type MappingOverride } from './header';
import {
  classifyRows,
  deepestRefLevel,
  fillVerticalMerges,
  rowFactsReader,
  separateObjective,
  type ColumnIndex,
} from './plan-rows';
import { bannerAbove, buildTree, inheritObjectiveRefs } from './plan-tree';
import type { SheetSnapshot, TableSnapshot } from './snapshot';
import type { StatusMapping } from './status-mapping';
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
  /**
   * For each of the deadline, lead and RAG that the header does not name, the column that most likely
   * holds it, judged from its cells (none when nothing fits).
   */
  suggestions: ColumnSuggestion[];
  /** The Excel table (ListObject) the plan was read through, when it is kept in one. */
  table?: string;
  /**
   * For a plan kept over several sheets and taken as a whole (plan-sheets.ts `wholePlan`): its sheets.
   * Each action's `sheet` says where it is; `sheet`, `headerRow`, `columns` and `rows` are the first sheet's.
   */
  parts?: PlanSheet[];
}

export interface ReadOptions {
  /** A column mapping the user corrected (see detectHeader). */
  override?: MappingOverride;
  /** The council's own status words, over the defaults. */
  statusMapping?: StatusMapping;
}

/** Where the plan is: its header, and the rows under it that are read (up to `end`, exclusive). */
interface PlanBounds {
  detection: HeaderDetection;
  end: number;
  table?: string;
}

export type ReadResult = { ok: true; plan: PlanSheet } | { ok: false; sheet: string; reason: string };

/** Column index by role, for quick lookups. */
function columnIndex(columns: ColumnMapping[]): ColumnIndex {
  const out: ColumnIndex = {};
  for (const c of columns) out[c.role] = c.col;
  return out;
}

/**
 * A plan kept in an Excel table is read through the table: its header row is the header, its total row
 * is left out, and nothing below or above it is read. Null when no table on the sheet holds a plan.
 */
function tableBounds(sheet: SheetSnapshot, override?: MappingOverride): PlanBounds | null {
  for (const t of sheet.tables ?? ([] as TableSnapshot[])) {
    if (!t.hasHeaderRow) continue;
    const range = parseRange(t.range);
    const detection = detectHeaderAt(sheet, range.top, override);
    if (detection) return { detection, end: range.bottom + 1 - (t.hasTotalRow ? 1 : 0), table: t.name };
  }
  return null;
}

/** Reads a sheet as a plan, with the user's corrected mapping and status words when there are any. */
export function readPlanSheet(sheet: SheetSnapshot, options: ReadOptions | MappingOverride = {}): ReadResult {
  const { override, statusMapping } = readOptions(options);
  const inTable = tableBounds(sheet, override);
  const detection = inTable?.detection ?? detectHeader(sheet, override);
  if (!detection) {
    return {
      ok: false,
      sheet: sheet.name,
      reason:
        'no plan header row found (looked for a row naming the objective or action, the lead, the deadline and the RAG rating)',
    };
  }
  const bounds = inTable ?? { detection, end: sheet.rows.length };
  return { ok: true, plan: buildPlan(sheet, bounds, statusMapping) };
}

/** Callers that predate ReadOptions pass the override itself. */
function readOptions(options: ReadOptions | MappingOverride): ReadOptions {
  return 'override' in options || 'statusMapping' in options
    ? (options as ReadOptions)
    : { override: options as MappingOverride };
}

function buildPlan(sheet: SheetSnapshot, bounds: PlanBounds, statusMapping?: StatusMapping): PlanSheet {
  const { detection, end } = bounds;
  const { columns, headerRow } = detection;
  const col = columnIndex(columns);
  const grid = fillVerticalMerges(sheet);
  const hasSeparateObjective = separateObjective(col);

  // 1. What each row is.
  const rows = classifyRows(rowFactsReader(grid, detection, col), headerRow, end, {
    deepest: deepestRefLevel(grid.rows, headerRow, end, col),
    hasSeparateObjective,
  });

  // 2. Themes → objectives → actions.
  const reader = new CellReader(col, {
    sheet: sheet.name,
    statusMapping,
    hiddenRows: new Set(sheet.hiddenRows ?? []),
  });
  const tree = buildTree(rows, {
    hasSeparateObjective,
    groupByRef: !hasSeparateObjective && !rows.some((r) => r.kind === 'objective'),
    themeAbove: bannerAbove(grid.rows, headerRow),
    readAction: (facts) => reader.readAction(facts, facts.actionText || facts.mainText),
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
    suggestions: suggestColumns(
      grid.rows,
      headerRow - 1,
      columns,
      tree.actions.map((a) => a.row - 1),
      statusMapping,
    ),
    ...(bounds.table ? { table: bounds.table } : {}),
  };
}
