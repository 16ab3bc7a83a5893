/**
 * `plan-tracker flag`: link an Ofsted report's recommendations to the plan's actions, report the gaps,
 * and (with -o) write a copy of the workbook with an "Ofsted Recommendations" sheet and the highlights:
 * the linked actions highlighted on the plan sheet by the tracker's own conditional format (the same one
 * the add-in writes, so "Remove highlights" in Excel takes it off), and the recommendation ids written
 * into EMPTY cells of the plan's Ofsted ref column.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { trackerSheetNames } from '../core/tracker-sheets';
import { ukLongDate } from '../core/dates';
import {
  actionKey,
  highlightEdits,
  linkedActions,
  linkRecommendations,
  OFSTED_SHEET,
  ofstedFindings,
  readConfirmedLinks,
  recommendationsSheetSpec,
  TIMESCALE_LABELS,
  type LinkResult,
  type OfstedFinding,
  type OfstedReport,
} from '../core/ofsted';
import { isUserError } from '../core/errors';
import { readPlanSheet, type PlanSheet } from '../core/plan-reader';
import { loadWorkbookBytes, WorkbookReadError } from '../xlsx/open-workbook';
import { editUserSheets } from '../xlsx/package/user-sheet-edits';
import { writeSheetsIntoPackage } from '../xlsx/package/write-sheets';
import { snapshotWorkbook } from '../xlsx/snapshot-from-exceljs';
import type { Io } from './io';
import { readReportFile } from './ofsted-command';

export interface FlagArgs {
  file: string;
  report: string;
  out?: string;
  today: string;
  json: boolean;
  /** Publication date (YYYY-MM-DD) of the report, when the report does not state it. */
  published?: string;
}

export const EXIT_OK = 0;
export const EXIT_UNCOVERED = 1;
export const EXIT_UNREADABLE = 2;

export interface FlagJson {
  report: Omit<OfstedReport, 'warnings'> & { file: string; warnings: string[] };
  plan: { file: string; sheet: string };
  links: { recommendation: string; actions: string[]; confidence: number; source: string }[];
  uncovered: string[];
  findings: OfstedFinding[];
  written?: string;
}

export function flagJson(
  args: Pick<FlagArgs, 'file' | 'report'>,
  report: OfstedReport,
  plan: PlanSheet,
  links: LinkResult,
  findings: OfstedFinding[],
): FlagJson {
  return {
    report: { file: args.report, ...report },
    plan: { file: args.file, sheet: plan.sheet },
    links: links.recommendations
      .filter((l) => l.linked.length > 0)
      .map((l) => ({
        recommendation: l.recommendation,
        actions: l.linked.map((a) => a.action),
        confidence: Math.max(...l.linked.map((a) => a.confidence)),
        source: l.linked[0].source,
      })),
    uncovered: links.uncovered,
    findings: findings.map(({ rule, severity, sheet, cell, ref, message }) => ({
      rule,
      severity,
      sheet,
      cell,
      ref,
      message,
    })),
  };
}

