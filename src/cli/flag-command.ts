/**
 * `plan-tracker flag`: link an Ofsted report's recommendations to the plan's actions, report the gaps,
 * and (with -o) write a copy of the workbook with an "Ofsted Recommendations" sheet and the highlights:
 * the linked actions highlighted on the plan sheet by the tracker's own conditional format (the same one
 * the add-in writes, so "Remove highlights" in Excel takes it off), and the recommendation ids written
 * into EMPTY cells of the plan's Ofsted ref column.
 */
import { readFile } from 'node:fs/promises';
import type { WorkbookSnapshot } from '../core/snapshot';
import {
  claimTrackerSheets,
  placeTrackerSheet,
  trackerSheet,
  trackerSheetNames,
} from '../core/tracker-sheets';
import { ukLongDate } from '../core/dates';
import {
  actionKey,
  coverageSentence,
  highlightEdits,
  linkedActions,
  linkRecommendations,
  ofstedFindings,
  readConfirmedLinks,
  reasonText,
  recommendationsSheetSpec,
  STATE_LABELS,
  TIMESCALE_LABELS,
  type LinkResult,
  type LinkState,
  type SharedTerm,
  type Strength,
  type OfstedFinding,
  type OfstedReport,
} from '../core/ofsted';
import type { PlanSheet } from '../core/plan-reader';
import { firstPlan } from '../core/plan-sheets';
import { readWorkbookBytes } from '../xlsx/open-workbook';
import { editUserSheets } from '../xlsx/package/user-sheet-edits';
import { writeSheetsIntoPackage } from '../xlsx/package/write-sheets';
import { EXIT, reportFailure } from './exit-codes';
import type { Io } from './io';
import { readReportFile } from './ofsted-command';
import { checkOutputPath, writeOutputFile } from './output-file';
import { PLAIN_TERMINAL, withProgress, type Terminal } from './terminal';

export interface FlagArgs {
  file: string;
  report: string;
  out?: string;
  today: string;
  json: boolean;
  /** Publication date (YYYY-MM-DD) of the report, when the report does not state it. */
  published?: string;
}

/** One action put forward for a recommendation, and why. */
export interface FlagJsonAnswer {
  action: string;
  sheet: string;
  row: number;
  source: string;
  confidence: number;
  strength: Strength;
  /** The reasons in one line, as printed. */
  why: string;
  /** The terms the recommendation and the action's row share. */
  shared: SharedTerm[];
}

