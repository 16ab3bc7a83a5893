/**
 * Builds the Ofsted evaluation sets' plans (tests/ofsted/eval and tests/ofsted/eval2, one data file per
 * plan) as .xlsx workbooks, each laid out as its plan says: title rows, theme banners or grouping columns,
 * a repeated header, one sheet per priority, an Excel table, ratings as words, words on fills or fills alone.
 *
 * Nothing built here is committed: tests and the benchmark call buildEvalPlans (the first set) or
 * buildEval2Plans (the second) with a temporary directory. With `explicitLinks: false` the plans are built
 * without their explicit links (the Ofsted ref column and the `*` markers), so that a matcher can be
 * measured on wording alone.
 *
 * Usage: npx tsx scripts/build-eval-plans.ts <outDir> [--no-explicit-links] [--second-set]
 */
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  EVAL_PLANS,
  type EvalAction,
  type EvalColumn,
  type EvalLayout,
  type EvalObjective,
  type EvalPlan,
  type EvalTheme,
} from '../tests/ofsted/eval';
import { EVAL2_PLANS } from '../tests/ofsted/eval2';
import { RAG_FILL, WRAP_TOP, solidFill, type RagColour } from './lib/xlsx-style';

export interface EvalBuildOptions {
  /** Keep the plans' explicit links: the Ofsted ref column and the `*` markers. Default true. */
  explicitLinks?: boolean;
}

export interface BuiltEvalPlan {
  id: string;
  report: string;
  path: string;
}

const BANNER_FILL = 'FF1F4E78';
const HEADER_FILL = 'FFD9E1F2';
const DATE_FORMAT = 'dd/mm/yyyy';
const BUILDER = 'Plan Tracker (scripts/build-eval-plans.ts)';

/**
 * The status words a plan officer would colour, and their colour (= the rating they stand for); other
 * words (Amber/Green) stay unfilled. tests/ofsted/eval-score.ts rates the plan model by the same table.
 */
export const STATUS_COLOUR: Record<string, RagColour> = {
  red: 'red',
  'off track': 'red',
  amber: 'amber',
  'at risk': 'amber',
  green: 'green',
  'on track': 'green',
  blue: 'blue',
  complete: 'blue',
  completed: 'blue',
};

/** The plan's columns as built: the Ofsted ref column goes when explicit links are left out. */
export function evalColumns(plan: EvalPlan, options: EvalBuildOptions = {}): EvalColumn[] {
  const explicit = options.explicitLinks ?? true;
  return plan.layout.columns.filter((c) => explicit || c.field !== 'ofstedRef');
}

