/** Running the summary again replaces the tracker's sheets in place instead of adding more. */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { writeSheetsIntoPackage, pruneCalcChain } from '../../src/xlsx/package/write-sheets';
import {
  MAY_CHANGE,
  assertWellFormed,
  chartFixture,
  parser,
  partText,
  partsOf,
  ragSummary,
  sheetEntries,
  stateSheet,
} from './helpers';

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function edit(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, change(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('writeSheetsIntoPackage: writing twice', () => {
  let first: Uint8Array;
  let second: Uint8Array;
  let third: Uint8Array;

  beforeAll(async () => {
    first = await writeSheetsIntoPackage(await chartFixture(), [
      ragSummary('first run'),
      stateSheet('{"run":1}'),
    ]);
    second = await writeSheetsIntoPackage(first, [ragSummary('second run'), stateSheet('{"run":2}')]);
    third = await writeSheetsIntoPackage(second, [ragSummary('second run'), stateSheet('{"run":2}')]);
  });

  it('keeps exactly one RAG Summary, in the same position, with the same part and relationship', async () => {
    const a = await sheetEntries(first);
    const b = await sheetEntries(second);
    expect(b.filter((s) => s['@name'] === 'RAG Summary')).toHaveLength(1);
    expect(b).toEqual(a);
    expect([...(await partsOf(second)).keys()].sort()).toEqual([...(await partsOf(first)).keys()].sort());
  });

  it('has the new values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(second) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('RAG Summary')!.getCell('A1').value).toBe('RAG Summary (second run)');
    expect(wb.getWorksheet('PlanTracker State')!.getCell('A1').value).toBe('{"run":2}');
    expect(wb.getWorksheet('PlanTracker State')!.state).toBe('hidden');
  });

  it('does not grow: styles are reused, print titles replaced, app.xml not duplicated', async () => {
    for (const part of MAY_CHANGE) {
      expect(await partText(third, part)).toBe(await partText(second, part));
    }
    expect(await partText(second, 'xl/styles.xml')).toBe(await partText(first, 'xl/styles.xml'));
    const wb = parser.parse(await partText(second, 'xl/workbook.xml'));
    const titles = (wb.workbook.definedNames.definedName as Record<string, string>[]).filter(
      (n) => n['@name'] === '_xlnm.Print_Titles',
    );
    expect(titles).toHaveLength(1);
    expect(Math.abs(second.length - third.length)).toBeLessThan(64);
  });

  it('keeps the user parts byte-identical on the second run too', async () => {
    const a = await partsOf(first);
    const b = await partsOf(second);
    for (const [part, bytes] of a) {
      if (
        MAY_CHANGE.has(part) ||
        part.startsWith('xl/worksheets/sheet3') ||
        part.startsWith('xl/worksheets/sheet4')
      )
        continue;
      expect(Buffer.compare(Buffer.from(b.get(part)!), Buffer.from(bytes))).toBe(0);
    }
  });

  it('can show a previously hidden sheet again, and moves the active tab off a hidden sheet', async () => {
    let bytes = await edit(first, 'xl/workbook.xml', (x) =>
      x.includes('<bookViews>')
        ? x
        : x.replace('<sheets>', '<bookViews><workbookView activeTab="3"/></bookViews><sheets>'),
    );
    bytes = await writeSheetsIntoPackage(bytes, [{ ...stateSheet(), name: 'plantracker state' }]);
    const xml = await partText(bytes, 'xl/workbook.xml');
    expect(xml).toContain('activeTab="0"');
    const shown = await writeSheetsIntoPackage(bytes, [{ ...stateSheet(), state: 'visible' }]);
    const entries = await sheetEntries(shown);
    expect(entries[3]).toMatchObject({ '@name': 'PlanTracker State', '@sheetId': '4' });
    expect(entries[3]['@state']).toBeUndefined();
  });

  it("drops a tracker sheet's own relationships (printer settings, hyperlinks) when replacing it", async () => {
    const zip = await JSZip.loadAsync(first);
    zip.file(
      'xl/worksheets/_rels/sheet3.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
    );
    zip.file('xl/printerSettings/printerSettings1.bin', new Uint8Array([1, 2, 3]));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const out = await writeSheetsIntoPackage(bytes, [ragSummary('again')]);
    const parts = await partsOf(out);
    expect(parts.has('xl/worksheets/_rels/sheet3.xml.rels')).toBe(false);
    expect(parts.has('xl/printerSettings/printerSettings1.bin')).toBe(true);
  });

  it("refuses to replace a sheet that carries the user's own charts or notes, unless told to", async () => {
    const input = await chartFixture();
    const planLike = { ...ragSummary(), name: 'SIP Phase 2' };
    await expect(writeSheetsIntoPackage(input, [planLike])).rejects.toThrow(
      /Sheet "SIP Phase 2" has content the tracker did not put there \(notes, notes or form controls, a chart or picture\)/,
    );
    const out = await writeSheetsIntoPackage(input, [planLike], { dropForeignContent: true });
    const parts = await partsOf(out);
    expect(parts.has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    expect(parts.has('xl/comments1.xml')).toBe(true);
  });

  it('refuses a name that belongs to a chart sheet', async () => {
    const input = await chartFixture();
    const bytes = await edit(input, 'xl/_rels/workbook.xml.rels', (x) =>
      x.replace(
        `${RELS}/worksheet" Target="worksheets/sheet2.xml"`,
        `${RELS}/chartsheet" Target="worksheets/sheet2.xml"`,
      ),
    );
    await expect(writeSheetsIntoPackage(bytes, [{ name: 'chart data', rows: [] }])).rejects.toThrow(
      /not a worksheet/,
    );
  });

  it("removes a replaced sheet's entries from calcChain.xml", () => {
    const xml =
      '<?xml version="1.0"?><calcChain xmlns="x"><c r="A1" i="1"/><c r="A2"/><c r="B1" i="3"/><c r="B2"/><c r="C1" i="1"/></calcChain>';
    expect(pruneCalcChain(xml, new Set([3]))).toBe(
      '<?xml version="1.0"?><calcChain xmlns="x"><c r="A1" i="1"/><c r="A2" i="1"/><c r="C1" i="1"/></calcChain>',
    );
    expect(pruneCalcChain(xml, new Set([2]))).toBeUndefined();
    expect(pruneCalcChain(xml, new Set([1, 3]))).toBeNull();
  });

  it('keeps the replaced parts well-formed', async () => {
    for (const part of [...MAY_CHANGE, 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']) {
      assertWellFormed(await partText(second, part), part);
    }
  });
});