export interface FlagJson {
  report: Omit<OfstedReport, 'warnings'> & { file: string; warnings: string[] };
  plan: { file: string; sheet: string };
  /**
   * One entry per recommendation that is linked or suggested: `actions` are the actions put forward
   * (the explicit links when linked, the suggestions when suggested), `answers` the same with reasons.
   */
  links: {
    recommendation: string;
    state: LinkState;
    actions: string[];
    confidence: number;
    source: string;
    answers: FlagJsonAnswer[];
  }[];
  /** Recommendations no action even plausibly answers. */
  uncovered: string[];
  counts: Record<LinkState, number>;
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
      .filter((l) => l.answers.length > 0)
      .map((l) => ({
        recommendation: l.recommendation,
        state: l.state,
        actions: l.answers.map((a) => a.action),
        confidence: Math.max(...l.answers.map((a) => a.confidence)),
        source: l.answers[0].source,
        answers: l.answers.map((a) => ({
          action: a.action,
          sheet: a.sheet,
          row: a.row,
          source: a.source,
          confidence: a.confidence,
          strength: a.strength,
          why: reasonText(a),
          shared: a.reasons.shared,
        })),
      })),
    uncovered: links.uncovered,
    counts: links.counts,
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

function formatFlag(json: FlagJson, report: OfstedReport, links: LinkResult): string {
  const out: string[] = [
    `${json.plan.file} (sheet "${json.plan.sheet}") against ${json.report.file}`,
    `  ${report.localAuthority ?? 'Local authority not found'}; published ${report.publicationDate ? ukLongDate(report.publicationDate) : 'date not found'}; ${report.recommendations.length} recommendations`,
  ];
  for (const rec of report.recommendations) {
    const link = json.links.find((l) => l.recommendation === rec.id);
    const answer = link
      ? `${STATE_LABELS[link.state]}: ${link.answers.map((a) => `${a.action} (${a.source === 'text' ? '' : `${a.source}, `}${a.confidence.toFixed(2)})`).join(', ')}`
      : 'NOT COVERED';
    out.push(`  ${rec.id.padEnd(4)} ${TIMESCALE_LABELS[rec.timescale].padEnd(16)} → ${answer}`);
    for (const a of link?.answers ?? []) out.push(`         ${a.action}: ${a.why}`);
  }
  out.push(`  ${coverageSentence(links)}`);
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
  const linked = linkedActions(links, { sheet: plan.sheet });
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

export async function flagCommand(
  args: FlagArgs,
  io: Io,
  terminal: Terminal = PLAIN_TERMINAL,
): Promise<number> {
  const fail = (message: string) => {
    io.err(`plan-tracker: ${message}`);
    return EXIT.unusable;
  };
  const output = { inputs: [args.file, args.report] };
  if (args.out) {
    try {
      await checkOutputPath(args.out, output);
    } catch (e) {
      return reportFailure(e, io, EXIT.unusable);
    }
  }
  let bytes: Uint8Array;
  let report: OfstedReport;
  let plan: PlanSheet | undefined;
  let decisions;
  let hasSheet: boolean;
  let workbook: WorkbookSnapshot;
  try {
    report = await withProgress(
      terminal,
      `Reading ${args.report}…`,
      readReportFile(args.report, { published: args.published }),
    );
    try {
      bytes = new Uint8Array(await readFile(args.file));
    } catch {
      return fail(`${args.file} was not found.`);
    }
    ({ snapshot: workbook } = await withProgress(
      terminal,
      `Reading ${args.file}…`,
      readWorkbookBytes(bytes, args.file),
    ));
    plan = firstPlan(workbook) ?? undefined;
    decisions = readConfirmedLinks(workbook);
    hasSheet = trackerSheet(workbook, 'ofsted') !== undefined;
  } catch (e) {
    return reportFailure(e, io, EXIT.unusable);
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
  const notes: string[] = [];
  let sheetName: string | undefined;
  if (args.out) {
    try {
      // The plan sheet is refused if protected (as the add-in refuses it), before anything is written.
      const place = placeTrackerSheet(workbook, 'ofsted');
      const spec = recommendationsSheetSpec(report, plan, links, { asOf: args.today, name: place.name });
      const claimed = claimTrackerSheets(workbook, [{ place, spec }]);
      const owned = trackerSheetNames(workbook);
      const withSheet = await writeSheetsIntoPackage(bytes, claimed.specs, { owned });
      const done = await editUserSheets(withSheet, highlightEdits(plan, links));
      const written = await writeOutputFile(args.out, done.bytes, output);
      json.written = args.out;
      sheetName = place.name;
      highlighted = highlightSummary(plan, links, done.written.length, done.skipped);
      if (written.replaced) notes.push(`Replaced ${args.out}.`);
      notes.push(...claimed.notices);
    } catch (e) {
      return reportFailure(e, io, EXIT.notWritten);
    }
  }

  io.out(args.json ? JSON.stringify(json, null, 2) : formatFlag(json, report, links));
  if (args.out && !args.json) {
    io.out(`Wrote ${args.out} with the "${sheetName}" sheet.`);
    if (highlighted) io.out(highlighted);
    for (const note of notes) io.out(note);
  } else {
    for (const note of notes) io.err(`plan-tracker: ${note}`); // standard output stays pure JSON
  }
  return links.uncovered.length > 0 ? EXIT.findings : EXIT.ok;
}
