/**
 * Edits of xl/workbook.xml (the <sheets> list, print titles, the active tab) and docProps/app.xml,
 * spliced into the original text so everything else in those parts stays as it was.
 * A sheet's index (what definedName/@localSheetId and workbookView/@activeTab count) is its position
 * among the <sheet> elements only: comments and other nodes inside <sheets> do not count.
 */
import { UserError } from '../../core/errors';
import { damaged } from './damaged';
import { NS } from './opc';
import {
  escapeXml,
  findElement,
  findElements,
  prefixFor,
  requireElement,
  rootPrefix,
  setAttribute,
  splice,
  type Element,
} from './xml-util';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: string | undefined;
  element: Element;
}

/** Children of <workbook> that come after <definedNames> in the schema. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export class WorkbookXml {
  private readonly p: string;

  constructor(public xml: string) {
    const p = rootPrefix(xml, 'workbook');
    if (p === undefined) throw damaged('the workbook part has no <workbook> element');
    if (/xmlns(?::\w+)?="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/.test(xml)) {
      throw new UserError(
        'The workbook is saved as "Strict Open XML Spreadsheet". Open it in Excel and save it as "Excel Workbook (.xlsx)", then try again.',
        'unsupported',
      );
    }
    this.p = p;
    if (!findElement(xml, `${p}sheets`)) throw damaged('the workbook part has no <sheets> list');
  }

  private get relPrefix(): string | undefined {
    return prefixFor(this.xml, NS.relationships);
  }

  sheets(): SheetEntry[] {
    const sheets = requireElement(this.xml, `${this.p}sheets`);
    const r = this.relPrefix;
    return findElements(this.xml, `${this.p}sheet`, sheets.innerStart, sheets.innerEnd).map((el) => {
      const relId =
        (r ? el.attrs.get(`${r}:id`) : undefined) ??
        [...el.attrs.entries()].find(([k]) => k.endsWith(':id'))?.[1] ??
        '';
      return {
        name: el.attrs.get('name') ?? '',
        sheetId: Number(el.attrs.get('sheetId')),
        relId,
        state: el.attrs.get('state'),
        element: el,
      };
    });
  }

  /** True when the workbook's structure is protected (Review > Protect Workbook): no sheet may be added. */
  structureLocked(): boolean {
    const lock = findElement(this.xml, `${this.p}workbookProtection`)?.attrs.get('lockStructure');
    return lock === '1' || lock === 'true';
  }

  /** Sets or clears state="hidden" on the sheet at `index`. */
  setState(index: number, hidden: boolean, name: string): void {
    const sheet = this.sheets()[index];
    let tag = setAttribute(sheet.element.startTag, 'state', hidden ? 'hidden' : undefined);
    tag = setAttribute(tag, 'name', name);
    this.xml = splice(
      this.xml,
      sheet.element.start,
      sheet.element.start + sheet.element.startTag.length,
      tag,
    );
  }

  addSheet(name: string, relId: string, hidden: boolean): number {
    const existing = this.sheets();
    const sheetId = existing.reduce((m, s) => Math.max(m, Number.isFinite(s.sheetId) ? s.sheetId : 0), 0) + 1;
    const r = this.relPrefix;
    const idAttr = r
      ? `${r}:id="${escapeXml(relId)}"`
      : `xmlns:r="${NS.relationships}" r:id="${escapeXml(relId)}"`;
    const el = `<${this.p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ''} ${idAttr}/>`;
    const sheets = requireElement(this.xml, `${this.p}sheets`);
    if (sheets.startTag.endsWith('/>')) {
      const open = sheets.startTag.slice(0, -2).replace(/\s+$/, '') + '>';
      this.xml = splice(this.xml, sheets.start, sheets.end, `${open}${el}</${this.p}sheets>`);
    } else {
      this.xml = splice(this.xml, sheets.innerEnd, sheets.innerEnd, el);
    }
    return existing.length;
  }

  /**
   * Removes the sheet-level built-in names (_xlnm.*) of a sheet the tracker replaces, and sets its
   * print titles. `ref` undefined: no print titles.
   */
  resetBuiltInNames(localSheetId: number, replaced: boolean, printTitles: string | undefined): void {
    const p = this.p;
    let block = findElement(this.xml, `${p}definedNames`);
    if (block) {
      const names = findElements(this.xml, `${p}definedName`, block.start, block.end);
      for (const n of names.reverse()) {
        const name = n.attrs.get('name') ?? '';
        const sameSheet = n.attrs.get('localSheetId') === String(localSheetId);
        const drop = sameSheet && (name === '_xlnm.Print_Titles' || (replaced && name.startsWith('_xlnm.')));
        if (drop) this.xml = splice(this.xml, n.start, n.end, '');
      }
      block = requireElement(this.xml, `${p}definedNames`);
      if (
        !block.startTag.endsWith('/>') &&
        findElements(this.xml, `${p}definedName`, block.start, block.end).length === 0
      ) {
        this.xml = splice(this.xml, block.start, block.end, '');
        block = undefined;
      }
    }
    if (!printTitles) return;
    const el = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${escapeXml(printTitles)}</${p}definedName>`;
    if (block && !block.startTag.endsWith('/>')) {
      this.xml = splice(this.xml, block.innerEnd, block.innerEnd, el);
      return;
    }
    if (block) {
      this.xml = splice(this.xml, block.start, block.end, `<${p}definedNames>${el}</${p}definedNames>`);
      return;
    }
    let at: number | undefined;
    for (const later of AFTER_DEFINED_NAMES) {
      const e = findElement(this.xml, `${p}${later}`);
      if (e) {
        at = e.start;
        break;
      }
    }
    if (at === undefined) at = this.xml.lastIndexOf(`</${p}workbook>`);
    this.xml = splice(this.xml, at, at, `<${p}definedNames>${el}</${p}definedNames>`);
  }

  /** Keeps the active and first-shown tabs on visible sheets (Excel misbehaves when they are hidden). */
  fixActiveTab(): void {
    const sheets = this.sheets();
    const visible = (i: number): boolean =>
      sheets[i] !== undefined && (sheets[i].state ?? 'visible') === 'visible';
    const firstVisible = sheets.findIndex((_s, i) => visible(i));
    if (firstVisible < 0) {
      throw new UserError(
        'Every sheet of the workbook is hidden, and Excel needs one visible sheet. Open it in Excel, unhide a sheet (right-click a sheet tab > Unhide), save it and try again.',
        'unreadable',
      );
    }
    for (const view of findElements(this.xml, `${this.p}workbookView`)) {
      let tag = view.startTag;
      const active = Number(view.attrs.get('activeTab') ?? '0');
      if (!visible(active)) tag = setAttribute(tag, 'activeTab', String(firstVisible));
      const first = Number(view.attrs.get('firstSheet') ?? '0');
      if (view.attrs.has('firstSheet') && !visible(first))
        tag = setAttribute(tag, 'firstSheet', String(firstVisible));
      if (tag !== view.startTag) {
        this.xml = splice(this.xml, view.start, view.start + view.startTag.length, tag);
      }
    }
  }
}

/**
 * Adds worksheet names to docProps/app.xml (HeadingPairs + TitlesOfParts). Returns undefined when the
 * part does not have the usual shape, in which case it is left alone: Excel does not rely on it.
 */
export function addSheetNamesToAppXml(xml: string, names: string[]): string | undefined {
  if (names.length === 0) return xml;
  const vtPrefix = prefixFor(xml, 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes');
  const root = rootPrefix(xml, 'Properties');
  if (!vtPrefix || root === undefined) return undefined;
  const vt = `${vtPrefix}:`;
  const pairs = findElement(xml, `${root}HeadingPairs`);
  const titles = findElement(xml, `${root}TitlesOfParts`);
  if (!pairs || !titles) return undefined;
  const pairsVector = findElement(xml, `${vt}vector`, pairs.start, pairs.end);
  const titlesVector = findElement(xml, `${vt}vector`, titles.start, titles.end);
  if (!pairsVector || !titlesVector) return undefined;

  const variants = findElements(xml, `${vt}variant`, pairsVector.start, pairsVector.end);
  let before = 0;
  let worksheetCount: Element | undefined;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = findElement(variants[i].text, `${vt}lpstr`);
    const count = findElement(variants[i + 1].text, `${vt}i4`);
    if (!label || !count) return undefined;
    const n = Number(count.text.replace(/<[^>]*>/g, ''));
    if (!Number.isInteger(n)) return undefined;
    const labelText = label.text.replace(/<[^>]*>/g, '');
    if (labelText === 'Worksheets') {
      worksheetCount = {
        ...count,
        start: variants[i + 1].start + count.start,
        end: variants[i + 1].start + count.end,
      };
      before += n;
      break;
    }
    before += n;
  }
  if (!worksheetCount) return undefined;
  const current = Number(worksheetCount.text.replace(/<[^>]*>/g, ''));
  const lpstrs = findElements(xml, `${vt}lpstr`, titlesVector.start, titlesVector.end);
  const size = Number(titlesVector.attrs.get('size'));
  if (!Number.isInteger(size) || size !== lpstrs.length || before > lpstrs.length) return undefined;

  // Splice from the end of the document backwards so earlier offsets stay valid.
  const insertAt = before === 0 ? titlesVector.start + titlesVector.startTag.length : lpstrs[before - 1].end;
  let out = splice(
    xml,
    insertAt,
    insertAt,
    names.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join(''),
  );
  out = splice(
    out,
    titlesVector.start,
    titlesVector.start + titlesVector.startTag.length,
    setAttribute(titlesVector.startTag, 'size', String(size + names.length)),
  );
  out = splice(out, worksheetCount.start, worksheetCount.end, `<${vt}i4>${current + names.length}</${vt}i4>`);
  return out;
}
