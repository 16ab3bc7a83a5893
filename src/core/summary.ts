/**
 * The RAG summary a manager takes to the board: headline counts, counts by theme and objective,
 * exception lists and the movement since the last refresh. Pure: plans and the previous state in,
 * a summary out; writing it to a sheet is the adapters' job.
 */
import type { SheetCheck } from './check';
import { DEFAULT_DUE_SOON_DAYS, isDueSoon } from './due-soon';
import { isOverdue } from './validate';
import type { IsoDate, PlanAction, Rating } from './types';

export type RagCounts = Record<Rating, number>;

export interface ExceptionRow {
  sheet: string;
  ref: string | null;
  row: number;
  text: string;
  leads: string[];
  deadline: string;
  due: IsoDate | null;
  actionRag: Rating;
}

export interface ObjectiveSummary {
  ref: string | null;
  title: string;
  counts: RagCounts;
  impact: RagCounts;
}

export interface ThemeSummary {
  theme: string;
  counts: RagCounts;
  impact: RagCounts;
  objectives: ObjectiveSummary[];
}

export type Direction = 'up' | 'down' | 'same' | 'new' | 'removed';

export interface Movement {
  sheet: string;
  ref: string;
  from: Rating | null;
  to: Rating | null;
  direction: Direction;
}

/** What the tracker remembers between refreshes (kept in a hidden sheet of the workbook). */
export interface SummaryState {
  asOf: IsoDate;
  refreshedAt: string;
  totals: RagCounts & { actions: number; overdue: number };
  /** Action RAG by key `sheet!ref`. */
  ratings: Record<string, Rating>;
}

export interface Summary {
  asOf: IsoDate;
  sheets: string[];
  totals: RagCounts & { actions: number; overdue: number };
  impact: RagCounts;
  percentComplete: number;
  percentOnTrack: number;
  actionsWithErrors: number;
  ofsted: { actions: number; counts: RagCounts };
  byTheme: ThemeSummary[];
  exceptions: {
    red: ExceptionRow[];
    overdue: ExceptionRow[];
    /** Due within `dueSoonDays` of the as-of day, not Blue (sorted by due date). */
    dueSoon: ExceptionRow[];
    incomplete: ExceptionRow[];
  };
  /** The due-soon window, in days (30 unless chosen otherwise). */
  dueSoonDays: number;
  movement: Movement[];
  previous: SummaryState['totals'] | null;
}

export function emptyCounts(): RagCounts {
  return { red: 0, amber: 0, green: 0, blue: 0, unrated: 0, invalid: 0 };
}

/** Higher is better; used for the direction of travel. Unrated and invalid are not on the scale. */
const RANK: Partial<Record<Rating, number>> = { red: 0, amber: 1, green: 2, blue: 3 };

function exceptionRow(sheet: string, a: PlanAction): ExceptionRow {
  return {
    sheet,
    ref: a.ref,
    row: a.row,
    text: a.text,
    leads: a.leads,
    deadline: a.deadline.text,
    due: a.deadline.due,
    actionRag: a.actionRag.rating,
  };
}

