/** Unit tests of the worksheet writer and the style appender. */
import type { SheetSpec } from '../../src/core/sheet-spec';
import { buildSheetXml, printTitlesRef, quoteSheetName } from '../../src/xlsx/package/sheet-xml';
import { MINIMAL_STYLES_XML, StyleBook } from '../../src/xlsx/package/styles';
import { escapeOoxmlString, stripIllegalXmlChars } from '../../src/xlsx/package/xml-util';
import { addSheetNamesToAppXml } from '../../src/xlsx/package/workbook';
import { assertWellFormed, parser } from './helpers';

function sheetXml(spec: Partial<SheetSpec>, styles = new StyleBook(MINIMAL_STYLES_XML)): string {
  return buildSheetXml({ name: 'RAG Summary', rows: [], ...spec }, styles);
}

describe('buildSheetXml', () => {
  it('writes text as escaped inline strings, never formulas', () => {
    const xml = sheetXml({
      rows: [[{ value: '=HYPERLINK("http://x","<click> & go")' }, { value: "  O'Brien  " }]],
    });
    assertWellFormed(xml, 'sheet');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://x","&lt;click&gt; &amp; go")</t></is></c>',
    );
    expect(xml).toContain('<t xml:space="preserve">  O\'Brien  </t>');
  });

  it('strips characters XML 1.0 forbids and keeps line breaks', () => {
    const xml = sheetXml({ rows: [[{ value: 'a\u0000b\u0007c\u000Bd\nline\ttab\uFFFEe\uD800f' }]] });
    assertWellFormed(xml, 'sheet');
    expect(xml).toContain('<t xml:space="preserve">abcd\nline\ttabef</t>');
    expect(stripIllegalXmlChars('😀 ok')).toBe('😀 ok');
  });

  it('protects literal _xHHHH_ sequences from being decoded by Excel', () => {
    expect(escapeOoxmlString('ref _x000D_ here')).toBe('ref _x005F_x000D_ here');
    expect(sheetXml({ rows: [[{ value: '_x0041_' }]] })).toContain('>_x005F_x0041_<');
  });

  it('writes numbers as values and skips empty unstyled cells', () => {
    const xml = sheetXml({ rows: [[{ value: 1.5 }, { value: null }, undefined, { value: -0 }]] });
    expect(xml).toContain('<row r="1"><c r="A1"><v>1.5</v></c><c r="D1"><v>0</v></c></row>');
    expect(xml).toContain('<dimension ref="A1:D1"/>');
  });

  it('writes a styled empty cell (e.g. a filled band)', () => {
    const xml = sheetXml({ rows: [[{ value: null, style: { fill: '#FF0000' } }]] });
    expect(xml).toMatch(/<c r="A1" s="\d+"\/>/);
  });

  it('freezes rows only, columns only, or both', () => {
    expect(sheetXml({ freeze: { rows: 2, columns: 0 } })).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheetXml({ freeze: { rows: 0, columns: 1 } })).toContain(
      '<pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"/>',
    );
    expect(sheetXml({ freeze: { rows: 0, columns: 0 } })).toContain('<sheetView workbookViewId="0"/>');
  });

  it('quotes sheet names in link locations and print titles', () => {
    expect(quoteSheetName("Bob's plan")).toBe("'Bob''s plan'");
    const xml = sheetXml({ rows: [[{ value: 'go', link: { sheet: "Bob's plan", cell: '$b$7' } }]] });
    const ws = parser.parse(xml).worksheet;
    expect(ws.hyperlinks.hyperlink[0]).toEqual({
      '@ref': 'A1',
      '@location': "'Bob''s plan'!B7",
      '@display': 'go',
    });
    expect(
      printTitlesRef({
        name: "Bob's plan",
        rows: [],
        print: { landscape: true, fitToWidth: true, repeatRows: [1, 2] },
      }),
    ).toBe("'Bob''s plan'!$1:$2");
  });

  it('writes portrait without fit-to-page when asked', () => {
    const xml = sheetXml({ print: { landscape: false, fitToWidth: false } });
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    expect(xml).not.toContain('<sheetPr>');
  });

  it('ignores single-cell merges, which Excel would repair', () => {
    expect(sheetXml({ merges: ['A1:A1', 'B1:C1'] })).toContain(
      '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
    );
  });
});

describe('StyleBook', () => {
  it('appends fonts, fills, borders, number formats and formats, reusing identical ones', () => {
    const styles = new StyleBook(MINIMAL_STYLES_XML);
    const a = styles.cellFormat({
      bold: true,
      fill: '#DDEBF7',
      border: true,
      numberFormat: 'dd/mm/yyyy',
      wrap: true,
    });
    const b = styles.cellFormat({
      bold: true,
      fill: '#DDEBF7',
      border: true,
      numberFormat: 'dd/mm/yyyy',
      wrap: true,
    });
    expect(a).toBe(1);
    expect(b).toBe(1);
    expect(styles.cellFormat({})).toBe(0);
    expect(styles.cellFormat({ numberFormat: '0.00%' })).toBe(2);
    assertWellFormed(styles.text, 'styles');
    expect(styles.text).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>',
    );
    expect(styles.text).toContain('<fonts count="2">');
    expect(styles.text).toContain('<fills count="3">');
    expect(styles.text).toContain('<borders count="2">');
    expect(styles.text).toContain('<cellXfs count="3">');
    // numFmts must come first in <styleSheet>.
    expect(styles.text.indexOf('<numFmts')).toBeLessThan(styles.text.indexOf('<fonts'));

    // A second book over the result finds the same entries and adds nothing.
    const again = new StyleBook(styles.text);
    expect(
      again.cellFormat({ bold: true, fill: '#DDEBF7', border: true, numberFormat: 'dd/mm/yyyy', wrap: true }),
    ).toBe(1);
    expect(again.modified).toBe(false);
  });

  it('works with a prefixed styleSheet', () => {
    const prefixed = MINIMAL_STYLES_XML.replace(/<(\/?)(?=[a-zA-Z])(?!\?)/g, '<$1x:').replace(
      'xmlns=',
      'xmlns:x=',
    );
    const styles = new StyleBook(prefixed);
    expect(styles.cellFormat({ italic: true })).toBe(1);
    expect(styles.text).toContain('<x:font><x:i/>');
    assertWellFormed(styles.text, 'styles');
  });
});

describe('addSheetNamesToAppXml', () => {
  const app =
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
    '<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
    '<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr><vt:lpstr>RagCounts</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

  it('inserts the names after the last worksheet, before named ranges', () => {
    const out = addSheetNamesToAppXml(app, ['RAG Summary', 'A & B'])!;
    expect(out).toContain('<vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges');
    expect(out).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr><vt:lpstr>RAG Summary</vt:lpstr><vt:lpstr>A &amp; B</vt:lpstr><vt:lpstr>RagCounts</vt:lpstr></vt:vector>',
    );
  });

  it('leaves an unusual app.xml alone', () => {
    expect(addSheetNamesToAppXml('<Properties xmlns="x"/>', ['RAG Summary'])).toBeUndefined();
  });
});
