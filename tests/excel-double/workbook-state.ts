/**
 * A plain in-memory workbook for the strict Excel test double: the state the request executor
 * (backend.ts) reads and writes. Everything is plain data (JSON-serialisable), so tests can
 * snapshot it before and after an `Excel.run` and compare.
 */
import ExcelJS from 'exceljs';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type CellValue = string | number | boolean;

/** One cell. Absent fields mean Excel's defaults (empty, "General", no fill, regular black font). */
export interface CellState {
  /** Literal or calculated value. Absent = empty cell. */
  value?: CellValue;
  /** Formula text including the leading "=", when the cell holds a formula. */
  formula?: string;
  /** Error literal such as "#N/A" or "#DIV/0!" when the cell (or its formula) evaluates to an error. */
  error?: string;
  /** True for a formula written through the double whose result it could not calculate. */
  uncalculated?: boolean;
  numberFormat?: string;
  /** Fill colour as "#RRGGBB"; absent = no fill. */
  fill?: string;
  /** true/false, or null when rich text mixes italic and upright runs (Excel reports null). */
  italic?: boolean | null;
  bold?: boolean | null;
  /** Font colour "#RRGGBB"; absent = automatic (#000000). */
  fontColor?: string;
  /** false for a cell unlocked for editing on a protected sheet; absent = locked (Excel's default). */
  locked?: boolean;
}

export interface ListRule {
  list: { inCellDropDown?: boolean; source: string };
}
export interface DataValidationEntry {
  /** Address without sheet name, e.g. "C2:C50", or several areas: "C2:C9,C11:C50". */
  address: string;
  /** The rule object exactly as written through `dataValidation.rule` (camelCase). */
  rule: Record<string, unknown>;
}

export interface ConditionalFormatEntry {
  /** The double's own stable identity. Excel's `ConditionalFormat.id` is the priority (see backend.ts). */
  id: string;
  /** The cells the rule applies to: "E2:E50", or several areas ("E2:E9,E11:E50"). */
  address: string;
  /** Excel.ConditionalFormatType string, e.g. "ContainsText" or "Custom". */
  type: string;
  priority: number;
  stopIfTrue: boolean;
  /** ContainsText: { operator, text }. Custom: { formula }. */
  rule: Record<string, unknown>;
  format: { fontColor?: string; bold?: boolean; italic?: boolean; fill?: string };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Cells keyed by A1 address ("B3"). */
  cells: Record<string, CellState>;
  /** Merged areas as A1 ranges ("A1:C1"). */
  merges: string[];
  dataValidations: DataValidationEntry[];
  conditionalFormats: ConditionalFormatEntry[];
  frozenRows: number;
  frozenColumns: number;
  /** Notes (legacy comments) keyed by A1 address. */
  notes: Record<string, string>;
  /** What a protected sheet still allows (Excel's WorksheetProtectionOptions); absent = nothing. */
  protectionOptions?: { allowFormatCells?: boolean; allowInsertRows?: boolean };
  /** Hidden rows, 1-based (hidden by hand or filtered out). */
  hiddenRows?: number[];
  /** Excel tables (ListObjects) on the sheet. */
  tables?: TableState[];
}

