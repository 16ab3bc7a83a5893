/**
 * The workbooks named on the command line: files as given, and folders searched (recursively) for
 * .xlsx files, in name order. Excel's lock files (~$plan.xlsx) and hidden folders are passed over.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FoundWorkbooks {
  files: string[];
  /** Folders that held no .xlsx file at all. */
  emptyFolders: string[];
  /** True when any argument was a folder. */
  folders: boolean;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) out.push(path);
  }
}

export async function findWorkbooks(args: string[]): Promise<FoundWorkbooks> {
  const found: FoundWorkbooks = { files: [], emptyFolders: [], folders: false };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // A missing path is reported when it is read, like any other file.
    }
    if (!isDir) {
      found.files.push(arg);
      continue;
    }
    found.folders = true;
    const inside: string[] = [];
    await walk(arg, inside);
    if (inside.length === 0) found.emptyFolders.push(arg);
    found.files.push(...inside);
  }
  return found;
}
