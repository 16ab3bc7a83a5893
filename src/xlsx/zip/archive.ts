/**
 * The zip container under every .xlsx the tracker reads or writes: one place that opens it, checks it
 * against the bounds below before anything is inflated, and refuses entry names that would escape it.
 *
 * Built on yauzl (https://github.com/thejoshwolfe/yauzl): it reads the central directory first (so the
 * declared sizes and the entry count are known before a byte is inflated), inflates with Node's own zlib,
 * streams each entry, and stops an entry whose inflated data outgrows its declared size
 * (`validateEntrySizes`), which makes the declared sizes safe to bound.
 */
import { PassThrough, type Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { UserError } from '../../core/errors';

/**
 * Bounds on a package, checked on the declared sizes before inflating anything. The largest real plan
 * we know of (100,000 rows) is 35 MB inflated; Excel itself stops well short of these.
 */
export const PACKAGE_LIMITS = {
  /** Entries (parts, folders) in the zip. */
  maxEntries: 10_000,
  /** Inflated size of one part. */
  maxPartBytes: 512 * 1024 * 1024,
  /** Inflated size of all parts together. */
  maxTotalBytes: 1024 * 1024 * 1024,
} as const;

export type PackageLimits = { [K in keyof typeof PACKAGE_LIMITS]: number };

export interface ZipEntryInfo {
  /** The entry name as stored (forward slashes, no leading slash). */
  name: string;
  /** Declared inflated size in bytes. */
  size: number;
  directory: boolean;
  modified: Date;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

function damaged(label: string): UserError {
  return new UserError(
    `${label} is damaged or incomplete and could not be opened as a workbook. Try opening it in Excel and saving a fresh copy.`,
    'unreadable',
  );
}

function tooLarge(label: string, what: string): UserError {
  return new UserError(
    `${label} was not opened: ${what}. A workbook this size is almost certainly damaged or built to harm; if it is a real plan, save it again from Excel and try once more.`,
    'too-large',
  );
}

function fromBuffer(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      // decodeStrings off: a bad name must drop one entry, not fail the whole file (names are decoded below).
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true },
      (err, zip) => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

export class ZipArchive {
  /** Lower-cased entry name → entry (OPC part names compare without case). */
  private readonly byName = new Map<string, { info: ZipEntryInfo; entry: yauzl.Entry }>();

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ZipEntryInfo[],
    /** Names that were left out because they are absolute or climb out of the package. */
    readonly unsafeNames: string[],
    entryObjects: yauzl.Entry[],
    private readonly label: string,
  ) {
    entries.forEach((info, i) => this.byName.set(info.name.toLowerCase(), { info, entry: entryObjects[i] }));
  }

  /**
   * Opens a zip held in memory. Refuses, with a UserError, a file that is not a zip, a damaged one, and one
   * whose entry count or declared inflated sizes pass `limits`, before any entry is inflated.
   */
  static async open(
    bytes: Uint8Array,
    label: string,
    limits: PackageLimits = PACKAGE_LIMITS,
  ): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await fromBuffer(bytes);
    } catch {
      throw damaged(label);
    }
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      throw tooLarge(
        label,
        `it holds ${zip.entryCount.toLocaleString('en-GB')} files, more than the ${limits.maxEntries.toLocaleString('en-GB')} a workbook may have`,
      );
    }
    const entries: ZipEntryInfo[] = [];
    const objects: yauzl.Entry[] = [];
    const unsafe: string[] = [];
    const seen = new Set<string>();
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => {
        zip.close();
        reject(e);
      };
      zip.on('error', () => fail(damaged(label)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false,
        );
        if (yauzl.validateFileName(name) !== null) {
          unsafe.push(name);
        } else if (!seen.has(name.toLowerCase())) {
          seen.add(name.toLowerCase());
          if (entry.uncompressedSize > limits.maxPartBytes) {
            return fail(tooLarge(label, `one part (${name}) would unpack to ${mib(entry.uncompressedSize)}`));
          }
          total += entry.uncompressedSize;
          if (total > limits.maxTotalBytes) {
            return fail(tooLarge(label, `its parts would unpack to more than ${mib(limits.maxTotalBytes)}`));
          }
          entries.push({
            name,
            size: entry.uncompressedSize,
            directory: name.endsWith('/'),
            modified: entry.getLastModDate(),
          });
          objects.push(entry);
        }
        zip.readEntry();
      });
      zip.readEntry();
    });
    return new ZipArchive(zip, entries, unsafe, objects, label);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The entry, looked up without regard to case. */
  info(name: string): ZipEntryInfo | undefined {
    return this.byName.get(name.toLowerCase())?.info;
  }

  /** A stream of the inflated entry; it errors if the data is damaged or outgrows its declared size. */
  stream(name: string): Promise<Readable> {
    const found = this.byName.get(name.toLowerCase());
    if (!found) return Promise.reject(new Error(`The package has no ${name} entry.`));
    if (!found.entry.canDecodeFileData()) return Promise.reject(damaged(this.label));
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(found.entry, (err, stream) => {
        if (err || !stream) return reject(damaged(this.label));
        // Whatever goes wrong inside (bad deflate data, more bytes than declared) reaches the reader as
        // the plain "damaged" message.
        const out = new PassThrough();
        stream.on('error', () => out.destroy(damaged(this.label)));
        resolve(stream.pipe(out));
      });
    });
  }

  /**
   * The whole inflated entry, inflated in one call (much faster than a stream for the parts of a
   * workbook, which are small); the output may not exceed the declared size, and must reach it.
   */
  async read(name: string): Promise<Buffer> {
    const found = this.byName.get(name.toLowerCase());
    if (!found) throw new Error(`The package has no ${name} entry.`);
    const { entry } = found;
    if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
      throw damaged(this.label);
    }
    const raw = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, { decodeFileData: false }, (err, stream) =>
        err || !stream ? reject(damaged(this.label)) : resolve(stream),
      );
    });
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of raw) chunks.push(chunk as Buffer);
    } catch {
      throw damaged(this.label);
    }
    const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    let out: Buffer;
    try {
      out =
        entry.compressionMethod === 0
          ? data
          : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw damaged(this.label);
    }
    if (out.length !== entry.uncompressedSize) throw damaged(this.label);
    return out;
  }

  async text(name: string): Promise<string> {
    return (await this.read(name)).toString('utf8');
  }
}
