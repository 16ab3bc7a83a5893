/**
 * One worksheet part, streamed: cells (values, display text, fills, errors, formulas' cached results,
 * rich text), merged ranges, hidden rows, protection and the table parts it links to.
 *
 * Cells and rows may omit their `r` reference (it is optional in the schema): a cell without one is
 * the next column after the previous cell, a row without one the next row.
 */
import type { Readable } from 'node:stream';
import type { CellSnapshot, RichRun } from '../../core/snapshot';
import { formatGeneral, formatNumber } from './number-format';
import { StringItemBuilder, type StringItem } from './strings';
import { formatOf, type StyleTable } from './styles';
import { isTrue, local, parseXml, RELATIONSHIPS_NS, type Attributes } from './xml';

/** Days between the 1904 and the 1900 date systems' day 0. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export interface SheetContext {
  strings: StringItem[];
  styles: StyleTable;
  date1904: boolean;
  label: string;
}

export interface SheetPart {
  rows: (CellSnapshot | undefined)[][];
  merges: string[];
  hiddenRows: number[];
  protected: boolean;
  /** Relationship ids of the sheet's table parts. */
  tableRelIds: string[];
}

/** 'AB12' → [row 12, column 28]; NaN parts when the reference is malformed. */
function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // '$'
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return [NaN, NaN];
  }
  return [row, col];
}

function hasStyle(runs: RichRun[] | undefined): boolean {
  return runs !== undefined && runs.some((r) => r.italic || r.bold);
}

