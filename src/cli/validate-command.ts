/**
 * `plan-tracker validate`: read each workbook (folders are searched for .xlsx files), check every plan
 * sheet, print a report, and with `--register` write a plan register of every plan sheet found.
 */
import { stat } from 'node:fs/promises';
import { checkWorkbook } from '../core/check';
import { STATE_SHEET } from '../core/edits';
import { registerNote, registerRows, registerSheet, type RegisterRow } from '../core/plan-register';
import { checkToJson, type FileJson } from '../core/report-json';
import type { StatusMapping } from '../core/status-mapping';
import { readWorkbookFile } from '../xlsx/open-workbook';
import { registerWorkbook } from '../xlsx/register';
import { EXIT, reportFailure, userMessage } from './exit-codes';
import { findWorkbooks } from './find-workbooks';
import { formatFileReport } from './format-text';
import type { Io } from './io';
import { PLAIN_TERMINAL, Progress, paintFor, type Terminal } from './terminal';

import { writeOutputFile } from './output-file';

const { ok: EXIT_OK, findings: EXIT_FINDINGS, unusable: EXIT_UNREADABLE } = EXIT;

export interface ValidateArgs {
  /** Files and folders, as given. */
  files: string[];
  today: string;
  sheet?: string[];
  /** Status words for this run (--status), over the ones saved in the workbook. */
  statusMapping?: StatusMapping;
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
        const check = checkWorkbook(snapshot, {
          asOf: args.today,
          sheets: args.sheet,
          statusMapping: args.statusMapping,
        });
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
        const error = userMessage(e);
        if (error === undefined) throw e; // a fault in the tool, not in this file: exit-codes.ts says so
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
      const bytes = await registerWorkbook(registerSheet(register, args.today), args.register);
      const { replaced } = await writeOutputFile(args.register, bytes, { inputs: found.files });
      const sheets = register.filter((r) => r.sheet !== '').length;
      registerMessage = `${replaced ? 'Replaced' : 'Wrote'} the plan register ${args.register}: ${sheets} plan sheet${sheets === 1 ? '' : 's'} from ${found.files.length} file${found.files.length === 1 ? '' : 's'}.`;
    } catch (e) {
      return reportFailure(e, io, EXIT.notWritten);
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
