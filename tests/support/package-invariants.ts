/**
 * What a copy written by `summary -o` or `flag -o` must keep, checked from the package itself and not
 * from the tracker's own code (so a bug there cannot excuse itself):
 *
 *  - every part of the input except the few the tracker may edit is in the copy, byte for byte;
 *  - every cell of every sheet of the input reads the same in the copy (after `flag`, an empty cell of
 *    the plan sheet may have gained recommendation ids, and nothing else);
 *  - every XML part that changed or was added is well-formed;
 *  - ids are unique and resolve: sheet names, sheetIds and r:ids in workbook.xml, relationship Ids in
 *    every .rels part (and their targets exist), content-type overrides, defined names (and their
 *    localSheetId is a sheet), conditional-format priorities on a sheet; the active tab is a visible sheet.
 */
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookBytes } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';

/** Parts the tracker may edit in place (besides the plan sheet's part, which only `flag` edits). */
export const MAY_CHANGE = new Set([
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
  'docProps/app.xml',
]);

export type Parts = Map<string, Uint8Array>;

export async function unzipParts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out.set(name, await file.async('uint8array'));
  }
  return out;
}

export async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbookBytes(bytes, 'copy.xlsx'));
}

const decoder = new TextDecoder();
const text = (parts: Parts, name: string) => decoder.decode(parts.get(name) ?? new Uint8Array());
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) =>
    [
      'sheet',
      'Relationship',
      'Override',
      'Default',
      'definedName',
      'cfRule',
      'conditionalFormatting',
      'workbookView',
    ].includes(name),
});

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

function resolveTarget(source: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dirOf(source) + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The part a .rels part describes: xl/_rels/workbook.xml.rels → xl/workbook.xml. */
function sourceOf(rels: string): string {
  return rels.replace(/_rels\/([^/]*)\.rels$/, '$1');
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** The worksheet part of each sheet, by name. */
function sheetParts(parts: Parts): Map<string, string> {
  const wb = parser.parse(text(parts, 'xl/workbook.xml'));
  const rels = parser.parse(text(parts, 'xl/_rels/workbook.xml.rels')).Relationships.Relationship as Record<
    string,
    string
  >[];
  const out = new Map<string, string>();
  for (const s of wb.workbook.sheets.sheet as Record<string, string>[]) {
    const rel = rels.find((r) => r['@Id'] === s['@id']);
    if (rel) out.set(s['@name'], resolveTarget('xl/workbook.xml', rel['@Target']));
  }
  return out;
}

/** The <c> elements of a worksheet part, by reference, as written. */
function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const ref = /\sr="([A-Z]+\d+)"/.exec(m[0].slice(0, m[0].indexOf('>') + 1));
    if (ref) out.set(ref[1], m[0]);
  }
  return out;
}

