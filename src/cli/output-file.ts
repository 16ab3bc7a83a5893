/**
 * Writing the copy a command makes (-o out.xlsx) so that nothing can be lost:
 *
 *  - **Never the input.** The output is refused when it is an input file by identity (device and inode,
 *    so a symbolic or hard link to the input is caught), or, on Windows and macOS, whose disks ignore
 *    case, when its path differs from an input's only in case.
 *  - **Atomic.** The bytes go to a temporary file in the output's own folder (so the final rename never
 *    crosses disks), are flushed to the disk, and only then is the temporary file renamed over the
 *    output. A full disk, a quota, a permission problem, Ctrl-C (SIGINT), SIGTERM or a closed terminal
 *    (SIGHUP) during the write removes the temporary file: an older output of that name and the input
 *    stay exactly as they were. (A power cut or SIGKILL can leave a `.name.xlsx.<pid>.<n>.tmp` file
 *    beside the output; the output itself is still the old one or the new one, never half of each.)
 *  - **Replacing is allowed and said.** The result says whether an older file was replaced; its
 *    permissions are kept.
 *  - A symbolic link as the output is followed: the file it points to is replaced and the link stays.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, unlinkSync, type Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors';

/** The file-system calls the writer makes, so a test can make one of them fail. */
export interface OutputFs {
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  open(path: string, flags: string, mode?: number): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  access(path: string, mode: number): Promise<void>;
}

// Looked up on each call, not copied, so the functions in use are the module's at the time of the call.
const nodeFs: OutputFs = {
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  chmod: (path, mode) => fsp.chmod(path, mode),
  access: (path, mode) => fsp.access(path, mode),
};

export interface OutputOptions {
  /** The files the command read: the output may not be any of them. */
  inputs: string[];
  fs?: OutputFs;
  /** Whether the disk ignores case in names; by default, true on Windows and macOS. */
  caseInsensitive?: boolean;
}

export interface WrittenOutput {
  /** The file written (a symbolic link's target when the output named a link). */
  path: string;
  /** True when an older file of that name was replaced. */
  replaced: boolean;
}

const CHUNK = 256 * 1024;

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** Windows and macOS disks ignore case by default: "PLAN.xlsx" there is "plan.xlsx". */
function caseInsensitivePaths(): boolean {
  return process.platform === 'win32' || process.platform === 'darwin';
}

