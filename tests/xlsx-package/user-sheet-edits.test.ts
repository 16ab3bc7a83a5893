/**
 * applyEditsToUserSheets / editUserSheets: the Ofsted highlights written into a COPY of a user's plan
 * sheet by splicing its XML — the tracker's conditional format (with the same marker the add-in uses),
 * the fill appended to styles.xml, recommendation ids into empty cells only — and nothing else changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Edit } from '../../src/core/edits';
import {
  highlightEdits,
  linkRecommendations,
  parseOfstedReport,
  removeHighlightEdits,
} from '../../src/core/ofsted';
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import { isTrackerFormula, markFormula } from '../../src/core/tracker-marker';
import { trackerFormula } from '../../src/excel/edit-ops';
import { loadWorkbookBytes } from '../../src/xlsx/open-workbook';
import { applyEditsToUserSheets, editUserSheets } from '../../src/xlsx/package/user-sheet-edits';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { readSeed } from '../ofsted/fixtures';
import { WALSALL_PLAN, WALSALL_REPORT_SEED } from '../ofsted/walsall-truth';
import { assertWellFormed, chartFixture, partText, partsOf, sheetPartOf } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const SHEET = 'SIP Phase 2';
const TAG = 'ofsted-highlight' as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

interface CfRead {
  ref: string;
  rules: { type: string; priority: number; formulae?: string[]; style?: { fill?: unknown } }[];
}

function formatsOf(wb: ExcelJS.Workbook, sheet: string): CfRead[] {
  return (wb.getWorksheet(sheet) as unknown as { conditionalFormattings: CfRead[] }).conditionalFormattings;
}

function trackerBlocks(xml: string): string[] {
  return (xml.match(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g) ?? []).filter((b) =>
    isTrackerFormula(b, TAG),
  );
}

/** Names of the parts whose bytes differ between two packages (and parts only in one). */
async function changedParts(a: Uint8Array, b: Uint8Array): Promise<string[]> {
  const pa = await partsOf(a);
  const pb = await partsOf(b);
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names]
    .filter((n) => {
      const x = pa.get(n);
      const y = pb.get(n);
      return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
    })
    .sort();
}

/** Replaces one part's text in a package (to build inputs that already have formats). */
async function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A user's own rule (RED in the RAG column), as Excel writes it, with its dxf. */
const USER_BLOCK =
  '<conditionalFormatting sqref="E4:E7"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="RED">' +
  '<formula>NOT(ISERROR(SEARCH("RED",E4)))</formula></cfRule></conditionalFormatting>';
const USER_DXF =
  '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';

/** The chart fixture with a user conditional format on the plan sheet. */
async function fixtureWithUserFormat(): Promise<{ bytes: Uint8Array; part: string }> {
  const base = await chartFixture();
  const part = await sheetPartOf(base, SHEET);
  let bytes = await withPart(base, part, (xml) => xml.replace('</mergeCells>', `</mergeCells>${USER_BLOCK}`));
  bytes = await withPart(bytes, 'xl/styles.xml', (xml) =>
    xml.replace('<dxfs count="0"/>', `<dxfs count="1">${USER_DXF}</dxfs>`),
  );
  return { bytes, part };
}

function highlight(address: string, formula: string): Edit {
  return {
    kind: 'conditionalFormat',
    sheet: SHEET,
    address,
    tag: TAG,
    rule: { type: 'formula', formula },
    fill: '#FFF2CC',
  };
}

const CLEAR: Edit = { kind: 'clearConditionalFormats', sheet: SHEET, tag: TAG };

