/** `plan-tracker ofsted`: read an Ofsted report (text or PDF) and print what was found in it. */
import { readFile, stat } from 'node:fs/promises';
import { ukLongDate } from '../core/dates';
import {
  FRAMEWORK_LABELS,
  parseOfstedReport,
  TIMESCALE_LABELS,
  type Addressee,
  type OfstedReport,
  type Timescale,
} from '../core/ofsted';
import { extractPdfText, isPdf, PdfTextError } from '../pdf/extract-text';
import { EXIT, reportFailure } from './exit-codes';
import type { Io } from './io';

const { ok: EXIT_OK, findings: EXIT_NOTHING_FOUND, unusable: EXIT_UNREADABLE } = EXIT;

/** A report the tracker cannot read; `message` is meant for the person who chose the file. */
export class ReportReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportReadError';
  }
}

/** The text of a report file: a PDF's text layer, or the file itself as UTF-8 text. */
export async function readReportText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ReportReadError(`${path} is a folder, not a report.`);
  } catch (e) {
    if (e instanceof ReportReadError) throw e;
    throw new ReportReadError(`${path} was not found.`);
  }
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.length === 0) throw new ReportReadError(`${path} is empty (0 bytes).`);
  if (isPdf(bytes)) {
    try {
      return await extractPdfText(bytes);
    } catch (e) {
      if (e instanceof PdfTextError) throw new ReportReadError(`${path}: ${e.message}`);
      throw new ReportReadError(`${path}: the PDF could not be read (${(e as Error).message}).`);
    }
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new ReportReadError(
      `${path} is a Word document or zip file. Save the report as plain text (.txt) or PDF, or paste its text.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000'))
    throw new ReportReadError(`${path} is not a text file. Use the report's text or PDF version.`);
  return text;
}

export async function readReportFile(path: string): Promise<OfstedReport> {
  return parseOfstedReport(await readReportText(path));
}

const ADDRESSEES: Record<Addressee, string> = {
  'local-authority': 'For the local authority',
  'safeguarding-board': 'For the safeguarding children board',
};

export function formatReport(file: string, report: OfstedReport): string {
  const out: string[] = [file];
  out.push(`  Local authority: ${report.localAuthority ?? 'not found'}`);
  out.push(`  Framework: ${FRAMEWORK_LABELS[report.framework]}`);
  out.push(`  Inspection dates: ${report.inspectionDates ?? 'not found'}`);
  out.push(
    `  Published: ${report.publicationDate ? ukLongDate(report.publicationDate) : 'not found (no due dates worked out)'}`,
  );
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
}

export async function ofstedCommand(args: OfstedArgs, io: Io): Promise<number> {
  let report: OfstedReport;
  try {
    report = await readReportFile(args.file);
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
