/**
 * Builds valid-but-unusual .xlsx packages, written part by part as other producers write them, plus
 * hostile packages (zip bombs, entries that climb out of the package), into a directory:
 *
 *   plain.xlsx              the reference plan: default namespace, r:id, shared strings, every cell with `r`
 *   x-prefixed.xlsx         SpreadsheetML under the `x:` prefix in every part (as some generators write it)
 *   no-cell-refs.xlsx       rows and cells without the optional `r` attribute
 *   other-rels-prefix.xlsx  the relationships namespace bound to `rel:`, not `r:`
 *   escaped-names.xlsx      a sheet called `Plan <2013> & "Q3"`, with `>` left unescaped in the attribute
 *   inline-strings.xlsx     inline strings, `_x000A_` escapes, formulas with cached results, ISO-dated cells
 *   date-1904.xlsx          the 1904 date system (older Mac workbooks)
 *   council-theme.xlsx      a non-default theme whose RAG fills are theme colours with tints (no RAG text)
 *   table-hidden-rows.xlsx  the plan inside an Excel table with a total row, two actions in hidden rows
 *
 *   bomb-size.xlsx          one part that declares 2 GB inflated (1 MB of zeros per MB on disk)
 *   bomb-count.xlsx         a valid workbook plus 20,000 tiny entries
 *   bomb-lying.xlsx         a part that declares 1 KB but inflates to 64 MB
 *   unsafe-names.xlsx       a valid workbook plus entries named ../../evil.txt and /etc/evil.txt
 *
 * Every valid fixture holds the same plan, so each must read to the same snapshot as plain.xlsx.
 * Usage: npx tsx scripts/build-package-fixtures.ts [dir]   (default dir: tests/artifacts/package-fixtures)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { REPO_ROOT } from './lib/seed-plan';

export const VALID_FIXTURES = [
  'plain.xlsx',
  'x-prefixed.xlsx',
  'no-cell-refs.xlsx',
  'other-rels-prefix.xlsx',
  'escaped-names.xlsx',
  'inline-strings.xlsx',
  'date-1904.xlsx',
  'council-theme.xlsx',
  'table-hidden-rows.xlsx',
] as const;
export const HOSTILE_FIXTURES = [
  'bomb-size.xlsx',
  'bomb-count.xlsx',
  'bomb-lying.xlsx',
  'unsafe-names.xlsx',
] as const;
export type FixtureName = (typeof VALID_FIXTURES)[number] | (typeof HOSTILE_FIXTURES)[number];

export const PLAN_SHEET = 'Action plan';
export const ESCAPED_SHEET = 'Plan <2013> & "Q3"';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = `${RELS_NS}/`;
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The council theme's colours: accent1–4 are its red, amber, green and blue. */
export const COUNCIL_THEME = { accent1: 'C8102E', accent2: 'FFB81C', accent3: '007A33', accent4: '005EB8' };

type Rag = 'Red' | 'Amber' | 'Green' | 'Blue';
interface ActionRow {
  ref: string;
  action: string;
  lead: string;
  /** Days since 1899-12-30, or text. */
  deadline: number | string;
  rag: Rag;
}

/** The plan every valid fixture holds (deadlines in the 1900 date system). */
export const FIXTURE_ACTIONS: ActionRow[] = [
  {
    ref: '1.1',
    action: 'Audit every open child protection plan',
    lead: 'Sue Butcher',
    deadline: 41578,
    rag: 'Green',
  },
  { ref: '1.2', action: 'Weekly MASH\nreferral review', lead: 'Robert Lake', deadline: 41608, rag: 'Amber' },
  {
    ref: '1.3',
    action: 'Re-train duty team on thresholds',
    lead: 'Rose Collinson',
    deadline: 'Ongoing',
    rag: 'Red',
  },
  {
    ref: '2.1',
    action: 'Publish the early help offer',
    lead: 'Karen Marcroft',
    deadline: 41639,
    rag: 'Blue',
  },
  {
    ref: '2.2',
    action: 'Reduce caseloads < 20 & keep them there',
    lead: 'Paula Jones',
    deadline: 41670,
    rag: 'Green',
  },
];
const HEADER = ['Ref', 'Action', 'Lead officer', 'Deadline', 'Action RAG'];
const TITLE = 'Improvement plan 2013–14';

