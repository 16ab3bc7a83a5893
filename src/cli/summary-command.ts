/**
 * `plan-tracker summary`: writes a copy of the workbook with the RAG Summary, RAG History and the
 * tracker's hidden state added or rebuilt. Every other part of the package is copied byte for byte;
 * the input file is never modified, and the copy is written atomically (output-file.ts).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { refreshStamp } from '../core/refresh-message';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { StatusMapping } from '../core/status-mapping';
import type { Summary } from '../core/summary';
import { computeSummary, refreshSummary, summaryToJson, type RefreshResult } from '../core/summary-sheets';
import { trackerSheetNames } from '../core/tracker-sheets';
import { readWorkbookBytes } from '../xlsx/open-workbook';
import { writeSheetsIntoPackage } from '../xlsx/package/write-sheets';
import { EXIT, reportFailure } from './exit-codes';
import type { Io } from './io';
import { checkOutputPath, writeOutputFile } from './output-file';
import { PLAIN_TERMINAL, withProgress, type Terminal } from './terminal';

export interface SummaryArgs {
  file: string;
  out?: string;
  today: string;
  /** Status words for this run (--status), over the ones saved in the workbook. */
  statusMapping?: StatusMapping;
  /** The due-soon window in days (default 30). */
  dueSoonDays?: number;
  json: boolean;
  now: Date;
}

export async function summaryCommand(
  args: SummaryArgs,
  io: Io,
  terminal: Terminal = PLAIN_TERMINAL,
): Promise<number> {
  if (!args.out && !args.json) {
    io.err(
      'plan-tracker: say where to write the copy with -o <out.xlsx>, or use --json to print the summary.',
    );
    return EXIT.unusable;
  }
  const output = { inputs: [args.file] };
  if (args.out) {
    try {
      await checkOutputPath(args.out, output);
    } catch (e) {
      return reportFailure(e, io, EXIT.unusable);
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch {
    io.err(`plan-tracker: ${args.file} was not found.`);
    return EXIT.unusable;
  }
  let snapshot: WorkbookSnapshot;
  try {
    ({ snapshot } = await withProgress(
      terminal,
      `Reading ${args.file}…`,
      readWorkbookBytes(bytes, basename(args.file)),
    ));
  } catch (e) {
    return reportFailure(e, io, EXIT.unusable);
  }
  let result: RefreshResult | undefined;
  let summary: Summary;
  try {
    // With -o the tracker's sheets are laid out too, which stops at text a user typed into them.
    const options = { statusMapping: args.statusMapping, dueSoonDays: args.dueSoonDays };
    if (args.out) result = refreshSummary(snapshot, args.today, refreshStamp(args.now), options);
    summary = result?.summary ?? computeSummary(snapshot, args.today, options).summary;
  } catch (e) {
    return reportFailure(e, io, EXIT.notWritten);
  }
  if (summary.sheets.length === 0) {
    io.err(`plan-tracker: ${args.file}: no improvement plan found, so there is nothing to summarise.`);
    return EXIT.unusable;
  }

  const notes: string[] = [];
  if (args.out && result) {
    try {
      const copy = await writeSheetsIntoPackage(bytes, result.specs, { owned: trackerSheetNames(snapshot) });
      const written = await writeOutputFile(args.out, copy, output);
      if (written.replaced) notes.push(`Replaced ${args.out}.`);
      notes.push(...result.notices);
    } catch (e) {
      return reportFailure(e, io, EXIT.notWritten);
    }
  }

  if (args.json) {
    io.out(JSON.stringify(summaryToJson(summary), null, 2));
    for (const note of notes) io.err(`plan-tracker: ${note}`); // standard output stays pure JSON
  } else {
    const t = summary.totals;
    io.out(
      `${args.out}: RAG Summary of ${t.actions} actions (Red ${t.red}, Amber ${t.amber}, Green ${t.green}, Blue ${t.blue}, unrated ${t.unrated}, invalid ${t.invalid}; overdue ${t.overdue}).`,
    );
    for (const note of notes) io.out(note);
  }
  return EXIT.ok;
}
