/**
 * Opening an .xlsx file, with a plain-English message for every way it can fail. The file is only read,
 * never written.
 *
 * `readWorkbookFile` / `readWorkbookBytes` go through the tracker's own package reader (src/xlsx/read),
 * which is what the CLI uses. `loadWorkbookFile` / `loadWorkbookBytes` load the same file through ExcelJS
 * for the browser preview's model and for the tests that compare the two readers; ExcelJS is loaded only
 * when they are called, so the CLI never loads it.
 */
import type ExcelJS from 'exceljs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../core/errors';
import { readWorkbook, type ReadOptions, type WorkbookRead } from './read/read-workbook';

/** A file the tracker cannot read; `message` is meant for the person who chose the file. */
export class WorkbookReadError extends UserError {
  constructor(message: string) {
    super(message, 'unreadable');
    this.name = 'WorkbookReadError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** UTF-16LE, as stream names are stored inside an OLE compound file. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Says what a file is from its first bytes, before any parser sees it. */
export function sniff(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0)
    throw new WorkbookReadError(`${name} is empty (0 bytes): it is not an Excel workbook.`);
  if (startsWith(bytes, OLE)) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new WorkbookReadError(
        `${name} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.`,
      );
    }
    throw new WorkbookReadError(
      `${name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)", then try again.`,
    );
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new WorkbookReadError(`${name} is a PDF, not an Excel workbook.`);
  }
  if (!startsWith(bytes, ZIP)) {
    throw new WorkbookReadError(`${name} is not an Excel workbook (.xlsx). Choose the plan's .xlsx file.`);
  }
}

/** Reads the file's bytes; a missing file or a folder is a UserError. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError(`${path} is a folder, not a workbook.`);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new WorkbookReadError(`${path} was not found.`);
  }
}

/** Reads a workbook held in memory through the tracker's package reader. */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  options?: ReadOptions,
): Promise<WorkbookRead> {
  sniff(bytes, name);
  return readWorkbook(bytes, name, options);
}

/** Reads a workbook file through the tracker's package reader. */
export async function readWorkbookFile(path: string, options?: ReadOptions): Promise<WorkbookRead> {
  return readWorkbookBytes(await readFileBytes(path), basename(path), options);
}

// ExcelJS loading: the preview's model and the reference the reader is compared with in tests.

async function excelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

function damaged(name: string): WorkbookReadError {
  return new WorkbookReadError(
    `${name} is damaged or incomplete and could not be opened as a workbook. Try opening it in Excel and saving a fresh copy.`,
  );
}

export async function loadWorkbookBytes(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  sniff(bytes, name);
  const wb = new (await excelJs()).Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw damaged(name);
  }
  return wb;
}

export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const name = basename(path);
  let head: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError(`${path} is a folder, not a workbook.`);
    const handle = await open(path, 'r');
    try {
      head = new Uint8Array(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(`${path} was not found.`);
  }
  // Anything but a zip is refused with a message that needs the whole file (an OLE file's stream names).
  if (!startsWith(head, ZIP)) return loadWorkbookBytes(await readFile(path), name);
  const wb = new (await excelJs()).Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw damaged(name);
  }
  return wb;
}
