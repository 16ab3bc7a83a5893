/** `plan-tracker ofsted`: read an Ofsted report (text or PDF) and print what was found in it. */
import { readFile, stat } from 'node:fs/promises';
import { ukLongDate } from '../core/dates';
import {
  FRAMEWORK_LABELS,
  parseOfstedReport,
  TIMESCALE_LABELS,
  type ParseOptions,
  type Addressee,
  type OfstedReport,
  type Timescale,
} from '../core/ofsted';
import { isUserError, UserError } from '../core/errors';
import { extractPdfText, isPdf } from '../pdf/extract-text';
import { EXIT, reportFailure } from './exit-codes';
import type { Io } from './io';

const { ok: EXIT_OK, findings: EXIT_NOTHING_FOUND, unusable: EXIT_UNREADABLE } = EXIT;

function unreadable(message: string): UserError {
  return new UserError(message, 'unreadable');
}

export async function readReportText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw unreadable(`${path} is a folder, not a report.`);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError(`${path} was not found.`, 'not-found');
  }
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.length === 0) throw unreadable(`${path} is empty (0 bytes).`);
  if (isPdf(bytes)) {
    try {
      return await extractPdfText(bytes);
    } catch (e) {
      // Say which file: the same PDF message may come from any of several files given.
      if (isUserError(e)) throw new UserError(`${path}: ${e.message}`, e.code);
      throw unreadable(`${path}: the PDF could not be read (${(e as Error).message}).`);
    }
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw unreadable(
      `${path} is a Word document or zip file. Save the report as plain text (.txt) or PDF, or paste its text.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000'))
    throw unreadable(`${path} is not a text file. Use the report's text or PDF version.`);
  return text;
}

/** Reads and parses a report file; `published` (YYYY-MM-DD) is the date to use when the report gives none. */
export async function readReportFile(path: string, options: ParseOptions = {}): Promise<OfstedReport> {
  return parseOfstedReport(await readReportText(path), options);
}

const ADDRESSEES: Record<Addressee, string> = {
  'local-authority': 'For the local authority',
  'safeguarding-board': 'For the safeguarding children board',
};

function publishedLine(report: OfstedReport): string {
  if (!report.publicationDate) {
    return 'not stated in the report (no due dates worked out; give it with --published YYYY-MM-DD)';
  }
  const date = ukLongDate(report.publicationDate);
  return report.publicationDateSource === 'given' ? `${date} (as given)` : date;
}

export function formatReport(file: string, report: OfstedReport): string {
  const out: string[] = [file];
  out.push(`  Local authority: ${report.localAuthority ?? 'not found'}`);
  out.push(`  Framework: ${FRAMEWORK_LABELS[report.framework]}`);
  out.push(`  Inspection dates: ${report.inspectionDates ?? 'not found'}`);
  out.push(`  Published: ${publishedLine(report)}`);
  if (report.judgements.length > 0) {
    out.push('  Judgements');
    for (const j of report.judgements) out.push(`    ${j.area}: ${j.grade}`);
  }
  out.push(`  Recommendations (${report.recommendations.length})`);
  for (const addressee of Object.keys(ADDRESSEES) as Addressee[]) {
    const forThem = report.recommendations.filter((r) => r.addressee === addressee);
    if (forThem.length === 0) continue;
    out.push(`    ${ADDRESSEES[addressee]}`);
    const timescales = [...new Set(forThem.map((r) => r.timescale))] as Timescale[];
    for (const t of timescales) {
      const recs = forThem.filter((r) => r.timescale === t);
      const due = recs[0].dueBy ? ` (due by ${ukLongDate(recs[0].dueBy)})` : '';
      out.push(`      ${TIMESCALE_LABELS[t]}${due}`);
      for (const r of recs) {
        const para = r.paragraph ? ` (para ${r.paragraph})` : '';
        out.push(`        ${r.id.padEnd(4)} ${r.text}${para}`);
      }
    }
  }
  if (report.recommendations.length === 0) out.push('    None found.');
  for (const w of report.warnings) out.push(`  Warning: ${w}`);
  return out.join('\n');
}

export interface OfstedArgs {
  file: string;
  json: boolean;
  /** Publication date (YYYY-MM-DD) to work due dates from when the report does not state it. */
  published?: string;
}

export async function ofstedCommand(args: OfstedArgs, io: Io): Promise<number> {
  let report: OfstedReport;
  try {
    report = await readReportFile(args.file, { published: args.published });
  } catch (e) {
    return reportFailure(e, io, EXIT_UNREADABLE);
  }
  io.out(
    args.json ? JSON.stringify({ file: args.file, ...report }, null, 2) : formatReport(args.file, report),
  );
  if (report.recommendations.length === 0) {
    io.err(`plan-tracker: no recommendations were found in ${args.file}.`);
    return EXIT_NOTHING_FOUND;
  }
  return EXIT_OK;
}
