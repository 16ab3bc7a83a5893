/**
 * Writes a worksheet part (SpreadsheetML) from a SheetSpec.
 * Text is always an inline string, never a formula; children of <worksheet> follow the schema order,
 * which Excel enforces (anything out of order makes it "repair" the file).
 * Specs come from the tracker's own core, so a spec Excel would refuse is a bug: an InternalError.
 */
import { a1, columnLetter, parseRange, type RangeRef } from '../../core/address';
import type { SheetSpec, SpecCell } from '../../core/sheet-spec';
import { InternalError } from '../../core/errors';
import { argb, type StyleBook } from './styles';
import { escapeOoxmlString, escapeXml, escapeXmlText } from './xml-util';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const MAX_CELL_TEXT = 32767;

/** A sheet name as it must appear in a formula or a link location: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Rejects names Excel would refuse (or repair). */
export function checkSheetName(name: string): void {
  if (name.trim() === '') throw new InternalError('A sheet name cannot be empty.');
  if (name.length > 31) throw new InternalError(`Sheet name "${name}" is longer than Excel's 31 characters.`);
  if (/[\\/?*[\]:]/.test(name))
    throw new InternalError(
      `Sheet name "${name}" contains a character Excel does not allow (\\ / ? * [ ] :).`,
    );
  if (name.startsWith("'") || name.endsWith("'"))
    throw new InternalError(`Sheet name "${name}" cannot start or end with an apostrophe.`);
  if (name.toLowerCase() === 'history') throw new InternalError('"History" is a sheet name Excel reserves.');
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\u0000-\u001F]/.test(name))
    throw new InternalError(`Sheet name "${name}" contains a control character.`);
}

export function checkRange(text: string, what: string, sheet: string): RangeRef {
  let r: RangeRef;
  try {
    r = parseRange(text);
  } catch {
    throw new InternalError(`${what} "${text}" on sheet "${sheet}" is not an A1 range.`);
  }
  if (r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS) {
    throw new InternalError(`${what} "${text}" on sheet "${sheet}" is outside Excel's grid.`);
  }
  return r;
}

export function rangeText(r: RangeRef): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function numberText(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new InternalError(`Cell ${where} holds ${n}, which Excel cannot store.`);
  return Object.is(n, -0) ? '0' : String(n);
}

function cellXml(cell: SpecCell, ref: string, sheet: string, styles: StyleBook): string {
  const s = styles.cellFormat(cell.style);
  const sAttr = s ? ` s="${s}"` : '';
  const { value } = cell;
  if (value === null || value === undefined) return sAttr ? `<c r="${ref}"${sAttr}/>` : '';
  if (typeof value === 'number')
    return `<c r="${ref}"${sAttr}><v>${numberText(value, `${sheet}!${ref}`)}</v></c>`;
  const text = String(value);
  if (text.length > MAX_CELL_TEXT) {
    throw new InternalError(
      `Cell ${sheet}!${ref} has ${text.length} characters; Excel allows at most ${MAX_CELL_TEXT}.`,
    );
  }
  return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(escapeOoxmlString(text))}</t></is></c>`;
}

function cellDisplay(cell: SpecCell): string {
  return cell.value === null || cell.value === undefined ? '' : String(cell.value);
}

function sheetViewsXml(spec: SheetSpec): string {
  const rows = Math.max(0, Math.floor(spec.freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(spec.freeze?.columns ?? 0));
  if (rows === 0 && cols === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  if (rows >= MAX_ROWS || cols >= MAX_COLUMNS)
    throw new InternalError(`Freeze panes on sheet "${spec.name}" are outside Excel's grid.`);
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const topLeft = a1(rows, cols);
  let pan = '<pane';
  if (cols) pan += ` xSplit="${cols}"`;
  if (rows) pan += ` ySplit="${rows}"`;
  pan += ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`;
  const sel = `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  return `<sheetViews><sheetView workbookViewId="0">${pan}${sel}</sheetView></sheetViews>`;
}

