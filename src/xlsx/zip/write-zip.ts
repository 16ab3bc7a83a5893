/**
 * Writing a zip with yazl (https://github.com/thejoshwolfe/yazl), the writing half of the yauzl pair:
 * entries are deflated by Node's own zlib, in the order given, with DOS timestamps as Excel writes them.
 */
import type { Readable } from 'node:stream';
import yazl from 'yazl';

export type ZipSource =
  | { name: string; directory: true; modified?: Date }
  | { name: string; data: Buffer | string; modified?: Date }
  | { name: string; stream: () => Promise<Readable>; modified?: Date };

export async function writeZip(entries: ZipSource[]): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    const options = { mtime: e.modified ?? new Date(), forceDosTimestamp: true };
    if ('directory' in e) {
      zip.addEmptyDirectory(e.name, options);
    } else if ('data' in e) {
      const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
      zip.addBuffer(data, e.name, { ...options, compressionLevel: 6 });
    } else {
      const open = e.stream;
      zip.addReadStreamLazy(e.name, { ...options, compressionLevel: 6 }, (cb) => {
        open().then(
          (s) => cb(null, s),
          (err: Error) => cb(err, undefined as unknown as Readable),
        );
      });
    }
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
