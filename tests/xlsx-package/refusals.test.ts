/**
 * What the package writer refuses, and with which kind of error: a protected sheet or a workbook whose
 * structure is protected (a UserError the officer can act on, worded as the add-in words it); replacing
 * a sheet the caller did not say is the tracker's (an InternalError: the core should have chosen a free
 * name). And markup it must read right: comments inside <sheets>, a '>' or an attribute-like text in a
 * sheet name.
 */
import { InternalError, UserError } from '../../src/core/errors';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { applyEditsToUserSheets } from '../../src/xlsx/package/user-sheet-edits';
import { WorkbookXml } from '../../src/xlsx/package/workbook';
import { findElements, setAttribute } from '../../src/xlsx/package/xml-util';
import { buildPackage } from '../../scripts/lib/ooxml-package';
import { planRows } from '../../scripts/build-rich-fixtures';
import { ragSummary, sheetEntries } from './helpers';

const plan = (extra = {}) => ({ name: 'SIP Phase 2', rows: planRows(), ...extra });

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('it did not refuse');
}

describe('the package writer refuses', () => {
  it('to rebuild a tracker sheet that is protected, naming it', async () => {
    const input = await buildPackage({
      sheets: [plan(), { name: 'RAG Summary', rows: [['RAG Summary']], protected: true }],
    });
    const e = await rejection(writeSheetsIntoPackage(input, [ragSummary()]));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      'The sheet "RAG Summary" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
    );
  });

  it('to add a sheet to a workbook whose structure is protected', async () => {
    const input = await buildPackage({ sheets: [plan()], lockStructure: true });
    const e = await rejection(writeSheetsIntoPackage(input, [ragSummary()]));
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).code).toBe('protected');
    expect(e.message).toMatch(
      /^The workbook's structure is protected, so the tracker cannot add its "RAG Summary" sheet\./,
    );
  });

  it('to highlight in a protected plan sheet', async () => {
    const input = await buildPackage({ sheets: [plan({ protected: true })] });
    const e = await rejection(
      applyEditsToUserSheets(input, [
        { kind: 'clearConditionalFormats', sheet: 'SIP Phase 2', tag: 'ofsted-highlight' },
      ]),
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).code).toBe('protected');
  });

  it("to replace a sheet it was not told is the tracker's: a bug in the caller, not the user's doing", async () => {
    const input = await buildPackage({
      sheets: [plan(), { name: 'rag summary', rows: [['Our own notes']] }],
    });
    const e = await rejection(
      writeSheetsIntoPackage(input, [ragSummary()], { owned: new Set(['PlanTracker State']) }),
    );
    expect(e).toBeInstanceOf(InternalError);
    // Told it is the tracker's, it replaces it.
    const out = await writeSheetsIntoPackage(input, [ragSummary()], { owned: new Set(['RAG Summary']) });
    expect((await sheetEntries(out)).map((s) => s['@name'])).toEqual(['SIP Phase 2', 'RAG Summary']);
  });
});

describe('reading workbook.xml', () => {
  const xml = (sheets: string) =>
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets>${sheets}</sheets></workbook>`;

  it('counts only the <sheet> elements, never one inside a comment', () => {
    const wb = new WorkbookXml(
      xml(
        '<!-- <sheet name="Old" sheetId="9" r:id="rId9"/> --><sheet name="Plan" sheetId="1" r:id="rId1"/>' +
          '<!-- moved --><sheet name="Data" sheetId="2" r:id="rId2"/>',
      ),
    );
    expect(wb.sheets().map((s) => s.name)).toEqual(['Plan', 'Data']);
  });

  it("reads a '>' and attribute-like text inside a sheet name, and edits only the real attribute", () => {
    const wb = new WorkbookXml(
      xml(
        `<sheet name="Plan > 2013 state='x'" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/>`,
      ),
    );
    expect(wb.sheets().map((s) => [s.name, s.relId])).toEqual([
      ["Plan > 2013 state='x'", 'rId1'],
      ['B', 'rId2'],
    ]);
    const tag = findElements(wb.xml, 'sheet')[0].startTag;
    expect(setAttribute(tag, 'state', 'hidden')).toBe(
      `<sheet name="Plan > 2013 state='x'" sheetId="1" r:id="rId1" state="hidden"/>`,
    );
  });
});