async function statOrNone(fs: OutputFs, path: string) {
  try {
    return await fs.stat(path);
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Refuses an output that is one of the inputs. Cheap: call it before the work, so a mistaken -o is
 * caught at once; `writeOutputFile` checks again just before it writes.
 */
export async function checkOutputPath(out: string, options: OutputOptions): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const target = await statOrNone(fs, out);
  if (target?.isDirectory()) {
    throw new UserError(
      `-o ${out} is a folder; give the name of the file to write, e.g. ${join(out, 'copy.xlsx')}.`,
      'bad-option',
    );
  }
  for (const input of options.inputs) {
    const source = await statOrNone(fs, input);
    const sameFile = target && source && target.dev === source.dev && target.ino === source.ino;
    const sameName =
      (options.caseInsensitive ?? caseInsensitivePaths()) &&
      resolve(out).toLowerCase() === resolve(input).toLowerCase();
    if (sameFile || sameName) {
      throw new UserError(
        `-o ${out} is the input file ${input}${sameName || resolve(out) === resolve(input) ? '' : ' (through a link)'}; choose another file name (the input is never changed).`,
        'bad-option',
      );
    }
  }
}

/** The file to replace: a symbolic link's final target, or the path itself. */
async function finalPath(fs: OutputFs, out: string): Promise<string> {
  try {
    return await fs.realpath(out);
  } catch (e) {
    if (errno(e) === 'ENOENT') return resolve(out); // a new file (or a dangling link, which is replaced)
    throw e;
  }
}

/** Temporary files being written, removed on any way out of the process. */
const live = new Set<string>();
let exitHookInstalled = false;

/** True while a copy is being written (a temporary file exists). */
export function writingOutput(): boolean {
  return live.size > 0;
}

function removeLiveFiles(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  live.clear();
}

const SIGNALS: Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** While a temporary file exists, a signal removes it, then ends the process as the signal would. */
function guardSignals(): () => void {
  if (!exitHookInstalled) {
    process.on('exit', removeLiveFiles);
    exitHookInstalled = true;
  }
  const handlers = (Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]).map((signal) => {
    const handler = () => {
      removeLiveFiles();
      process.exit(SIGNALS[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

/** A plain message for a failed write; every one of them leaves the old output and the input as they were. */
function writeFailure(e: unknown, out: string, replacing: boolean): UserError {
  const kept = replacing ? ` The older ${basename(out)} is unchanged.` : '';
  const folder = dirname(resolve(out));
  switch (errno(e)) {
    case 'ENOSPC':
      return new UserError(
        `There is not enough space on the disk to write ${out}. Free some space or choose another folder, then try again. Nothing was written.${kept}`,
        'other',
      );
    case 'EDQUOT':
      return new UserError(
        `Your disk quota is full, so ${out} could not be written. Free some space or choose another folder, then try again. Nothing was written.${kept}`,
        'other',
      );
    case 'EACCES':
    case 'EPERM':
      return new UserError(
        `Plan Tracker is not allowed to write ${out} (permission denied: the folder or the file is read-only, or the file is open in another program). Close it or choose another name or folder, then try again. Nothing was written.${kept}`,
        'other',
      );
    case 'EBUSY':
      return new UserError(
        `${out} is open in another program (Excel?). Close it, or choose another name, then try again. Nothing was written.${kept}`,
        'other',
      );
    case 'EROFS':
      return new UserError(
        `${folder} is read-only, so ${out} could not be written. Choose another folder. Nothing was written.${kept}`,
        'other',
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError(
        `The folder ${folder} does not exist. Create it or choose another, then try again. Nothing was written.`,
        'not-found',
      );
    default:
      return new UserError(`${out} could not be written (${errno(e)}). Nothing was written.${kept}`, 'other');
  }
}

/**
 * Writes `bytes` to `out` atomically (see the module comment). Throws a UserError with a plain message
 * when the output is an input or the write fails; in every case the older output and the inputs are
 * as they were.
 */
export async function writeOutputFile(
  out: string,
  bytes: Uint8Array,
  options: OutputOptions,
): Promise<WrittenOutput> {
  const fs = options.fs ?? nodeFs;
  await checkOutputPath(out, options);
  const path = await finalPath(fs, out);
  const existing = await statOrNone(fs, path);
  // A file someone made read-only is not replaced behind their back (a rename would allow it).
  if (existing)
    await fs.access(path, fsConstants.W_OK).catch((e: unknown) => Promise.reject(writeFailure(e, out, true)));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const release = guardSignals();
  live.add(temp);
  try {
    const handle = await fs.open(temp, 'wx', 0o666);
    try {
      for (let at = 0; at < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
        at += bytesWritten;
      }
      await handle.sync(); // on the disk before the rename makes it the output
    } finally {
      await handle.close();
    }
    if (existing) await fs.chmod(temp, existing.mode & 0o7777);
    await fs.rename(temp, path);
    live.delete(temp);
  } catch (e) {
    live.delete(temp);
    await fs.unlink(temp).catch(() => undefined);
    // An error without a system error code is a fault in the tool, not the disk: it is not reworded.
    throw errno(e) === undefined ? e : writeFailure(e, out, existing !== undefined);
  } finally {
    release();
  }
  await syncFolder(fs, dirname(path));
  return { path, replaced: existing !== undefined };
}

/** Flushes the folder entry of the rename too (POSIX); some systems cannot open a folder, which is fine. */
async function syncFolder(fs: OutputFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the file itself is already on the disk
  }
}