interface Variant {
  prefix?: string;
  noRefs?: boolean;
  relPrefix?: string;
  sheetName?: string;
  /** The sheet name exactly as it appears in the attribute (to leave `>` unescaped). */
  sheetNameAttr?: string;
  inline?: boolean;
  date1904?: boolean;
  theme?: boolean;
  table?: boolean;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function colName(i: number): string {
  return String.fromCharCode(65 + i);
}

/** Style indices in the fixture's styles part. */
const STYLE = { plain: 0, date: 1, bold: 2, red: 3, amber: 4, green: 5, blue: 6 } as const;

function stylesXml(v: Variant): string {
  const p = v.prefix ? `${v.prefix}:` : '';
  const ns = v.prefix ? `xmlns:${v.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  // With the council theme the RAG fills are theme colours with tints; otherwise plain RGB.
  const fill = (rgb: string, theme: number, tint: number) =>
    `<${p}fill><${p}patternFill patternType="solid">${
      v.theme ? `<${p}fgColor theme="${theme}" tint="${tint}"/>` : `<${p}fgColor rgb="FF${rgb}"/>`
    }<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  return (
    XML_DECL +
    `<${p}styleSheet ${ns}>` +
    `<${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></${p}numFmts>` +
    `<${p}fonts count="2"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font><${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>` +
    `<${p}fills count="6"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>` +
    fill('FF0000', 4, 0) +
    fill('FFC000', 5, 0.3999755851924192) +
    fill('00B050', 6, -0.249977111117893) +
    fill('00B0F0', 7, 0.5999938962981048) +
    `</${p}fills>` +
    `<${p}borders count="1"><${p}border/></${p}borders>` +
    `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
    `<${p}cellXfs count="7">` +
    `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<${p}xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
    [2, 3, 4, 5]
      .map((f) => `<${p}xf numFmtId="0" fontId="0" fillId="${f}" borderId="0" xfId="0" applyFill="1"/>`)
      .join('') +
    `</${p}cellXfs>` +
    `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>` +
    `</${p}styleSheet>`
  );
}

function themeXml(v: Variant): string {
  const c = v.theme
    ? COUNCIL_THEME
    : { accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000' };
  const slot = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
  return (
    XML_DECL +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Council"><a:themeElements>' +
    '<a:clrScheme name="Council">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    slot('dk2', '1F2A44') +
    slot('lt2', 'E7E6E6') +
    slot('accent1', c.accent1) +
    slot('accent2', c.accent2) +
    slot('accent3', c.accent3) +
    slot('accent4', c.accent4) +
    slot('accent5', '5B9BD5') +
    slot('accent6', '70AD47') +
    slot('hlink', '0563C1') +
    slot('folHlink', '954F72') +
    '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
    '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>' +
    '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>' +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>' +
    '</a:themeElements></a:theme>'
  );
}

interface Cell {
  style?: number;
  /** Shared or inline string. */
  text?: string;
  number?: number;
  /** A formula with its cached result. */
  formula?: { f: string; result: string | number };
  /** An ISO date cell (t="d"). */
  iso?: string;
}

const RAG_STYLE: Record<Rag, number> = {
  Red: STYLE.red,
  Amber: STYLE.amber,
  Green: STYLE.green,
  Blue: STYLE.blue,
};
const DAYS_1904 = 1462;

function planRows(v: Variant): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [[{ text: TITLE, style: STYLE.bold }], []];
  rows.push(HEADER.map((h) => ({ text: h, style: STYLE.bold })));
  rows.push([{ text: '1' }, { text: 'Objective: Children are safe and their needs are assessed promptly' }]);
  FIXTURE_ACTIONS.forEach((a, i) => {
    if (a.ref === '2.1') rows.push([{ text: '2' }, { text: 'Objective: Families get help early' }]);
    const deadline: Cell =
      typeof a.deadline === 'string'
        ? { text: a.deadline }
        : v.inline && i === 0
          ? { iso: '2013-10-31T00:00:00', style: STYLE.date }
          : { number: v.date1904 ? a.deadline - DAYS_1904 : a.deadline, style: STYLE.date };
    // The council theme shows RAG by fill only; elsewhere the word is typed into a filled cell.
    const rag: Cell = v.theme ? { style: RAG_STYLE[a.rag] } : { text: a.rag, style: RAG_STYLE[a.rag] };
    const ref: Cell = v.inline && i === 1 ? { formula: { f: '"1."&"2"', result: a.ref } } : { text: a.ref };
    rows.push([ref, { text: a.action }, { text: a.lead }, deadline, rag]);
  });
  if (v.table) {
    rows.push([
      { text: 'Total' },
      undefined,
      undefined,
      undefined,
      { formula: { f: 'SUBTOTAL(103,Plan[Action RAG])', result: FIXTURE_ACTIONS.length } },
    ]);
  }
  return rows;
}

/** Rows 6 and 7 (actions 1.2 and 1.3) are hidden in the table fixture. */
export const HIDDEN_ROWS = [6, 7];
export const TABLE_RANGE = 'A3:E11';

function sheetXml(v: Variant, strings: string[]): string {
  const p = v.prefix ? `${v.prefix}:` : '';
  const rp = v.relPrefix ?? 'r';
  const ns = v.prefix ? `xmlns:${v.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const sst = (text: string) => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return i;
  };
  const ooxml = (text: string) => text.replace(/\n/g, '_x000A_'); // a line break as an escaped character
  const rowsXml = planRows(v)
    .map((row, r) => {
      const cells = row
        .map((c, ci) => {
          if (!c) return v.noRefs ? `<${p}c/>` : '';
          const ref = v.noRefs ? '' : ` r="${colName(ci)}${r + 1}"`;
          const s = c.style ? ` s="${c.style}"` : '';
          if (c.formula) {
            const str = typeof c.formula.result === 'string';
            return `<${p}c${ref}${s}${str ? ' t="str"' : ''}><${p}f>${esc(c.formula.f)}</${p}f><${p}v>${esc(String(c.formula.result))}</${p}v></${p}c>`;
          }
          if (c.iso) return `<${p}c${ref}${s} t="d"><${p}v>${c.iso}</${p}v></${p}c>`;
          if (c.number !== undefined) return `<${p}c${ref}${s}><${p}v>${c.number}</${p}v></${p}c>`;
          if (c.text !== undefined) {
            if (v.inline) {
              return `<${p}c${ref}${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(ooxml(c.text))}</${p}t></${p}is></${p}c>`;
            }
            return `<${p}c${ref}${s} t="s"><${p}v>${sst(c.text)}</${p}v></${p}c>`;
          }
          return `<${p}c${ref}${s}/>`;
        })
        .join('');
      const hidden = v.table && HIDDEN_ROWS.includes(r + 1) ? ' hidden="1"' : '';
      return `<${p}row${v.noRefs ? '' : ` r="${r + 1}"`}${hidden}>${cells}</${p}row>`;
    })
    .join('');
  return (
    XML_DECL +
    `<${p}worksheet ${ns} xmlns:${rp}="${RELS_NS}">` +
    `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>` +
    `<${p}sheetData>${rowsXml}</${p}sheetData>` +
    `<${p}mergeCells count="1"><${p}mergeCell ref="A1:E1"/></${p}mergeCells>` +
    (v.table ? `<${p}tableParts count="1"><${p}tablePart ${rp}:id="rId1"/></${p}tableParts>` : '') +
    `</${p}worksheet>`
  );
}

function tableXml(v: Variant): string {
  const p = v.prefix ? `${v.prefix}:` : '';
  return (
    XML_DECL +
    `<${p}table xmlns${v.prefix ? `:${v.prefix}` : ''}="${MAIN}" id="1" name="Plan" displayName="Plan" ref="${TABLE_RANGE}" totalsRowCount="1">` +
    `<${p}autoFilter ref="A3:E10"/><${p}tableColumns count="5">` +
    HEADER.map((h, i) => `<${p}tableColumn id="${i + 1}" name="${esc(h)}"/>`).join('') +
    `</${p}tableColumns><${p}tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></${p}table>`
  );
}

function sstXml(v: Variant, strings: string[]): string {
  const p = v.prefix ? `${v.prefix}:` : '';
  const ns = v.prefix ? `xmlns:${v.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return (
    XML_DECL +
    `<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`).join('') +
    `</${p}sst>`
  );
}

function workbookXml(v: Variant): string {
  const p = v.prefix ? `${v.prefix}:` : '';
  const rp = v.relPrefix ?? 'r';
  const ns = v.prefix ? `xmlns:${v.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const name = v.sheetNameAttr ?? esc(v.sheetName ?? PLAN_SHEET);
  return (
    XML_DECL +
    `<${p}workbook ${ns} xmlns:${rp}="${RELS_NS}">` +
    `<${p}workbookPr${v.date1904 ? ' date1904="1"' : ''}/>` +
    `<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews>` +
    `<${p}sheets><!-- the plan --><${p}sheet name="${name}" sheetId="1" ${rp}:id="rId1"/></${p}sheets>` +
    `<${p}definedNames><${p}definedName name="_xlnm.Print_Titles" localSheetId="0">${esc(`'${(v.sheetName ?? PLAN_SHEET).replace(/'/g, "''")}'!$3:$3`)}</${p}definedName></${p}definedNames>` +
    `</${p}workbook>`
  );
}

function rels(list: [string, string, string][], external = false): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_RELS}">` +
    list
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

/** The parts of a fixture workbook, by name. */
export function fixtureParts(v: Variant): Record<string, string> {
  const strings: string[] = [];
  const sheet = sheetXml(v, strings);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      XML_DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
      (v.inline
        ? ''
        : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>') +
      (v.table
        ? '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels': rels([['rId1', `${REL}officeDocument`, 'xl/workbook.xml']]),
    'xl/workbook.xml': workbookXml(v),
    'xl/_rels/workbook.xml.rels': rels([
      ['rId1', `${REL}worksheet`, 'worksheets/sheet1.xml'],
      ['rId2', `${REL}styles`, 'styles.xml'],
      ['rId3', `${REL}theme`, 'theme/theme1.xml'],
      ...(v.inline
        ? []
        : ([['rId4', `${REL}sharedStrings`, 'sharedStrings.xml']] as [string, string, string][])),
    ]),
    'xl/worksheets/sheet1.xml': sheet,
    'xl/styles.xml': stylesXml(v),
    'xl/theme/theme1.xml': themeXml(v),
  };
  if (!v.inline) parts['xl/sharedStrings.xml'] = sstXml(v, strings);
  if (v.table) {
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels([['rId1', `${REL}table`, '../tables/table1.xml']]);
    parts['xl/tables/table1.xml'] = tableXml(v);
  }
  return parts;
}

const VARIANTS: Record<(typeof VALID_FIXTURES)[number], Variant> = {
  'plain.xlsx': {},
  'x-prefixed.xlsx': { prefix: 'x' },
  'no-cell-refs.xlsx': { noRefs: true },
  'other-rels-prefix.xlsx': { relPrefix: 'rel' },
  'escaped-names.xlsx': {
    sheetName: ESCAPED_SHEET,
    sheetNameAttr: 'Plan &lt;2013> &amp; &quot;Q3&quot;',
  },
  'inline-strings.xlsx': { inline: true },
  'date-1904.xlsx': { date1904: true },
  'council-theme.xlsx': { theme: true },
  'table-hidden-rows.xlsx': { table: true },
};

type Entry = { name: string; data: Buffer; compress?: boolean };

function zipEntries(entries: Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2013, 8, 30));
  for (const e of entries) zip.addBuffer(e.data, e.name, { mtime, compress: e.compress ?? true });
  zip.end();
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolvePromise(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

function partsToEntries(parts: Record<string, string>): Entry[] {
  return Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }));
}

