/**
 * Everything the pane asks of a workbook, as a table of tasks: each reads through the PlanHost port,
 * decides in the core, applies its edits in one go and returns plain data for the view. The same table
 * runs in the page (localEngine: tests, or a host without workers) and in a Web Worker (the preview's
 * worker owns the workbook; the add-in's worker calls back to Excel for reads and writes), so reading
 * and checking a large plan never holds up the page.
 */
import type { Edit } from '../../core/edits';
import { UserError } from '../../core/errors';
import { fixEdits } from '../../core/fixes';
import type { PlanHost } from '../../core/host';
import { mappingOverrideEdits, type MappingOverride } from '../../core/mapping-override';
import {
  confirmLink,
  confirmedLinkEdits,
  highlightEdits,
  linkRecommendations,
  parseOfstedReport,
  readConfirmedLinks,
  rejectLink,
  removeHighlightEdits,
  type LinkDecisions,
  type LinkResult,
  type OfstedReport,
} from '../../core/ofsted';
import { refreshMessage } from '../../core/refresh-message';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { DEFAULT_DUE_SOON_DAYS } from '../../core/standing';
import { refreshSummary } from '../../core/summary-sheets';
import { SUMMARY_SHEET } from '../../core/tracker-sheets';
import type { IsoDate } from '../../core/types';
import type { Progress } from './channel';
import {
  PAGE_SIZE,
  checkReport,
  fixSummary,
  offeredFixes,
  type CheckReport,
  type FindingItem,
  type FixSummary,
  type FullReport,
  type StandingList,
} from './check-report';
import type { StandingItem } from '../../core/standing';
import {
  STRUCTURE_ACTIONS,
  planChecks,
  planChoices,
  type PlanChoice,
  type StructureActionId,
  type StructureRequest,
} from './structure-actions';

export interface TaskContext {
  host: PlanHost;
  progress: Progress;
}

async function read(ctx: TaskContext): Promise<WorkbookSnapshot> {
  ctx.progress('Reading the workbook…');
  return ctx.host.readWorkbook();
}

async function write(ctx: TaskContext, edits: Edit[]): Promise<void> {
  if (edits.length === 0) return;
  ctx.progress('Writing to the workbook…');
  await ctx.host.apply(edits);
}

export interface StructureResult {
  /** 'info' when there was nothing to change. */
  intent: 'success' | 'info';
  done: string;
  /** The plan sheets and objectives after the change (an inserted action or a new sheet adds to them). */
  plans: PlanChoice[];
}

export interface SummaryFigures {
  message: string;
  actions: number;
  red: number;
  amber: number;
  green: number;
  blue: number;
  overdue: number;
  dueSoon: number;
  dueSoonDays: number;
  percentComplete: number;
}

/** What the Ofsted view shows: the report, the plan's links to it and the decisions kept in the workbook. */
export interface OfstedState {
  report: OfstedReport;
  /** The plan sheet linked against, or null when the workbook has none. */
  sheet: string | null;
  links: LinkResult | null;
  decisions: LinkDecisions;
  /** The cell that "Go to action" selects, by action key, for every suggested action. */
  cells: Record<string, string>;
}

/** The first plan sheet, read as the Check view reads it (corrected mappings, tracker sheets skipped). */
function ofstedState(workbook: WorkbookSnapshot, report: OfstedReport, asOf: IsoDate): OfstedState {
  const plan = planChecks(workbook, asOf)[0]?.plan ?? null;
  const decisions = readConfirmedLinks(workbook);
  const links = plan ? linkRecommendations(report, plan, { decisions }) : null;
  const cells: Record<string, string> = {};
  for (const rec of links?.recommendations ?? []) {
    for (const link of rec.suggestions) {
      const action = plan!.actions.find((a) => a.row === link.row);
      cells[link.action] = action?.cells.objectiveAction ?? action?.cells.action ?? `A${link.row}`;
    }
  }
  return { report, sheet: plan?.sheet ?? null, links, decisions, cells };
}

