/**
 * Applies the few edits the tracker makes to a USER's worksheet (the plan sheet) to a copy of an .xlsx,
 * by splicing into the worksheet part's XML — never re-serialising it, so everything else on the sheet
 * (cells, styles, merges, data validation, notes, drawings, extensions) stays exactly as it was.
 *
 * Supported, because the Ofsted highlights need them and nothing else does:
 *  - clearConditionalFormats: removes the tracker's own rules for the tag (their formula carries the
 *    marker of src/core/tracker-marker.ts, the same one the add-in writes and looks for). A
 *    <conditionalFormatting> block whose rules are all the tracker's goes; in a block that also holds
 *    the user's rules only the tracker's <cfRule>s go. Every other block stays byte for byte.
 *  - conditionalFormat: a new <conditionalFormatting> block with one expression rule, its fill appended
 *    to styles.xml <dxfs> (an identical existing entry is reused). Its priority number is one more than
 *    any on the sheet, so existing rules keep their numbers (and their precedence over it).
 *  - setValues: only into cells that are EMPTY (no value, no formula) or absent. A cell that already
 *    holds something is SKIPPED and listed in the result, never overwritten: the edits are built from an
 *    earlier read of the workbook, and a person's typing wins over a suggestion.
 *
 * Parts that can change: the edited worksheet parts and the styles part. Everything else in the package
 * is carried over byte for byte. Any other edit kind, or a sheet that is not in the workbook, is an error
 * and nothing is written. A protected sheet (Review > Protect Sheet) is refused, naming it, as the add-in
 * refuses it.
 */
import { a1, columnIndex, parseRange, type RangeRef } from '../../core/address';
import type { Edit } from '../../core/edits';
import { InternalError, UserError } from '../../core/errors';
import { isTrackerFormula, trackerRuleFormula } from '../../core/tracker-marker';
import {
  CONTENT_TYPE,
  ContentTypes,
  NS,
  Package,
  Relationships,
  dirOf,
  locateWorkbook,
  relsPartOf,
  resolveTarget,
} from './opc';
import { damaged } from './damaged';
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS, checkRange, rangeText } from './sheet-xml';
import { MINIMAL_STYLES_XML, StyleBook } from './styles';
import { WorkbookXml } from './workbook';
import {
  escapeOoxmlString,
  escapeXmlText,
  findElement,
  findElements,
  requireElement,
  rootPrefix,
  setAttribute,
  splice,
  unescapeXml,
} from './xml-util';

export type UserSheetEdit = Extract<
  Edit,
  { kind: 'clearConditionalFormats' } | { kind: 'conditionalFormat' } | { kind: 'setValues' }
>;

export interface UserSheetEditResult {
  bytes: Uint8Array;
  /** Cells written, as Sheet!A1. */
  written: string[];
  /** Cells a setValues edit left alone because they were not empty, as Sheet!A1. */
  skipped: string[];
  /** Tracker conditional-format rules removed / added. */
  rulesRemoved: number;
  rulesAdded: number;
}

const SUPPORTED = new Set<Edit['kind']>(['clearConditionalFormats', 'conditionalFormat', 'setValues']);

/** Children of <worksheet> that come before <conditionalFormatting> in the schema (and it itself). */
const BEFORE_CONDITIONAL_FORMATTING = new Set([
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
]);

/**
 * True when a worksheet part is protected (Review > Protect Sheet): its <sheetProtection> has sheet="1".
 * The add-in refuses to write into such a sheet, and so does the package writer.
 */
export function isProtectedSheetXml(xml: string): boolean {
  const p = rootPrefix(xml, 'worksheet');
  if (p === undefined) return false;
  const sheet = findElement(xml, `${p}sheetProtection`)?.attrs.get('sheet');
  return sheet === '1' || sheet === 'true';
}

