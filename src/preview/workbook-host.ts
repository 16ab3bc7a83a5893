/**
 * A PlanHost over an in-memory ExcelJS workbook: what the browser preview (`npm run preview`) and the
 * task-pane tests run the pane on. Every Edit is applied to the workbook model; nothing is saved.
 * Only types come from 'exceljs' here, so the same code runs on Node's ExcelJS in tests and on the
 * browser build (exceljs/dist/exceljs.min.js) in the preview.
 */
import type ExcelJS from 'exceljs';
import { a1, parseRange, type RangeRef } from '../core/address';
import type { Edit } from '../core/edits';
import { InternalError } from '../core/errors';
import { HostError, type PlanHost } from '../core/host';
import type { SheetSpec, CellStyle } from '../core/sheet-spec';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isTrackerFormula, trackerRuleFormula } from '../core/tracker-marker';
import { protectedSheetError } from '../excel/errors';
import { snapshotWorkbook } from '../xlsx/snapshot-from-exceljs';

export interface Selection {
  sheet: string;
  address: string;
}

/** A chart the pane asked for: the preview records it (and lists it) but does not draw it. */
export type RecordedChart = Extract<Edit, { kind: 'addChart' }>;

/**
 * A conditional format as stored on the worksheet model. The tracker's own carry its marker in their
 * formula (src/core/tracker-marker.ts), as in Excel and in a copy written by the CLI, so the preview
 * finds them the same way in a workbook that was flagged elsewhere.
 */
type Rule = ExcelJS.ConditionalFormattingRule;
export type ConditionalFormatting = { ref: string; rules: Rule[] };

function formulaOf(rule: Rule): string {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  return typeof formulae?.[0] === 'string' ? formulae[0] : '';
}

export interface WorkbookHost extends PlanHost {
  readonly workbook: ExcelJS.Workbook;
  /** The selected cell or range, as the last 'select' edit (or a click in the grid) left it. */
  selection(): Selection | null;
  /** Selects without going through apply (a click in the preview's grid), like clicking a cell in Excel. */
  select(selection: Selection): void;
  onSelectionChanged(callback: () => void): Promise<() => void>;
  onChanged(callback: () => void): Promise<() => void>;
  /** Charts recorded by 'addChart' edits, oldest first. */
  charts(): RecordedChart[];
  /** The tracker's conditional formats on a sheet (as stored on the worksheet model). */
  conditionalFormats(sheet: string): ConditionalFormatting[];
}

function argb(colour: string): string {
  const hex = colour.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new HostError(`"${colour}" is not a colour (#RRGGBB).`, 'other');
  return `FF${hex}`;
}

function solidFill(colour: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
}

function range(address: string): RangeRef {
  try {
    return parseRange(address);
  } catch {
    throw new HostError(`"${address}" is not a cell or range address.`, 'other');
  }
}

function eachCell(
  ws: ExcelJS.Worksheet,
  address: string,
  fn: (cell: ExcelJS.Cell, r: number, c: number) => void,
) {
  const { top, left, bottom, right } = range(address);
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) fn(ws.getCell(r + 1, c + 1), r - top, c - left);
}

