/**
 * Reading the whole workbook in one context.sync(): every sheet's name, visibility, protection and used
 * range (values, text, number formats, value types), plus fills (ExcelApi 1.9) and merged areas (1.13)
 * where this Excel has them. The result is plain data, never proxies.
 *
 * Sheets are walked with worksheets.getFirst() and getNextOrNullObject() (ExcelApi 1.5), which can be
 * queued before anything is known about the workbook: slots past the last sheet are null objects and
 * cost nothing. A workbook with more sheets than one read holds takes one more sync per SHEETS_PER_SYNC.
 */
import { a1, parseA1 } from '../core/address';
import { isDateFormat, serialToIso, ukShortDate } from '../core/dates';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';

/** Sheets queued per sync. Plans have a handful; the null slots after the last sheet are free. */
export const SHEETS_PER_SYNC = 40;

export interface ReadOptions {
  cellProperties: boolean;
  mergedAreas: boolean;
  /** Also read each sheet's conditional formats (ExcelApi 1.6), so the tracker can remove its own later. */
  conditionalFormats: boolean;
}

/** A conditional format as read: its id and, for custom rules, the formula (where the tracker's tag is). */
export interface FormatInfo {
  id: string;
  formula: string;
}

interface CellProps {
  format?: { fill?: { color?: string }; font?: { italic?: boolean | null } };
}

interface SheetSlot {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  props?: OfficeExtension.ClientResult<CellProps[][]>;
  merged?: Excel.RangeAreas;
  formats?: Excel.ConditionalFormatCollection;
}

/** Queues the loads for one sheet (which may turn out to be a null object). */
function queueSheet(sheet: Excel.Worksheet, options: ReadOptions): SheetSlot {
  sheet.load('name,visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject();
  used.load('address,values,text,numberFormat,valueTypes');
  const slot: SheetSlot = { sheet, used };
  if (options.cellProperties) {
    slot.props = used.getCellProperties({ format: { fill: { color: true }, font: { italic: true } } });
  }
  if (options.mergedAreas) {
    slot.merged = used.getMergedAreasOrNullObject();
    slot.merged.load('address');
  }
  if (options.conditionalFormats) {
    slot.formats = sheet.getRange().conditionalFormats;
    slot.formats.load('items/id,items/customOrNullObject/rule/formula');
  }
  return slot;
}

/** 'Plan!A1:E3' or "'RAG Summary'!B2" → the top-left cell's 0-based row and column. */
function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return parseA1(local.split(':')[0]);
}

/** "Plan!A3:C3, Plan!E5:F5" (sheet names may be quoted and contain commas) → ['A3:C3', 'E5:F5']. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

function ukDate(serial: number): string {
  return ukShortDate(serialToIso(Math.floor(serial)));
}

/** Cells covered by a merge (all but the top-left one): the core sees only the merge's first cell. */
function coveredCells(merges: string[]): Set<string> {
  const covered = new Set<string>();
  for (const m of merges) {
    const [from, to = from] = m.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(a1(r, c));
  }
  return covered;
}

function cellOf(
  value: unknown,
  type: string,
  shown: string,
  numberFormat: string,
  props: CellProps | undefined,
): CellSnapshot | undefined {
  const colour = props?.format?.fill?.color?.toUpperCase();
  // Excel reports "no fill" as white: a white fill carries no RAG meaning either, so both are left out.
  const fill = colour && colour !== '#FFFFFF' && /^#[0-9A-F]{6}$/.test(colour) ? colour : undefined;
  let snap: CellSnapshot;
  if (type === 'Error') {
    const error = shown || String(value);
    snap = { value: null, text: error, error };
  } else if (type === 'Empty' || value === '' || value === null || value === undefined) {
    if (!fill) return undefined;
    snap = { value: null, text: '' };
  } else if (typeof value === 'number') {
    // Excel shows '####' when the column is too narrow: fall back to the value itself.
    const narrow = /^#+$/.test(shown);
    const text = narrow ? (isDateFormat(numberFormat) ? ukDate(value) : String(value)) : shown;
    snap = { value, text };
  } else if (typeof value === 'boolean') {
    snap = { value, text: shown || (value ? 'TRUE' : 'FALSE') };
  } else {
    const str = String(value);
    snap = { value: str, text: shown === '' ? str : shown };
  }
  if (numberFormat && numberFormat !== 'General') snap.numberFormat = numberFormat;
  if (fill) snap.fill = fill;
  return snap;
}