/** Worded as the add-in words it (src/excel/errors.ts), so both surfaces say the same thing. */
export function protectedSheetError(sheet: string): UserError {
  return new UserError(
    `The sheet "${sheet}" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
    'protected',
  );
}

function sheetOfEdit(edit: UserSheetEdit): string {
  return edit.sheet;
}

/** 'B7:B74' or 'A1,C3:D4' (Office.js style) → the sqref 'B7:B74' / 'A1 C3:D4'. */
function sqrefOf(address: string, sheet: string): string {
  const areas = address
    .trim()
    .split(/[\s,]+/)
    .filter((a) => a !== '');
  if (areas.length === 0) throw new InternalError(`A conditional format on sheet "${sheet}" has no range.`);
  return areas.map((a) => rangeText(checkRange(a.replace(/\$/g, ''), 'Range', sheet))).join(' ');
}

interface Child {
  qname: string;
  start: number;
  end: number;
}

/**
 * The top-level children of the root element, in order. Skips comments, processing instructions and
 * CDATA; attribute values may hold '>'.
 */
function topLevelChildren(xml: string, root: string): Child[] {
  const rootEl = findElement(xml, root);
  if (!rootEl || rootEl.startTag.endsWith('/>')) return [];
  const from = rootEl.innerStart;
  const to = rootEl.innerEnd;
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g;
  re.lastIndex = from;
  const out: Child[] = [];
  let depth = 0;
  let open: { qname: string; start: number } | undefined;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    if (m[2] === undefined) continue; // comment, PI, CDATA
    const [, closing, qname, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0 && open) {
        out.push({ qname: open.qname, start: open.start, end: m.index + m[0].length });
        open = undefined;
      }
    } else if (selfClosing) {
      if (depth === 0) out.push({ qname, start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 0) open = { qname, start: m.index };
      depth++;
    }
  }
  return out;
}

/** The text of a <formula> element, unescaped. */
function formulaText(el: string, p: string): string {
  const f = findElement(el, `${p}formula`);
  if (!f || f.startTag.endsWith('/>')) return '';
  return unescapeXml(el.slice(f.innerStart, f.innerEnd));
}

/** One worksheet part being edited. */
class SheetPart {
  private readonly p: string;
  written: string[] = [];
  skipped: string[] = [];
  rulesRemoved = 0;
  rulesAdded = 0;

  constructor(
    public xml: string,
    readonly name: string,
  ) {
    const p = rootPrefix(xml, 'worksheet');
    if (p === undefined) throw damaged(`the part of sheet "${name}" is not a worksheet`);
    this.p = p;
    if (!findElement(xml, `${p}sheetData`)) throw damaged(`sheet "${name}" has no cell data`);
  }

  private blocks() {
    return topLevelChildren(this.xml, `${this.p}worksheet`).filter(
      (c) => c.qname === `${this.p}conditionalFormatting`,
    );
  }

  clearTracker(tag: Extract<Edit, { kind: 'clearConditionalFormats' }>['tag']): void {
    const p = this.p;
    // From the last block backwards, so earlier offsets stay valid.
    for (const block of this.blocks().reverse()) {
      const text = this.xml.slice(block.start, block.end);
      const rules = findElements(text, `${p}cfRule`);
      const ours = rules.filter((r) => isTrackerFormula(formulaText(r.text, p), tag));
      if (ours.length === 0) continue;
      this.rulesRemoved += ours.length;
      if (ours.length === rules.length) {
        this.xml = splice(this.xml, block.start, block.end, '');
        continue;
      }
      let kept = text;
      for (const r of ours.reverse()) kept = splice(kept, r.start, r.end, '');
      this.xml = splice(this.xml, block.start, block.end, kept);
    }
  }

  /** The highest cfRule priority on the sheet (the x14 extension rules share the numbering). */
  private maxPriority(): number {
    let max = 0;
    const re = /<(?:[\w.-]+:)?cfRule\b(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;
    for (let m = re.exec(this.xml); m; m = re.exec(this.xml)) {
      const pr = /\spriority\s*=\s*["'](\d+)["']/.exec(m[0]);
      if (pr) max = Math.max(max, Number(pr[1]));
    }
    return max;
  }

  addRule(edit: Extract<Edit, { kind: 'conditionalFormat' }>, styles: StyleBook): void {
    const p = this.p;
    const sqref = sqrefOf(edit.address, this.name);
    const formula = trackerRuleFormula(sqref.split(' ')[0], edit.rule, edit.tag).replace(/^=/, '');
    const dxfId = styles.differentialFormat(edit.fill, edit.fontColour);
    const priority = this.maxPriority() + 1;
    const block =
      `<${p}conditionalFormatting sqref="${sqref}">` +
      `<${p}cfRule type="expression" dxfId="${dxfId}" priority="${priority}">` +
      `<${p}formula>${escapeXmlText(formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    const children = topLevelChildren(this.xml, `${p}worksheet`);
    let at: number | undefined;
    for (const c of children) {
      const local = c.qname.startsWith(p) ? c.qname.slice(p.length) : c.qname;
      if (c.qname.startsWith(p) && BEFORE_CONDITIONAL_FORMATTING.has(local)) at = c.end;
    }
    if (at === undefined) throw new InternalError(`Sheet "${this.name}" lost its <sheetData>.`);
    this.xml = splice(this.xml, at, at, block);
    this.rulesAdded++;
  }

  setValues(edit: Extract<Edit, { kind: 'setValues' }>): void {
    const { top, left } = checkRange(edit.address, 'Range', this.name);
    edit.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === undefined) return;
        const r = top + i;
        const c = left + j;
        if (r >= MAX_ROWS || c >= MAX_COLUMNS) {
          throw new InternalError(`Cell ${this.name}!${a1(r, c)} is outside Excel's grid.`);
        }
        this.setCell(r, c, value);
      }),
    );
  }

  private cellXml(ref: string, startTag: string | undefined, value: string | number): string {
    const p = this.p;
    let tag = startTag ?? `<${p}c r="${ref}">`;
    if (tag.endsWith('/>')) tag = tag.slice(0, -2).replace(/\s+$/, '') + '>';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new InternalError(`Cell ${this.name}!${ref} cannot hold ${value}.`);
      tag = setAttribute(tag, 't', undefined);
      return `${tag}<${p}v>${Object.is(value, -0) ? '0' : String(value)}</${p}v></${p}c>`;
    }
    if (value.length > MAX_CELL_TEXT) {
      throw new InternalError(`Cell ${this.name}!${ref} would have more than ${MAX_CELL_TEXT} characters.`);
    }
    tag = setAttribute(tag, 't', 'inlineStr');
    return `${tag}<${p}is><${p}t xml:space="preserve">${escapeXmlText(escapeOoxmlString(value))}</${p}t></${p}is></${p}c>`;
  }

  private setCell(row: number, col: number, value: string | number): void {
    const p = this.p;
    const ref = a1(row, col);
    const where = `${this.name}!${ref}`;
    const data = requireElement(this.xml, `${p}sheetData`);
    if (data.startTag.endsWith('/>')) {
      const rowXml = `<${p}row r="${row + 1}">${this.cellXml(ref, undefined, value)}</${p}row>`;
      this.xml = splice(this.xml, data.start, data.end, `<${p}sheetData>${rowXml}</${p}sheetData>`);
      this.afterWrite(row, col, where);
      return;
    }
    const inner = data.innerStart;
    const innerEnd = data.innerEnd;
    const rows = findElements(this.xml, `${p}row`, inner, innerEnd);
    let index = -1;
    let insertRowAt = innerEnd;
    let target: (typeof rows)[number] | undefined;
    for (const el of rows) {
      const r = el.attrs.get('r');
      index = r !== undefined ? Number(r) - 1 : index + 1;
      if (index === row) {
        target = el;
        break;
      }
      if (index > row) {
        if (r === undefined) throw this.implicit(where);
        insertRowAt = el.start;
        break;
      }
    }
    if (!target) {
      const rowXml = `<${p}row r="${row + 1}">${this.cellXml(ref, undefined, value)}</${p}row>`;
      this.xml = splice(this.xml, insertRowAt, insertRowAt, rowXml);
      this.afterWrite(row, col, where);
      return;
    }

    const rowTag = target.startTag;
    if (rowTag.endsWith('/>')) {
      const open = rowTag.slice(0, -2).replace(/\s+$/, '') + '>';
      this.xml = splice(
        this.xml,
        target.start,
        target.end,
        `${this.withSpan(open, col)}${this.cellXml(ref, undefined, value)}</${p}row>`,
      );
      this.afterWrite(row, col, where);
      return;
    }
    const cellsFrom = target.innerStart;
    const cellsTo = target.innerEnd;
    const cells = findElements(this.xml, `${p}c`, cellsFrom, cellsTo);
    let ci = -1;
    let insertCellAt = cellsTo;
    let cell: (typeof cells)[number] | undefined;
    for (const el of cells) {
      const r = el.attrs.get('r');
      ci = r !== undefined ? columnIndex(r.replace(/\d+$/, '')) : ci + 1;
      if (ci === col) {
        cell = el;
        break;
      }
      if (ci > col) {
        if (r === undefined) throw this.implicit(where);
        insertCellAt = el.start;
        break;
      }
    }
    if (cell) {
      if (!this.isEmpty(cell.text)) {
        this.skipped.push(where);
        return;
      }
      this.xml = splice(this.xml, cell.start, cell.end, this.cellXml(ref, cell.startTag, value));
      this.afterWrite(row, col, where);
      return;
    }
    this.xml = splice(this.xml, insertCellAt, insertCellAt, this.cellXml(ref, undefined, value));
    const widened = this.withSpan(rowTag, col);
    if (widened !== rowTag) this.xml = splice(this.xml, target.start, target.start + rowTag.length, widened);
    this.afterWrite(row, col, where);
  }

  private implicit(where: string): UserError {
    return new UserError(
      `Cannot write ${where}: the sheet leaves out cell positions there. Open and save the workbook in Excel, then try again.`,
      'unsupported',
    );
  }

  /** A cell with no value, inline string or formula (only a style, say). */
  private isEmpty(cellText: string): boolean {
    const p = this.p;
    return (
      !findElement(cellText, `${p}v`) && !findElement(cellText, `${p}is`) && !findElement(cellText, `${p}f`)
    );
  }

  /** Widens a row's optional spans="first:last" hint to take in `col`. */
  private withSpan(rowTag: string, col: number): string {
    const m = /\sspans\s*=\s*["'](\d+):(\d+)["']/.exec(rowTag);
    if (!m) return rowTag;
    const first = Math.min(Number(m[1]), col + 1);
    const last = Math.max(Number(m[2]), col + 1);
    if (first === Number(m[1]) && last === Number(m[2])) return rowTag;
    return setAttribute(rowTag, 'spans', `${first}:${last}`);
  }

  /** Records a write and widens <dimension> (a hint Excel reads) when the cell lies outside it. */
  private afterWrite(row: number, col: number, where: string): void {
    this.written.push(where);
    const p = this.p;
    const dim = findElement(this.xml, `${p}dimension`);
    const ref = dim?.attrs.get('ref');
    if (!dim || !ref) return;
    let r: RangeRef;
    try {
      r = parseRange(ref);
    } catch {
      return;
    }
    const grown = {
      top: Math.min(r.top, row),
      left: Math.min(r.left, col),
      bottom: Math.max(r.bottom, row),
      right: Math.max(r.right, col),
    };
    if (
      grown.top === r.top &&
      grown.left === r.left &&
      grown.bottom === r.bottom &&
      grown.right === r.right
    ) {
      return;
    }
    this.xml = splice(this.xml, dim.start, dim.end, setAttribute(dim.text, 'ref', rangeText(grown)));
  }
}

