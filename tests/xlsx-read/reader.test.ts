/** The reader on workbooks ExcelJS writes: cases the old path got wrong, streaming, 1904 dates, selective reading. */
import ExcelJS from 'exceljs';
import { loadWorkbookBytes, readWorkbookBytes } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { largePlanWorkbook } from '../../scripts/build-bad-inputs';
import { fixtureParts } from '../../scripts/build-package-fixtures';
import { writeZip } from '../../src/xlsx/zip/write-zip';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the package reader', () => {
  it('shows numbers as Excel does where the old path showed String(value) (each a case it got wrong)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Formats');
    const cells: [number, string, string][] = [
      [0.5, '0%', '50%'],
      [0.1 + 0.2, 'General', '0.3'],
      [41578, 'mmmm yyyy', 'October 2013'],
      [41578, 'd mmm yyyy', '31 Oct 2013'],
      [0.75, 'h:mm', '18:00'],
      [1234.5, '#,##0.00', '1,234.50'],
    ];
    cells.forEach(([v, f], i) => {
      const c = ws.getCell(i + 1, 1);
      c.value = v;
      c.numFmt = f;
    });
    // A formula giving text ("TBC") in a date-formatted deadline cell.
    ws.getCell('B1').value = { formula: 'IF(TRUE,"TBC",0)', result: 'TBC' } as ExcelJS.CellFormulaValue;
    ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    const bytes = await bytesOf(wb);
    const [sheet] = (await readWorkbookBytes(bytes, 'formats.xlsx')).snapshot.sheets;
    expect(sheet.rows.map((r) => r[0]?.text)).toEqual(cells.map(([, , shown]) => shown));
    expect(sheet.rows[0][1]).toEqual({
      value: 'TBC',
      text: 'TBC',
      numberFormat: 'dd/mm/yyyy',
      formula: true,
    });
    // The old path showed each of these differently, one cell at a time (all together, it threw).
    for (const [value, format, shown] of cells) {
      const one = new ExcelJS.Workbook();
      const cell = one.addWorksheet('One').getCell('A1');
      cell.value = value;
      cell.numFmt = format;
      const [old] = snapshotWorkbook(await loadWorkbookBytes(await bytesOf(one), 'one.xlsx')).sheets;
      expect(old.rows[0][0]?.text).not.toBe(shown);
    }
  });

  it('a formula giving text ("TBC") in a date-formatted deadline cell is read as that text (the old path threw)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = { formula: 'IF(TRUE,"TBC",0)', result: 'TBC' } as ExcelJS.CellFormulaValue;
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const bytes = await bytesOf(wb);
    const [sheet] = (await readWorkbookBytes(bytes, 'tbc.xlsx')).snapshot.sheets;
    expect(sheet.rows[0][0]).toEqual({
      value: 'TBC',
      text: 'TBC',
      numberFormat: 'dd/mm/yyyy',
      formula: true,
    });
    await expect(loadWorkbookBytes(bytes, 'tbc.xlsx').then(snapshotWorkbook)).rejects.toThrow(RangeError);
  });

  it('reads a 1904 workbook’s dates as the same days', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = new Date(Date.UTC(2013, 9, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = 7; // a plain number is not shifted
    const read = await readWorkbookBytes(await bytesOf(wb), '1904.xlsx');
    expect(read.date1904).toBe(true);
    expect(read.snapshot.sheets[0].rows[0][0]).toEqual({
      value: 41578,
      text: '31/10/2013',
      numberFormat: 'dd/mm/yyyy',
    });
    expect(read.snapshot.sheets[0].rows[1][0]).toEqual({ value: 7, text: '7' });
  });

  it('streams large parts to the same snapshot it reads in one go', async () => {
    const bytes = await bytesOf(largePlanWorkbook(300));
    const whole = await readWorkbookBytes(bytes, 'plan.xlsx');
    const streamed = await readWorkbookBytes(bytes, 'plan.xlsx', { streamPartsAbove: 1 });
    expect(streamed.snapshot).toEqual(whole.snapshot);
    expect(whole.snapshot.sheets[0].rows.length).toBeGreaterThan(300);
  });

  it('reads only the sheets asked for, and lists the others by name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('One').getCell('A1').value = 'one';
    wb.addWorksheet('Two', { state: 'hidden' }).getCell('A1').value = 'two';
    wb.definedNames.add("'One'!$A$1", 'Marker');
    const read = await readWorkbookBytes(await bytesOf(wb), 'two.xlsx', { cellsOf: (n) => n === 'Two' });
    expect(read.snapshot.sheets).toEqual([
      { name: 'One', rows: [], merges: [] },
      { name: 'Two', rows: [[{ value: 'two', text: 'two' }]], merges: [], hidden: true },
    ]);
    expect(read.definedNames).toEqual([
      { name: 'Marker', formula: expect.stringMatching(/One.?!\$A\$1/), hidden: false },
    ]);
  });

  it('reads parts saved as UTF-16 or with a UTF-8 byte-order mark', async () => {
    const parts = fixtureParts({});
    const plain = await writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: text })));
    const utf16 = (text: string) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le'),
      ]);
    const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const odd = await writeZip(
      Object.entries(parts).map(([name, text]) => ({
        name,
        data:
          name === 'xl/sharedStrings.xml' || name === 'xl/workbook.xml'
            ? utf16(text)
            : name.endsWith('.xml')
              ? bom(text)
              : text,
      })),
    );
    const expected = (await readWorkbookBytes(plain, 'plain.xlsx')).snapshot;
    expect((await readWorkbookBytes(odd, 'odd.xlsx')).snapshot).toEqual(expected);
    expect(expected.sheets[0].rows.length).toBeGreaterThan(5);
  });

  it('a protected sheet is marked protected', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Locked');
    ws.getCell('A1').value = 'x';
    await ws.protect('secret', {});
    const [sheet] = (await readWorkbookBytes(await bytesOf(wb), 'locked.xlsx')).snapshot.sheets;
    expect(sheet.protected).toBe(true);
  });
});