/** Builds the plain snapshot of one loaded, non-null sheet slot. */
function sheetSnapshot(slot: SheetSlot): SheetSnapshot {
  const { sheet, used } = slot;
  const merges = slot.merged && !slot.merged.isNullObject ? splitAreas(slot.merged.address) : [];
  const snapshot: SheetSnapshot = { name: sheet.name, rows: [], merges };
  if (sheet.visibility !== 'Visible') snapshot.hidden = true;
  if (sheet.protection.protected) snapshot.protected = true;
  if (used.isNullObject) return snapshot;
  const { row: top, col: left } = topLeftOf(used.address);
  const covered = coveredCells(merges);
  const props = slot.props?.value;
  const rows: (CellSnapshot | undefined)[][] = [];
  used.values.forEach((valuesRow, r) => {
    const cells: (CellSnapshot | undefined)[] = [];
    valuesRow.forEach((value, c) => {
      if (covered.size > 0 && covered.has(a1(top + r, left + c))) return;
      const cell = cellOf(
        value,
        used.valueTypes[r][c],
        used.text[r][c],
        used.numberFormat[r][c],
        props?.[r]?.[c],
      );
      if (cell) cells[left + c] = cell;
    });
    if (cells.length > 0) rows[top + r] = cells;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  snapshot.rows = rows;
  return snapshot;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  syncs: number;
  /** Conditional formats by lower-case sheet name (only when they were read). */
  formats: Map<string, FormatInfo[]>;
}

function formatsOf(present: SheetSlot[]): Map<string, FormatInfo[]> {
  const out = new Map<string, FormatInfo[]>();
  for (const slot of present) {
    if (!slot.formats) continue;
    out.set(
      slot.sheet.name.toLowerCase(),
      slot.formats.items.map((cf) => ({
        id: cf.id,
        formula: cf.customOrNullObject.isNullObject ? '' : cf.customOrNullObject.rule.formula,
      })),
    );
  }
  return out;
}

/**
 * Reads every sheet from `first` on (the workbook's first sheet when omitted). One sync per
 * SHEETS_PER_SYNC sheets; recursion rather than a loop keeps each sync visible and bounded.
 */
export async function readAllSheets(
  context: Excel.RequestContext,
  options: ReadOptions,
  after?: string,
): Promise<ReadResult> {
  const sheets = context.workbook.worksheets;
  let current = after === undefined ? sheets.getFirst() : sheets.getItem(after).getNextOrNullObject();
  const slots: SheetSlot[] = [];
  for (let i = 0; i < SHEETS_PER_SYNC; i++) {
    slots.push(queueSheet(current, options));
    current = current.getNextOrNullObject();
  }
  // One more sheet after the last slot means another round is needed.
  const overflow = current;
  overflow.load('name');
  await context.sync();
  const present = slots.filter((slot) => !slot.sheet.isNullObject);
  const snapshot: WorkbookSnapshot = { sheets: present.map(sheetSnapshot) };
  const formats = formatsOf(present);
  if (overflow.isNullObject) return { snapshot, syncs: 1, formats };
  const rest = await readAllSheets(context, options, present[present.length - 1].sheet.name);
  return {
    snapshot: { sheets: [...snapshot.sheets, ...rest.snapshot.sheets] },
    syncs: 1 + rest.syncs,
    formats: new Map([...formats, ...rest.formats]),
  };
}