function checkEdits(edits: Edit[]): UserSheetEdit[] {
  for (const e of edits) {
    if (!SUPPORTED.has(e.kind)) {
      throw new InternalError(
        `A "${e.kind}" edit cannot be applied to a saved workbook: only clearConditionalFormats, conditionalFormat and setValues can.`,
      );
    }
  }
  return edits as UserSheetEdit[];
}

async function openStyles(
  pkg: Package,
  workbookPart: string,
  rels: Relationships,
  types: ContentTypes,
): Promise<{ part: string; before: string | undefined; book: StyleBook }> {
  const rel = rels.list().find((r) => r.type === NS.styles);
  const linked = rel ? pkg.actual(resolveTarget(workbookPart, rel.target)) : undefined;
  if (linked) {
    const before = await pkg.text(linked);
    return { part: linked, before, book: new StyleBook(before) };
  }
  const part = `${dirOf(workbookPart)}styles.xml`;
  if (pkg.has(part)) throw damaged(`${part} is not linked`);
  if (rel) rels.remove(rel.id);
  rels.add(NS.styles, 'styles.xml');
  types.setOverride(part, CONTENT_TYPE.styles);
  return { part, before: undefined, book: new StyleBook(MINIMAL_STYLES_XML) };
}

/** Applies the edits and says what was written, skipped, removed and added. */
export async function editUserSheets(input: Uint8Array, edits: Edit[]): Promise<UserSheetEditResult> {
  const list = checkEdits(edits);
  const pkg = await Package.open(input);
  const { workbookPart, types } = await locateWorkbook(pkg);
  const wb = new WorkbookXml(await pkg.text(workbookPart));
  const relsPart = relsPartOf(workbookPart);
  if (!pkg.has(relsPart)) throw damaged(`${relsPart} is missing`);
  const relsBefore = await pkg.text(relsPart);
  const rels = new Relationships(relsBefore, relsPart);
  const typesBefore = types.xml;

  // Every sheet named must be a worksheet of this workbook, before anything changes.
  const sheets = new Map<string, { part: string; before: string; sheet: SheetPart }>();
  for (const edit of list) {
    const name = sheetOfEdit(edit);
    const key = name.toLowerCase();
    if (sheets.has(key)) continue;
    const entry = wb.sheets().find((s) => s.name.toLowerCase() === key);
    // The edits were made from a read of this same file, so a missing sheet is the tracker's fault.
    if (!entry) throw new InternalError(`The workbook has no sheet called "${name}".`);
    const rel = rels.byId(entry.relId);
    if (!rel || rel.type !== NS.worksheet || rel.external) {
      throw new UserError(
        `"${entry.name}" is not a worksheet (a chart sheet or macro sheet), so it cannot be edited.`,
        'unsupported',
      );
    }
    const part = pkg.actual(resolveTarget(workbookPart, rel.target));
    if (!part) throw damaged(`the part of sheet "${entry.name}" is missing`);
    const before = await pkg.text(part);
    if (isProtectedSheetXml(before)) throw protectedSheetError(entry.name);
    sheets.set(key, { part, before, sheet: new SheetPart(before, entry.name) });
  }

  let styles: Awaited<ReturnType<typeof openStyles>> | undefined;
  for (const edit of list) {
    const target = sheets.get(sheetOfEdit(edit).toLowerCase());
    if (!target) throw new InternalError(`Sheet "${sheetOfEdit(edit)}" was not opened for editing.`);
    const { sheet } = target;
    switch (edit.kind) {
      case 'clearConditionalFormats':
        sheet.clearTracker(edit.tag);
        break;
      case 'conditionalFormat':
        styles ??= await openStyles(pkg, workbookPart, rels, types);
        sheet.addRule(edit, styles.book);
        break;
      case 'setValues':
        sheet.setValues(edit);
        break;
    }
  }

  const result: Omit<UserSheetEditResult, 'bytes'> = {
    written: [],
    skipped: [],
    rulesRemoved: 0,
    rulesAdded: 0,
  };
  for (const { part, before, sheet } of sheets.values()) {
    if (sheet.xml !== before) pkg.write(part, sheet.xml);
    result.written.push(...sheet.written);
    result.skipped.push(...sheet.skipped);
    result.rulesRemoved += sheet.rulesRemoved;
    result.rulesAdded += sheet.rulesAdded;
  }
  if (styles && (styles.before === undefined || styles.book.modified))
    pkg.write(styles.part, styles.book.text);
  if (rels.xml !== relsBefore) pkg.write(relsPart, rels.xml);
  if (types.xml !== typesBefore) pkg.write('[Content_Types].xml', types.xml);
  return { ...result, bytes: await pkg.bytes() };
}

/**
 * Applies the tracker's edits to existing user worksheets in a copy of an .xlsx (see the module
 * comment for what is supported). setValues never overwrites: non-empty cells are skipped; use
 * editUserSheets to learn which.
 */
export async function applyEditsToUserSheets(input: Uint8Array, edits: Edit[]): Promise<Uint8Array> {
  return (await editUserSheets(input, edits)).bytes;
}