/** An Excel table as the double keeps it. */
export interface TableState {
  name: string;
  /** The whole table as Table.getRange() reports it (header and total rows included when shown). */
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface WorkbookState {
  /** In tab order; a sheet's position is its index here. */
  sheets: SheetState[];
  activeSheetId: string;
  selection: { sheetId: string; address: string };
  /** Counter for generated ids (sheets, conditional formats). */
  nextId: number;
}

// ---------------------------------------------------------------------------------------------
// Addresses

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Zero-based inclusive rectangle. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

// A1 arithmetic is the core's own; the double only renames it for its callers.
import { columnIndex, columnLetter as columnLetters } from '../../src/core/address';
import { MONTH_NAMES } from '../../src/core/dates';

export { columnIndex, columnLetters };

const letters: string[] = [];

/** 'B3' for row 2, column 1 (0-based): the core's A1 arithmetic, with the column letters remembered. */
export function cellAddress(row: number, col: number): string {
  return `${(letters[col] ??= columnLetters(col))}${row + 1}`;
}

export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

const parsedAreas = new Map<string, Readonly<Area> | null>();

/**
 * Parses "A1", "A1:C3", "A:C", "2:5" (no sheet name). Returns null when it is not an address. Answers
 * are remembered (and frozen, so no caller can change a shared one): large workbooks ask for the same
 * addresses many times.
 */
export function parseArea(address: string): Area | null {
  let area = parsedAreas.get(address);
  if (area === undefined) {
    area = parseAreaOnce(address);
    if (area) Object.freeze(area);
    if (parsedAreas.size > 1_000_000) parsedAreas.clear();
    parsedAreas.set(address, area);
  }
  return area as Area | null;
}

function parseAreaOnce(address: string): Area | null {
  const parts = address.trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const ends = parts.map((p) => {
    const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(p);
    if (cell) return { row: Number(cell[2]) - 1, col: columnIndex(cell[1]), kind: 'cell' as const };
    const col = /^\$?([A-Za-z]{1,3})$/.exec(p);
    if (col) return { row: -1, col: columnIndex(col[1]), kind: 'col' as const };
    const row = /^\$?(\d+)$/.exec(p);
    if (row) return { row: Number(row[1]) - 1, col: -1, kind: 'row' as const };
    return null;
  });
  if (ends.some((e) => e === null)) return null;
  const [a, b = a] = ends as NonNullable<(typeof ends)[number]>[];
  if (a.kind !== b.kind) return null;
  if (parts.length === 1 && a.kind !== 'cell') return null;
  let area: Area;
  if (a.kind === 'col') area = { r0: 0, r1: MAX_ROWS - 1, c0: a.col, c1: b.col };
  else if (a.kind === 'row') area = { r0: a.row, r1: b.row, c0: 0, c1: MAX_COLUMNS - 1 };
  else area = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  const norm = {
    r0: Math.min(area.r0, area.r1),
    r1: Math.max(area.r0, area.r1),
    c0: Math.min(area.c0, area.c1),
    c1: Math.max(area.c0, area.c1),
  };
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLUMNS) return null;
  return norm;
}

/** "A1" for one cell, "A1:C3" otherwise; whole columns/rows as "A:C" / "2:5" like Excel. */
export function formatArea(area: Area): string {
  const wholeCols = area.r0 === 0 && area.r1 === MAX_ROWS - 1;
  const wholeRows = area.c0 === 0 && area.c1 === MAX_COLUMNS - 1;
  if (wholeCols && !wholeRows) return `${columnLetters(area.c0)}:${columnLetters(area.c1)}`;
  if (wholeRows && !wholeCols) return `${area.r0 + 1}:${area.r1 + 1}`;
  const a = cellAddress(area.r0, area.c0);
  if (area.r0 === area.r1 && area.c0 === area.c1) return a;
  return `${a}:${cellAddress(area.r1, area.c1)}`;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:B2,D1:D5" (the areas of a multi-area range, no sheet names) → areas; null if any part is not an address. */
export function parseAreas(address: string): Area[] | null {
  if (!address.includes(',')) {
    const area = parseArea(address);
    return area ? [area] : null;
  }
  const areas = address.split(',').map((part) => parseArea(part.trim()));
  return areas.some((a) => a === null) ? null : (areas as Area[]);
}

export function formatAreas(areas: Area[]): string {
  return areas.map(formatArea).join(',');
}

/** What is left of `a` after taking `cut` away: at most four rectangles (top, bottom, left, right). */
export function subtractArea(a: Area, cut: Area): Area[] {
  if (!areasIntersect(a, cut)) return [a];
  const out: Area[] = [];
  if (cut.r0 > a.r0) out.push({ ...a, r1: cut.r0 - 1 });
  if (cut.r1 < a.r1) out.push({ ...a, r0: cut.r1 + 1 });
  const r0 = Math.max(a.r0, cut.r0);
  const r1 = Math.min(a.r1, cut.r1);
  if (cut.c0 > a.c0) out.push({ r0, r1, c0: a.c0, c1: cut.c0 - 1 });
  if (cut.c1 < a.c1) out.push({ r0, r1, c0: cut.c1 + 1, c1: a.c1 });
  return out;
}

export function areasIntersect(a: Area, b: Area): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function areaContains(outer: Area, inner: Area): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

// ---------------------------------------------------------------------------------------------
// Construction

export function emptySheet(id: string, name: string, partial: Partial<SheetState> = {}): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    protected: false,
    cells: {},
    merges: [],
    dataValidations: [],
    conditionalFormats: [],
    frozenRows: 0,
    frozenColumns: 0,
    notes: {},
    ...partial,
  };
}

/** Builds a state from sheet names and optional partial sheets (cells etc.). */
export function createWorkbookState(
  sheets: Array<{ name: string } & Partial<Omit<SheetState, 'id'>>>,
): WorkbookState {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  const built = sheets.map((s, i) => emptySheet(`{0000000${i + 1}-0000-4000-8000-000000000000}`, s.name, s));
  return {
    sheets: built,
    activeSheetId: built[0].id,
    selection: { sheetId: built[0].id, address: 'A1' },
    nextId: built.length + 1,
  };
}

