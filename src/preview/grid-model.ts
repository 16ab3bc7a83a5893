/**
 * What the preview's grid draws for one sheet, worked out next to the workbook (in the preview's
 * worker) and sent to the page as plain data: each cell's text as Excel would show it (number formats
 * applied), its look (fill and font, with the sheet's conditional formats applied: the tracker's RAG
 * colours, overdue marks and Ofsted highlights, and simple rules of the user's own), a mark on cells
 * with a drop-down list, merges, column widths and the frozen rows.
 */
import type ExcelJS from 'exceljs';
import { a1, parseRange } from '../core/address';
import { isDateFormat, isoToSerial, todayIso } from '../core/dates';
import { colourToHex, type ExcelColour } from '../xlsx/colours';
import { formatNumber } from '../xlsx/read/number-format';
import { snapshotCell } from '../xlsx/snapshot-from-exceljs';
import { compileFormula, type Value } from './formula';

/** Rows the grid can show (a plan of 5,000 actions has about 5,600). */
export const MAX_GRID_ROWS = 20_000;
export const MAX_GRID_COLUMNS = 40;

export interface CellLook {
  fill?: string;
  colour?: string;
  bold?: boolean;
  italic?: boolean;
  /** The cell offers a drop-down list (data validation); its choices. */
  list?: string;
  /** A conditional format coloured the cell. */
  conditional?: boolean;
}

export interface GridModel {
  sheet: string;
  /** The visible sheets, in order, for the sheet tabs. */
  sheets: string[];
  rowCount: number;
  colCount: number;
  /** Column widths in pixels. */
  widths: number[];
  /** What each cell shows ('' for empty), row by row: text[r * colCount + c]. Rows past the last used one are left out. */
  text: string[];
  /** The distinct looks of the sheet's cells. */
  styles: CellLook[];
  /**
   * Each cell's look, row by row: styles[looks[r * colCount + c] - 1], 0 for none. (Flat arrays rather
   * than an object per cell: a sheet of thousands of rows crosses from the worker to the page quickly.)
   */
  looks: Int32Array;
  merges: string[];
  frozenRows: number;
}

type Rule = {
  type?: string;
  priority?: number;
  formulae?: unknown[];
  operator?: string;
  text?: string;
  style?: {
    fill?: { fgColor?: ExcelColour; bgColor?: ExcelColour };
    font?: { color?: ExcelColour; bold?: boolean };
  };
};

function ruleFill(rule: Rule): string | undefined {
  // In a conditional format's style the fill colour is the background colour; the tracker writes both.
  return colourToHex(rule.style?.fill?.bgColor) ?? colourToHex(rule.style?.fill?.fgColor);
}

function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): Value {
  if (row < 0 || col < 0) return null;
  const cell = ws.findRow(row + 1)?.findCell(col + 1);
  if (!cell) return null;
  const snap = snapshotCell(cell.isMerged && cell.master !== cell ? cell.master : cell);
  if (!snap || snap.error) return null;
  return snap.value === '' ? null : snap.value;
}

/** A rule type other than a formula, as the same test. */
function ruleTest(rule: Rule, topLeft: string): string | null {
  const f = (i: number) => String(rule.formulae?.[i] ?? '');
  switch (rule.type) {
    case 'expression':
      return f(0) || null;
    case 'containsText': {
      const needle = `"${String(rule.text ?? '').replace(/"/g, '""')}"`;
      switch (rule.operator) {
        case 'containsText':
          return `ISNUMBER(SEARCH(${needle},${topLeft}))`;
        case 'notContains':
          return `NOT(ISNUMBER(SEARCH(${needle},${topLeft})))`;
        case 'beginsWith':
          return `LEFT(${topLeft},LEN(${needle}))=${needle}`;
        case 'endsWith':
          return `RIGHT(${topLeft},LEN(${needle}))=${needle}`;
      }
      return null;
    }
    case 'cellIs': {
      const ops: Record<string, string> = {
        equal: '=',
        notEqual: '<>',
        greaterThan: '>',
        lessThan: '<',
        greaterThanOrEqual: '>=',
        lessThanOrEqual: '<=',
      };
      if (rule.operator === 'between') return `AND(${topLeft}>=${f(0)},${topLeft}<=${f(1)})`;
      if (rule.operator === 'notBetween') return `OR(${topLeft}<${f(0)},${topLeft}>${f(1)})`;
      const op = ops[rule.operator ?? ''];
      return op ? `${topLeft}${op}${f(0)}` : null;
    }
    default:
      return null; // data bars, colour scales, icon sets: not drawn
  }
}