function formatFlag(json: FlagJson, report: OfstedReport): string {
  const out: string[] = [
    `${json.plan.file} (sheet "${json.plan.sheet}") against ${json.report.file}`,
    `  ${report.localAuthority ?? 'Local authority not found'}; published ${report.publicationDate ? ukLongDate(report.publicationDate) : 'date not found'}; ${report.recommendations.length} recommendations`,
  ];
  for (const rec of report.recommendations) {
    const link = json.links.find((l) => l.recommendation === rec.id);
    const answer = link
      ? `${link.actions.join(', ')} (${link.source}, ${link.confidence.toFixed(2)})`
      : 'NOT COVERED';
    out.push(`  ${rec.id.padEnd(4)} ${TIMESCALE_LABELS[rec.timescale].padEnd(16)} → ${answer}`);
  }
  if (json.findings.length > 0) {
    out.push(`  Warnings (${json.findings.length})`);
    for (const f of json.findings) out.push(`    ${f.cell.padEnd(6)} ${f.rule.padEnd(32)} ${f.message}`);
  } else out.push('  No problems found.');
  return out.join('\n');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Highlighted 11 actions in 'SIP Phase 2'; wrote the recommendation ids into 3 empty Ofsted ref cells." */
function highlightSummary(plan: PlanSheet, links: LinkResult, written: number, skipped: string[]): string {
  const linked = linkedActions(links);
  const count = plan.actions.filter((a) => linked.has(actionKey(a))).length;
  if (count === 0) return `No linked actions to highlight in '${plan.sheet}'.`;
  let text = `Highlighted ${plural(count, 'action')} in '${plan.sheet}'`;
  if (written > 0) text += `; wrote the recommendation ids into ${plural(written, 'empty Ofsted ref cell')}`;
  text += '.';
  if (skipped.length > 0) {
    text += ` Left ${plural(skipped.length, 'Ofsted ref cell')} as typed (${skipped.join(', ')}).`;
  }
  return text;
}

export async function flagCommand(args: FlagArgs, io: Io): Promise<number> {
  const fail = (message: string) => {
    io.err(`plan-tracker: ${message}`);
    return EXIT_UNREADABLE;
  };
  if (args.out && resolve(args.out) === resolve(args.file)) {
    return fail(
      `-o ${args.out} is the input workbook; choose another file name (the input is never changed).`,
    );
  }
  let bytes: Uint8Array;
  let report: OfstedReport;
  let plan: PlanSheet | undefined;
  let decisions;
  let hasSheet: boolean;
  try {
    report = await readReportFile(args.report, { published: args.published });
    try {
      bytes = new Uint8Array(await readFile(args.file));
    } catch {
      return fail(`${args.file} was not found.`);
    }
    const workbook = snapshotWorkbook(await loadWorkbookBytes(bytes, args.file));
    for (const sheet of workbook.sheets) {
      if (trackerSheetNames(workbook).has(sheet.name)) continue;
      const read = readPlanSheet(sheet);
      if (read.ok) {
        plan = read.plan;
        break;
      }
    }
    decisions = readConfirmedLinks(workbook);
    hasSheet = workbook.sheets.some((s) => s.name === OFSTED_SHEET);
  } catch (e) {
    if (isUserError(e) || e instanceof WorkbookReadError) return fail(e.message);
    return fail(`could not read ${args.file}: ${(e as Error).message}`);
  }
  if (!plan) {
    return fail(
      `${args.file}: no improvement plan found (no sheet has a header row naming the action, lead, deadline and RAG columns).`,
    );
  }
  if (report.recommendations.length === 0) {
    return fail(`no recommendations were found in ${args.report}, so there is nothing to link.`);
  }

  const links = linkRecommendations(report, plan, { decisions });
  const findings = ofstedFindings(report, plan, links, {
    recommendationsSheet: Boolean(args.out) || hasSheet,
  });
  const json = flagJson(args, report, plan, links, findings);

  let highlighted: string | undefined;
  if (args.out) {
    try {
      const spec = recommendationsSheetSpec(report, plan, links, { asOf: args.today });
      const withSheet = await writeSheetsIntoPackage(bytes, [spec]);
      const done = await editUserSheets(withSheet, highlightEdits(plan, links));
      await writeFile(args.out, done.bytes);
      json.written = args.out;
      highlighted = highlightSummary(plan, links, done.written.length, done.skipped);
    } catch (e) {
      return fail(`could not write ${args.out}: ${(e as Error).message}`);
    }
  }

  io.out(args.json ? JSON.stringify(json, null, 2) : formatFlag(json, report));
  if (args.out && !args.json) {
    io.out(`Wrote ${args.out} with the "${OFSTED_SHEET}" sheet.`);
    if (highlighted) io.out(highlighted);
  }
  return links.uncovered.length > 0 ? EXIT_UNCOVERED : EXIT_OK;
}
