/**
 * The Open Packaging Conventions layer of an .xlsx: opening the zip, finding parts by name,
 * reading relationships and content types, and splicing small edits into them.
 */
import { UserError } from '../../core/errors';
import { ZipArchive, type PackageLimits } from '../zip/archive';
import { writeZip, type ZipSource } from '../zip/write-zip';
import { escapeXml, findElement, findElements, rootPrefix, splice } from './xml-util';

export const NS = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictOfficeDocument: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

/** Main-part content types of the workbook kinds we can write into. */
export const WORKBOOK_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);

/**
 * An .xlsx package held in memory: parts are inflated only when asked for, edited parts are kept as text,
 * and `bytes()` writes the zip again with every other part copied unchanged. Entries whose names are
 * absolute or climb out of the package (`/etc/x`, `../../evil.txt`) are never parts and never copied.
 */
export class Package {
  /** Lower-cased part name (no leading '/') → name as stored in the zip. */
  private readonly names = new Map<string, string>();
  /** Parts written or replaced since opening, by stored name. */
  private readonly written = new Map<string, string>();

  private constructor(private readonly archive: ZipArchive) {
    for (const e of archive.entries) if (!e.directory) this.names.set(e.name.toLowerCase(), e.name);
  }

  /** Opens a package, refusing (UserError 'unreadable' or 'too-large') what is not a workbook zip or passes the bounds. */
  static async open(input: Uint8Array, limits?: PackageLimits): Promise<Package> {
    if (!(input instanceof Uint8Array) || input.length === 0) {
      throw new UserError('The workbook is empty (0 bytes): it is not an Excel .xlsx file.', 'unreadable');
    }
    if (input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0) {
      throw new UserError(
        'The workbook is an old Excel 97-2003 file (.xls) or is protected with a password; save it as an unprotected "Excel Workbook (.xlsx)" and try again.',
        'unreadable',
      );
    }
    if (input[0] !== 0x50 || input[1] !== 0x4b) {
      throw new UserError('The workbook is not an Excel .xlsx file (it is not a zip package).', 'unreadable');
    }
    return new Package(await ZipArchive.open(input, 'The workbook', limits));
  }

