/**
 * What the Ofsted view shows, worked out from one read of the workbook: the report, the plan's links to
 * it (each recommendation's state, the actions put forward with their reasons, the counts), the
 * decisions kept in the workbook, and, for every action the review names, what the officer needs to
 * judge it (its own text, ref and rating) and the cell "Go to action" selects.
 *
 * The plan is the one every surface links against (plan-sheets.ts `firstPlan`: corrected mappings and
 * status words applied, tracker sheets skipped, a plan kept over several sheets taken whole), so an
 * action is named by its sheet as well as its key: rows repeat across sheets. Pure: snapshot in, state out.
 */
import {
  actionKey,
  linkRecommendations,
  readConfirmedLinks,
  type LinkDecisions,
  type LinkResult,
  type OfstedReport,
} from '../../core/ofsted';
import { firstPlan } from '../../core/plan-sheets';
import type { PlanSheet } from '../../core/plan-reader';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Rating } from '../../core/types';

/** The longest action text sent to the page: enough to judge a link by, never a whole page of it. */
const ACTION_TEXT_MAX = 220;

/** An action the review names: a suggestion for some recommendation, or one the officer rejected. */
export interface ReviewAction {
  /** The key links and decisions name it by: its ref ('2.1.3'), or 'row 38' for an action without one. */
  key: string;
  ref: string | null;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The action's own words, shortened to about two lines of the pane. */
  text: string;
  /** Its Action RAG. */
  rating: Rating;
  /** The cell "Go to action" selects: the action's text cell. */
  cell: string;
}

export interface OfstedState {
  report: OfstedReport;
  /** The sheets of the plan linked against (several for a plan kept over several sheets); none when there is no plan. */
  sheets: string[];
  links: LinkResult | null;
  decisions: LinkDecisions;
  /** Every action the review names (put forward, or rejected), in plan order. */
  actions: ReviewAction[];
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= ACTION_TEXT_MAX ? t : `${t.slice(0, ACTION_TEXT_MAX - 1).trimEnd()}…`;
}

/** The actions a set of links names (suggested for, or rejected from, any recommendation). */
export function reviewActions(plan: PlanSheet | readonly PlanSheet[], links: LinkResult): ReviewAction[] {
  const named = new Set<string>();
  const rejected = new Set<string>();
  for (const r of links.recommendations) {
    for (const l of r.suggestions) named.add(`${l.sheet}\u0000${l.row}`);
    for (const key of r.rejected) rejected.add(key);
  }
  const plans: readonly PlanSheet[] = Array.isArray(plan) ? plan : [plan as PlanSheet];
  const parts = plans.flatMap((p) => p.parts ?? [p]);
  return parts.flatMap((part) =>
    part.actions
      .filter((a) => named.has(`${part.sheet}\u0000${a.row}`) || rejected.has(actionKey(a)))
      .map((a) => ({
        key: actionKey(a),
        ref: a.ref,
        sheet: part.sheet,
        row: a.row,
        text: shorten(a.text),
        rating: a.actionRag.rating,
        cell: a.cells.objectiveAction ?? a.cells.action ?? `A${a.row}`,
      })),
  );
}

/** The Ofsted view's state: the workbook's first plan linked to the report, with the decisions kept in it. */
export function ofstedState(workbook: WorkbookSnapshot, report: OfstedReport): OfstedState {
  const plan = firstPlan(workbook);
  const decisions = readConfirmedLinks(workbook);
  if (!plan) return { report, sheets: [], links: null, decisions, actions: [] };
  const links = linkRecommendations(report, plan, { decisions });
  return {
    report,
    sheets: (plan.parts ?? [plan]).map((p) => p.sheet),
    links,
    decisions,
    actions: reviewActions(plan, links),
  };
}