function byDueDate(a: ExceptionRow, b: ExceptionRow): number {
  // An action due soon always has a due date, and actions are added in row order to a stable sort.
  // Stryker disable next-line StringLiteral,ArithmeticOperator: equivalent, see the line above
  return (a.due ?? '').localeCompare(b.due ?? '') || a.sheet.localeCompare(b.sheet) || a.row - b.row;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

export function stateKey(sheet: string, ref: string): string {
  return `${sheet}!${ref}`;
}

export interface SummaryOptions {
  /** How many days ahead counts as due soon (default 30). */
  dueSoonDays?: number;
}

export function summarise(
  checks: SheetCheck[],
  asOf: IsoDate,
  previous: SummaryState | null,
  { dueSoonDays = DEFAULT_DUE_SOON_DAYS }: SummaryOptions = {},
): Summary {
  const totals = { ...emptyCounts(), actions: 0, overdue: 0 };
  const impact = emptyCounts();
  const ofsted = { actions: 0, counts: emptyCounts() };
  const byTheme: ThemeSummary[] = [];
  const exceptions: Summary['exceptions'] = { red: [], overdue: [], dueSoon: [], incomplete: [] };
  let actionsWithErrors = 0;

  for (const { plan, findings } of checks) {
    const errorRows = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ref));
    for (const a of plan.actions) {
      totals.actions++;
      totals[a.actionRag.rating]++;
      impact[a.impactRag.rating]++;
      if (a.ofsted) {
        ofsted.actions++;
        ofsted.counts[a.actionRag.rating]++;
      }
      if (a.ref && errorRows.has(a.ref)) actionsWithErrors++;
      const overdue = isOverdue(a, asOf);
      if (overdue) totals.overdue++;
      if (a.actionRag.rating === 'red') exceptions.red.push(exceptionRow(plan.sheet, a));
      if (overdue) exceptions.overdue.push(exceptionRow(plan.sheet, a));
      if (isDueSoon(a, asOf, dueSoonDays)) exceptions.dueSoon.push(exceptionRow(plan.sheet, a));
      const noDate =
        a.deadline.kind === 'blank' || a.deadline.kind === 'unparsed' || a.deadline.kind === 'invalid';
      const noRating = a.actionRag.rating === 'unrated' || a.actionRag.rating === 'invalid';
      if (a.leads.length === 0 || noDate || noRating) exceptions.incomplete.push(exceptionRow(plan.sheet, a));
    }
    for (const t of plan.themes) {
      const theme: ThemeSummary = {
        theme: t.title || plan.sheet,
        counts: emptyCounts(),
        impact: emptyCounts(),
        objectives: [],
      };
      for (const o of t.objectives) {
        const os: ObjectiveSummary = {
          ref: o.ref,
          title: o.title,
          counts: emptyCounts(),
          impact: emptyCounts(),
        };
        for (const a of o.actions) {
          os.counts[a.actionRag.rating]++;
          os.impact[a.impactRag.rating]++;
          theme.counts[a.actionRag.rating]++;
          theme.impact[a.impactRag.rating]++;
        }
        theme.objectives.push(os);
      }
      byTheme.push(theme);
    }
  }

  return {
    asOf,
    sheets: checks.map((c) => c.plan.sheet),
    totals,
    impact,
    percentComplete: percent(totals.blue, totals.actions),
    percentOnTrack: percent(totals.green + totals.blue, totals.actions),
    actionsWithErrors,
    ofsted,
    byTheme,
    exceptions: { ...exceptions, dueSoon: exceptions.dueSoon.sort(byDueDate) },
    dueSoonDays,
    movement: previous ? movementSince(checks, previous) : [],
    previous: previous?.totals ?? null,
  };
}

function movementSince(checks: SheetCheck[], previous: SummaryState): Movement[] {
  const now = currentRatings(checks);
  const moves: Movement[] = [];
  for (const [key, to] of Object.entries(now)) {
    const [sheet, ref] = splitKey(key);
    const from = previous.ratings[key];
    if (from === undefined) moves.push({ sheet, ref, from: null, to, direction: 'new' });
    else if (from !== to) {
      const a = RANK[from];
      const b = RANK[to];
      // Stryker disable next-line EqualityOperator: equivalent, two different ratings never share a rank
      const direction: Direction = a === undefined || b === undefined ? 'same' : b > a ? 'up' : 'down';
      moves.push({ sheet, ref, from, to, direction });
    }
  }
  for (const [key, from] of Object.entries(previous.ratings)) {
    if (!(key in now)) {
      const [sheet, ref] = splitKey(key);
      moves.push({ sheet, ref, from, to: null, direction: 'removed' });
    }
  }
  return moves;
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('!');
  return [key.slice(0, at), key.slice(at + 1)];
}

export function currentRatings(checks: SheetCheck[]): Record<string, Rating> {
  const out: Record<string, Rating> = {};
  for (const { plan } of checks)
    for (const a of plan.actions) if (a.ref) out[stateKey(plan.sheet, a.ref)] ??= a.actionRag.rating;
  return out;
}

/** The state to keep for the next refresh. */
export function stateAfter(summary: Summary, checks: SheetCheck[], refreshedAt: string): SummaryState {
  return { asOf: summary.asOf, refreshedAt, totals: summary.totals, ratings: currentRatings(checks) };
}
