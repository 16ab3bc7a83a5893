/**
 * A small, explicit SpreadsheetML package writer for test fixtures: every part is written here as text,
 * so a fixture can carry exactly the parts a user's workbook has and ExcelJS cannot write — charts,
 * pivot tables, threaded comments, notes on empty cells, custom XML, a VBA project — as well as the
 * serialisations real tools produce (shared or inline strings, comments inside <sheets>, very hidden
 * sheets, the 1904 date system, a protected sheet, a workbook-level defined name per sheet).
 *
 * Used by the generator of random plan workbooks (random-workbook.ts) and by the rich fixtures
 * (scripts/build-rich-fixtures.ts). Nothing here knows about plans.
 */
import CFB from 'cfb';
import JSZip from 'jszip';
import { columnLetter, parseA1, parseRange } from '../../src/core/address';
import { ragStripesPng } from './chart-fixture';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCache: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  threaded: 'application/vnd.ms-excel.threadedcomments+xml',
  person: 'application/vnd.ms-excel.person+xml',
  customProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

/** A cell: text, a number (a date when `date` is set), a boolean, or a formula with its cached value. */
export type CellIn =
  | string
  | number
  | boolean
  | { date: number }
  | { formula: string; value: number }
  | { text: string; fill: 'red' | 'amber' | 'green' | 'blue' }
  | null
  | undefined;

export interface NoteIn {
  ref: string;
  text: string;
  author: string;
}

export interface SheetIn {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  rows: CellIn[][];
  merges?: string[];
  /** Review > Protect Sheet. */
  protected?: boolean;
  /** Legacy notes (comments + VML), typically on empty cells. */
  notes?: NoteIn[];
  /** Modern threaded comments (with the placeholder notes Excel writes beside them). */
  threaded?: NoteIn[];
  /** A picture (PNG) anchored at this cell. */
  image?: string;
  /** A bar chart of this range of the sheet (first column categories, second values). */
  chart?: string;
  /** An Excel table over this range (its first row are the headers). */
  table?: { name: string; ref: string };
  /** A pivot table of this range (two columns: item, number), placed at `at`. */
  pivot?: { source: string; at: string };
  /** The user's own conditional format: cells of `ref` equal to `text` get a light fill. */
  conditionalFormat?: { ref: string; text: string };
  /** A list validation on `ref`. */
  validation?: { ref: string; list: string[] };
}

export interface WorkbookIn {
  sheets: SheetIn[];
  /** Texts as shared strings (what Excel writes) or inline strings (what many generators write). */
  strings?: 'shared' | 'inline';
  date1904?: boolean;
  /** An .xlsm: a VBA project part and the macro-enabled content type. */
  macro?: boolean;
  customXml?: boolean;
  /** Workbook defined names; `sheet` is the index of the sheet the name is local to. */
  definedNames?: { name: string; ref: string; sheet?: number }[];
  /** An XML comment inside <sheets> (and one in <definedNames>), as some tools leave. */
  xmlComments?: boolean;
  activeTab?: number;
  /** Review > Protect Workbook (structure). */
  lockStructure?: boolean;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Fixed cell formats in styles.xml (index → meaning). */
const XF = { plain: 0, date: 1, red: 2, amber: 3, green: 4, blue: 5, bold: 6 } as const;
const FILL_ARGB = { red: 'FFFF0000', amber: 'FFFFC000', green: 'FF00B050', blue: 'FF00B0F0' };

const STYLES_XML =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  Object.values(FILL_ARGB)
    .map(
      (c) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor indexed="64"/></patternFill></fill>`,
    )
    .join('') +
  '</fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  [2, 3, 4, 5]
    .map((f) => `<xf numFmtId="0" fontId="0" fillId="${f}" borderId="0" xfId="0" applyFill="1"/>`)
    .join('') +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFE2EFDA"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list
      .map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${escapeXml(t)}</t></si>`)
      .join('');
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(cell: CellIn, ref: string, strings: Strings | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = (t: string, s = 0) => {
    const sAttr = s ? ` s="${s}"` : '';
    if (strings) return `<c r="${ref}"${sAttr} t="s"><v>${strings.add(t)}</v></c>`;
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeXml(t)}</t></is></c>`;
  };
  if (typeof cell === 'string') return text(cell);
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ('date' in cell) return `<c r="${ref}" s="${XF.date}"><v>${cell.date}</v></c>`;
  if ('formula' in cell) return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f><v>${cell.value}</v></c>`;
  return text(cell.text, XF[cell.fill]);
}

function rels(list: { id: string; type: string; target: string }[]): string {
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${list
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('')}</Relationships>`;
}

function commentsXml(notes: NoteIn[]): string {
  const authors = [...new Set(notes.map((n) => n.author))];
  return (
    `${HEAD}<comments xmlns="${MAIN}"><authors>${authors.map((a) => `<author>${escapeXml(a)}</author>`).join('')}</authors><commentList>` +
    notes
      .map(
        (n) =>
          `<comment ref="${n.ref}" authorId="${authors.indexOf(n.author)}"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
      )
      .join('') +
    '</commentList></comments>'
  );
}

