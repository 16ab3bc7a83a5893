/**
 * Deciding text suggestions for the plan as a whole, not for each recommendation alone.
 *
 * - **Competition.** An action is scored against every recommendation; where it clearly answers one,
 *   its score for the others is lowered in proportion, so one action is not the top suggestion for three.
 * - **Order, as a weak hint.** Plans more often than not take the report's recommendations in order.
 *   When this plan's clearest matches show that it does, an action whose objective sits where the
 *   recommendation sits in the report gains a little. Never enough to beat clearly better wording.
 * - **Strength.** A suggestion is *strong* when its score reaches the link threshold (or comes close to
 *   the best strong one); when a recommendation has no strong suggestion, its best candidate that is still
 *   plausible becomes a *possible* link instead of leaving it "not covered"; everything else is *weak*.
 *
 * Pure numbers in, numbers out: link.ts turns them into links with reasons.
 */

/** A suggestion counts as strong from this (adjusted) score. */
export const STRONG_SCORE = 0.2;
/** Below this nothing is even plausible: the recommendation is not covered. */
export const PLAUSIBLE_SCORE = 0.07;
/** Another action within this fraction of the best strong one is strong too (several actions per recommendation). */
export const CLOSE_TO_BEST = 0.7;
/** How hard an action's better match elsewhere pulls its score down: score × (score / its best score)^this. */
export const COMPETITION = 0.5;
/** The most the order hint adds to a score (10%). */
export const ORDER_HINT = 0.1;
/** Positions (0–1) this close count as "in the same place" for the order hint. */
const ORDER_WINDOW = 0.25;
/** The plan's clearest matches must follow the report's order at least this closely (rank correlation). */
const ORDER_AGREEMENT = 0.5;
/** The order hint needs this many clear matches to judge whether the plan follows the report. */
const ORDER_EVIDENCE = 4;

export type Strength = 'strong' | 'possible' | 'weak';

export interface AssignInput {
  /** scores[r][a]: text similarity of recommendation r and action a, 0–1. */
  scores: number[][];
  /** Where each recommendation comes in its report list, 0–1 (null when the list has one item). */
  recPosition: (number | null)[];
  /** Where each action's objective (or theme) comes in the plan, 0–1 (null when the plan has one). */
  actionPosition: (number | null)[];
  /** Pairs that must not be suggested (rejected by the user): `excluded[r]` holds action indexes. */
  excluded?: Set<number>[];
}

export interface Candidate {
  action: number;
  /** The score after competition and the order hint, 0–1. */
  score: number;
  /** The plain text similarity. */
  similarity: number;
  /** True when the order hint raised the score. */
  orderHint: boolean;
  /** True when a better match elsewhere lowered the score. */
  answersAnother: boolean;
  strength: Strength;
}

export interface Assignment {
  /** Per recommendation, every action with a score above zero, best first. */
  candidates: Candidate[][];
  /** True when the order hint was used (the plan's clearest matches follow the report's order). */
  followsReportOrder: boolean;
}

/** Spearman's rank correlation of paired values (ties take their average rank). */
export function rankCorrelation(xs: number[], ys: number[]): number {
  const rank = (vs: number[]) => {
    const order = vs.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(vs.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
      for (let k = i; k <= j; k++) ranks[order[k][1]] = (i + j) / 2;
      i = j + 1;
    }
    return ranks;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  const mean = (n - 1) / 2;
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < n; i++) {
    num += (rx[i] - mean) * (ry[i] - mean);
    dx += (rx[i] - mean) ** 2;
    dy += (ry[i] - mean) ** 2;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

/** Scores lowered where the action answers another recommendation clearly better. */
function competed(scores: number[][]): number[][] {
  const actions = scores[0]?.length ?? 0;
  const best = Array.from({ length: actions }, (_, a) => Math.max(0, ...scores.map((row) => row[a])));
  // An action whose best is 0 scores 0 everywhere and is never a candidate, whatever this gives it.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see the line above
  return scores.map((row) => row.map((s, a) => (best[a] > 0 ? s * Math.pow(s / best[a], COMPETITION) : 0)));
}

/** The bonus factor for an action placed where the recommendation sits in the report (1 when none). */
export function orderFactor(recPosition: number | null, actionPosition: number | null): number {
  if (recPosition === null || actionPosition === null) return 1;
  const distance = Math.abs(recPosition - actionPosition);
  return 1 + ORDER_HINT * Math.max(0, 1 - distance / ORDER_WINDOW);
}

/** A match is clear, and counts as evidence of the plan's order, when it beats the runner-up by this factor. */
const CLEAR_MARGIN = 1.2;

/** Whether the plan's clearest matches (strong, and well ahead of the runner-up) follow the report's order. */
function followsOrder(adjusted: number[][], input: AssignInput): boolean {
  const xs: number[] = [];
  const ys: number[] = [];
  adjusted.forEach((row, r) => {
    const rp = input.recPosition[r];
    let best = -1;
    let second = 0;
    for (let a = 0; a < row.length; a++) {
      if (best < 0 || row[a] > row[best]) {
        if (best >= 0) second = Math.max(second, row[best]);
        best = a;
      } else second = Math.max(second, row[a]);
    }
    const ap = best >= 0 ? input.actionPosition[best] : null;
    if (rp === null || ap === null || row[best] < STRONG_SCORE || row[best] < CLEAR_MARGIN * second) return;
    xs.push(rp);
    ys.push(ap);
  });
  return xs.length >= ORDER_EVIDENCE && rankCorrelation(xs, ys) >= ORDER_AGREEMENT;
}

export function assignSuggestions(input: AssignInput): Assignment {
  const { scores } = input;
  const adjusted = competed(scores);
  const followsReportOrder = followsOrder(adjusted, input);

  const candidates = adjusted.map((row, r) => {
    const excluded = input.excluded?.[r];
    const list: Candidate[] = [];
    row.forEach((s, a) => {
      if (scores[r][a] <= 0 || excluded?.has(a)) return;
      const factor = followsReportOrder ? orderFactor(input.recPosition[r], input.actionPosition[a]) : 1;
      list.push({
        action: a,
        score: Math.min(1, s * factor),
        similarity: scores[r][a],
        orderHint: factor > 1,
        answersAnother: s < scores[r][a] - 1e-9,
        strength: 'weak',
      });
    });
    list.sort((x, y) => y.score - x.score || x.action - y.action);
    const top = list[0];
    if (top && top.score >= STRONG_SCORE) {
      for (const c of list)
        if (c.score >= PLAUSIBLE_SCORE && c.score >= CLOSE_TO_BEST * top.score) c.strength = 'strong';
    } else if (top && top.score >= PLAUSIBLE_SCORE) {
      top.strength = 'possible';
    }
    return list;
  });
  return { candidates, followsReportOrder };
}