/** The text an action shows in its action column (with its `*` marker when explicit links are kept). */
export function actionCellText(action: EvalAction, options: EvalBuildOptions = {}): string {
  const explicit = options.explicitLinks ?? true;
  return explicit && action.marked ? `* ${action.text}` : action.text;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

interface RowContext {
  theme: EvalTheme;
  objective: EvalObjective;
  action: EvalAction;
}

function actionValue(column: EvalColumn, row: RowContext, options: EvalBuildOptions): ExcelJS.CellValue {
  const { theme, objective, action } = row;
  switch (column.field) {
    case 'ref':
      return action.ref;
    case 'theme':
      return theme.title;
    case 'objective':
      return blankToNull(objective.text);
    case 'action':
    case 'objectiveAndAction':
      return actionCellText(action, options);
    case 'lead':
      return blankToNull(action.lead);
    case 'due':
      return typeof action.due === 'string' ? blankToNull(action.due) : utcDate(action.due.date);
    case 'status':
      return blankToNull(action.status);
    case 'impact':
      return blankToNull(action.impact);
    case 'progress':
      return blankToNull(action.progress);
    case 'measure':
      return blankToNull(action.measure);
    case 'area':
      return blankToNull(action.area);
    case 'framework':
      return blankToNull(action.framework);
    case 'percent':
      return action.percent === undefined ? null : action.percent / 100;
    case 'ofstedRef':
      return blankToNull(action.ofstedRef);
  }
}

/** Formats, fills and wrapping for one written action cell. */
function styleActionCell(cell: ExcelJS.Cell, column: EvalColumn, layout: EvalLayout): void {
  cell.alignment = WRAP_TOP;
  if (column.field === 'ref') cell.numFmt = '@';
  if (column.field === 'due' && cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
  if (column.field === 'percent') cell.numFmt = '0%';
  const rated = column.field === 'status' || column.field === 'impact';
  const style = layout.statusStyle ?? 'text';
  if (!rated || style === 'text' || typeof cell.value !== 'string') return;
  const colour = STATUS_COLOUR[cell.value.trim().toLowerCase()];
  if (colour) cell.fill = solidFill(RAG_FILL[colour]);
  if (style === 'fill-only') cell.value = null;
}

function writeHeader(ws: ExcelJS.Worksheet, r: number, columns: EvalColumn[]): void {
  columns.forEach((column, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = column.header === '' ? null : column.header;
    c.font = { bold: true };
    c.fill = solidFill(HEADER_FILL);
    c.alignment = WRAP_TOP;
  });
}

/** Title rows and notes, then a blank row; returns the next free row. */
function writeTitles(ws: ExcelJS.Worksheet, titles: string[], notes: string[]): number {
  let r = 1;
  titles.forEach((t, i) => {
    const c = ws.getCell(r++, 1);
    c.value = t;
    c.font = i === 0 ? { bold: true, size: 14 } : { bold: i === 1 };
  });
  for (const n of notes) {
    const c = ws.getCell(r++, 1);
    c.value = n;
    c.font = { italic: true };
  }
  return r + 1;
}

/** Excel grows a wrapped row when someone types into it; ExcelJS does not, so set a height from the text. */
function fitRowHeight(ws: ExcelJS.Worksheet, r: number, columns: EvalColumn[]): void {
  const lines = columns.map((column, i) => {
    const value = ws.getCell(r, i + 1).value;
    return typeof value === 'string' ? Math.ceil((value.length * 1.1) / column.width) : 1;
  });
  ws.getRow(r).height = 15 * Math.max(1, ...lines);
}

function writeActionRow(
  ws: ExcelJS.Worksheet,
  r: number,
  columns: EvalColumn[],
  row: RowContext,
  layout: EvalLayout,
  options: EvalBuildOptions,
): void {
  columns.forEach((column, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = actionValue(column, row, options);
    styleActionCell(c, column, layout);
  });
  fitRowHeight(ws, r, columns);
}

/** Banner rows over objective rows over actions (the Walsall manner). */
function writeBannerPlan(
  ws: ExcelJS.Worksheet,
  plan: EvalPlan,
  columns: EvalColumn[],
  first: number,
  options: EvalBuildOptions,
): void {
  const { layout } = plan;
  const textColumn =
    columns.findIndex((c) => ['objectiveAndAction', 'action', 'objective'].includes(c.field)) + 1;
  const refColumn = columns.findIndex((c) => c.field === 'ref') + 1;
  let r = first;
  if (!layout.repeatHeader) writeHeader(ws, r++, columns);
  for (const theme of plan.themes) {
    const banner = ws.getCell(r, 1);
    banner.value = theme.title;
    banner.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    banner.fill = solidFill(BANNER_FILL);
    ws.mergeCells(r, 1, r, columns.length);
    r++;
    if (layout.repeatHeader) writeHeader(ws, r++, columns);
    for (const objective of theme.objectives) {
      if (objective.text !== '') {
        if (objective.ref !== undefined) {
          ws.getCell(r, refColumn).value = objective.ref;
          ws.getCell(r, refColumn).numFmt = '@';
        }
        ws.getCell(r, textColumn).value = objective.text;
        ws.getRow(r).font = { bold: true };
        r++;
      }
      for (const action of objective.actions)
        writeActionRow(ws, r++, columns, { theme, objective, action }, layout, options);
    }
  }
}

/** One row per action under one header; in an Excel table when the layout says so. */
function writeFlatPlan(
  ws: ExcelJS.Worksheet,
  plan: EvalPlan,
  themes: EvalTheme[],
  columns: EvalColumn[],
  headerRow: number,
  options: EvalBuildOptions,
): void {
  const { layout } = plan;
  const rows: RowContext[] = themes.flatMap((theme) =>
    theme.objectives.flatMap((objective) =>
      objective.actions.map((action) => ({ theme, objective, action })),
    ),
  );
  if (layout.table !== undefined) {
    ws.addTable({
      name: layout.table,
      ref: ws.getCell(headerRow, 1).address,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows.map((row) => columns.map((c) => actionValue(c, row, options))),
    });
    rows.forEach((_, i) => {
      const r = headerRow + 1 + i;
      columns.forEach((c, j) => styleActionCell(ws.getCell(r, j + 1), c, layout));
      fitRowHeight(ws, r, columns);
    });
  } else {
    writeHeader(ws, headerRow, columns);
    rows.forEach((row, i) => writeActionRow(ws, headerRow + 1 + i, columns, row, layout, options));
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
}

function addPlanSheet(wb: ExcelJS.Workbook, name: string, columns: EvalColumn[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ width: c.width }));
  return ws;
}

function addExtraSheets(wb: ExcelJS.Workbook, layout: EvalLayout, before: boolean): void {
  for (const sheet of layout.extraSheets ?? []) {
    if ((sheet.before ?? false) !== before) continue;
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, i) => {
      ws.getRow(i + 1).values = cells;
    });
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => {
      c.width = 30;
    });
  }
}