function colsXml(widths: number[] | undefined): string {
  if (!widths) return '';
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || i >= MAX_COLUMNS) return;
    const width = Math.min(255, w);
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  });
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/** The worksheet XML for a spec, adding the cell formats it needs to `styles`. */
export function buildSheetXml(spec: SheetSpec, styles: StyleBook): string {
  const name = spec.name;
  if (spec.rows.length > MAX_ROWS)
    throw new InternalError(`Sheet "${name}" has more rows than Excel allows.`);

  const rowsXml: string[] = [];
  const links: string[] = [];
  let maxRow = -1;
  let maxCol = -1;
  spec.rows.forEach((row, r) => {
    if (!row) return;
    if (row.length > MAX_COLUMNS)
      throw new InternalError(`Row ${r + 1} of sheet "${name}" has more columns than Excel allows.`);
    const cells: string[] = [];
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = a1(r, c);
      const xml = cellXml(cell, ref, name, styles);
      if (xml) {
        cells.push(xml);
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      }
      if (cell.link) {
        checkSheetName(cell.link.sheet);
        const target = checkRange(cell.link.cell.replace(/\$/g, ''), 'Link target', name);
        const location = `${quoteSheetName(cell.link.sheet)}!${rangeText(target)}`;
        const display = escapeOoxmlString(cellDisplay(cell));
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(location)}"${display ? ` display="${escapeXml(display)}"` : ''}/>`,
        );
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      }
    });
    if (cells.length) rowsXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });

  // A "merge" of one cell is not a merge; Excel repairs files that contain one.
  const merges = (spec.merges ?? [])
    .map((m) => checkRange(m, 'Merged range', name))
    .filter((m) => m.top !== m.bottom || m.left !== m.right);
  merges.forEach((m, i) => {
    for (let j = 0; j < i; j++) {
      if (overlaps(m, merges[j])) {
        throw new InternalError(
          `Merged ranges ${rangeText(merges[j])} and ${rangeText(m)} on sheet "${name}" overlap.`,
        );
      }
    }
    maxRow = Math.max(maxRow, m.bottom);
    maxCol = Math.max(maxCol, m.right);
  });

  const parts: string[] = [];
  parts.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  const print = spec.print;
  if (print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const dimension =
    maxRow < 0 ? 'A1' : maxRow === 0 && maxCol === 0 ? 'A1' : `A1:${columnLetter(maxCol)}${maxRow + 1}`;
  parts.push(`<dimension ref="${dimension}"/>`);
  parts.push(sheetViewsXml(spec));
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  parts.push(colsXml(spec.columnWidths));
  parts.push(rowsXml.length ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>');
  if (merges.length) {
    parts.push(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeText(m)}"/>`).join('')}</mergeCells>`,
    );
  }
  (spec.dataBars ?? []).forEach((bar, i) => {
    const sqref = bar.range
      .trim()
      .split(/\s+/)
      .map((r) => rangeText(checkRange(r, 'Data bar range', name)))
      .join(' ');
    parts.push(
      `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="min"/><cfvo type="max"/><color rgb="${argb(bar.colour, 'Data bar colour')}"/>` +
        '</dataBar></cfRule></conditionalFormatting>',
    );
  });
  if (links.length) parts.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (print) {
    let setup = `<pageSetup paperSize="9" orientation="${print.landscape ? 'landscape' : 'portrait'}"`;
    if (print.fitToWidth) setup += ' fitToWidth="1" fitToHeight="0"';
    parts.push(`${setup}/>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/** The print-titles reference for repeat rows, e.g. 'RAG Summary'!$1:$3. */
export function printTitlesRef(spec: SheetSpec): string | undefined {
  const rows = spec.print?.repeatRows;
  if (!rows) return undefined;
  const [from, to] = rows;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to > MAX_ROWS) {
    throw new InternalError(`Repeat rows ${from}-${to} on sheet "${spec.name}" are not a valid row range.`);
  }
  return `${quoteSheetName(spec.name)}!$${from}:$${to}`;
}
