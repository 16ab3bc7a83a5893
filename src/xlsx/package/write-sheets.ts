/**
 * Writes the tracker's own sheets into a COPY of a user's .xlsx by editing the zip package directly.
 *
 * Only these parts can change: the workbook part, its relationships, [Content_Types].xml, the styles
 * part (append only), docProps/app.xml and the tracker's own worksheet parts. Every other part — charts,
 * drawings, images, pivot tables, comments, custom XML — is carried over byte for byte. (A replaced
 * tracker sheet's calcChain entries are removed too, but the tracker never writes formulas, so in
 * practice calcChain.xml is untouched.)
 *
 * Refused, with a message for the officer and nothing written: replacing a sheet that carries parts of
 * the user's (a chart, notes, a table) or is protected, and adding a sheet to a workbook whose structure
 * is protected. Replacing a sheet that is not the tracker's (see `owned`) is a bug: an InternalError.
 */
import { InternalError, UserError } from '../../core/errors';
import type { SheetSpec } from '../../core/sheet-spec';
import { damaged } from './damaged';
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
import { buildSheetXml, checkSheetName, printTitlesRef } from './sheet-xml';
import { MINIMAL_STYLES_XML, StyleBook } from './styles';
import { isProtectedSheetXml, protectedSheetError } from './user-sheet-edits';
import { WorkbookXml, addSheetNamesToAppXml } from './workbook';
import { findElements, rootPrefix, setAttribute } from './xml-util';

export interface WriteSheetsOptions {
  /**
   * A sheet being replaced may carry parts the tracker never writes (a chart, picture, notes, a table).
   * By default that is an error, so nobody loses work silently; `true` drops them from the sheet
   * (the parts stay in the package, unreferenced).
   */
  dropForeignContent?: boolean;
  /**
   * The names of the sheets that are the tracker's own (`trackerSheetNames` of the workbook). When given,
   * a spec may replace only one of these: meeting any other sheet of that name is a bug in the caller,
   * which should have chosen a free name. Without it every sheet of a spec's name is replaced.
   */
  owned?: ReadonlySet<string>;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Relationship types a tracker sheet may have after Excel has saved it: they are safe to drop. */
const TRACKER_OWN_RELATIONSHIPS = new Set([`${REL}hyperlink`, `${REL}printerSettings`]);
const EXTENDED_PROPERTIES = `${REL}extended-properties`;

function describe(type: string): string {
  const kind = type.slice(type.lastIndexOf('/') + 1);
  const names: Record<string, string> = {
    drawing: 'a chart or picture',
    vmlDrawing: 'notes or form controls',
    comments: 'notes',
    threadedComment: 'comments',
    table: 'a table',
    pivotTable: 'a pivot table',
  };
  return names[kind] ?? kind;
}

function checkSpecs(sheets: SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of sheets) {
    checkSheetName(spec.name);
    const key = spec.name.toLowerCase();
    if (seen.has(key)) throw new InternalError(`Sheet "${spec.name}" is listed twice.`);
    seen.add(key);
  }
}

function freshSheetPart(pkg: Package, types: ContentTypes, dir: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const part = `${dir}sheet${n}.xml`;
    if (!pkg.has(part) && !taken.has(part.toLowerCase()) && types.override(part) === undefined) return part;
  }
}

/** Removes calcChain entries of the given sheets; returns the new text, or null when nothing is left. */
export function pruneCalcChain(xml: string, sheetIds: Set<number>): string | null | undefined {
  const p = rootPrefix(xml, 'calcChain');
  if (p === undefined) return undefined;
  const cells = findElements(xml, `${p}c`);
  let current = 0;
  const keep: string[] = [];
  let removed = false;
  for (const c of cells) {
    const i = c.attrs.get('i');
    if (i !== undefined) current = Number(i);
    if (sheetIds.has(current)) {
      removed = true;
      continue;
    }
    keep.push(c.text.replace(c.startTag, setAttribute(c.startTag, 'i', String(current))));
  }
  if (!removed) return undefined;
  if (keep.length === 0) return null;
  const first = cells[0].start;
  const last = cells[cells.length - 1].end;
  return xml.slice(0, first) + keep.join('') + xml.slice(last);
}