/** Sets plain values into a sheet from a 2-D array starting at `topLeft` (test convenience). */
export function putValues(sheet: SheetState, topLeft: string, rows: Array<Array<CellValue | null>>): void {
  const { row, col } = parseCell(topLeft);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null || v === '') return;
      const key = cellAddress(row + i, col + j);
      sheet.cells[key] = { ...sheet.cells[key], value: v };
    }),
  );
}

export function cloneState<T>(state: T): T {
  return JSON.parse(JSON.stringify(state)) as T;
}

export function findSheet(state: WorkbookState, name: string): SheetState {
  const sheet = state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Snapshots for before/after comparison

/** Every non-default cell in the workbook as "Sheet!A1" → a copy of its state. */
export function snapshotCells(state: WorkbookState): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  for (const sheet of state.sheets) {
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      const copy = cloneState(cell);
      if (Object.keys(copy).length > 0) out[`${sheet.name}!${addr}`] = copy;
    }
  }
  return out;
}

/** Keys ("Sheet!A1") whose cell state differs between two snapshots. */
export function changedCells(before: Record<string, CellState>, after: Record<string, CellState>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => JSON.stringify(sortKeys(before[k])) !== JSON.stringify(sortKeys(after[k])))
    .sort();
}

function sortKeys(cell: CellState | undefined): unknown {
  if (!cell) return null;
  return Object.fromEntries(
    Object.entries(cell)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

// ---------------------------------------------------------------------------------------------
// Dates and .xlsx import

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: Excel serial 0 in the 1900 date system (valid for dates after 28 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS hands dates back as UTC instants of the local calendar date/time. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
}

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

interface RichRun {
  text: string;
  font?: Partial<ExcelJS.Font>;
}

function importValue(cell: ExcelJS.Cell, out: CellState): void {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return;
  if (v instanceof Date) {
    out.value = dateToSerial(v);
    return;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    out.value = v;
    return;
  }
  const obj = v as Record<string, unknown>;
  if (Array.isArray(obj.richText)) {
    const runs = obj.richText as RichRun[];
    out.value = runs.map((r) => r.text).join('');
    const visible = runs.filter((r) => r.text.trim() !== '');
    const italics = new Set(visible.map((r) => Boolean(r.font?.italic ?? cell.font?.italic)));
    const bolds = new Set(visible.map((r) => Boolean(r.font?.bold ?? cell.font?.bold)));
    if (italics.size === 1) out.italic = [...italics][0];
    else if (italics.size > 1) out.italic = null;
    if (bolds.size === 1) out.bold = [...bolds][0];
    else if (bolds.size > 1) out.bold = null;
    return;
  }
  if (typeof obj.error === 'string') {
    out.error = obj.error;
    return;
  }
  if (typeof obj.formula === 'string' || typeof obj.sharedFormula === 'string') {
    out.formula = `=${cell.formula}`;
    const result = obj.result as unknown;
    if (result instanceof Date) out.value = dateToSerial(result);
    else if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean')
      out.value = result;
    else if (
      result &&
      typeof result === 'object' &&
      typeof (result as { error?: unknown }).error === 'string'
    )
      out.error = (result as { error: string }).error;
    return;
  }
  if (typeof obj.text === 'string') {
    // Hyperlink cell: keep its display text.
    out.value = obj.text;
    return;
  }
  throw new Error(`stateFromXlsx: unsupported cell value at ${cell.address}: ${JSON.stringify(v)}`);
}

/** Reads an .xlsx (via ExcelJS) into a WorkbookState. */
export async function stateFromXlsx(path: string): Promise<WorkbookState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return stateFromExcelJs(wb);
}

export function stateFromExcelJs(wb: ExcelJS.Workbook): WorkbookState {
  const sheets: SheetState[] = [];
  wb.eachSheet((ws) => {
    const sheet = emptySheet(`{${String(ws.id).padStart(8, '0')}-0000-4000-8000-000000000000}`, ws.name);
    sheet.visibility =
      ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheet.protected = Boolean(protection?.sheet);
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    sheet.merges = [...merges];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const out: CellState = {};
        importValue(cell, out);
        const fmt = cell.numFmt;
        if (fmt && fmt !== 'General') out.numberFormat = fmt;
        else if (cell.value instanceof Date) out.numberFormat = 'mm-dd-yy';
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
          const hex = argbToHex(fill.fgColor?.argb);
          if (hex) out.fill = hex;
        }
        if (out.italic === undefined && cell.font?.italic) out.italic = true;
        if (out.bold === undefined && cell.font?.bold) out.bold = true;
        const fc = argbToHex(cell.font?.color?.argb);
        if (fc && fc !== '#000000') out.fontColor = fc;
        if (cell.note) {
          const note = cell.note as string | { texts?: RichRun[] };
          sheet.notes[cell.address] =
            typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        }
        if (Object.keys(out).length > 0) sheet.cells[cell.address] = out;
      });
    });
    const dv = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } })
      .dataValidations?.model;
    for (const [address, rule] of Object.entries(dv ?? {})) {
      if (rule.type === 'list') {
        const source = String(rule.formulae?.[0] ?? '').replace(/^"|"$/g, '');
        sheet.dataValidations.push({
          address,
          rule: { list: { inCellDropDown: rule.showErrorMessage !== false, source } },
        });
      }
    }
    sheets.push(sheet);
  });
  if (sheets.length === 0) throw new Error('stateFromXlsx: the workbook has no sheets');
  const active = sheets[0];
  return {
    sheets,
    activeSheetId: active.id,
    selection: { sheetId: active.id, address: 'A1' },
    nextId: sheets.length + 100,
  };
}

