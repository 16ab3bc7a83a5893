/**
 * The .xlsx reader: a workbook package → the core's SheetSnapshots, on the same zip layer the package
 * writer uses. It reads only what a snapshot needs: the workbook part, its relationships, the theme,
 * the styles (once), the shared strings (streamed) and the worksheets (streamed, one at a time), plus
 * each sheet's table parts. Charts, drawings, pictures, pivot caches and comments are never opened.
 */
import type { Readable } from 'node:stream';
import { UserError } from '../../core/errors';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { DEFAULT_THEME } from '../colours';
import { NS, WORKBOOK_CONTENT_TYPES } from '../package/opc';
import { ZipArchive, type PackageLimits } from '../zip/archive';
import { readContentTypes, readRels, type Rel } from './rels';
import { readSheetPart, type SheetContext } from './sheet';
import { readSharedStrings, type StringItem } from './strings';
import { readStyles } from './styles';
import { readThemeColours } from './theme';
import { readWorkbookPart, type DefinedName } from './workbook-part';
import { parseXml, STRICT_SPREADSHEETML } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_TYPES = {
  worksheet: `${REL}worksheet`,
  sharedStrings: `${REL}sharedStrings`,
  theme: `${REL}theme`,
  table: `${REL}table`,
};

/**
 * Parts up to this size are inflated and parsed in one go (fastest); larger ones (a sheet of 100,000
 * rows is 35 MB) are streamed, so they are never held whole in memory.
 */
export const STREAM_PARTS_ABOVE = 8 * 1024 * 1024;

export interface ReadOptions {
  /**
   * Which sheets' cells to read (default: all). The others are still listed, with their name, state
   * and no rows, so a command that needs one sheet does not pay for the rest.
   */
  cellsOf?: (sheetName: string) => boolean;
  limits?: PackageLimits;
  /** Parts larger than this many bytes are streamed (default STREAM_PARTS_ABOVE). */
  streamPartsAbove?: number;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  definedNames: DefinedName[];
  date1904: boolean;
}

/** A workbook opened for reading: its sheet list is known; each sheet is read when asked for. */
export interface OpenedWorkbook {
  sheetNames: string[];
  definedNames: DefinedName[];
  date1904: boolean;
  /** Reads the sheet at `index` (in tab order). */
  sheet(index: number, withCells?: boolean): Promise<SheetSnapshot>;
  /** Every sheet in tab order, read one at a time. */
  sheets(options?: Pick<ReadOptions, 'cellsOf'>): AsyncGenerator<SheetSnapshot>;
}

function notWorkbook(label: string, what: string): UserError {
  return new UserError(`${label} ${what}`, 'unreadable');
}

async function locate(archive: ZipArchive, label: string): Promise<string> {
  if (!archive.has('[Content_Types].xml') || !archive.has('_rels/.rels')) {
    throw notWorkbook(
      label,
      'is a zip archive but not an Excel workbook (.xlsx). Choose the plan’s .xlsx file.',
    );
  }
  const rootRels = [...(await readRels(archive, '', label)).values()];
  if (rootRels.some((r) => r.type === NS.strictOfficeDocument)) {
    throw notWorkbook(
      label,
      'is saved as "Strict Open XML Spreadsheet". Open it in Excel and save it as "Excel Workbook (.xlsx)", then try again.',
    );
  }
  const main = rootRels.find((r) => r.type === NS.officeDocument);
  if (!main) throw notWorkbook(label, 'is a zip archive but not an Office document.');
  const types = await readContentTypes(archive, label);
  const type = types.of(main.part);
  if (!type || !WORKBOOK_CONTENT_TYPES.has(type)) {
    throw notWorkbook(
      label,
      'is an Office document but not an Excel workbook. Choose the plan’s .xlsx file.',
    );
  }
  const part = archive.info(main.part)?.name;
  if (!part) throw notWorkbook(label, `is damaged: its workbook part (${main.part}) is missing.`);
  return part;
}

async function readTable(
  archive: ZipArchive,
  part: string,
  label: string,
): Promise<TableSnapshot | undefined> {
  if (!archive.has(part)) return undefined;
  let table: TableSnapshot | undefined;
  await parseXml(
    await archive.read(part),
    {
      open(name, attrs) {
        if (name !== 'table' || table) return;
        table = {
          name: attrs.displayName ?? attrs.name ?? '',
          range: (attrs.ref ?? '').toUpperCase(),
          hasHeaderRow: attrs.headerRowCount !== '0',
          hasTotalRow: Number(attrs.totalsRowCount ?? 0) > 0,
        };
      },
    },
    label,
    part,
  );
  return table;
}