  /** Names of zip entries left out because they are absolute or climb out of the package. */
  get unsafeNames(): readonly string[] {
    return this.archive.unsafeNames;
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  /** The stored spelling of a part name, or undefined. */
  actual(part: string): string | undefined {
    return this.names.get(part.toLowerCase());
  }

  async text(part: string): Promise<string> {
    const name = this.actual(part);
    if (!name) throw new Error(`The workbook package has no ${part} part.`);
    return this.written.get(name) ?? this.archive.text(name);
  }

  write(part: string, text: string): void {
    const name = this.actual(part) ?? part;
    this.written.set(name, text);
    this.names.set(name.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.actual(part);
    if (!name) return;
    this.written.delete(name);
    this.names.delete(part.toLowerCase());
  }

  /** The package as a zip: parts in their original order (new ones after), folders kept, unsafe names dropped. */
  async bytes(): Promise<Uint8Array> {
    const out: ZipSource[] = [];
    const done = new Set<string>();
    for (const e of this.archive.entries) {
      const key = e.name.toLowerCase();
      if (e.directory) {
        out.push({ name: e.name, directory: true, modified: e.modified });
        continue;
      }
      const name = this.names.get(key);
      if (name === undefined) continue; // removed
      done.add(key);
      const text = this.written.get(name);
      if (text !== undefined) out.push({ name, data: text });
      else out.push({ name, stream: () => this.archive.stream(name), modified: e.modified });
    }
    for (const [name, text] of this.written) {
      if (!done.has(name.toLowerCase())) out.push({ name, data: text });
    }
    return writeZip(out);
  }
}

/** Folder of a part name, with trailing slash ('' for the root). */
export function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep the raw target
  }
  const segments = (t.startsWith('/') ? t.slice(1) : dirOf(sourcePart) + t).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class Relationships {
  private readonly prefix: string;

  constructor(
    public xml: string,
    private readonly part: string,
  ) {
    const p = rootPrefix(xml, 'Relationships');
    if (p === undefined) throw new Error(`${part} is not a relationships part.`);
    this.prefix = p;
  }

  list(): Relationship[] {
    return findElements(this.xml, `${this.prefix}Relationship`).map((el) => ({
      id: el.attrs.get('Id') ?? '',
      type: el.attrs.get('Type') ?? '',
      target: el.attrs.get('Target') ?? '',
      external: el.attrs.get('TargetMode') === 'External',
    }));
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  freshId(): string {
    const ids = new Set(this.list().map((r) => r.id));
    let n = 1;
    for (const id of ids) {
      const m = /^rId(\d+)$/.exec(id);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    while (ids.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  add(type: string, target: string): string {
    const id = this.freshId();
    const el = `<${this.prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    const close = this.xml.lastIndexOf(`</${this.prefix}Relationships>`);
    if (close >= 0) {
      this.xml = splice(this.xml, close, close, el);
    } else {
      const root = findElement(this.xml, `${this.prefix}Relationships`)!;
      this.xml = splice(
        this.xml,
        root.start,
        root.end,
        `${root.startTag.slice(0, -2)}>${el}</${this.prefix}Relationships>`,
      );
    }
    return id;
  }

  remove(id: string): void {
    const el = findElements(this.xml, `${this.prefix}Relationship`).find((e) => e.attrs.get('Id') === id);
    if (el) this.xml = splice(this.xml, el.start, el.end, '');
  }
}

export class ContentTypes {
  private readonly prefix: string;

  constructor(public xml: string) {
    const p = rootPrefix(xml, 'Types');
    if (p === undefined) throw new Error('[Content_Types].xml has no <Types> element.');
    this.prefix = p;
  }

  /** The content type an Override gives a part, if any. */
  override(part: string): string | undefined {
    const name = `/${part}`.toLowerCase();
    return findElements(this.xml, `${this.prefix}Override`)
      .find((e) => (e.attrs.get('PartName') ?? '').toLowerCase() === name)
      ?.attrs.get('ContentType');
  }

  /** The content type of a part (an Override, else the Default for its extension). */
  of(part: string): string | undefined {
    const override = this.override(part);
    if (override !== undefined) return override;
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    return findElements(this.xml, `${this.prefix}Default`)
      .find((e) => (e.attrs.get('Extension') ?? '').toLowerCase() === ext)
      ?.attrs.get('ContentType');
  }

  setOverride(part: string, contentType: string): void {
    this.removeOverride(part);
    const el = `<${this.prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
    const close = this.xml.lastIndexOf(`</${this.prefix}Types>`);
    if (close < 0) throw new Error('[Content_Types].xml has no closing </Types>.');
    this.xml = splice(this.xml, close, close, el);
  }

  removeOverride(part: string): void {
    const name = `/${part}`.toLowerCase();
    const el = findElements(this.xml, `${this.prefix}Override`).find(
      (e) => (e.attrs.get('PartName') ?? '').toLowerCase() === name,
    );
    if (el) this.xml = splice(this.xml, el.start, el.end, '');
  }
}

/** Finds the workbook part and checks that the package is a SpreadsheetML workbook we can edit. */
export async function locateWorkbook(pkg: Package): Promise<{ workbookPart: string; types: ContentTypes }> {
  if (!pkg.has('[Content_Types].xml') || !pkg.has('_rels/.rels')) {
    throw new UserError(
      'The file is a zip archive but not an Excel workbook: it has no [Content_Types].xml or _rels/.rels part.',
      'unreadable',
    );
  }
  const types = new ContentTypes(await pkg.text('[Content_Types].xml'));
  const rootRels = new Relationships(await pkg.text('_rels/.rels'), '_rels/.rels');
  const rels = rootRels.list();
  if (rels.some((r) => r.type === NS.strictOfficeDocument)) {
    throw new UserError(
      'The workbook is saved as "Strict Open XML Spreadsheet". Open it in Excel and save it as "Excel Workbook (.xlsx)", then try again.',
      'unreadable',
    );
  }
  const main = rels.find((r) => r.type === NS.officeDocument);
  if (!main)
    throw new UserError(
      'The file is a zip archive but not an Office document (no main document part).',
      'unreadable',
    );
  const workbookPart = resolveTarget('', main.target);
  const type = types.of(workbookPart);
  if (!type || !WORKBOOK_CONTENT_TYPES.has(type)) {
    throw new UserError(
      `The file is an Office document but not an Excel workbook (its main part is ${type ?? 'unknown'}).`,
      'unreadable',
    );
  }
  if (!pkg.has(workbookPart))
    throw new UserError(`The workbook package is damaged: ${workbookPart} is missing.`, 'unreadable');
  return { workbookPart: pkg.actual(workbookPart)!, types };
}
