/**
 * `plan-tracker validate`: read each workbook (folders are searched for .xlsx files), check every plan
 * sheet, print a report, and with `--register` write a plan register of every plan sheet found.
 */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkWorkbook } from '../core/check';
import { STATE_SHEET } from '../core/edits';
import { isUserError } from '../core/errors';
import { registerNote, registerRows, registerSheet, type RegisterRow } from '../core/plan-register';
import { checkToJson, type FileJson } from '../core/report-json';
import { readWorkbookFile } from '../xlsx/open-workbook';
import { registerWorkbook } from '../xlsx/register';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './exit-codes';
import { findWorkbooks } from './find-workbooks';
import { formatFileReport } from './format-text';
import type { Io } from './io';
import { PLAIN_TERMINAL, Progress, paintFor, type Terminal } from './terminal';

export { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './exit-codes';

export interface ValidateArgs {
  /** Files and folders, as given. */
  files: string[];
  today: string;
  sheet?: string[];
  json: boolean;
  /** Where to write the plan register (.xlsx). */
  register?: string;
}

export async function validateCommand(
  args: ValidateArgs,
  io: Io,
  terminal: Terminal = PLAIN_TERMINAL,
): Promise<number> {
  const found = await findWorkbooks(args.files);
  const reports: FileJson[] = [];
  const failures: { file: string; error: string }[] = [];
  const register: RegisterRow[] = [];
  for (const folder of found.emptyFolders) {
    failures.push({ file: folder, error: `${folder}: the folder holds no .xlsx workbooks.` });
  }
  if (args.register && (await sameFileAsAny(args.register, found.files))) {
    io.err(
      `plan-tracker: --register ${args.register} is one of the workbooks being checked; choose another file name.`,
    );
    return EXIT_UNREADABLE;
  }

  // With --sheet, only the chosen sheets' cells are read (and the tracker's state, for saved mappings).
  const wanted = args.sheet ? new Set(args.sheet.map((s) => s.toLowerCase())) : undefined;
  const cellsOf = wanted
    ? (name: string) => wanted.has(name.toLowerCase()) || name === STATE_SHEET
    : undefined;

  const progress = new Progress(terminal);
  try {
    for (const [i, file] of found.files.entries()) {
      progress.update(
        found.files.length > 1 ? `Checking ${i + 1} of ${found.files.length}: ${file}` : `Checking ${file}…`,
      );
      try {
        const { snapshot } = await readWorkbookFile(file, { cellsOf });
        const check = checkWorkbook(snapshot, { asOf: args.today, sheets: args.sheet });
        const report = checkToJson(file, check);
        if (report.sheets.length === 0) {
          const error = noPlanMessage(file, check.skipped, args.sheet);
          failures.push({ file, error });
          if (args.register) register.push(registerNote(file, error));
          continue;
        }
        reports.push(report);
        if (args.register) register.push(...registerRows(file, check, args.today));
      } catch (e) {
        const error = isUserError(e) ? e.message : `could not read ${file}: ${(e as Error).message}`;
        failures.push({ file, error });
        if (args.register) register.push(registerNote(file, error));
      }
    }
  } finally {
    progress.done();
  }

  let registerMessage: string | undefined;
  if (args.register) {
    try {
      const replaced = await exists(args.register);
      const bytes = await registerWorkbook(registerSheet(register, args.today), args.register);
      await writeAtomically(args.register, bytes);
      const sheets = register.filter((r) => r.sheet !== '').length;
      registerMessage = `${replaced ? 'Replaced' : 'Wrote'} the plan register ${args.register}: ${sheets} plan sheet${sheets === 1 ? '' : 's'} from ${found.files.length} file${found.files.length === 1 ? '' : 's'}.`;
    } catch (e) {
      io.err(`plan-tracker: could not write ${args.register}: ${writeProblem(e, args.register)}`);
      return EXIT_UNREADABLE;
    }
  }

  if (args.json) {
    const out: unknown[] = [...reports, ...failures.map((f) => ({ file: f.file, error: f.error }))];
    const single = args.files.length === 1 && !found.folders;
    io.out(JSON.stringify(single ? out[0] : out, null, 2));
  } else {
    const paint = paintFor(terminal);
    io.out(reports.map((r) => formatFileReport(r, paint)).join('\n\n'));
  }
  if (registerMessage) (args.json ? io.err : io.out)(registerMessage);
  for (const f of failures) io.err(`plan-tracker: ${f.error}`);

  if (failures.length > 0) return EXIT_UNREADABLE;
  const errors = reports.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error')));
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

function noPlanMessage(
  file: string,
  skipped: { sheet: string; reason: string }[],
  wanted?: string[],
): string {
  const looked = skipped.filter((s) => s.reason !== 'not selected with --sheet').map((s) => `"${s.sheet}"`);
  if (wanted && looked.length === 0) {
    const names = skipped.map((s) => `"${s.sheet}"`).join(', ');
    return `${file}: there is no sheet called ${wanted.map((w) => `"${w}"`).join(' or ')} (its sheets are ${names}).`;
  }
  if (looked.length === 0) return `${file}: the workbook has no sheets.`;
  return `${file}: no improvement plan found. None of its sheets (${looked.join(', ')}) has a header row naming the action, lead, deadline and RAG columns.`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** True when `path` is one of `files` on disk (same device and inode: links included). */
async function sameFileAsAny(path: string, files: string[]): Promise<boolean> {
  let target;
  try {
    target = await stat(path);
  } catch {
    return false;
  }
  for (const f of files) {
    try {
      const s = await stat(f);
      if (s.dev === target.dev && s.ino === target.ino) return true;
    } catch {
      // unreadable inputs are reported when read
    }
  }
  return false;
}

/** Writes beside the target and renames over it only when complete, so a failure leaves no half file. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flush: true });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** A file-system failure in words an officer can act on. */
function writeProblem(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist.`;
  if (code === 'EACCES' || code === 'EPERM') return 'you do not have permission to write there.';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full.';
  if (code === 'EISDIR') return 'that is a folder; give a file name ending in .xlsx.';
  return isUserError(e) ? e.message : (e as Error).message;
}
