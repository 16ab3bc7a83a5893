/** The output read back with ExcelJS: our sheets' values and layout, and the user's sheets unchanged. */
import ExcelJS from 'exceljs';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { chartFixture, parser, partText, ragSummary, sheetPartOf, stateSheet } from './helpers';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      out[r - 1][c - 1] = cell.value;
    });
  });
  return out;
}

describe('writeSheetsIntoPackage: reading the output back with ExcelJS', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let wbIn: ExcelJS.Workbook;
  let wbOut: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await chartFixture();
    output = await writeSheetsIntoPackage(input, [
      ragSummary(),
      stateSheet('{"version":1,"runs":["2013-09-30"]}'),
    ]);
    wbIn = await load(input);
    wbOut = await load(output);
  });

  it('has the new sheet with its values', () => {
    const ws = wbOut.getWorksheet('RAG Summary')!;
    expect(ws).toBeDefined();
    expect(ws.state).toBe('visible');
    expect(ws.getCell('A1').value).toBe('RAG Summary (first run)');
    expect(ws.getCell('A3').value).toBe('Ref');
    expect(ws.getCell('B4').value).toBe('Audit of all open child protection plans');
    expect(ws.getCell('D4').value).toBe(0.75);
    expect(ws.getCell('D4').numFmt).toBe('0.0%');
    expect(ws.getCell('B7').value).toBe(4);
    expect(ws.getCell('A3').font?.bold).toBe(true);
    expect(ws.getCell('A3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF1F4E78' },
    });
    expect(ws.getCell('A3').border?.left?.style).toBe('thin');
    expect(ws.getColumn(2).width).toBe(48);
  });

  it('writes text starting with "=" as text, never as a formula', () => {
    const ws = wbOut.getWorksheet('RAG Summary')!;
    expect(ws.getCell('B5').value).toBe('=SUM(A1:A2) is text');
    expect(ws.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B5').formula).toBeUndefined();
  });

  it('merges, freezes and hides as asked', () => {
    const ws = wbOut.getWorksheet('RAG Summary')!;
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    const state = wbOut.getWorksheet('PlanTracker State')!;
    expect(state.state).toBe('hidden');
    expect(state.getCell('A1').value).toBe('{"version":1,"runs":["2013-09-30"]}');
  });

  it('writes internal hyperlinks with a location and no relationship', async () => {
    const part = await sheetPartOf(output, 'RAG Summary');
    const ws = parser.parse(await partText(output, part)).worksheet;
    expect(ws.hyperlinks.hyperlink).toEqual([
      { '@ref': 'A4', '@location': "'SIP Phase 2'!A4", '@display': '1.1' },
      { '@ref': 'A5', '@location': "'SIP Phase 2'!A7", '@display': '2.2' },
    ]);
    expect(ws.mergeCells.mergeCell).toEqual([{ '@ref': 'A1:D1' }]);
    expect(ws.conditionalFormatting['@sqref']).toBe('D4:D5');
    expect(ws.conditionalFormatting.cfRule['@type']).toBe('dataBar');
    expect(ws.pageSetup).toMatchObject({
      '@paperSize': '9',
      '@orientation': 'landscape',
      '@fitToWidth': '1',
      '@fitToHeight': '0',
    });
    expect(ws.sheetPr.pageSetUpPr['@fitToPage']).toBe('1');
  });

  it('keeps the order of the worksheet children the schema requires', async () => {
    const xml = await partText(output, await sheetPartOf(output, 'RAG Summary'));
    const order = [
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'mergeCells',
      'conditionalFormatting',
      'hyperlinks',
      'pageMargins',
      'pageSetup',
    ];
    const positions = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("leaves the user's sheets' values, notes and pictures as they were", () => {
    for (const name of ['SIP Phase 2', 'Chart Data']) {
      expect(values(wbOut.getWorksheet(name)!)).toEqual(values(wbIn.getWorksheet(name)!));
    }
    const plan = wbOut.getWorksheet('SIP Phase 2')!;
    expect(plan.getCell('G3').note).toEqual(wbIn.getWorksheet('SIP Phase 2')!.getCell('G3').note);
    expect(plan.getImages()).toHaveLength(1);
    expect(wbOut.definedNames.getRanges('RagCounts').ranges).toEqual(["'Chart Data'!$B$2:$B$5"]);
  });
});