/**
 * A zip whose one entry's headers say `declared` bytes but whose data inflates to `actual` bytes
 * (a lying size). Written by hand: no zip library will write a wrong size on purpose.
 */
function lyingZip(base: Buffer, name: string, actual: number, declared: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(actual));
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14); // CRC (never reached: the size check stops first)
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  // Append the lying entry to an existing archive: rebuild its central directory with one more record.
  const eocd = base.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cdSize = base.readUInt32LE(eocd + 12);
  const cdOffset = base.readUInt32LE(eocd + 16);
  const count = base.readUInt16LE(eocd + 10);
  const head = base.subarray(0, cdOffset);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(head.length, 42);
  const newCd = Buffer.concat([base.subarray(cdOffset, cdOffset + cdSize), central, nameBytes]);
  const end = Buffer.from(base.subarray(eocd, eocd + 22));
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  end.writeUInt32LE(newCd.length, 12);
  end.writeUInt32LE(head.length + local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([head, local, nameBytes, data, newCd, end]);
}

/** Renames an entry in a zip's local and central headers (same length), to write names no library allows. */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  const a = Buffer.from(from, 'utf8');
  for (let i = out.indexOf(a); i >= 0; i = out.indexOf(a, i + 1)) Buffer.from(to, 'utf8').copy(out, i);
  return out;
}

