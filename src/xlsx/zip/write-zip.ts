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

export function writeZip(entries: ZipSource[]): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  return new Promise<Uint8Array>((resolve, reject) => {
    let failed = false;
    // A source stream that errors (a damaged part, or one that outgrows its declared size) fails the
    // whole zip: yazl does not listen for its errors itself.
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      (zip.outputStream as Readable).destroy();
      reject(e);
    };
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
            (s) => {
              s.on('error', fail);
              cb(null, s);
            },
            (err: unknown) => fail(err),
          );
        });
      }
    }
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', fail);
    zip.outputStream.on('end', () => {
      if (!failed) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
  });
}