// ---------------------------------------------------------------------------------------------
// Display text (a deliberately small number-format engine)

const MONTHS: readonly string[] = MONTH_NAMES;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return s.length > 11 && Math.abs(n) >= 1e11 ? n.toExponential(5).replace('e+', 'E+') : s;
}

function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare) || /^m{1,2}[-/]/i.test(bare);
}

function formatDate(serial: number, fmt: string): string {
  const d = serialToDate(serial);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const body = fmt.replace(/\[[^\]]*\]/g, '').split(';')[0];
  let out = '';
  let i = 0;
  let lastWasHour = false;
  while (i < body.length) {
    const rest = body.slice(i);
    const ch = body[i];
    if (ch === '"') {
      const end = body.indexOf('"', i + 1);
      out += body.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? body.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += body[i + 1] ?? '';
      i += 2;
      continue;
    }
    const tok = /^(yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s)/i.exec(rest);
    if (tok) {
      const t = tok[1].toLowerCase();
      i += t.length;
      if (t === 'yyyy') out += String(y);
      else if (t === 'yy') out += String(y % 100).padStart(2, '0');
      else if (t === 'mmmmm') out += MONTHS[mo][0];
      else if (t === 'mmmm') out += MONTHS[mo];
      else if (t === 'mmm') out += MONTHS[mo].slice(0, 3);
      else if (t === 'mm' || t === 'm') {
        if (lastWasHour) out += String(d.getUTCMinutes()).padStart(t.length, '0');
        else out += String(mo + 1).padStart(t.length, '0');
      } else if (t === 'dddd') out += DAYS[d.getUTCDay()];
      else if (t === 'ddd') out += DAYS[d.getUTCDay()].slice(0, 3);
      else if (t === 'dd' || t === 'd') out += String(day).padStart(t.length, '0');
      else if (t === 'hh' || t === 'h') out += String(d.getUTCHours()).padStart(t.length, '0');
      else out += String(d.getUTCSeconds()).padStart(t.length, '0');
      lastWasHour = t.startsWith('h');
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function formatNumber(n: number, fmt: string): string {
  const section = fmt.split(';')[n < 0 && fmt.includes(';') ? 1 : 0] ?? fmt;
  const m = /^([^0#]*)([#,]*0[0,]*)(?:\.(0+))?(%?)(.*)$/.exec(section);
  if (!m) return generalNumber(n);
  const [, prefix, intPart, decimals = '', pct, suffix] = m;
  let v = pct ? n * 100 : n;
  if (n < 0 && fmt.includes(';')) v = Math.abs(v);
  const fixed = Math.abs(v).toFixed(decimals.length);
  const [digits, frac] = fixed.split('.');
  const whole = intPart.includes(',') ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  const sign = v < 0 ? '-' : '';
  const strip = (s: string) => s.replace(/"/g, '').replace(/\\/g, '');
  return `${strip(prefix)}${sign}${whole}${frac ? `.${frac}` : ''}${pct}${strip(suffix)}`;
}

/** The text Excel would show for a value under a number format (common formats only). */
export function displayText(value: CellValue | undefined, numberFormat: string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat ?? 'General';
  if (fmt === 'General' || fmt === '@') return generalNumber(value);
  if (isDateFormat(fmt)) return formatDate(value, fmt);
  return formatNumber(value, fmt);
}
