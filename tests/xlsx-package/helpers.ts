/** Shared specs and package helpers for the tests of src/xlsx/package. */
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SheetSpec, SpecCell } from '../../src/core/sheet-spec';
import { workbookWithChartAndImageBytes } from '../../scripts/lib/chart-fixture';

let fixture: Promise<Uint8Array> | undefined;

/** The chart + image + note fixture, built once per test file. */
export function chartFixture(): Promise<Uint8Array> {
  fixture ??= workbookWithChartAndImageBytes();
  return fixture;
}

/** Parts writeSheetsIntoPackage may change (besides the tracker's own sheet parts): one list with the property tests. */
export { MAY_CHANGE } from '../support/package-invariants';

const header = (value: string): SpecCell => ({
  value,
  style: { bold: true, fill: '#1F4E78', fontColour: '#FFFFFF', border: true, align: 'center', wrap: true },
});

export function ragSummary(label = 'first run'): SheetSpec {
  return {
    name: 'RAG Summary',
    rows: [
      [{ value: `RAG Summary (${label})`, style: { bold: true, size: 14 } }],
      [{ value: 'As at 30/09/2013', style: { italic: true } }],
      [header('Ref'), header('Action'), header('RAG'), header('Done')],
      [
        { value: '1.1', link: { sheet: 'SIP Phase 2', cell: 'A4' } },
        { value: 'Audit of all open child protection plans', style: { wrap: true } },
        { value: 'GREEN', style: { fill: '#00B050', border: true } },
        { value: 0.75, style: { numberFormat: '0.0%' } },
      ],
      [
        { value: '2.2', link: { sheet: 'SIP Phase 2', cell: 'A7' } },
        { value: '=SUM(A1:A2) is text' },
        { value: 'BLUE', style: { fill: '#00B0F0', border: true } },
        { value: 1, style: { numberFormat: '0.0%' } },
      ],
      [],
      [{ value: 'Total actions' }, { value: 4, style: { bold: true, align: 'right' } }],
    ],
    columnWidths: [8, 48, 10, 10],
    merges: ['A1:D1'],
    freeze: { rows: 3, columns: 1 },
    print: { landscape: true, fitToWidth: true, repeatRows: [1, 3] },
    dataBars: [{ range: 'D4:D5', colour: '#638EC6' }],
  };
}

export function stateSheet(json = '{"version":1}'): SheetSpec {
  return { name: 'PlanTracker State', state: 'hidden', rows: [[{ value: json }]] };
}

/** Every file (not folder) of a package, name → bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out.set(name, await file.async('uint8array'));
  }
  return out;
}

export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

export function assertWellFormed(xml: string, part: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true) throw new Error(`${part} is not well-formed: ${JSON.stringify(result.err)}`);
}

export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    ['sheet', 'Relationship', 'Override', 'definedName', 'row', 'c', 'hyperlink', 'mergeCell'].includes(name),
});

/** The <sheet> entries of workbook.xml, in order. */
export async function sheetEntries(bytes: Uint8Array): Promise<Record<string, string>[]> {
  const wb = parser.parse(await partText(bytes, 'xl/workbook.xml'));
  return wb.workbook.sheets.sheet;
}

/** The worksheet part of a sheet, by name, found through the workbook relationships. */
export async function sheetPartOf(bytes: Uint8Array, name: string): Promise<string> {
  const entry = (await sheetEntries(bytes)).find((s) => s['@name'] === name);
  if (!entry) throw new Error(`no sheet ${name}`);
  const rels = parser.parse(await partText(bytes, 'xl/_rels/workbook.xml.rels'));
  const rel = (rels.Relationships.Relationship as Record<string, string>[]).find(
    (r) => r['@Id'] === entry['@r:id'],
  );
  if (!rel) throw new Error(`no relationship for ${name}`);
  return `xl/${rel['@Target']}`;
}