export async function writeSheetsIntoPackage(
  input: Uint8Array,
  sheets: SheetSpec[],
  options: WriteSheetsOptions = {},
): Promise<Uint8Array> {
  checkSpecs(sheets);
  const pkg = await Package.open(input);
  const { workbookPart, types } = await locateWorkbook(pkg);
  const typesBefore = types.xml;
  const workbookBefore = await pkg.text(workbookPart);
  const wb = new WorkbookXml(workbookBefore);
  const relsPart = relsPartOf(workbookPart);
  if (!pkg.has(relsPart)) throw damaged(`${relsPart} is missing`);
  const relsBefore = await pkg.text(relsPart);
  const rels = new Relationships(relsBefore, relsPart);

  // Styles: append to the existing part, or create one if the workbook (unusually) has none.
  const stylesRel = rels.list().find((r) => r.type === NS.styles);
  let stylesPart: string;
  let stylesBefore: string | undefined;
  const linkedStyles = stylesRel ? pkg.actual(resolveTarget(workbookPart, stylesRel.target)) : undefined;
  if (linkedStyles) {
    stylesPart = linkedStyles;
    stylesBefore = await pkg.text(stylesPart);
  } else {
    stylesPart = `${dirOf(workbookPart)}styles.xml`;
    if (pkg.has(stylesPart)) throw damaged(`${stylesPart} is not linked`);
    if (stylesRel) rels.remove(stylesRel.id);
    rels.add(NS.styles, 'styles.xml');
    types.setOverride(stylesPart, CONTENT_TYPE.styles);
  }
  const styles = new StyleBook(stylesBefore ?? MINIMAL_STYLES_XML);

  const replacedSheetIds = new Set<number>();
  const addedNames: string[] = [];
  const takenParts = new Set<string>();
  const owned = options.owned && new Set([...options.owned].map((n) => n.toLowerCase()));

  for (const spec of sheets) {
    const hidden = spec.state === 'hidden';
    const xml = buildSheetXml(spec, styles);
    const titles = printTitlesRef(spec);
    const index = wb.sheets().findIndex((s) => s.name.toLowerCase() === spec.name.toLowerCase());

    if (index >= 0) {
      const entry = wb.sheets()[index];
      const rel = rels.byId(entry.relId);
      if (!rel || rel.type !== NS.worksheet || rel.external) {
        throw new UserError(
          `The workbook already has a sheet called "${entry.name}" that is not a worksheet (a chart sheet or macro sheet). Rename it and try again.`,
          'conflict',
        );
      }
      if (owned && !owned.has(entry.name.toLowerCase())) {
        throw new InternalError(`Sheet "${entry.name}" is not the tracker's, so it must not be replaced.`);
      }
      const part = pkg.actual(resolveTarget(workbookPart, rel.target));
      if (!part) throw damaged(`the part of sheet "${entry.name}" is missing`);
      if (isProtectedSheetXml(await pkg.text(part))) throw protectedSheetError(entry.name);
      const sheetRels = relsPartOf(part);
      if (pkg.has(sheetRels)) {
        const foreign = new Relationships(await pkg.text(sheetRels), sheetRels)
          .list()
          .filter((r) => !TRACKER_OWN_RELATIONSHIPS.has(r.type));
        if (foreign.length && !options.dropForeignContent) {
          const what = [...new Set(foreign.map((r) => describe(r.type)))].join(', ');
          throw new UserError(
            `Sheet "${entry.name}" has content the tracker did not put there (${what}). Move it to another sheet, or rename the sheet, and try again.`,
            'conflict',
          );
        }
        pkg.remove(sheetRels);
        types.removeOverride(sheetRels);
      }
      pkg.write(part, xml);
      wb.setState(index, hidden, spec.name);
      wb.resetBuiltInNames(index, true, titles);
      if (Number.isFinite(entry.sheetId)) replacedSheetIds.add(entry.sheetId);
    } else {
      if (wb.structureLocked()) {
        throw new UserError(
          `The workbook's structure is protected, so the tracker cannot add its "${spec.name}" sheet. Unprotect it (Review > Protect Workbook) and try again. Nothing was changed.`,
          'protected',
        );
      }
      const part = freshSheetPart(pkg, types, `${dirOf(workbookPart)}worksheets/`, takenParts);
      takenParts.add(part.toLowerCase());
      pkg.write(part, xml);
      types.setOverride(part, CONTENT_TYPE.worksheet);
      const relId = rels.add(NS.worksheet, part.slice(dirOf(workbookPart).length));
      const added = wb.addSheet(spec.name, relId, hidden);
      wb.resetBuiltInNames(added, false, titles);
      addedNames.push(spec.name);
    }
  }
  wb.fixActiveTab();

  // A replaced sheet's formulas (if an older version had any) must leave calcChain.xml with it.
  const calcRel = rels.list().find((r) => r.type === NS.calcChain);
  const calcPart = calcRel ? pkg.actual(resolveTarget(workbookPart, calcRel.target)) : undefined;
  if (calcRel && calcPart && replacedSheetIds.size) {
    const pruned = pruneCalcChain(await pkg.text(calcPart), replacedSheetIds);
    if (pruned === null) {
      pkg.remove(calcPart);
      rels.remove(calcRel.id);
      types.removeOverride(calcPart);
    } else if (pruned !== undefined) {
      pkg.write(calcPart, pruned);
    }
  }

  // docProps/app.xml lists the worksheet names; keep it in step when we add sheets.
  if (addedNames.length) {
    const rootRels = new Relationships(await pkg.text('_rels/.rels'), '_rels/.rels');
    const appRel = rootRels.list().find((r) => r.type === EXTENDED_PROPERTIES);
    const appPart = appRel ? pkg.actual(resolveTarget('', appRel.target)) : undefined;
    if (appPart) {
      const updated = addSheetNamesToAppXml(await pkg.text(appPart), addedNames);
      if (updated !== undefined) pkg.write(appPart, updated);
    }
  }

  if (wb.xml !== workbookBefore) pkg.write(workbookPart, wb.xml);
  if (rels.xml !== relsBefore) pkg.write(relsPart, rels.xml);
  if (types.xml !== typesBefore) pkg.write('[Content_Types].xml', types.xml);
  if (stylesBefore === undefined || styles.modified) pkg.write(stylesPart, styles.text);
  return pkg.bytes();
}