/** An ISO 8601 date-time (cell type "d") as a serial in the 1900 date system. */
function isoToSerialValue(text: string): number | null {
  const ms = Date.parse(/Z$|[+-]\d\d:\d\d$/.test(text) || text.length <= 10 ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

export function readSheetPart(
  source: Readable | Buffer,
  ctx: SheetContext,
  part: string,
): Promise<SheetPart> {
  const out: SheetPart = { rows: [], merges: [], hiddenRows: [], protected: false, tableRelIds: [] };
  const { strings, styles, date1904 } = ctx;

  let inData = false;
  let rowNumber = 0;
  let column = 0;
  let cells: (CellSnapshot | undefined)[] | undefined;
  // The cell being read.
  let inCell = false;
  let cellType: string | undefined;
  let cellStyle = 0;
  let cellRow = 0;
  let cellCol = 0;
  let hasFormula = false;
  let inValue = false;
  let valueText = '';
  let hasValue = false;
  let inline: StringItemBuilder | undefined;
  let relPrefix: string | undefined;

  const startRow = (attrs: Attributes) => {
    rowNumber = attrs.r !== undefined ? Number(attrs.r) : rowNumber + 1;
    column = 0;
    if (isTrue(attrs.hidden)) out.hiddenRows.push(rowNumber);
    cells = out.rows[rowNumber - 1];
  };

  const finishCell = () => {
    const snap = makeCell();
    if (!snap) return;
    if (cellRow !== rowNumber || !cells) {
      cells = out.rows[cellRow - 1] ??= [];
      if (cellRow !== rowNumber) rowNumber = cellRow;
    }
    cells[cellCol - 1] = snap;
    out.rows[cellRow - 1] = cells;
  };

  const makeCell = (): CellSnapshot | undefined => {
    const format = formatOf(styles, cellStyle);
    let value: CellSnapshot['value'] = null;
    let text = '';
    let error: string | undefined;
    let runs: RichRun[] | undefined;
    switch (cellType) {
      case 's': {
        const item = hasValue ? strings[Number(valueText)] : undefined;
        if (item) {
          value = item.text;
          runs = item.runs;
        }
        break;
      }
      case 'inlineStr': {
        const item = inline?.finish();
        if (item) {
          value = item.text;
          runs = item.runs;
        }
        break;
      }
      case 'str':
        if (hasValue) value = valueText;
        break;
      case 'b':
        if (hasValue) value = isTrue(valueText.trim());
        break;
      case 'e':
        if (hasValue && valueText.trim() !== '') error = valueText.trim();
        break;
      case 'd':
        if (hasValue) value = isoToSerialValue(valueText.trim());
        break;
      default:
        if (hasValue && valueText.trim() !== '') {
          const n = Number(valueText);
          value = Number.isFinite(n) ? n : null;
        }
    }
    if (typeof value === 'number') {
      const isDate = format.isDate || cellType === 'd';
      if (date1904 && isDate && cellType !== 'd') value += DAYS_1904;
      text =
        format.displayCode === 'General' ? formatGeneral(value) : formatNumber(value, format.displayCode);
    } else if (typeof value === 'string') {
      text = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
    } else if (typeof value === 'boolean') {
      text = value ? 'TRUE' : 'FALSE';
    } else if (error) {
      text = error;
    }
    if (value === null && !error && !format.fill) return undefined;
    const snap: CellSnapshot = { value, text };
    if (format.numberFormat) snap.numberFormat = format.numberFormat;
    if (format.fill) snap.fill = format.fill;
    if (error) snap.error = error;
    if (hasFormula) snap.formula = true;
    if (hasStyle(runs)) snap.rich = runs;
    return snap;
  };

  return parseXml(
    source,
    {
      open(name, attrs, tag) {
        if (relPrefix === undefined) {
          relPrefix = '';
          for (const [k, v] of Object.entries(attrs)) {
            if (v === RELATIONSHIPS_NS && k.startsWith('xmlns:')) relPrefix = `${k.slice(6)}:`;
          }
        }
        if (inCell) {
          if (name === 'v') {
            inValue = true;
            hasValue = true;
          } else if (name === 'f') hasFormula = true;
          else if (name === 'is') inline = new StringItemBuilder();
          else if (inline) inline.open(name, attrs);
          return;
        }
        if (!inData) {
          if (name === 'sheetData') inData = !tag.isSelfClosing;
          else if (name === 'mergeCell' && attrs.ref) out.merges.push(attrs.ref.toUpperCase());
          else if (name === 'sheetProtection') out.protected = isTrue(attrs.sheet);
          else if (name === 'tablePart') {
            const id =
              attrs[`${relPrefix}id`] ??
              Object.entries(attrs).find(([k]) => local(k) === 'id' && k !== 'id')?.[1];
            if (id) out.tableRelIds.push(id);
          }
          return;
        }
        if (name === 'row') startRow(attrs);
        else if (name === 'c') {
          inCell = true;
          cellType = attrs.t;
          cellStyle = attrs.s !== undefined ? Number(attrs.s) : 0;
          hasFormula = false;
          hasValue = false;
          valueText = '';
          inline = undefined;
          if (attrs.r !== undefined) {
            const [r, c] = parseRef(attrs.r);
            cellRow = Number.isNaN(r) || r === 0 ? rowNumber : r;
            cellCol = Number.isNaN(c) || c === 0 ? column + 1 : c;
          } else {
            cellRow = rowNumber;
            cellCol = column + 1;
          }
          column = cellCol;
        }
      },
      close(name) {
        if (inCell) {
          if (name === 'v') inValue = false;
          else if (name === 'c') {
            inCell = false;
            finishCell();
          } else if (inline && name !== 'is') inline.close(name);
          return;
        }
        if (name === 'sheetData') inData = false;
      },
      text(text) {
        if (inValue) valueText += text;
        else if (inline) inline.onText(text);
      },
    },
    ctx.label,
    part,
  ).then(() => {
    dropCoveredCells(out);
    for (let r = 0; r < out.rows.length; r++) out.rows[r] ??= [];
    // Trailing empty rows (all cells covered by merges) do not count towards the sheet's size.
    while (out.rows.length > 0 && out.rows[out.rows.length - 1].length === 0) out.rows.pop();
    return out;
  });
}

/** Only the top-left cell of a merged range holds its value, as Excel shows it. */
function dropCoveredCells(sheet: SheetPart): void {
  for (const range of sheet.merges) {
    const [a, b = a] = range.split(':');
    const [r1, c1] = parseRef(a);
    const [r2, c2] = parseRef(b);
    if ([r1, c1, r2, c2].some(Number.isNaN)) continue;
    for (let r = r1; r <= r2; r++) {
      const row = sheet.rows[r - 1];
      if (!row) continue;
      for (let c = c1; c <= c2; c++) {
        if ((r !== r1 || c !== c1) && row[c - 1] !== undefined) delete row[c - 1];
      }
      let end = row.length;
      while (end > 0 && row[end - 1] === undefined) end--;
      row.length = end;
    }
  }
}