describe('applyEditsToUserSheets on the Walsall plan (real highlight edits)', () => {
  let input: Uint8Array;
  let plan: PlanSheet;
  let edits: Edit[];
  let output: Uint8Array;
  let part: string;

  beforeAll(async () => {
    input = new Uint8Array(fs.readFileSync(path.join(ROOT, WALSALL_PLAN)));
    const read = readPlanSheet(snapshotWorkbook(await loadWorkbookBytes(input, WALSALL_PLAN)).sheets[0]);
    if (!read.ok) throw new Error(read.reason);
    plan = read.plan;
    const report = parseOfstedReport(readSeed(WALSALL_REPORT_SEED));
    edits = highlightEdits(plan, linkRecommendations(report, plan));
    output = await applyEditsToUserSheets(input, edits);
    part = await sheetPartOf(input, SHEET);
  });

  it('adds one tracker conditional format that ExcelJS reads back with its range, formula and fill', async () => {
    expect(edits.filter((e) => e.kind === 'conditionalFormat')).toHaveLength(1);
    const formats = formatsOf(await load(output), SHEET);
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe('B7:B74');
    const [rule] = formats[0].rules;
    expect(rule.type).toBe('expression');
    const formula = rule.formulae![0];
    expect(isTrackerFormula(formula, TAG)).toBe(true);
    expect(formula).toMatch(
      /^AND\(OR\(.*TRIM\(\$A7\)="2\.1\.3".*\),ISTEXT\("PlanTracker:ofsted-highlight"\)\)$/,
    );
    expect(rule.style?.fill).toEqual({ type: 'pattern', bgColor: { argb: 'FFFFF2CC' } });
  });

  it('writes the same formula the add-in writes, so each recognises the other', async () => {
    const edit = edits.find((e) => e.kind === 'conditionalFormat')!;
    if (edit.kind !== 'conditionalFormat') throw new Error('no conditional format');
    const xml = await partText(output, part);
    const inFile = /<formula>([^<]*)<\/formula>/.exec(trackerBlocks(xml)[0])![1].replace(/&amp;/g, '&');
    expect(`=${inFile}`).toBe(trackerFormula(edit.address, edit.rule, edit.tag));
  });

  it('changes only the plan sheet part and styles.xml; the dxf is appended', async () => {
    expect(await changedParts(input, output)).toEqual([part, 'xl/styles.xml'].sort());
    const styles = await partText(output, 'xl/styles.xml');
    expect(styles).toContain(
      '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFF2CC"/></patternFill></fill></dxf></dxfs>',
    );
    for (const p of [part, 'xl/styles.xml']) assertWellFormed(await partText(output, p), p);
  });

  it('places the block in schema order: after mergeCells, before pageMargins', async () => {
    const xml = await partText(output, part);
    const at = xml.indexOf('<conditionalFormatting');
    expect(at).toBeGreaterThan(xml.indexOf('</mergeCells>'));
    expect(at).toBeLessThan(xml.indexOf('<pageMargins'));
    // the rest of the sheet is the input with the block spliced in
    const before = await partText(input, part);
    expect(xml.replace(trackerBlocks(xml)[0], '')).toBe(before);
  });

  it('highlighting again replaces the rule instead of adding a second one, and reuses the dxf', async () => {
    const twice = await applyEditsToUserSheets(output, edits);
    expect(await partText(twice, part)).toBe(await partText(output, part));
    expect(await partText(twice, 'xl/styles.xml')).toBe(await partText(output, 'xl/styles.xml'));
  });

  it('round trip: highlight then remove gives the sheet XML back byte for byte', async () => {
    const removed = await editUserSheets(output, removeHighlightEdits(plan));
    expect(removed.rulesRemoved).toBe(1);
    expect(await partText(removed.bytes, part)).toBe(await partText(input, part));
    // only styles.xml keeps the (now unused) dxf: it is append-only
    expect(await changedParts(input, removed.bytes)).toEqual(['xl/styles.xml']);
  });
});