/** The last check made here, whose lists the page asks for more of. */
let latest: FullReport | null = null;
let reports = 0;

function listsOf(id: number, sheet: string): NonNullable<ReturnType<FullReport['lists']['get']>> {
  const lists = latest?.report.id === id ? latest.lists.get(sheet) : undefined;
  if (!lists)
    throw new UserError('The plan has changed since it was checked. Press "Check again".', 'conflict');
  return lists;
}

function more<T>(list: T[], offset: number): T[] {
  return list.slice(offset, offset + PAGE_SIZE);
}

export const TASKS = {
  async check(
    ctx: TaskContext,
    args: { asOf: IsoDate; dueSoonDays?: number; hide?: string[] },
  ): Promise<CheckReport> {
    const workbook = await read(ctx);
    ctx.progress('Checking the plan…');
    latest = checkReport(workbook, args, ++reports);
    return latest.report;
  },

  /** More findings of one group of the last check. */
  async moreFindings(
    _ctx: TaskContext,
    args: { id: number; sheet: string; severity: string; rule: string; offset: number },
  ): Promise<FindingItem[]> {
    return more(listsOf(args.id, args.sheet).groups.get(`${args.severity}:${args.rule}`) ?? [], args.offset);
  },

  /** More actions of one "where the plan stands" list of the last check. */
  async moreStanding(
    _ctx: TaskContext,
    args: { id: number; sheet: string; list: StandingList; offset: number },
  ): Promise<StandingItem[]> {
    return more(listsOf(args.id, args.sheet).standing[args.list], args.offset);
  },

  /** The fixes on offer in the last check, a page at a time (every sheet, in order). */
  async fixList(_ctx: TaskContext, args: { id: number; offset: number }): Promise<FixSummary[]> {
    if (latest?.report.id !== args.id) listsOf(args.id, '');
    const all = [...latest!.lists.values()].flatMap((l) => l.fixes);
    // Fixes that clear their finding first, then the dropdowns (listed under their own heading).
    const ordered = [...all.filter((f) => f.clears), ...all.filter((f) => !f.clears)];
    return more(ordered, args.offset).map(fixSummary);
  },

  /** Selecting a cell, or any edits the view already holds. */
  async apply(ctx: TaskContext, args: { edits: Edit[] }): Promise<void> {
    await ctx.host.apply(args.edits);
  },

  /**
   * Applies the chosen fixes, worked out afresh from a new read (so a cell changed since the check is
   * judged as it is now): those named in `ids`, or every fix on offer but those in `except`. Resolves
   * to how many were applied, and which of them only added a dropdown.
   */
  async applyFixes(
    ctx: TaskContext,
    args: { asOf: IsoDate; hide?: string[]; ids?: string[]; except?: string[] },
  ): Promise<{ applied: number; dropdowns: string[] }> {
    const workbook = await read(ctx);
    const offered = offeredFixes(workbook, args);
    const wanted = args.ids ? new Set(args.ids) : null;
    const skipped = new Set(args.except ?? []);
    const chosen = offered.filter((f) => (wanted ? wanted.has(f.id) : !skipped.has(f.id)));
    await write(ctx, fixEdits(chosen));
    return { applied: chosen.length, dropdowns: chosen.filter((f) => !f.clears).map((f) => f.id) };
  },

  async saveMapping(ctx: TaskContext, args: { sheet: string; mapping: MappingOverride }): Promise<void> {
    const workbook = await read(ctx);
    await write(ctx, mappingOverrideEdits(workbook, args.sheet, args.mapping));
  },

  async structurePlans(ctx: TaskContext, args: { asOf: IsoDate }): Promise<PlanChoice[]> {
    return planChoices(await read(ctx), args.asOf);
  },

  async structure(
    ctx: TaskContext,
    args: { action: StructureActionId; request: StructureRequest },
  ): Promise<StructureResult> {
    const workbook = await read(ctx);
    const { edits, done } = STRUCTURE_ACTIONS[args.action].work(workbook, args.request);
    if (edits.length === 0) {
      return { intent: 'info', done, plans: planChoices(workbook, args.request.asOf) };
    }
    await write(ctx, edits);
    // The objectives and sheets offered may have changed; a failed re-read only leaves them as they were.
    const after = await ctx.host.readWorkbook().catch(() => workbook);
    return { intent: 'success', done, plans: planChoices(after, args.request.asOf) };
  },

  async refreshSummary(
    ctx: TaskContext,
    args: { asOf: IsoDate; dueSoonDays?: number; refreshedAt: string },
  ): Promise<SummaryFigures> {
    const workbook = await read(ctx);
    ctx.progress('Building the summary…');
    const dueSoonDays = args.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    const { summary, edits } = refreshSummary(workbook, args.asOf, args.refreshedAt, { dueSoonDays });
    await write(ctx, [...edits, { kind: 'select', sheet: SUMMARY_SHEET, address: 'A1' }]);
    const t = summary.totals;
    return {
      message: refreshMessage(summary),
      actions: t.actions,
      red: t.red,
      amber: t.amber,
      green: t.green,
      blue: t.blue,
      overdue: t.overdue,
      dueSoon: summary.exceptions.dueSoon.length,
      dueSoonDays,
      percentComplete: summary.percentComplete,
    };
  },

  async ofstedRead(ctx: TaskContext, args: { text: string; asOf: IsoDate }): Promise<OfstedState> {
    ctx.progress('Reading the report…');
    const report = parseOfstedReport(args.text);
    return ofstedState(await read(ctx), report, args.asOf);
  },

  async ofstedDecide(
    ctx: TaskContext,
    args: { report: OfstedReport; asOf: IsoDate; recommendation: string; action: string; accept: boolean },
  ): Promise<OfstedState> {
    const workbook = await read(ctx);
    const rec = args.report.recommendations.find((r) => r.id === args.recommendation);
    if (rec) {
      const previous = readConfirmedLinks(workbook)[rec.id];
      const decision = args.accept
        ? confirmLink(previous, args.action, rec)
        : rejectLink(previous, args.action, rec);
      await write(ctx, confirmedLinkEdits(workbook, { [rec.id]: decision }));
    }
    return ofstedState(await ctx.host.readWorkbook(), args.report, args.asOf);
  },

  /** Clears a decision (Undo): the link goes back to what the plan itself suggests. */
  async ofstedUndo(
    ctx: TaskContext,
    args: {
      report: OfstedReport;
      asOf: IsoDate;
      recommendation: string;
      previous: LinkDecisions[string] | null;
    },
  ): Promise<OfstedState> {
    const workbook = await read(ctx);
    await write(ctx, confirmedLinkEdits(workbook, { [args.recommendation]: args.previous }));
    return ofstedState(await ctx.host.readWorkbook(), args.report, args.asOf);
  },

  async ofstedHighlight(
    ctx: TaskContext,
    args: { report: OfstedReport; asOf: IsoDate; on: boolean },
  ): Promise<OfstedState & { highlighted: number }> {
    const workbook = await read(ctx);
    const state = ofstedState(workbook, args.report, args.asOf);
    const plan = planChecks(workbook, args.asOf)[0]?.plan;
    if (!plan || !state.links) return { ...state, highlighted: 0 };
    await write(ctx, args.on ? highlightEdits(plan, state.links) : removeHighlightEdits(plan));
    const highlighted = args.on
      ? new Set(state.links.recommendations.flatMap((r) => r.linked.map((l) => l.action))).size
      : 0;
    return { ...ofstedState(await ctx.host.readWorkbook(), args.report, args.asOf), highlighted };
  },
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskArgs<K extends TaskName> = Parameters<Tasks[K]>[1];
export type TaskResult<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;

/** Runs one task of the table (where the table lives: the page or a worker). */
export function runTask<K extends TaskName>(
  name: K,
  ctx: TaskContext,
  args: TaskArgs<K>,
): Promise<TaskResult<K>> {
  const task = TASKS[name] as (ctx: TaskContext, args: TaskArgs<K>) => Promise<TaskResult<K>>;
  return task(ctx, args);
}
