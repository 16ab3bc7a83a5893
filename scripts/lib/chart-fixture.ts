/**
 * A workbook with the kinds of parts ExcelJS cannot carry through a load/save: a real bar chart,
 * a picture, a note on an empty cell, a defined name and a custom XML part.
 * Made with ExcelJS, then post-processed with JSZip to add the chart (ExcelJS cannot write charts).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { RAG_FILL, solidFill, stampWorkbook } from './xlsx-style';

export const PLAN_SHEET = 'SIP Phase 2';
export const DATA_SHEET = 'Chart Data';
export const CHART_PART = 'xl/charts/chart1.xml';

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A small opaque PNG: four RAG-coloured stripes. */
export function ragStripesPng(width = 40, height = 20): Buffer {
  const colours = [
    [0xff, 0x00, 0x00],
    [0xff, 0xc0, 0x00],
    [0x00, 0xb0, 0x50],
    [0x00, 0xb0, 0xf0],
  ];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const c = colours[Math.floor((x * colours.length) / width)];
      raw.set(c, row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Actions by RAG rating</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'${DATA_SHEET}'!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Actions</c:v></c:pt></c:strCache></c:strRef></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>'${DATA_SHEET}'!$A$2:$A$5</c:f><c:strCache><c:ptCount val="4"/><c:pt idx="0"><c:v>Red</c:v></c:pt><c:pt idx="1"><c:v>Amber</c:v></c:pt><c:pt idx="2"><c:v>Green</c:v></c:pt><c:pt idx="3"><c:v>Blue</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>'${DATA_SHEET}'!$B$2:$B$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/><c:pt idx="0"><c:v>2</c:v></c:pt><c:pt idx="1"><c:v>3</c:v></c:pt><c:pt idx="2"><c:v>4</c:v></c:pt><c:pt idx="3"><c:v>1</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart><c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;

const CHART_DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="RAG Chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

function insertBefore(xml: string, marker: string, text: string, part: string): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`chart fixture: ${marker} not found in ${part}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The workbook bytes (see buildWorkbookWithChartAndImage). */
export async function workbookWithChartAndImageBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, new Date(Date.UTC(2013, 8, 30)));

  const plan = wb.addWorksheet(PLAN_SHEET);
  plan.columns = [{ width: 8 }, { width: 40 }, { width: 16 }, { width: 12 }, { width: 10 }];
  plan.getCell('A1').value = 'Walsall Children’s Services Improvement Plan — Phase 2';
  plan.getCell('A1').font = { bold: true, size: 14 };
  plan.mergeCells('A1:E1');
  plan.addRow([]);
  plan.addRow(['Ref', 'Action', 'Lead', 'Deadline', 'RAG']);
  plan.getRow(3).font = { bold: true };
  const actions: [string, string, string, Date, keyof typeof RAG_FILL][] = [
    [
      '1.1',
      'Audit of all open child protection plans',
      'Head of Safeguarding',
      new Date(Date.UTC(2013, 6, 31)),
      'green',
    ],
    [
      '1.2',
      'Recruit permanent team managers',
      'Director of Children’s Services',
      new Date(Date.UTC(2013, 8, 30)),
      'amber',
    ],
    ['2.1', 'Multi-agency threshold document agreed', 'LSCB Chair', new Date(Date.UTC(2013, 5, 30)), 'red'],
    [
      '2.2',
      '=SUM(A1:A2) is written as text, not a formula',
      'Principal Social Worker',
      new Date(Date.UTC(2013, 11, 31)),
      'blue',
    ],
  ];
  for (const [ref, action, lead, deadline, rag] of actions) {
    const row = plan.addRow([ref, action, lead, deadline, rag.toUpperCase()]);
    row.getCell(4).numFmt = 'dd/mm/yyyy';
    row.getCell(5).fill = solidFill(RAG_FILL[rag]);
  }
  // A note on an EMPTY cell: ExcelJS drops these when it re-saves a workbook.
  plan.getCell('G3').note = 'Reviewed at the Improvement Board, 30 September 2013';
  const image = wb.addImage({ buffer: ragStripesPng() as unknown as ExcelJS.Buffer, extension: 'png' });
  plan.addImage(image, { tl: { col: 5.5, row: 4 }, ext: { width: 80, height: 40 } });

  const data = wb.addWorksheet(DATA_SHEET);
  data.addRow(['RAG', 'Actions']);
  data.addRow(['Red', 2]);
  data.addRow(['Amber', 3]);
  data.addRow(['Green', 4]);
  data.addRow(['Blue', 1]);
  wb.definedNames.add(`'${DATA_SHEET}'!$B$2:$B$5`, 'RagCounts');

  const base = new Uint8Array(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(base);

  // Find the data sheet's part through the workbook relationships.
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetEl = new RegExp(`<sheet [^>]*name="${DATA_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbookXml);
  if (!sheetEl) throw new Error('chart fixture: data sheet not found in workbook.xml');
  const target =
    new RegExp(`<Relationship [^>]*Id="${sheetEl[1]}"[^>]*Target="([^"]+)"`).exec(workbookRels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheetEl[1]}"`).exec(workbookRels);
  if (!target) throw new Error('chart fixture: data sheet relationship not found');
  const sheetPart = `xl/${target[1].replace(/^\/?xl\//, '')}`;
  const sheetFile = sheetPart.slice(sheetPart.lastIndexOf('/') + 1);
  const sheetRelsPart = `xl/worksheets/_rels/${sheetFile}.rels`;
  if (zip.file(sheetRelsPart))
    throw new Error('chart fixture: the data sheet unexpectedly has relationships');

  // A second drawing, holding the chart, on the data sheet.
  let drawingN = 1;
  while (zip.file(`xl/drawings/drawing${drawingN}.xml`)) drawingN++;
  const drawingPart = `xl/drawings/drawing${drawingN}.xml`;
  zip.file(CHART_PART, CHART_XML);
  zip.file(drawingPart, CHART_DRAWING_XML);
  zip.file(
    `xl/drawings/_rels/drawing${drawingN}.xml.rels`,
    `${RELS_HEAD}<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file(
    sheetRelsPart,
    `${RELS_HEAD}<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing${drawingN}.xml"/></Relationships>`,
  );
  let sheetXml = await zip.file(sheetPart)!.async('string');
  if (!sheetXml.includes('xmlns:r=')) {
    sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
  }
  // <drawing> comes after pageMargins/pageSetup/headerFooter and before legacyDrawing/tableParts/extLst.
  const closing = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].find((m) =>
    sheetXml.includes(m),
  )!;
  sheetXml = insertBefore(sheetXml, closing, '<drawing r:id="rId1"/>', sheetPart);
  zip.file(sheetPart, sheetXml);

  // A custom XML part linked from the workbook, as SharePoint and some DLP tools add.
  zip.file(
    'customXml/item1.xml',
    '<?xml version="1.0" encoding="UTF-8"?><planTracker xmlns="urn:example:fixture"><owner>Fixture</owner></planTracker>',
  );
  let rels = workbookRels;
  rels = insertBefore(
    rels,
    '</Relationships>',
    `<Relationship Id="rIdCustom1" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
    'xl/_rels/workbook.xml.rels',
  );
  zip.file('xl/_rels/workbook.xml.rels', rels);

  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = insertBefore(
    types,
    '</Types>',
    '<Override PartName="/' +
      CHART_PART +
      '" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      `<Override PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    '[Content_Types].xml',
  );
  if (!/Extension="xml"/i.test(types)) {
    types = insertBefore(
      types,
      '</Types>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      '[Content_Types].xml',
    );
  }
  zip.file('[Content_Types].xml', types);

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Writes the chart-and-image workbook to `path`. */
export async function buildWorkbookWithChartAndImage(path: string): Promise<void> {
  await writeFile(path, await workbookWithChartAndImageBytes());
}
