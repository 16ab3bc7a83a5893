/** `plan-tracker validate`: read each workbook, check every plan sheet, print a report. */
import { checkWorkbook } from '../core/check';
import { checkToJson, type FileJson } from '../core/report-json';
import type { StatusMapping } from '../core/status-mapping';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { snapshotWorkbook } from '../xlsx/snapshot-from-exceljs';
import { formatFileReport } from './format-text';
import { EXIT, userMessage } from './exit-codes';
import type { Io } from './io';

export interface ValidateArgs {
  files: string[];
  today: string;
  sheet?: string[];
  /** Status words for this run (--status), over the ones saved in the workbook. */
  statusMapping?: StatusMapping;
  json: boolean;
}

const { ok: EXIT_OK, findings: EXIT_FINDINGS, unusable: EXIT_UNREADABLE } = EXIT;

export async function validateCommand(args: ValidateArgs, io: Io): Promise<number> {
  const reports: FileJson[] = [];
  const failures: { file: string; error: string }[] = [];
  for (const file of args.files) {
    try {
      const wb = await loadWorkbookFile(file);
      const check = checkWorkbook(snapshotWorkbook(wb), {
        asOf: args.today,
        sheets: args.sheet,
        statusMapping: args.statusMapping,
      });
      const report = checkToJson(file, check);
      if (report.sheets.length === 0) {
        failures.push({ file, error: noPlanMessage(file, check.skipped, args.sheet) });
        continue;
      }
      reports.push(report);
    } catch (e) {
      const message = userMessage(e);
      if (message === undefined) throw e; // a fault in the tool, not in this file: exit-codes.ts says so
      failures.push({ file, error: message });
    }
  }

  if (args.json) {
    const out: unknown[] = [...reports, ...failures.map((f) => ({ file: f.file, error: f.error }))];
    io.out(JSON.stringify(args.files.length === 1 ? out[0] : out, null, 2));
  } else {
    io.out(reports.map(formatFileReport).join('\n\n'));
  }
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