describe('applyEditsToUserSheets on the chart fixture (a user format, notes, chart, picture)', () => {
  let input: Uint8Array;
  let part: string;

  beforeAll(async () => {
    ({ bytes: input, part } = await fixtureWithUserFormat());
  });

  it("keeps the user's own conditional format and gives the new rule the next priority and a new dxf", async () => {
    const output = await applyEditsToUserSheets(input, [CLEAR, highlight('B4:B7', '=OR(TRIM($A4)="1.2")')]);
    const xml = await partText(output, part);
    expect(xml).toContain(USER_BLOCK);
    expect(trackerBlocks(xml)).toEqual([
      '<conditionalFormatting sqref="B4:B7"><cfRule type="expression" dxfId="1" priority="2">' +
        '<formula>AND(OR(TRIM($A4)="1.2"),ISTEXT("PlanTracker:ofsted-highlight"))</formula></cfRule></conditionalFormatting>',
    ]);
    // the tracker block goes after the user's, both before pageMargins / drawing / legacyDrawing
    expect(xml.indexOf(USER_BLOCK)).toBeLessThan(xml.indexOf('sqref="B4:B7"'));
    expect(xml.indexOf('sqref="B4:B7"')).toBeLessThan(xml.indexOf('<pageMargins'));
    const styles = await partText(output, 'xl/styles.xml');
    expect(styles).toContain(`<dxfs count="2">${USER_DXF}<dxf>`);

    const formats = formatsOf(await load(output), SHEET);
    expect(formats.map((f) => f.ref)).toEqual(['E4:E7', 'B4:B7']);
    expect(formats[0].rules[0].type).toBe('containsText');
    assertWellFormed(xml, part);
  });

  it('keeps the chart, drawings, picture, notes and every other part byte-identical', async () => {
    const output = await applyEditsToUserSheets(input, [
      CLEAR,
      highlight('B4:B7', '=OR(TRIM($A4)="1.2")'),
      { kind: 'setValues', sheet: SHEET, address: 'F4', values: [['R1']] },
    ]);
    expect(await changedParts(input, output)).toEqual([part, 'xl/styles.xml'].sort());
  });

  it('clear removes exactly the tracker rules: its own blocks, and its rules inside a mixed block', async () => {
    const addIn = trackerFormula('C4:C7', { type: 'textEquals', text: 'LSCB Chair' }, TAG).slice(1);
    const otherTag = markFormula('TRIM(E4)="Red"', 'rag-colours').slice(1);
    const mixed =
      '<conditionalFormatting sqref="A4:A7"><cfRule type="expression" dxfId="0" priority="3"><formula>LEN(A4)&gt;3</formula></cfRule>' +
      `<cfRule type="expression" dxfId="0" priority="4"><formula>${addIn.replace(/"/g, '&quot;')}</formula></cfRule></conditionalFormatting>`;
    const ours = `<conditionalFormatting sqref="C4:C7"><cfRule type="expression" dxfId="0" priority="5"><formula>${addIn}</formula></cfRule></conditionalFormatting>`;
    const rag = `<conditionalFormatting sqref="E4:E7"><cfRule type="expression" dxfId="0" priority="6"><formula>${otherTag}</formula></cfRule></conditionalFormatting>`;
    const busy = await withPart(input, part, (xml) =>
      xml.replace(USER_BLOCK, USER_BLOCK + mixed + ours + rag),
    );

    const result = await editUserSheets(busy, [CLEAR]);
    expect(result.rulesRemoved).toBe(2);
    const xml = await partText(result.bytes, part);
    expect(xml).toContain(USER_BLOCK);
    expect(xml).toContain(rag); // another tag's rule stays
    expect(xml).not.toContain(ours);
    expect(xml).toContain(
      '<conditionalFormatting sqref="A4:A7"><cfRule type="expression" dxfId="0" priority="3"><formula>LEN(A4)&gt;3</formula></cfRule></conditionalFormatting>',
    );
    expect(trackerBlocks(xml)).toEqual([]);
    expect(await partText(result.bytes, 'xl/styles.xml')).toBe(await partText(busy, 'xl/styles.xml'));
  });

  it('clearing a sheet with no tracker rules changes nothing', async () => {
    const result = await editUserSheets(input, [CLEAR]);
    expect(result.rulesRemoved).toBe(0);
    expect(await changedParts(input, result.bytes)).toEqual([]);
  });

  describe('setValues', () => {
    let result: Awaited<ReturnType<typeof editUserSheets>>;
    let xml: string;

    beforeAll(async () => {
      result = await editUserSheets(input, [
        { kind: 'setValues', sheet: SHEET, address: 'A4', values: [['OVERWRITTEN']] }, // holds "1.1"
        { kind: 'setValues', sheet: SHEET, address: 'G3', values: [['R1, R2']] }, // styled, empty, has a note
        { kind: 'setValues', sheet: SHEET, address: 'F4', values: [['R1']] }, // absent, inside a row
        { kind: 'setValues', sheet: SHEET, address: 'C2', values: [['R3 & "R4"']] }, // absent row
        { kind: 'setValues', sheet: SHEET, address: 'H9', values: [[7]] }, // past the last row
        { kind: 'setValues', sheet: SHEET, address: 'D5:E5', values: [[null, 'skip me']] }, // null left alone
      ]);
      xml = await partText(result.bytes, part);
    });

    it('never overwrites a cell that holds something: it is skipped and reported', async () => {
      expect(result.skipped).toEqual([`${SHEET}!A4`, `${SHEET}!E5`]);
      const ws = (await load(result.bytes)).getWorksheet(SHEET)!;
      expect(ws.getCell('A4').value).toBe('1.1');
      expect(ws.getCell('E5').value).toBe('AMBER');
      expect(xml).not.toContain('OVERWRITTEN');
    });

    it('writes inline strings into empty and absent cells, keeping the cell style', async () => {
      expect(result.written).toEqual([`${SHEET}!G3`, `${SHEET}!F4`, `${SHEET}!C2`, `${SHEET}!H9`]);
      expect(xml).toContain(
        '<c r="G3" s="2" t="inlineStr"><is><t xml:space="preserve">R1, R2</t></is></c></row>',
      );
      expect(xml).toContain(
        '<c r="E4" s="4" t="s"><v>9</v></c><c r="F4" t="inlineStr"><is><t xml:space="preserve">R1</t></is></c></row>',
      );
      const ws = (await load(result.bytes)).getWorksheet(SHEET)!;
      expect(ws.getCell('G3').value).toBe('R1, R2');
      expect(ws.getCell('F4').value).toBe('R1');
      expect(ws.getCell('C2').value).toBe('R3 & "R4"');
      expect(ws.getCell('H9').value).toBe(7);
      expect(ws.getCell('G3').note).toBeDefined();
    });

    it('creates rows in order and widens spans and the dimension', () => {
      const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
      expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
      expect(xml).toContain('<row r="4" spans="1:6"');
      expect(xml).toContain('<dimension ref="A1:H9"/>');
      assertWellFormed(xml, part);
    });

    it('leaves every other cell as it was', async () => {
      const before = await partText(input, part);
      const cells = (s: string) => new Set(s.match(/<c r="[A-Z]+\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g));
      const was = cells(before);
      const now = cells(xml);
      const gone = [...was].filter((c) => !now.has(c));
      expect(gone).toEqual(['<c r="G3" s="2"/>']);
    });
  });

  it('round trip with ids: highlight then remove leaves only the written ref cells', async () => {
    const ids: Edit = { kind: 'setValues', sheet: SHEET, address: 'F4', values: [['R1']] };
    const highlighted = await applyEditsToUserSheets(input, [
      CLEAR,
      highlight('B4:B7', '=OR(TRIM($A4)="1.1",TRIM($A4)="2.2")'),
      highlight('B6', '=TRUE'),
      ids,
    ]);
    const removed = await applyEditsToUserSheets(highlighted, [CLEAR]);
    const idsOnly = await applyEditsToUserSheets(input, [ids]);
    expect(await partText(removed, part)).toBe(await partText(idsOnly, part));
  });
});

describe('applyEditsToUserSheets refuses what it cannot do', () => {
  it('an edit kind other than the three it supports', async () => {
    const input = await chartFixture();
    await expect(
      applyEditsToUserSheets(input, [{ kind: 'setFill', sheet: SHEET, address: 'A1', colour: '#FF0000' }]),
    ).rejects.toThrow(
      'A "setFill" edit cannot be applied to a saved workbook: only clearConditionalFormats, conditionalFormat and setValues can.',
    );
  });

  it('a sheet that is not in the workbook', async () => {
    const input = await chartFixture();
    await expect(
      applyEditsToUserSheets(input, [{ kind: 'clearConditionalFormats', sheet: 'Plan', tag: TAG }]),
    ).rejects.toThrow('The workbook has no sheet called "Plan".');
  });

  it('a range that is not an A1 range, or a colour that is not #RRGGBB', async () => {
    const input = await chartFixture();
    await expect(applyEditsToUserSheets(input, [highlight('B4:nowhere', '=TRUE')])).rejects.toThrow(
      'is not an A1 range',
    );
    await expect(
      applyEditsToUserSheets(input, [{ ...highlight('B4', '=TRUE'), fill: 'yellow' } as Edit]),
    ).rejects.toThrow('Fill "yellow" is not a colour of the form #RRGGBB.');
  });
});