/** The plan as a workbook, laid out as its layout says. */
export function buildEvalWorkbook(plan: EvalPlan, options: EvalBuildOptions = {}): ExcelJS.Workbook {
  const { layout } = plan;
  const columns = evalColumns(plan, options);
  const wb = new ExcelJS.Workbook();
  wb.creator = BUILDER;
  wb.lastModifiedBy = BUILDER;
  wb.created = utcDate(plan.updated);
  wb.modified = utcDate(plan.updated);
  addExtraSheets(wb, layout, true);
  if (layout.sheets === 'per-theme') {
    for (const theme of plan.themes) {
      const ws = addPlanSheet(wb, theme.sheet ?? theme.title.slice(0, 31), columns);
      const headerRow = writeTitles(ws, [...layout.titleRows, theme.title], layout.notes ?? []);
      writeFlatPlan(ws, plan, [theme], columns, headerRow, options);
    }
  } else {
    const ws = addPlanSheet(wb, layout.sheetName ?? 'Plan', columns);
    const first = writeTitles(ws, layout.titleRows, layout.notes ?? []);
    if (layout.rows === 'banners') writeBannerPlan(ws, plan, columns, first, options);
    else writeFlatPlan(ws, plan, plan.themes, columns, first, options);
  }
  addExtraSheets(wb, layout, false);
  return wb;
}

/** Writes each plan into outDir (created if missing) as `<id>.xlsx`. */
async function writeEvalPlans(
  plans: readonly EvalPlan[],
  outDir: string,
  options: EvalBuildOptions,
): Promise<BuiltEvalPlan[]> {
  await mkdir(outDir, { recursive: true });
  const built: BuiltEvalPlan[] = [];
  for (const plan of plans) {
    const path = join(outDir, `${plan.id}.xlsx`);
    await buildEvalWorkbook(plan, options).xlsx.writeFile(path);
    built.push({ id: plan.id, report: plan.report, path });
  }
  return built;
}

/** Writes every plan of the (first) evaluation set into outDir (created if missing) as `<id>.xlsx`. */
export function buildEvalPlans(outDir: string, options: EvalBuildOptions = {}): Promise<BuiltEvalPlan[]> {
  return writeEvalPlans(EVAL_PLANS, outDir, options);
}

/** Writes every plan of the second evaluation set (tests/ofsted/eval2) into outDir, the same way. */
export function buildEval2Plans(outDir: string, options: EvalBuildOptions = {}): Promise<BuiltEvalPlan[]> {
  return writeEvalPlans(EVAL2_PLANS, outDir, options);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (outDir === undefined) {
    console.error('usage: npx tsx scripts/build-eval-plans.ts <outDir> [--no-explicit-links] [--second-set]');
    process.exitCode = 2;
  } else {
    const build = args.includes('--second-set') ? buildEval2Plans : buildEvalPlans;
    build(resolve(outDir), { explicitLinks: !args.includes('--no-explicit-links') }).then(
      (plans) => {
        for (const p of plans) console.log(`wrote ${p.path} (answers ${p.report})`);
      },
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  }
}
