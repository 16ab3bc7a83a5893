/**
 * Everything the pane asks of a workbook, as a table of tasks: each reads through the PlanHost port,
 * decides in the core, applies its edits in one go and returns plain data for the view. The same table
 * runs in the page (localEngine: tests, or a host without workers) and in a Web Worker (the preview's
 * worker owns the workbook; the add-in's worker calls back to Excel for reads and writes), so reading
 * and checking a large plan never holds up the page.
 */
import type { SuggestedRole } from '../../core/column-suggestions';
import { parseIso } from '../../core/dates';
import type { Edit } from '../../core/edits';
import { UserError } from '../../core/errors';
import { fixEdits } from '../../core/fixes';
import type { PlanHost } from '../../core/host';
import {
  mappingOverrideEdits,
  readMappingOverrides,
  type MappingOverride,
} from '../../core/mapping-override';
import {
  confirmedLinkEdits,
  highlightEdits,
  linkChanges,
  parseOfstedReport,
  removeHighlightEdits,
  type LinkChange,
  type LinkDecision,
  type OfstedReport,
} from '../../core/ofsted';
import { firstPlan } from '../../core/plan-sheets';
import { refreshMessage } from '../../core/refresh-message';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { DEFAULT_DUE_SOON_DAYS } from '../../core/standing';
import { readStatusMapping, statusMappingEdits, type StatusValue } from '../../core/status-mapping';
import { refreshSummary } from '../../core/summary-sheets';
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
import { ofstedState, type OfstedState } from './ofsted-state';
import type { StandingItem } from '../../core/standing';
import {
  STRUCTURE_ACTIONS,
  planChoices,
  type PlanChoice,
  type StructureActionId,
  type StructureRequest,
} from './structure-actions';

export type { OfstedState, ReviewAction } from './ofsted-state';

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

/** What a change to the Ofsted links did, and what it replaced (so the view's Undo can put it back). */
export interface OfstedChange extends OfstedState {
  /** How many actions were accepted, rejected or undone. */
  count: number;
  /** The decision each changed recommendation had before (null: none), by id. */
  previous: Record<string, LinkDecision | null>;
}

/** The publication date an officer gave, checked: 'YYYY-MM-DD', or undefined when none was given. */
function publishedDate(published: string | undefined): string | undefined {
  const given = published?.trim();
  if (!given) return undefined;
  if (!parseIso(given)) {
    throw new UserError(
      `"${given}" is not a date the tracker can read. Give the publication date as day, month and year, or leave it empty.`,
      'bad-option',
    );
  }
  return given;
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

  /**
   * Saves the council's status words in the workbook: `set` gives words (as typed) their rating, `forget`
   * drops saved ones (by key); the other saved words are kept.
   */
  async saveStatusWords(
    ctx: TaskContext,
    args: { set?: Record<string, StatusValue>; forget?: string[] },
  ): Promise<void> {
    const workbook = await read(ctx);
    const mapping = readStatusMapping(workbook);
    for (const key of args.forget ?? []) delete mapping[key];
    await write(ctx, statusMappingEdits(workbook, { ...mapping, ...args.set }));
  },

  /** Takes the column the check suggested for a role into the sheet's corrected mapping, kept with the rest of it. */
  async saveSuggestedColumn(
    ctx: TaskContext,
    args: { sheet: string; role: SuggestedRole; letter: string },
  ): Promise<void> {
    const workbook = await read(ctx);
    const saved = readMappingOverrides(workbook)[args.sheet] ?? {};
    await write(ctx, mappingOverrideEdits(workbook, args.sheet, { ...saved, [args.role]: args.letter }));
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
    const result = refreshSummary(workbook, args.asOf, args.refreshedAt, { dueSoonDays });
    // The tracker's sheet may not be called "RAG Summary": a user's own sheet of that name is left alone.
    await write(ctx, [...result.edits, { kind: 'select', sheet: result.sheetNames.summary, address: 'A1' }]);
    const { summary } = result;
    const t = summary.totals;
    return {
      message: refreshMessage(summary, result.notices),
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

  /** Reads a report (with the publication date the officer gave, if any) and links it to the plan. */
  async ofstedRead(ctx: TaskContext, args: { text: string; published?: string }): Promise<OfstedState> {
    ctx.progress('Reading the report…');
    const report = parseOfstedReport(args.text, { published: publishedDate(args.published) });
    return ofstedState(await read(ctx), report);
  },

  /**
   * Accepts, rejects or undoes one suggested action, or accepts every suggestion at or above a confidence:
   * decided on the links as they are in the workbook now, and stored in one write.
   */
  async ofstedDecide(
    ctx: TaskContext,
    args: { report: OfstedReport; change: LinkChange },
  ): Promise<OfstedChange> {
    const workbook = await read(ctx);
    const before = ofstedState(workbook, args.report);
    if (!before.links) return { ...before, count: 0, previous: {} };
    const { decisions, count } = linkChanges(args.report, before.links, before.decisions, args.change);
    const previous = Object.fromEntries(
      Object.keys(decisions).map((id) => [id, before.decisions[id] ?? null]),
    );
    if (count === 0) return { ...before, count, previous };
    await write(ctx, confirmedLinkEdits(workbook, decisions));
    return { ...ofstedState(await ctx.host.readWorkbook(), args.report), count, previous };
  },

  /** Puts back the decisions a change replaced (the view's Undo), in one write. */
  async ofstedUndo(
    ctx: TaskContext,
    args: { report: OfstedReport; previous: Record<string, LinkDecision | null> },
  ): Promise<OfstedState> {
    const workbook = await read(ctx);
    await write(ctx, confirmedLinkEdits(workbook, args.previous));
    return ofstedState(await ctx.host.readWorkbook(), args.report);
  },

  /** Highlights the linked actions on every sheet of the plan, or removes the highlights. */
  async ofstedHighlight(
    ctx: TaskContext,
    args: { report: OfstedReport; on: boolean },
  ): Promise<OfstedState & { highlighted: number }> {
    const workbook = await read(ctx);
    const state = ofstedState(workbook, args.report);
    const plan = firstPlan(workbook);
    if (!plan || !state.links) return { ...state, highlighted: 0 };
    await write(ctx, args.on ? highlightEdits(plan, state.links) : removeHighlightEdits(plan));
    const highlighted = args.on
      ? new Set(state.links.recommendations.flatMap((r) => r.answers.map((l) => `${l.sheet}\u0000${l.row}`)))
          .size
      : 0;
    return { ...ofstedState(await ctx.host.readWorkbook(), args.report), highlighted };
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