/** The conditional formats of the sheet, applied to `looks` (the first matching rule by priority wins). */
function applyConditionalFormats(
  ws: ExcelJS.Worksheet,
  looks: Record<string, CellLook>,
  rows: number,
  cols: number,
) {
  const formats =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: Rule[] }[] }).conditionalFormattings ??
    [];
  const today = isoToSerial(todayIso(new Date()));
  const values = new Map<number, Value>();
  const read = (r: number, c: number) => {
    const key = r * 1024 + c;
    let v = values.get(key);
    if (v === undefined) values.set(key, (v = cellValue(ws, r, c)));
    return v;
  };
  const rules = formats
    .flatMap((cf, order) => cf.rules.map((rule) => ({ ref: cf.ref, rule, order })))
    .sort((x, y) => (x.rule.priority ?? 0) - (y.rule.priority ?? 0) || x.order - y.order);
  const decided = new Set<string>();
  for (const { ref, rule } of rules) {
    const fill = ruleFill(rule);
    const colour = colourToHex(rule.style?.font?.color);
    if (!fill && !colour) continue;
    for (const part of ref.split(/\s+/)) {
      let box;
      try {
        box = parseRange(part);
      } catch {
        continue;
      }
      const test = ruleTest(rule, a1(box.top, box.left));
      const compiled = test ? compileFormula(test, read, today) : null;
      if (!compiled) continue;
      for (let r = box.top; r <= Math.min(box.bottom, rows - 1); r++) {
        for (let c = box.left; c <= Math.min(box.right, cols - 1); c++) {
          const key = `${r},${c}`;
          if (decided.has(key) || !compiled(r - box.top, c - box.left)) continue;
          decided.add(key);
          const look = (looks[key] ??= {});
          if (fill) look.fill = fill;
          if (colour) look.colour = colour;
          if (rule.style?.font?.bold) look.bold = true;
          look.conditional = true;
        }
      }
    }
  }
}

function listChoices(validation: { type?: string; formulae?: unknown[] } | undefined): string | undefined {
  if (validation?.type !== 'list') return undefined;
  const source = String(validation.formulae?.[0] ?? '');
  return source.startsWith('"') ? source.slice(1, -1).split(',').join(', ') : source;
}

export function gridModel(workbook: ExcelJS.Workbook, wanted: string | null): GridModel | null {
  const visible = workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  const ws = visible.find((w) => w.name === wanted) ?? visible[0];
  if (!ws) return null;
  const rowCount = Math.min(Math.max(ws.rowCount, 20), MAX_GRID_ROWS);
  const colCount = Math.min(Math.max(ws.columnCount, 8), MAX_GRID_COLUMNS);
  const text: string[][] = [];
  const looks: Record<string, CellLook> = {};
  const validations =
    (
      ws as unknown as {
        dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] }> };
      }
    ).dataValidations?.model ?? {};

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r >= rowCount) return;
    const line: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (c >= colCount || (cell.isMerged && cell.master !== cell)) return;
      const snap = snapshotCell(cell);
      if (snap) {
        line[c] =
          typeof snap.value === 'number' && !isDateFormat(snap.numberFormat)
            ? formatNumber(snap.value, snap.numberFormat ?? 'General')
            : snap.text;
      }
      const look: CellLook = {};
      if (snap?.fill && snap.fill.toUpperCase() !== '#FFFFFF') look.fill = snap.fill;
      const font = cell.font as { bold?: boolean; italic?: boolean; color?: ExcelColour } | undefined;
      if (font?.bold) look.bold = true;
      if (font?.italic) look.italic = true;
      const colour = colourToHex(font?.color);
      if (colour && colour !== '#000000') look.colour = colour;
      if (Object.keys(look).length > 0) looks[`${r},${c}`] = look;
    });
    text[r] = Array.from(line, (t) => t ?? '');
  });
  for (const [address, validation] of Object.entries(validations)) {
    const list = listChoices(validation);
    if (!list) continue;
    let box;
    try {
      box = parseRange(address);
    } catch {
      continue;
    }
    for (let r = box.top; r <= Math.min(box.bottom, rowCount - 1); r++)
      for (let c = box.left; c <= Math.min(box.right, colCount - 1); c++)
        (looks[`${r},${c}`] ??= {}).list = list;
  }
  applyConditionalFormats(ws, looks, rowCount, colCount);

  const merges = Object.values(
    (
      ws as unknown as {
        _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
      }
    )._merges ?? {},
  ).map((m) => `${a1(m.top - 1, m.left - 1)}:${a1(m.bottom - 1, m.right - 1)}`);
  const widths = Array.from({ length: colCount }, (_, c) => {
    const width = ws.getColumn(c + 1).width;
    // Excel's width is in characters of its default font; about 7 px each at the grid's size.
    return Math.round(Math.min(Math.max((width ?? 9) * 7 + 8, 40), 420));
  });
  const frozen = ws.views?.find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
  // Flatten: one string per cell, one style number per cell.
  let usedRows = text.length;
  for (const key of Object.keys(looks)) usedRows = Math.max(usedRows, Number(key.split(',')[0]) + 1);
  const flatText: string[] = new Array(usedRows * colCount).fill('');
  text.forEach((line, r) => line?.forEach((t, c) => (flatText[r * colCount + c] = t)));
  const styles: CellLook[] = [];
  const styleIndex = new Map<string, number>();
  const flatLooks = new Int32Array(usedRows * colCount);
  for (const [key, look] of Object.entries(looks)) {
    const [r, c] = key.split(',').map(Number);
    const id = JSON.stringify(look);
    let index = styleIndex.get(id);
    if (index === undefined) {
      styles.push(look);
      styleIndex.set(id, (index = styles.length));
    }
    flatLooks[r * colCount + c] = index;
  }
  return {
    sheet: ws.name,
    sheets: visible.map((w) => w.name),
    rowCount,
    colCount,
    widths,
    text: flatText,
    styles,
    looks: flatLooks,
    merges,
    frozenRows: frozen?.ySplit ?? 0,
  };
}
