/**
 * `plan-tracker summary`: writes a copy of the workbook with the RAG Summary, RAG History and the
 * tracker's hidden state added or rebuilt. Every other part of the package is copied byte for byte;
 * the input file is never modified.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { refreshStamp } from '../core/refresh-message';
import { summaryToJson, refreshSummary } from '../core/summary-sheets';
import { loadWorkbookBytes, WorkbookReadError } from '../xlsx/open-workbook';
import { writeSheetsIntoPackage } from '../xlsx/package/write-sheets';
import { snapshotWorkbook } from '../xlsx/snapshot-from-exceljs';
import type { Io } from './io';
import { EXIT_OK, EXIT_UNREADABLE } from './validate-command';

export interface SummaryArgs {
  file: string;
  out?: string;
  today: string;
  /** The due-soon window in days (default 30). */
  dueSoonDays?: number;
  json: boolean;
  now: Date;
}

export async function summaryCommand(args: SummaryArgs, io: Io): Promise<number> {
  if (!args.out && !args.json) {
    io.err(
      'plan-tracker: say where to write the copy with -o <out.xlsx>, or use --json to print the summary.',
    );
    return EXIT_UNREADABLE;
  }
  if (args.out && resolve(args.out) === resolve(args.file)) {
    io.err('plan-tracker: -o must name a new file: the input workbook is never changed.');
    return EXIT_UNREADABLE;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch {
    io.err(`plan-tracker: ${args.file} was not found.`);
    return EXIT_UNREADABLE;
  }
  try {
    const snapshot = snapshotWorkbook(await loadWorkbookBytes(bytes, basename(args.file)));
    const result = refreshSummary(snapshot, args.today, refreshStamp(args.now), {
      dueSoonDays: args.dueSoonDays,
    });
    if (result.summary.sheets.length === 0) {
      io.err(`plan-tracker: ${args.file}: no improvement plan found, so there is nothing to summarise.`);
      return EXIT_UNREADABLE;
    }
    if (args.out) await writeFile(args.out, await writeSheetsIntoPackage(bytes, result.specs));
    if (args.json) io.out(JSON.stringify(summaryToJson(result.summary), null, 2));
    else {
      const t = result.summary.totals;
      io.out(
        `${args.out}: RAG Summary of ${t.actions} actions (Red ${t.red}, Amber ${t.amber}, Green ${t.green}, Blue ${t.blue}, unrated ${t.unrated}, invalid ${t.invalid}; overdue ${t.overdue}).`,
      );
    }
    return EXIT_OK;
  } catch (e) {
    const message =
      e instanceof WorkbookReadError
        ? e.message
        : `could not summarise ${args.file}: ${(e as Error).message}`;
    io.err(`plan-tracker: ${message}`);
    return EXIT_UNREADABLE;
  }
}
