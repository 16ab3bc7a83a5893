/** Inputs that are not .xlsx packages, and specs Excel would refuse, fail with a plain message. */
import JSZip from 'jszip';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { chartFixture, ragSummary } from './helpers';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const sheet = ragSummary();

describe('writeSheetsIntoPackage: inputs that are not workbooks', () => {
  it.each([
    ['empty', new Uint8Array(0), /empty \(0 bytes\)/],
    ['plain text', new TextEncoder().encode('Ref,Action\n1.1,Audit'), /not a zip package/],
    [
      'an OLE file (.xls or password-protected)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /Excel 97-2003.*password/,
    ],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n'), /not a zip package/],
  ])('%s', async (_label, bytes, message) => {
    await expect(writeSheetsIntoPackage(bytes, [sheet])).rejects.toThrow(message);
  });

  it('a damaged zip', async () => {
    const good = await chartFixture();
    const cut = good.slice(0, Math.floor(good.length / 2));
    await expect(writeSheetsIntoPackage(cut, [sheet])).rejects.toThrow(/is damaged or incomplete/);
  });

  it('a zip that is not an Office document', async () => {
    const bytes = await zipOf({ 'notes.txt': 'hello' });
    await expect(writeSheetsIntoPackage(bytes, [sheet])).rejects.toThrow(/not an Excel workbook/);
  });

  it('a Word document', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<w:document xmlns:w="x"/>',
    });
    await expect(writeSheetsIntoPackage(bytes, [sheet])).rejects.toThrow(
      /Office document but not an Excel workbook/,
    );
  });

  it('a workbook whose workbook part is missing', async () => {
    const zip = await JSZip.loadAsync(await chartFixture());
    zip.remove('xl/workbook.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(writeSheetsIntoPackage(bytes, [sheet])).rejects.toThrow(/xl\/workbook.xml is missing/);
  });
});

describe('writeSheetsIntoPackage: specs Excel would refuse', () => {
  it.each([
    ['a name over 31 characters', { ...sheet, name: 'R'.repeat(32) }, /longer than Excel's 31/],
    ['a name with a colon', { ...sheet, name: 'RAG: Summary' }, /character Excel does not allow/],
    ['the reserved name History', { ...sheet, name: 'history' }, /reserves/],
    ['overlapping merges', { ...sheet, merges: ['A1:B2', 'B2:C3'] }, /overlap/],
    ['a bad colour', { ...sheet, rows: [[{ value: 'x', style: { fill: 'red' } }]] }, /not a colour/],
    ['a non-finite number', { ...sheet, rows: [[{ value: Number.NaN }]] }, /cannot store/],
    ['text over 32767 characters', { ...sheet, rows: [[{ value: 'x'.repeat(32768) }]] }, /at most 32767/],
    ['a bad merge range', { ...sheet, merges: ['top left'] }, /not an A1 range/],
  ])('%s', async (_label, spec, message) => {
    await expect(writeSheetsIntoPackage(await chartFixture(), [spec])).rejects.toThrow(message);
  });

  it('the same sheet twice', async () => {
    await expect(
      writeSheetsIntoPackage(await chartFixture(), [sheet, { ...sheet, name: 'rag summary' }]),
    ).rejects.toThrow(/listed twice/);
  });
});