function cellText(cell: string): string {
  return [...cell.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join('');
}

/** The child elements of a styles.xml collection, as written. */
function entriesOf(xml: string, list: string): string[] {
  const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml);
  if (!block?.[1]) return [];
  const child = {
    numFmts: 'numFmt',
    fonts: 'font',
    fills: 'fill',
    borders: 'border',
    cellStyleXfs: 'xf',
    cellXfs: 'xf',
    dxfs: 'dxf',
  }[list]!;
  return [...block[1].matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map(
    (m) => m[0],
  );
}

export interface CopyCheck {
  input: Parts;
  output: Parts;
  /** The input's cells as a reader sees them; with `outputCells`, compared cell by cell. */
  inputCells?: WorkbookSnapshot;
  /** The copy's cells; without them the cells are not compared. */
  outputCells?: WorkbookSnapshot;
  /** After `flag`: the plan sheet, whose part may change (empty cells gaining ids, a highlight). */
  planSheet?: string;
}

/** Every broken promise, as a sentence; empty when the copy keeps them all. */
export function copyProblems(c: CopyCheck): string[] {
  const problems: string[] = [];
  const planPart = c.planSheet ? sheetParts(c.input).get(c.planSheet) : undefined;

  // 1. Foreign parts byte for byte.
  for (const [name, bytes] of c.input) {
    if (MAY_CHANGE.has(name) || name === planPart) continue;
    const out = c.output.get(name);
    if (!out) problems.push(`${name} is missing from the copy`);
    else if (!same(out, bytes)) problems.push(`${name} changed`);
  }

  // 2a. Cells of the plan sheet, element by element: the same, or an empty cell that gained ids.
  if (planPart) {
    const before = cellsOf(text(c.input, planPart));
    const after = cellsOf(text(c.output, planPart));
    for (const [ref, cell] of before) {
      const now = after.get(ref);
      if (now === cell) continue;
      const wasEmpty = !/<(v|is|f)\b/.test(cell);
      const ids = now && /^R\d+(, R\d+)*$/.test(cellText(now));
      if (!(wasEmpty && ids))
        problems.push(`cell ${c.planSheet}!${ref} changed from ${cell} to ${now ?? 'nothing'}`);
    }
    for (const [ref, cell] of after) {
      if (!before.has(ref) && !/^R\d+(, R\d+)*$/.test(cellText(cell)))
        problems.push(`cell ${c.planSheet}!${ref} appeared: ${cell}`);
    }
  }
  // 2b. styles.xml is only appended to: every existing entry keeps its place, so no cell looks different.
  for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'dxfs']) {
    const was = entriesOf(text(c.input, 'xl/styles.xml'), list);
    const now = entriesOf(text(c.output, 'xl/styles.xml'), list);
    if (was.some((e, i) => now[i] !== e)) problems.push(`styles.xml <${list}> was renumbered or changed`);
  }

  // 2c. Cells as a reader sees them (when the copy's were read).
  for (const sheet of c.outputCells ? (c.inputCells?.sheets ?? []) : []) {
    const after = c.outputCells?.sheets.find((s) => s.name === sheet.name);
    if (!after) {
      problems.push(`sheet "${sheet.name}" is gone`);
      continue;
    }
    const height = Math.max(sheet.rows.length, after.rows.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(sheet.rows[r]?.length ?? 0, after.rows[r]?.length ?? 0);
      for (let col = 0; col < width; col++) {
        const a = sheet.rows[r]?.[col];
        const b = after.rows[r]?.[col];
        if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
        const wasEmpty = !a || (a.text === '' && (a.value === null || a.value === ''));
        const idsWritten = sheet.name === c.planSheet && wasEmpty && /^R\d+(, R\d+)*$/.test(b?.text ?? '');
        if (!idsWritten)
          problems.push(
            `cell ${sheet.name}!R${r + 1}C${col + 1} changed from ${JSON.stringify(a)} to ${JSON.stringify(b)}`,
          );
      }
    }
  }

  // 3. Well-formed XML wherever something changed (parts that did not change were checked by step 1).
  const changed = new Set(
    [...c.output]
      .filter(([name, bytes]) => !c.input.has(name) || !same(c.input.get(name)!, bytes))
      .map(([n]) => n),
  );
  for (const [name, bytes] of c.output) {
    if (!/\.(xml|rels|vml)$/i.test(name) || !changed.has(name)) continue;
    const valid = XMLValidator.validate(decoder.decode(bytes));
    if (valid !== true)
      problems.push(`${name} is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  }
  if (problems.length) return problems;

  // 4. Unique ids that resolve.
  const wb = parser.parse(text(c.output, 'xl/workbook.xml')).workbook;
  const sheets = wb.sheets.sheet as Record<string, string>[];
  const wbRels = parser.parse(text(c.output, 'xl/_rels/workbook.xml.rels')).Relationships
    .Relationship as Record<string, string>[];
  for (const d of duplicates(sheets.map((s) => s['@name'].toLowerCase())))
    problems.push(`two sheets are called "${d}"`);
  for (const d of duplicates(sheets.map((s) => s['@sheetId']))) problems.push(`sheetId ${d} is used twice`);
  for (const d of duplicates(sheets.map((s) => s['@id']))) problems.push(`r:id ${d} is used by two sheets`);
  for (const s of sheets) {
    if (!wbRels.some((r) => r['@Id'] === s['@id']))
      problems.push(`sheet "${s['@name']}" points at no relationship`);
  }
  const names = ([] as Record<string, string>[]).concat(wb.definedNames?.definedName ?? []);
  for (const d of duplicates(
    names.map((n) => `${String(n['@name']).toLowerCase()}@${n['@localSheetId'] ?? ''}`),
  )) {
    problems.push(`defined name ${d} is there twice`);
  }
  for (const n of names) {
    const local = n['@localSheetId'];
    if (local !== undefined && !(Number(local) >= 0 && Number(local) < sheets.length)) {
      problems.push(`defined name ${n['@name']} is local to sheet ${local}, which does not exist`);
    }
  }
  for (const view of (wb.bookViews?.workbookView ?? []) as Record<string, string>[]) {
    const active = sheets[Number(view['@activeTab'] ?? 0)];
    if (!active || (active['@state'] ?? 'visible') !== 'visible')
      problems.push('the active tab is not a visible sheet');
  }
  for (const name of changed) {
    if (!name.endsWith('.rels')) continue;
    const list = ([] as Record<string, string>[]).concat(
      parser.parse(text(c.output, name)).Relationships?.Relationship ?? [],
    );
    for (const d of duplicates(list.map((r) => r['@Id'])))
      problems.push(`${name}: relationship Id ${d} is used twice`);
    for (const r of list) {
      if (r['@TargetMode'] === 'External') continue;
      const target = resolveTarget(sourceOf(name), decodeURIComponent(r['@Target']));
      if (!c.output.has(target))
        problems.push(`${name}: ${r['@Id']} points at ${target}, which is not in the package`);
    }
  }
  const types = parser.parse(text(c.output, '[Content_Types].xml')).Types;
  const overrides = ([] as Record<string, string>[]).concat(types.Override ?? []);
  const defaults = ([] as Record<string, string>[]).concat(types.Default ?? []);
  for (const d of duplicates(overrides.map((o) => o['@PartName'].toLowerCase())))
    problems.push(`content type of ${d} given twice`);
  for (const [name] of c.output) {
    if (name === '[Content_Types].xml') continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    const typed =
      overrides.some((o) => o['@PartName'].toLowerCase() === `/${name}`.toLowerCase()) ||
      defaults.some((d) => d['@Extension'].toLowerCase() === ext);
    if (!typed) problems.push(`${name} has no content type`);
  }
  for (const [sheet, part] of sheetParts(c.output)) {
    if (!changed.has(part)) continue;
    const ws = parser.parse(text(c.output, part)).worksheet;
    const priorities = ((ws?.conditionalFormatting ?? []) as Record<string, unknown>[]).flatMap((b) =>
      ((b.cfRule ?? []) as Record<string, string>[]).map((r) => r['@priority']),
    );
    for (const d of duplicates(priorities))
      problems.push(`sheet "${sheet}": conditional-format priority ${d} is used twice`);
  }
  return problems;
}