/** Style changes go through a copy: ExcelJS shares one style object between the cells of a loaded file. */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function cfList(ws: ExcelJS.Worksheet): ConditionalFormatting[] {
  const model = ws as unknown as { conditionalFormattings?: ConditionalFormatting[] };
  model.conditionalFormattings ??= [];
  return model.conditionalFormattings;
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeBox[] {
  const merges =
    (ws as unknown as { _merges?: Record<string, { model: MergeBox } & MergeBox> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function boxAddress(m: MergeBox): string {
  return `${a1(m.top - 1, m.left - 1)}:${a1(m.bottom - 1, m.right - 1)}`;
}

function styleOf(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!style) return {};
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.size || style.fontColour) {
    out.font = {
      bold: style.bold,
      italic: style.italic,
      size: style.size,
      color: style.fontColour ? { argb: argb(style.fontColour) } : undefined,
    };
  }
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.wrap || style.align) out.alignment = { wrapText: style.wrap, horizontal: style.align };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
}

export function createWorkbookHost(workbook: ExcelJS.Workbook): WorkbookHost {
  let selected: Selection | null = null;
  const changeListeners = new Set<() => void>();
  const selectionListeners = new Set<() => void>();
  const charts: RecordedChart[] = [];

  const find = (name: string): ExcelJS.Worksheet | undefined =>
    workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = find(name);
    if (!ws) throw new HostError(`There is no sheet called "${name}" in this workbook.`, 'not-found');
    return ws;
  };
  const isProtected = (ws: ExcelJS.Worksheet): boolean =>
    Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);
  const notify = (listeners: Set<() => void>) => {
    for (const listener of [...listeners]) listener();
  };
  const subscribe = (listeners: Set<() => void>, callback: () => void) => {
    listeners.add(callback);
    return Promise.resolve(() => void listeners.delete(callback));
  };

  /**
   * Checks every edit before any is applied, so a bad list changes nothing. A sheet that a writeSheet
   * earlier in the list creates counts as there (and unprotected) for the edits after it: "New plan
   * sheet" and a first "Refresh RAG summary" select the sheet they have just made.
   */
  function validate(edits: Edit[]): void {
    const created = new Set<string>();
    const exists = (name: string): void => {
      if (!created.has(name.toLowerCase())) sheet(name);
    };
    const writable = (name: string): void => {
      if (created.has(name.toLowerCase())) return;
      const ws = sheet(name);
      if (isProtected(ws)) throw protectedSheetError(ws.name);
    };
    for (const edit of edits) {
      switch (edit.kind) {
        case 'writeSheet': {
          const ws = find(edit.spec.name);
          if (ws) writable(ws.name);
          else created.add(edit.spec.name.toLowerCase());
          break;
        }
        case 'select':
          exists(edit.sheet);
          range(edit.address);
          break;
        case 'setValues': {
          writable(edit.sheet);
          const r = range(edit.address);
          const rows = r.bottom - r.top + 1;
          const cols = r.right - r.left + 1;
          if (edit.values.length !== rows || edit.values.some((row) => row.length !== cols)) {
            // The core built a list that does not add up: a fault in the tool, not something to act on.
            throw new InternalError(
              `The values for ${edit.address} do not fit it (${rows} × ${cols} cells expected).`,
            );
          }
          break;
        }
        default:
          writable(edit.sheet);
          if ('address' in edit) range(edit.address);
          if (edit.kind === 'addChart') range(edit.source);
      }
    }
  }

  function applyOne(edit: Edit): void {
    switch (edit.kind) {
      case 'setValues':
        eachCell(sheet(edit.sheet), edit.address, (cell, r, c) => {
          // Plain strings and numbers: a string starting with '=' stays text, as in the Office.js host.
          cell.value = edit.values[r][c];
        });
        return;
      case 'setFill':
        eachCell(sheet(edit.sheet), edit.address, (cell) =>
          restyle(cell, {
            fill: edit.colour ? solidFill(edit.colour) : { type: 'pattern', pattern: 'none' },
          }),
        );
        return;
      case 'setFont':
        eachCell(sheet(edit.sheet), edit.address, (cell) => {
          const font: Partial<ExcelJS.Font> = { ...cell.font };
          if (edit.bold !== undefined) font.bold = edit.bold;
          if (edit.italic !== undefined) font.italic = edit.italic;
          if (edit.colour !== undefined) font.color = { argb: argb(edit.colour) };
          restyle(cell, { font });
        });
        return;
      case 'setNumberFormat':
        eachCell(sheet(edit.sheet), edit.address, (cell) => restyle(cell, { numFmt: edit.format }));
        return;
      case 'dataValidationList':
        eachCell(sheet(edit.sheet), edit.address, (cell) => {
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${edit.source.join(',')}"`],
            showInputMessage: Boolean(edit.prompt),
            promptTitle: edit.prompt?.title,
            prompt: edit.prompt?.message,
            showErrorMessage: true,
            errorStyle: edit.errorStyle,
          };
        });
        return;
      case 'dataValidationDate':
        eachCell(sheet(edit.sheet), edit.address, (cell) => {
          cell.dataValidation = {
            type: 'date',
            operator: 'greaterThan',
            allowBlank: true,
            formulae: [new Date(Date.UTC(1900, 0, 1))],
            showInputMessage: Boolean(edit.prompt),
            promptTitle: edit.prompt?.title,
            prompt: edit.prompt?.message,
            showErrorMessage: true,
            errorStyle: edit.errorStyle,
          };
        });
        return;
      case 'conditionalFormat': {
        // The same marked formula Excel gets, relative to the range's top-left cell.
        const formula = trackerRuleFormula(edit.address, edit.rule, edit.tag).replace(/^=/, '');
        const fill: ExcelJS.FillPattern = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: argb(edit.fill) },
          bgColor: { argb: argb(edit.fill) },
        };
        const style: Partial<ExcelJS.Style> = { fill };
        if (edit.fontColour) style.font = { color: { argb: argb(edit.fontColour) } };
        const rule = { type: 'expression', priority: 1, formulae: [formula], style } as Rule;
        cfList(sheet(edit.sheet)).push({ ref: edit.address, rules: [rule] });
        return;
      }
      case 'clearConditionalFormats': {
        const list = cfList(sheet(edit.sheet));
        const kept = list
          .map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !isTrackerFormula(formulaOf(r), edit.tag)) }))
          .filter((cf) => cf.rules.length > 0);
        list.splice(0, list.length, ...kept);
        return;
      }
      case 'freezeRows':
        sheet(edit.sheet).views =
          edit.rows > 0 ? [{ state: 'frozen', ySplit: edit.rows, xSplit: 0 }] : [{ state: 'normal' }];
        return;
      case 'insertRows':
        insertRows(sheet(edit.sheet), edit.row, edit.count);
        return;
      case 'writeSheet':
        writeSheet(edit.spec);
        return;
      case 'addChart':
        charts.push(edit);
        return;
      case 'select':
        selected = { sheet: sheet(edit.sheet).name, address: edit.address };
        return;
    }
  }

  /** ExcelJS moves the cells but not the merges: those at or below the new rows move (or grow) with them. */
  function insertRows(ws: ExcelJS.Worksheet, row: number, count: number): void {
    const affected = mergesOf(ws).filter((m) => m.bottom >= row);
    for (const m of affected) ws.unMergeCells(boxAddress(m));
    ws.spliceRows(row, 0, ...Array.from({ length: count }, () => []));
    for (const m of affected) {
      const moved =
        m.top >= row
          ? { ...m, top: m.top + count, bottom: m.bottom + count }
          : { ...m, bottom: m.bottom + count };
      ws.mergeCells(boxAddress(moved));
    }
  }

  function writeSheet(spec: SheetSpec): void {
    const old = find(spec.name);
    const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
    if (old) workbook.removeWorksheet(old.id);
    const ws = workbook.addWorksheet(spec.name, { state: spec.state === 'hidden' ? 'hidden' : 'visible' });
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    spec.rows.forEach((cells, r) =>
      cells.forEach((spec, c) => {
        if (!spec) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (spec.link && spec.value !== null) {
          cell.value = { text: String(spec.value), hyperlink: `#'${spec.link.sheet}'!${spec.link.cell}` };
        } else cell.value = spec.value;
        const style = styleOf(spec.style);
        if (Object.keys(style).length > 0) restyle(cell, style);
      }),
    );
    spec.columnWidths?.forEach((width, c) => {
      if (width) ws.getColumn(c + 1).width = width;
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    if (spec.freeze && (spec.freeze.rows || spec.freeze.columns)) {
      ws.views = [{ state: 'frozen', ySplit: spec.freeze.rows, xSplit: spec.freeze.columns }];
    }
    if (spec.print) {
      ws.pageSetup = {
        paperSize: 9, // A4
        orientation: spec.print.landscape ? 'landscape' : 'portrait',
        fitToPage: spec.print.fitToWidth,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: spec.print.repeatRows ? spec.print.repeatRows.join(':') : undefined,
      };
    }
    for (const bar of spec.dataBars ?? []) {
      cfList(ws).push({
        ref: bar.range,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            cfvo: [{ type: 'min' }, { type: 'max' }],
            color: { argb: argb(bar.colour) },
          } as unknown as Rule,
        ],
      });
    }
  }

  return {
    workbook,
    async readWorkbook(): Promise<WorkbookSnapshot> {
      return snapshotWorkbook(workbook);
    },
    async apply(edits: Edit[]): Promise<void> {
      validate(edits);
      for (const edit of edits) applyOne(edit);
      if (edits.some((e) => e.kind === 'select')) notify(selectionListeners);
      if (edits.some((e) => e.kind !== 'select')) notify(changeListeners);
    },
    onChanged: (callback) => subscribe(changeListeners, callback),
    onSelectionChanged: (callback) => subscribe(selectionListeners, callback),
    unavailableFeatures: () => [],
    selection: () => selected,
    select(selection: Selection) {
      selected = { sheet: sheet(selection.sheet).name, address: selection.address };
      notify(selectionListeners);
    },
    charts: () => [...charts],
    conditionalFormats: (name) => cfList(sheet(name)),
  };
}
