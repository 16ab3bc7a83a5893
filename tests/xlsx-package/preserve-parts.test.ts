/**
 * writeSheetsIntoPackage keeps every part it does not own byte for byte: the chart, drawings, the
 * picture, notes (comments + VML), the user's sheets, shared strings, theme, custom XML.
 */
import JSZip from 'jszip';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { CHART_PART } from '../../scripts/lib/chart-fixture';
import {
  MAY_CHANGE,
  assertWellFormed,
  chartFixture,
  parser,
  partText,
  partsOf,
  ragSummary,
  sheetEntries,
  sheetPartOf,
  stateSheet,
} from './helpers';

describe('writeSheetsIntoPackage: parts it does not own', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;

  beforeAll(async () => {
    input = await chartFixture();
    output = await writeSheetsIntoPackage(input, [ragSummary(), stateSheet()]);
    before = await partsOf(input);
    after = await partsOf(output);
  });

  it('the fixture really has a chart, drawings, a picture, notes and custom XML', () => {
    for (const part of [
      CHART_PART,
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/media/image1.png',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'customXml/item1.xml',
    ]) {
      expect(before.has(part)).toBe(true);
    }
  });

  it('keeps every part outside the allowed list byte-identical', () => {
    const kept = [...before.keys()].filter((p) => !MAY_CHANGE.has(p));
    expect(kept.length).toBeGreaterThan(10);
    for (const part of kept) {
      const out = after.get(part);
      if (!out) throw new Error(`${part} is missing from the output`);
      if (Buffer.compare(Buffer.from(out), Buffer.from(before.get(part)!)) !== 0) {
        throw new Error(`${part} changed`);
      }
    }
  });

  it('adds only the two new sheet parts', () => {
    const added = [...after.keys()].filter((p) => !before.has(p)).sort();
    expect(added).toEqual(['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
  });

  it('leaves the parts it may change well-formed, and every new sheet part too', async () => {
    for (const part of [...MAY_CHANGE, 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']) {
      assertWellFormed(await partText(output, part), part);
    }
  });

  it('lists the new sheets in workbook.xml, its relationships and the content types', async () => {
    const sheets = await sheetEntries(output);
    expect(sheets.map((s) => s['@name'])).toEqual([
      'SIP Phase 2',
      'Chart Data',
      'RAG Summary',
      'PlanTracker State',
    ]);
    expect(sheets.map((s) => s['@sheetId'])).toEqual(['1', '2', '3', '4']);
    expect(sheets[3]['@state']).toBe('hidden');
    expect(sheets[2]['@state']).toBeUndefined();
    expect(new Set(sheets.map((s) => s['@r:id'])).size).toBe(4);

    expect(await sheetPartOf(output, 'RAG Summary')).toBe('xl/worksheets/sheet3.xml');
    expect(await sheetPartOf(output, 'PlanTracker State')).toBe('xl/worksheets/sheet4.xml');

    const types = parser.parse(await partText(output, '[Content_Types].xml'));
    const overrides = (types.Types.Override as Record<string, string>[]).map((o) => [
      o['@PartName'],
      o['@ContentType'],
    ]);
    for (const part of ['/xl/worksheets/sheet3.xml', '/xl/worksheets/sheet4.xml']) {
      expect(overrides).toContainEqual([
        part,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      ]);
    }
    // The input's own relationships (styles, theme, shared strings, custom XML) are all still there.
    const rels = parser.parse(await partText(output, 'xl/_rels/workbook.xml.rels'));
    const ids = (rels.Relationships.Relationship as Record<string, string>[]).map((r) => r['@Id']);
    expect(ids).toEqual(expect.arrayContaining(['rId1', 'rId2', 'rId3', 'rId4', 'rId5', 'rIdCustom1']));
  });

  it('keeps the defined names and adds print titles for the summary', async () => {
    const wb = parser.parse(await partText(output, 'xl/workbook.xml'));
    const names = (wb.workbook.definedNames.definedName as Record<string, string>[]).map((n) => [
      n['@name'],
      n['@localSheetId'],
      n['#text'],
    ]);
    expect(names).toEqual([
      ['RagCounts', undefined, "'Chart Data'!$B$2:$B$5"],
      ['_xlnm.Print_Titles', '2', "'RAG Summary'!$1:$3"],
    ]);
  });

  it('appends to styles.xml without renumbering what was there', async () => {
    const oldXml = await partText(input, 'xl/styles.xml');
    const newXml = await partText(output, 'xl/styles.xml');
    for (const list of ['fonts', 'fills', 'borders', 'cellXfs', 'numFmts']) {
      const inner = (xml: string): string => new RegExp(`<${list}[^>]*>([\\s\\S]*)</${list}>`).exec(xml)![1];
      expect(inner(newXml).startsWith(inner(oldXml))).toBe(true);
    }
  });

  it('lists the new sheets in docProps/app.xml', async () => {
    const app = await partText(output, 'docProps/app.xml');
    expect(app).toContain('<vt:i4>4</vt:i4>');
    expect(app).toContain('<vt:vector size="4" baseType="lpstr">');
    expect(app).toContain('<vt:lpstr>PlanTracker State</vt:lpstr>');
  });

  it('adds no zip folder entries to a package that has none (as Excel writes them)', async () => {
    const source = await JSZip.loadAsync(input);
    const flat = new JSZip();
    for (const [name, file] of Object.entries(source.files)) {
      if (!file.dir) flat.file(name, await file.async('uint8array'), { createFolders: false });
    }
    const bytes = await flat.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const out = await JSZip.loadAsync(await writeSheetsIntoPackage(bytes, [ragSummary(), stateSheet()]));
    const names = Object.keys(out.files);
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
    expect(names.sort()).toEqual(
      [
        ...Object.keys((await JSZip.loadAsync(bytes)).files),
        'xl/worksheets/sheet3.xml',
        'xl/worksheets/sheet4.xml',
      ].sort(),
    );
  });
});