export async function buildFixture(name: FixtureName): Promise<Buffer> {
  if (name in VARIANTS)
    return zipEntries(partsToEntries(fixtureParts(VARIANTS[name as keyof typeof VARIANTS])));
  const plain = partsToEntries(fixtureParts({}));
  switch (name) {
    case 'bomb-size.xlsx': {
      // 2 GB of zeros is too slow to deflate here; the sizes in the headers are what is checked, so
      // declare 2 GB over 8 MB of real zeros (any reader that trusts the data would still inflate it all).
      return lyingZip(
        await zipEntries(plain),
        'xl/media/huge.bin',
        8 * 1024 * 1024,
        2 * 1024 * 1024 * 1024 - 1,
      );
    }
    case 'bomb-count.xlsx': {
      const many = Array.from({ length: 20_000 }, (_, i) => ({
        name: `customXml/item${i}.xml`,
        data: Buffer.from('<a/>'),
      }));
      return zipEntries([...plain, ...many]);
    }
    case 'bomb-lying.xlsx':
      return lyingZip(await zipEntries(plain), 'xl/media/small.bin', 64 * 1024 * 1024, 1024);
    case 'unsafe-names.xlsx': {
      const zip = await zipEntries([
        ...plain,
        { name: 'xx/xx/evil.txt', data: Buffer.from('climbs out') },
        { name: 'xetc/evil.txt', data: Buffer.from('absolute') },
      ]);
      return renameEntry(
        renameEntry(zip, 'xx/xx/evil.txt', '../../evil.txt'),
        'xetc/evil.txt',
        '/etc/evil.txt',
      );
    }
    default:
      throw new Error(`unknown fixture ${name}`);
  }
}

export async function buildPackageFixtures(
  dir: string,
  names: readonly FixtureName[] = [...VALID_FIXTURES, ...HOSTILE_FIXTURES],
): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of names) {
    const path = join(dir, name);
    await writeFile(path, await buildFixture(name));
    files[name] = path;
  }
  return files;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(REPO_ROOT, 'tests', 'artifacts', 'package-fixtures'));
  buildPackageFixtures(dir)
    .then((files) => console.log(`wrote ${Object.keys(files).length} fixtures to ${dir}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