/** Opens a workbook package: reads its sheet list, theme, styles and shared strings; sheets wait. */
export async function openWorkbook(
  bytes: Uint8Array,
  label: string,
  options: Pick<ReadOptions, 'limits' | 'streamPartsAbove'> = {},
): Promise<OpenedWorkbook> {
  const archive = await ZipArchive.open(bytes, label, options.limits);
  const streamAbove = options.streamPartsAbove ?? STREAM_PARTS_ABOVE;
  const workbookPart = await locate(archive, label);
  const workbookXml = await archive.read(workbookPart);
  // Strict files use other namespaces throughout; the workbook part's root says so.
  if (workbookXml.subarray(0, 4096).toString('utf8').includes(STRICT_SPREADSHEETML)) {
    throw notWorkbook(
      label,
      'is saved as "Strict Open XML Spreadsheet". Open it in Excel and save it as "Excel Workbook (.xlsx)", then try again.',
    );
  }
  const wb = await readWorkbookPart(workbookXml, label, workbookPart);
  const rels = await readRels(archive, workbookPart, label);
  const relOfType = (type: string): Rel | undefined =>
    [...rels.values()].find((r) => r.type === type && !r.external && archive.has(r.part));
  const themeRel = relOfType(REL_TYPES.theme);
  const theme = themeRel
    ? await readThemeColours(await archive.read(themeRel.part), label, themeRel.part)
    : [...DEFAULT_THEME];
  const stylesRel = relOfType(NS.styles);
  const styles = await readStyles(
    stylesRel ? await archive.read(stylesRel.part) : undefined,
    theme,
    label,
    stylesRel?.part ?? 'styles',
  );

  // Only worksheets hold cells; chart sheets and macro sheets are left out, as Excel's own API does.
  const sheets = wb.sheets
    .map((s) => ({ ...s, rel: rels.get(s.relId) }))
    .filter((s): s is typeof s & { rel: Rel } => s.rel !== undefined && s.rel.type === REL_TYPES.worksheet);

  const source = (part: string): Promise<Buffer | Readable> =>
    (archive.info(part)?.size ?? 0) > streamAbove ? archive.stream(part) : archive.read(part);

  let strings: Promise<StringItem[]> | undefined;
  const sharedStrings = (): Promise<StringItem[]> => {
    if (!strings) {
      const rel = relOfType(REL_TYPES.sharedStrings);
      strings = rel
        ? source(rel.part).then((s) => readSharedStrings(s, label, rel.part))
        : Promise.resolve([]);
    }
    return strings;
  };

  const readOne = async (index: number, withCells = true): Promise<SheetSnapshot> => {
    const entry = sheets[index];
    const snap: SheetSnapshot = { name: entry.name, rows: [], merges: [] };
    if (entry.hidden) snap.hidden = true;
    const part = archive.info(entry.rel.part)?.name;
    if (!withCells || !part) return snap;
    const ctx: SheetContext = { strings: await sharedStrings(), styles, date1904: wb.date1904, label };
    const read = await readSheetPart(await source(part), ctx, part);
    snap.rows = read.rows;
    snap.merges = read.merges;
    if (read.protected) snap.protected = true;
    if (read.hiddenRows.length) snap.hiddenRows = read.hiddenRows;
    if (read.tableRelIds.length) {
      const sheetRels = await readRels(archive, part, label);
      const tables: TableSnapshot[] = [];
      for (const id of read.tableRelIds) {
        const rel = sheetRels.get(id);
        if (!rel || rel.external || rel.type !== REL_TYPES.table) continue;
        const table = await readTable(archive, archive.info(rel.part)?.name ?? rel.part, label);
        if (table) tables.push(table);
      }
      snap.tables = tables;
    }
    return snap;
  };

  return {
    sheetNames: sheets.map((s) => s.name),
    definedNames: wb.definedNames,
    date1904: wb.date1904,
    sheet: readOne,
    async *sheets(options = {}) {
      for (let i = 0; i < sheets.length; i++) {
        yield await readOne(i, options.cellsOf ? options.cellsOf(sheets[i].name) : true);
      }
    },
  };
}

/** Reads a whole workbook into a snapshot (every sheet, or those `cellsOf` names, with cells). */
export async function readWorkbook(
  bytes: Uint8Array,
  label: string,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const wb = await openWorkbook(bytes, label, options);
  const sheets: SheetSnapshot[] = [];
  for await (const sheet of wb.sheets({ cellsOf: options.cellsOf })) sheets.push(sheet);
  return { snapshot: { sheets }, definedNames: wb.definedNames, date1904: wb.date1904 };
}