function vmlXml(notes: NoteIn[]): string {
  const shapes = notes
    .map((n, i) => {
      const { row, col } = parseA1(n.ref);
      return (
        `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

/** Deterministic GUIDs, so a rebuilt fixture is byte-identical. */
function guid(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `{4A2B7C1D-0000-4000-8000-${h.toUpperCase()}}`;
}

function threadedXml(notes: NoteIn[], firstId: number): string {
  return (
    `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">` +
    notes
      .map(
        (n, i) =>
          `<threadedComment ref="${n.ref}" dT="2024-03-01T09:00:00.00" personId="${guid(1)}" id="${guid(firstId + i)}"><text>${escapeXml(n.text)}</text></threadedComment>`,
      )
      .join('') +
    '</ThreadedComments>'
  );
}

function drawingXml(image: string | undefined, chart: boolean): string {
  const anchor = (ref: string, cols: number, rows: number, body: string) => {
    const { row, col } = parseA1(ref);
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  };
  let body = '';
  if (image) {
    body += anchor(
      image,
      2,
      3,
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
        '<xdr:blipFill><a:blip xmlns:r="' +
        REL +
        '" r:embed="rIdImage"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="762000" cy="381000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
    );
  }
  if (chart) {
    body += anchor(
      'H2',
      7,
      15,
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
    );
  }
  return `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${body}</xdr:wsDr>`;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function chartXml(sheet: SheetIn, ref: string): string {
  const r = parseRange(ref);
  const col = (c: number) => `$${columnLetter(c)}`;
  const cat = `${quoted(sheet.name)}!${col(r.left)}$${r.top + 1}:${col(r.left)}$${r.bottom + 1}`;
  const val = `${quoted(sheet.name)}!${col(r.left + 1)}$${r.top + 1}:${col(r.left + 1)}$${r.bottom + 1}`;
  return (
    `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    '<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${escapeXml(cat)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(val)}</c:f></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart>' +
    '<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function cellText(cell: CellIn): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object')
    return 'text' in cell ? cell.text : String('date' in cell ? cell.date : cell.value);
  return String(cell);
}

function tableXml(sheet: SheetIn, table: { name: string; ref: string }, id: number): string {
  const r = parseRange(table.ref);
  const names: string[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const name = cellText(sheet.rows[r.top]?.[c]) || `Column${c - r.left + 1}`;
    names.push(names.includes(name) ? `${name}${c}` : name);
  }
  return (
    `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${names.length}">` +
    names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeXml(n)}"/>`).join('') +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function pivotCacheXml(sheet: SheetIn, source: string): string {
  const r = parseRange(source);
  const items = [...new Set(sheet.rows.slice(r.top + 1, r.bottom + 1).map((row) => cellText(row?.[r.left])))];
  const numbers = sheet.rows
    .slice(r.top + 1, r.bottom + 1)
    .map((row) => Number(cellText(row?.[r.left + 1])))
    .filter(Number.isFinite);
  return (
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" refreshOnLoad="1" saveData="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0">` +
    `<cacheSource type="worksheet"><worksheetSource ref="${source}" sheet="${escapeXml(sheet.name)}"/></cacheSource>` +
    `<cacheFields count="2"><cacheField name="${escapeXml(cellText(sheet.rows[r.top]?.[r.left]) || 'Item')}" numFmtId="0"><sharedItems count="${items.length}">${items.map((i) => `<s v="${escapeXml(i)}"/>`).join('')}</sharedItems></cacheField>` +
    `<cacheField name="${escapeXml(cellText(sheet.rows[r.top]?.[r.left + 1]) || 'Value')}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="${Math.min(0, ...numbers)}" maxValue="${Math.max(0, ...numbers)}"/></cacheField></cacheFields>` +
    '</pivotCacheDefinition>'
  );
}

function pivotTableXml(at: string, itemCount: number, cacheId: number): string {
  const { row, col } = parseA1(at);
  const end = `${columnLetter(col + 1)}${row + itemCount + 2}`;
  const items = Array.from({ length: itemCount }, (_, i) => `<item x="${i}"/>`).join('');
  const rowItems = Array.from({ length: itemCount }, (_, i) =>
    i === 0 ? '<i><x/></i>' : `<i><x v="${i}"/></i>`,
  ).join('');
  return (
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable${cacheId}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1">` +
    `<location ref="${at}:${end}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="${itemCount + 1}">${items}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
    `<rowFields count="1"><field x="0"/></rowFields><rowItems count="${itemCount + 1}">${rowItems}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
    '<dataFields count="1"><dataField name="Sum" fld="1" baseField="0" baseItem="0"/></dataFields>' +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'
  );
}

/** A tiny OLE compound file shaped like a VBA project (PROJECT and VBA/dir streams). */
function vbaProjectBin(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(
    cfb,
    '/PROJECT',
    Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\nName="VBAProject"\r\n'),
  );
  CFB.utils.cfb_add(cfb, '/VBA/dir', Buffer.from([1, 0x1c, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, '/VBA/Module1', Buffer.from('Attribute VB_Name = "Module1"\r\n'));
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

function sheetXml(
  sheet: SheetIn,
  index: number,
  strings: Strings | undefined,
  relIds: Record<string, string>,
): string {
  const rowsXml: string[] = [];
  let maxRow = 0;
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    const cells = (row ?? []).map((cell, c) => {
      const xml = cellXml(cell, `${columnLetter(c)}${r + 1}`, strings);
      if (xml) {
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      }
      return xml;
    });
    if (cells.some((c) => c)) rowsXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const parts = [
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`,
    `<dimension ref="A1:${columnLetter(maxCol)}${maxRow + 1}"/>`,
    `<sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}/></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    rowsXml.length ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>',
  ];
  if (sheet.protected) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  if (sheet.merges?.length) {
    parts.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
    );
  }
  if (sheet.conditionalFormat) {
    const { ref, text } = sheet.conditionalFormat;
    const first = ref.split(':')[0];
    parts.push(
      `<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="0" priority="1"><formula>${escapeXml(`TRIM(${first})="${text}"`)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  if (sheet.validation) {
    const { ref, list } = sheet.validation;
    parts.push(
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${ref}"><formula1>"${escapeXml(list.join(','))}"</formula1></dataValidation></dataValidations>`,
    );
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (relIds.drawing) parts.push(`<drawing r:id="${relIds.drawing}"/>`);
  if (relIds.vml) parts.push(`<legacyDrawing r:id="${relIds.vml}"/>`);
  if (relIds.table) parts.push(`<tableParts count="1"><tablePart r:id="${relIds.table}"/></tableParts>`);
  parts.push('</worksheet>');
  return parts.join('');
}

/** The package's bytes. Deterministic: the same description gives the same bytes. */
export async function buildPackage(wb: WorkbookIn): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2024, 2, 1));
  const put = (name: string, data: string | Uint8Array) =>
    zip.file(name, data, { date, createFolders: false });
  const overrides: [string, string][] = [];
  const defaults: [string, string][] = [
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
  ];
  const strings = (wb.strings ?? 'shared') === 'shared' ? new Strings() : undefined;
  const wbRels: { id: string; type: string; target: string }[] = [];
  const counter = { drawing: 0, comments: 0, table: 0, pivot: 0, chart: 0, image: 0, threaded: 0 };
  let commentIds = 1;
  const pivotCaches: { cacheId: number; relId: string }[] = [];
  let needsPersons = false;

  wb.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const sheetRels: { id: string; type: string; target: string }[] = [];
    const relIds: Record<string, string> = {};
    const notes = [...(sheet.notes ?? [])];
    if (sheet.threaded?.length) {
      needsPersons = true;
      counter.threaded++;
      const first = commentIds;
      commentIds += sheet.threaded.length;
      put(`xl/threadedComments/threadedComment${counter.threaded}.xml`, threadedXml(sheet.threaded, first));
      overrides.push([`/xl/threadedComments/threadedComment${counter.threaded}.xml`, CT.threaded]);
      sheetRels.push({
        id: 'rIdThreaded',
        type: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
        target: `../threadedComments/threadedComment${counter.threaded}.xml`,
      });
      // Excel writes a placeholder note for each thread, for programs that cannot read threads.
      sheet.threaded.forEach((t, j) =>
        notes.push({ ref: t.ref, author: `tc=${guid(first + j)}`, text: `[Threaded comment]\n\n${t.text}` }),
      );
    }
    if (notes.length) {
      counter.comments++;
      put(`xl/comments${counter.comments}.xml`, commentsXml(notes));
      put(`xl/drawings/vmlDrawing${counter.comments}.vml`, vmlXml(notes));
      overrides.push([`/xl/comments${counter.comments}.xml`, CT.comments]);
      sheetRels.push({
        id: 'rIdComments',
        type: `${REL}/comments`,
        target: `../comments${counter.comments}.xml`,
      });
      sheetRels.push({
        id: 'rIdVml',
        type: `${REL}/vmlDrawing`,
        target: `../drawings/vmlDrawing${counter.comments}.vml`,
      });
      relIds.vml = 'rIdVml';
      if (!defaults.some(([e]) => e === 'vml'))
        defaults.push(['vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing']);
    }
    if (sheet.image || sheet.chart) {
      counter.drawing++;
      const d = counter.drawing;
      const drawingRels: { id: string; type: string; target: string }[] = [];
      if (sheet.image) {
        counter.image++;
        put(`xl/media/image${counter.image}.png`, new Uint8Array(ragStripesPng()));
        drawingRels.push({
          id: 'rIdImage',
          type: `${REL}/image`,
          target: `../media/image${counter.image}.png`,
        });
        if (!defaults.some(([e]) => e === 'png')) defaults.push(['png', 'image/png']);
      }
      if (sheet.chart) {
        counter.chart++;
        put(`xl/charts/chart${counter.chart}.xml`, chartXml(sheet, sheet.chart));
        overrides.push([`/xl/charts/chart${counter.chart}.xml`, CT.chart]);
        drawingRels.push({
          id: 'rIdChart',
          type: `${REL}/chart`,
          target: `../charts/chart${counter.chart}.xml`,
        });
      }
      put(`xl/drawings/drawing${d}.xml`, drawingXml(sheet.image, Boolean(sheet.chart)));
      put(`xl/drawings/_rels/drawing${d}.xml.rels`, rels(drawingRels));
      overrides.push([`/xl/drawings/drawing${d}.xml`, CT.drawing]);
      sheetRels.push({ id: 'rIdDrawing', type: `${REL}/drawing`, target: `../drawings/drawing${d}.xml` });
      relIds.drawing = 'rIdDrawing';
    }
    if (sheet.table) {
      counter.table++;
      put(`xl/tables/table${counter.table}.xml`, tableXml(sheet, sheet.table, counter.table));
      overrides.push([`/xl/tables/table${counter.table}.xml`, CT.table]);
      sheetRels.push({ id: 'rIdTable', type: `${REL}/table`, target: `../tables/table${counter.table}.xml` });
      relIds.table = 'rIdTable';
    }
    if (sheet.pivot) {
      counter.pivot++;
      const p = counter.pivot;
      const cacheId = p;
      const r = parseRange(sheet.pivot.source);
      const itemCount = new Set(
        sheet.rows.slice(r.top + 1, r.bottom + 1).map((row) => cellText(row?.[r.left])),
      ).size;
      put(`xl/pivotCache/pivotCacheDefinition${p}.xml`, pivotCacheXml(sheet, sheet.pivot.source));
      put(`xl/pivotTables/pivotTable${p}.xml`, pivotTableXml(sheet.pivot.at, itemCount, cacheId));
      put(
        `xl/pivotTables/_rels/pivotTable${p}.xml.rels`,
        rels([
          {
            id: 'rId1',
            type: `${REL}/pivotCacheDefinition`,
            target: `../pivotCache/pivotCacheDefinition${p}.xml`,
          },
        ]),
      );
      overrides.push([`/xl/pivotCache/pivotCacheDefinition${p}.xml`, CT.pivotCache]);
      overrides.push([`/xl/pivotTables/pivotTable${p}.xml`, CT.pivotTable]);
      sheetRels.push({
        id: 'rIdPivot',
        type: `${REL}/pivotTable`,
        target: `../pivotTables/pivotTable${p}.xml`,
      });
      const relId = `rIdCache${p}`;
      wbRels.push({
        id: relId,
        type: `${REL}/pivotCacheDefinition`,
        target: `pivotCache/pivotCacheDefinition${p}.xml`,
      });
      pivotCaches.push({ cacheId, relId });
    }
    put(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, i, strings, relIds));
    overrides.push([`/xl/worksheets/sheet${n}.xml`, CT.worksheet]);
    if (sheetRels.length) put(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels(sheetRels));
    wbRels.push({ id: `rId${n}`, type: `${REL}/worksheet`, target: `worksheets/sheet${n}.xml` });
  });

  const base = wb.sheets.length;
  wbRels.push({ id: `rId${base + 1}`, type: `${REL}/styles`, target: 'styles.xml' });
  put('xl/styles.xml', STYLES_XML);
  overrides.push(['/xl/styles.xml', CT.styles]);
  if (strings) {
    put('xl/sharedStrings.xml', strings.xml());
    overrides.push(['/xl/sharedStrings.xml', CT.sst]);
    wbRels.push({ id: `rId${base + 2}`, type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' });
  }
  if (needsPersons) {
    put(
      'xl/persons/person.xml',
      `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="Jane Smith" id="${guid(1)}" userId="jane.smith@example.gov.uk" providerId="AD"/></personList>`,
    );
    overrides.push(['/xl/persons/person.xml', CT.person]);
    wbRels.push({
      id: 'rIdPersons',
      type: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
      target: 'persons/person.xml',
    });
  }
  if (wb.macro) {
    put('xl/vbaProject.bin', vbaProjectBin());
    defaults.push(['bin', 'application/vnd.ms-office.vbaProject']);
    wbRels.push({
      id: 'rIdVba',
      type: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
      target: 'vbaProject.bin',
    });
  }
  if (wb.customXml) {
    put(
      'customXml/item1.xml',
      '<?xml version="1.0" encoding="UTF-8"?><planTracker xmlns="urn:example:fixture"><owner>Improvement board</owner></planTracker>',
    );
    put(
      'customXml/itemProps1.xml',
      `${HEAD}<ds:datastoreItem ds:itemID="${guid(99)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    put(
      'customXml/_rels/item1.xml.rels',
      rels([{ id: 'rId1', type: `${REL}/customXmlProps`, target: 'itemProps1.xml' }]),
    );
    overrides.push(['/customXml/itemProps1.xml', CT.customProps]);
    wbRels.push({ id: 'rIdCustom', type: `${REL}/customXml`, target: '../customXml/item1.xml' });
  }

  const comment = (text: string) => (wb.xmlComments ? `<!-- ${text} -->` : '');
  const sheetsXml = wb.sheets
    .map(
      (s, i) =>
        (i === 1 ? comment(`<sheet name="Old plan" sheetId="99" r:id="rId99"/> removed`) : '') +
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const names = (wb.definedNames ?? [])
    .map(
      (d) =>
        `<definedName name="${escapeXml(d.name)}"${d.sheet !== undefined ? ` localSheetId="${d.sheet}"` : ''}>${escapeXml(d.ref)}</definedName>`,
    )
    .join('');
  const workbookXml =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    `<workbookPr${wb.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="166925"/>` +
    (wb.lockStructure ? '<workbookProtection lockStructure="1"/>' : '') +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${wb.activeTab ?? 0}"/></bookViews>` +
    `<sheets>${comment('sheets in board order')}${sheetsXml}</sheets>` +
    (names
      ? `<definedNames>${comment('<definedName name="Gone" localSheetId="0">A1</definedName>')}${names}</definedNames>`
      : '') +
    '<calcPr calcId="191029"/>' +
    (pivotCaches.length
      ? `<pivotCaches>${pivotCaches.map((p) => `<pivotCache cacheId="${p.cacheId}" r:id="${p.relId}"/>`).join('')}</pivotCaches>`
      : '') +
    '</workbook>';
  put('xl/workbook.xml', workbookXml);
  put('xl/_rels/workbook.xml.rels', rels(wbRels));
  overrides.unshift(['/xl/workbook.xml', wb.macro ? CT.macroWorkbook : CT.workbook]);

  const worksheetNames = wb.sheets.map((s) => s.name);
  put(
    'docProps/app.xml',
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${worksheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${worksheetNames.length}" baseType="lpstr">${worksheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
      '<AppVersion>16.0300</AppVersion></Properties>',
  );
  put(
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      '<dc:creator>Plan Tracker fixtures</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created></cp:coreProperties>',
  );
  overrides.push(['/docProps/app.xml', CT.app], ['/docProps/core.xml', CT.core]);
  put(
    '_rels/.rels',
    rels([
      { id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: `${REL}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  put(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join('') +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}
