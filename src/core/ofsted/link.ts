/**
 * Linking Ofsted recommendations to the plan actions that answer them.
 *
 * Explicit links, in order of trust:
 * 1. decisions the user confirmed (stored in the workbook, see confirmed-links.ts);
 * 2. the plan's Ofsted ref column ('R3', '3', 'Para 24');
 * 3. markers: a '*' or "Ofsted requirement" wording on the action says it answers the report, and the
 *    wording of the marked line says which recommendation (each marked line picks its best).
 * Then text suggestions, decided for the plan as a whole (assign.ts) from the similarity of each
 * recommendation to each action's whole row (row-similarity.ts).
 *
 * Each recommendation ends in one of three states:
 * - linked: at least one explicit link;
 * - suggested: no explicit link, but an action's wording makes it a plausible answer;
 * - not covered: nothing plausible.
 * Every link carries its reasons: what made it explicit, the terms it shares and where they are, hints.
 */
import type { PlanSheet } from '../plan-reader';
import type { PlanAction } from '../types';
import { assignSuggestions, PLAUSIBLE_SCORE, STRONG_SCORE, type Candidate, type Strength } from './assign';
import type { LinkDecisions } from './confirmed-links';
import { recommendationFingerprint } from './confirmed-links';
import { rowSimilarities, type RowPart, type SharedTerm } from './row-similarity';
import type { OfstedReport, Recommendation, Timescale } from './types';

/**
 * The sheets a plan is read from: each sheet of a plan kept over several sheets (`parts`), so the matcher
 * keys every action by the sheet it is on.
 */
export function planParts(plan: PlanSheet | readonly PlanSheet[]): readonly PlanSheet[] {
  const list: readonly PlanSheet[] = Array.isArray(plan) ? plan : [plan as PlanSheet];
  return list.flatMap((p) => p.parts ?? [p]);
}

export type LinkSource = 'confirmed' | 'ref-column' | 'marker' | 'text';

/** Linked (explicitly), suggested (similar wording, not confirmed) or not covered (nothing plausible). */
export type LinkState = 'linked' | 'suggested' | 'not-covered';

export type { SharedTerm, Strength };

export interface LinkReasons {
  /** What makes an explicit link: 'you confirmed it', 'Ofsted ref column: "Rec 4"', 'marked "*" in the plan'. */
  explicit?: string;
  /** The terms the recommendation and the action's row share, the most telling first. */
  shared: SharedTerm[];
  /** Anything else that moved it: the order hint, a better match elsewhere, a timescale named in a marked line. */
  hints: string[];
}

export interface ActionLink {
  /** The action's key: its ref ('2.1.3'), or 'row 38' for an action without one. */
  action: string;
  /** The plan sheet the action is on. */
  sheet: string;
  /** 1-based sheet row of the action. */
  row: number;
  /**
   * 0–1: 1 for a confirmed or ref-column link; a marker link 0.6–1; a text suggestion its score (text
   * similarity after competition and the order hint).
   */
  confidence: number;
  source: LinkSource;
  /** Explicit links are strong; a text suggestion is strong, possible or weak (see assign.ts). */
  strength: Strength;
  reasons: LinkReasons;
}

export interface RecommendationLinks {
  recommendation: string;
  state: LinkState;
  /** Every candidate, best first: confirmed, ref-column and marker links, then text suggestions. */
  suggestions: ActionLink[];
  /** The explicit links (confirmed, ref column, marker): what makes the recommendation linked. */
  linked: ActionLink[];
  /**
   * The actions put forward as answering it: the explicit links when linked; the strong (or the one
   * possible) suggestions when suggested; none when not covered.
   */
  answers: ActionLink[];
  /** Actions the user said do not answer this recommendation. */
  rejected: string[];
}

export interface LinkResult {
  recommendations: RecommendationLinks[];
  /** Ids of recommendations no action even plausibly answers. */
  uncovered: string[];
  /** How many recommendations are in each state. */
  counts: Record<LinkState, number>;
  /** True when the order hint was used: the plan's clearest matches follow the report's order. */
  followsReportOrder: boolean;
}

export interface LinkOptions {
  /** Use the Ofsted ref column and markers (default true). Off, only text similarity is used. */
  explicit?: boolean;
  /** Confirmed and rejected links read from the workbook. */
  decisions?: LinkDecisions;
  /** Suggestions kept per recommendation, strong and possible ones always (default 8). */
  maxSuggestions?: number;
}

/** Below this a text suggestion is noise and is not listed at all. */
const MIN_SUGGESTION = 0.03;
/** How much a marked line's own words count, against its whole row, when it is one line of several. */
export const LINE_WEIGHT = 0.7;
/** A marked line must be at least this similar to a recommendation to be linked to it. */
export const MIN_MARKER = 0.06;
/** A text suggestion is strong from this score; kept for callers that named the old threshold. */
export const TEXT_LINK_THRESHOLD = STRONG_SCORE;
export { PLAUSIBLE_SCORE, STRONG_SCORE };

const OFSTED_WORDING = /ofsted\s+(requirement|recommendation)/i;

/** The key an action is stored and reported under. */
export function actionKey(action: PlanAction): string {
  return action.ref ?? `row ${action.row}`;
}

function paragraphNumbers(paragraph: string | null): number[] {
  if (!paragraph) return [];
  const out: number[] = [];
  for (const part of paragraph.split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part.trim());
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]) && out.length < 500; n++) out.push(n);
    } else if (/^\d+$/.test(part.trim())) out.push(Number(part.trim()));
  }
  return out;
}

/**
 * The recommendation ids an Ofsted ref cell names: 'R3', 'Rec 3', 'Recommendation 3', 'Para 24',
 * '3' (a paragraph number when the report gives one, otherwise the third recommendation), lists of these.
 */
export function parseOfstedRef(text: string, report: OfstedReport): string[] {
  const recs = report.recommendations;
  const byParagraph = (n: number) =>
    recs.filter((r) => paragraphNumbers(r.paragraph).includes(n)).map((r) => r.id);
  const byNumber = (n: number) => (n >= 1 && n <= recs.length ? [recs[n - 1].id] : []);
  const ids: string[] = [];
  let paragraphMode = false;
  for (const raw of text.split(/\s*(?:[,;/&+]|\band\b)\s*/i)) {
    const piece = raw.trim().replace(/[.)]$/, '');
    if (!piece) continue;
    let m = /^(?:r|rec(?:ommendation)?s?)\.?\s*(\d+)$/i.exec(piece);
    if (m) {
      paragraphMode = false;
      ids.push(...byNumber(Number(m[1])));
      continue;
    }
    m = /^(?:para(?:graph)?s?\.?|¶)\s*(\d+)(?:\s*[–-]\s*(\d+))?$/i.exec(piece);
    if (m) {
      paragraphMode = true;
      const last = m[2] ? Number(m[2]) : Number(m[1]);
      for (let n = Number(m[1]); n <= last && n - Number(m[1]) < 200; n++) ids.push(...byParagraph(n));
      continue;
    }
    m = /^(\d+)$/.exec(piece);
    if (m) {
      const n = Number(m[1]);
      const para = byParagraph(n);
      ids.push(...(paragraphMode || para.length > 0 ? para : byNumber(n)));
    }
  }
  return [...new Set(ids)];
}

/** The lines of an action that carry its Ofsted marker (the whole text when none does). */
export function markedLines(action: PlanAction): string[] {
  const lines = action.text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const marked = lines.filter((l) => l.includes('*') || OFSTED_WORDING.test(l));
  return marked.length > 0 ? marked : [action.text];
}

const TIMESCALE_WORDS: [RegExp, Timescale][] = [
  [/\bimmediate(ly)?\b/i, 'immediate'],
  [/\b(three|3)[\s-]*months?\b/i, '3-months'],
  [/\b(six|6)[\s-]*months?\b/i, '6-months'],
];

/** A marked line that names a timescale ('Immediate 2013 Ofsted requirement') favours those recommendations. */
export const TIMESCALE_MATCH = 1.25;
export const TIMESCALE_MISMATCH = 0.9;
export function timescaleBoost(line: string, rec: Recommendation): number {
  for (const [re, timescale] of TIMESCALE_WORDS)
    if (re.test(line)) return rec.timescale === timescale ? TIMESCALE_MATCH : TIMESCALE_MISMATCH;
  return 1;
}

/** A marker link's confidence from its score: 0.6 at nothing, 1 from a score of 0.4. */
export function markerConfidence(score: number): number {
  return round(0.6 + 0.4 * Math.min(1, score / 0.4));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The parts of an action's row that are matched, each with the column it came from. */
export function rowParts(action: PlanAction, objective: string | null): RowPart[] {
  const parts: RowPart[] = [{ column: 'action', text: action.text }];
  const area = action.ofstedArea?.trim();
  if (area) parts.push({ column: 'ofsted area', text: area });
  if (objective && objective.trim() !== '' && objective.trim() !== action.text.trim())
    parts.push({ column: 'objective', text: objective });
  if (action.theme && action.theme.trim() !== '') parts.push({ column: 'theme', text: action.theme });
  return parts;
}

interface PlacedAction {
  action: PlanAction;
  sheet: string;
  key: string;
  objective: string | null;
  /** Index of the action's objective (or theme) among the plan's groups, in plan order. */
  group: number;
}

/** Every action of the plan (one sheet or several), with its objective and its place in the plan. */
function placedActions(plans: readonly PlanSheet[]): { placed: PlacedAction[]; groups: number } {
  const placed: PlacedAction[] = [];
  const groupIndex = new Map<string, number>();
  for (const plan of plans) {
    const objectiveOf = new Map<PlanAction, { title: string; ref: string | null; row: number }>();
    for (const o of plan.objectives) for (const a of o.actions) objectiveOf.set(a, o);
    for (const action of plan.actions) {
      const o = objectiveOf.get(action);
      // Group by objective where the plan has real objectives, by theme otherwise.
      const group =
        o && o.title.trim() !== ''
          ? `${plan.sheet}\u0000o${o.row}`
          : `${plan.sheet}\u0000t${action.theme ?? ''}`;
      if (!groupIndex.has(group)) groupIndex.set(group, groupIndex.size);
      placed.push({
        action,
        sheet: plan.sheet,
        key: actionKey(action),
        objective: o ? o.title : null,
        group: groupIndex.get(group)!,
      });
    }
  }
  return { placed, groups: groupIndex.size };
}

/** Where each recommendation comes in its own list (the council's, the board's), 0–1. */
function recPositions(recs: Recommendation[]): (number | null)[] {
  const lists = new Map<string, Recommendation[]>();
  for (const r of recs) lists.set(r.addressee, [...(lists.get(r.addressee) ?? []), r]);
  return recs.map((r) => {
    const list = lists.get(r.addressee)!;
    return list.length > 1 ? list.indexOf(r) / (list.length - 1) : null;
  });
}

export function linkRecommendations(
  report: OfstedReport,
  plan: PlanSheet | readonly PlanSheet[],
  options: LinkOptions = {},
): LinkResult {
  const plans = planParts(plan);
  const explicit = options.explicit ?? true;
  const maxSuggestions = options.maxSuggestions ?? 8;
  const recs = report.recommendations;
  const { placed, groups } = placedActions(plans);
  const byKey = new Map<string, number>();
  placed.forEach((p, i) => {
    if (!byKey.has(p.key)) byKey.set(p.key, i);
  });

  const sims = rowSimilarities(
    recs.map((r) => r.text),
    placed.map((p) => rowParts(p.action, p.objective)),
    { ignore: report.localAuthority ? [report.localAuthority] : [] },
  );

  // The user's decisions, where they are about this wording of the recommendation.
  const decided = recs.map((rec) => {
    const d = options.decisions?.[rec.id];
    const applies = d && (!d.fingerprint || d.fingerprint === recommendationFingerprint(rec));
    return {
      confirmed: applies ? d.confirmed.filter((k) => byKey.has(k)) : [],
      rejected: applies ? d.rejected.filter((k) => byKey.has(k)) : [],
    };
  });

  const link = (
    i: number,
    confidence: number,
    source: LinkSource,
    strength: Strength,
    reasons: LinkReasons,
  ): ActionLink => ({
    action: placed[i].key,
    sheet: placed[i].sheet,
    row: placed[i].action.row,
    confidence: round(confidence),
    source,
    strength,
    reasons,
  });

  const explicitLinks: ActionLink[][] = recs.map(() => []);
  const addExplicit = (r: number, l: ActionLink) => {
    if (!explicitLinks[r].some((x) => x.action === l.action)) explicitLinks[r].push(l);
  };
  decided.forEach((d, r) => {
    for (const k of d.confirmed) {
      const i = byKey.get(k)!;
      addExplicit(
        r,
        link(i, 1, 'confirmed', 'strong', {
          explicit: 'you confirmed it',
          shared: sims.shared(r, i),
          hints: [],
        }),
      );
    }
  });

  if (explicit && recs.length > 0) {
    placed.forEach((p, i) => {
      const named = p.action.ofstedRef ? parseOfstedRef(p.action.ofstedRef, report) : [];
      for (const id of named) {
        const r = recs.findIndex((x) => x.id === id);
        addExplicit(
          r,
          link(i, 1, 'ref-column', 'strong', {
            explicit: `Ofsted ref column: "${p.action.ofstedRef.trim()}"`,
            shared: sims.shared(r, i),
            hints: [],
          }),
        );
      }
      if (named.length > 0 || !p.action.ofsted) return;
      const lines = markedLines(p.action);
      for (const line of lines) {
        // One marked line among several is judged mostly on its own words; a marker on the whole text by
        // the whole row (its objective says which recommendation as much as its words do).
        const lineWeight = lines.length === 1 && line === p.action.text ? 0 : LINE_WEIGHT;
        let best = -1;
        let bestScore = 0;
        let boosted = false;
        recs.forEach((rec, r) => {
          const boost = timescaleBoost(line, rec);
          const lineScore = lineWeight > 0 ? sims.textScore(line, r) : 0;
          const score = (lineWeight * lineScore + (1 - lineWeight) * sims.scores[r][i]) * boost;
          if (score > bestScore) [best, bestScore, boosted] = [r, score, boost > 1];
        });
        if (best >= 0 && bestScore >= MIN_MARKER) {
          const rec = recs[best];
          addExplicit(
            best,
            link(i, markerConfidence(bestScore), 'marker', 'strong', {
              explicit: OFSTED_WORDING.test(line)
                ? 'marked as an Ofsted requirement in the plan'
                : 'marked "*" in the plan',
              shared: sims.shared(best, i),
              hints: boosted ? [`the marked line names the timescale (${rec.timescale})`] : [],
            }),
          );
        }
      }
    });
  }

  const assignment = assignSuggestions({
    scores: sims.scores,
    recPosition: recPositions(recs),
    actionPosition: placed.map((p) => (groups > 1 ? p.group / (groups - 1) : null)),
    excluded: decided.map((d) => new Set(d.rejected.map((k) => byKey.get(k)!))),
  });

  const textLink = (r: number, c: Candidate): ActionLink => {
    const hints: string[] = [];
    if (c.orderHint) hints.push('its objective comes where the recommendation comes in the report');
    if (c.answersAnother) hints.push('it matches another recommendation better');
    return link(c.action, c.score, 'text', c.strength, { shared: sims.shared(r, c.action), hints });
  };

  const recommendations: RecommendationLinks[] = recs.map((rec, r) => {
    const rejected = decided[r].rejected;
    const strong = [
      ...explicitLinks[r].filter((l) => l.source === 'confirmed'),
      ...explicitLinks[r].filter((l) => l.source !== 'confirmed').sort((a, b) => b.confidence - a.confidence),
    ];
    // Rejected and explicitly linked actions are not suggested again (by sheet and key: several sheets
    // may each have a 'row 6').
    const place = (sheet: string, key: string) => `${sheet}\u0000${key}`;
    const rejectedKeys = new Set(rejected);
    const seen = new Set<string>();
    const linked: ActionLink[] = [];
    for (const l of strong) {
      if (rejectedKeys.has(l.action) || seen.has(place(l.sheet, l.action))) continue;
      seen.add(place(l.sheet, l.action));
      linked.push(l);
    }
    const text = assignment.candidates[r]
      .filter(
        (c) =>
          !seen.has(place(placed[c.action].sheet, placed[c.action].key)) &&
          (c.strength !== 'weak' || c.score >= MIN_SUGGESTION),
      )
      .map((c) => textLink(r, c));
    // Strong and possible suggestions come first (they are the best scores); weak ones fill up to the limit.
    const proposed = text.filter((l) => l.strength !== 'weak');
    const weak = text
      .filter((l) => l.strength === 'weak')
      .slice(0, Math.max(0, maxSuggestions - proposed.length));
    const suggestions = [...linked, ...proposed, ...weak];
    const state: LinkState = linked.length > 0 ? 'linked' : proposed.length > 0 ? 'suggested' : 'not-covered';
    return {
      recommendation: rec.id,
      state,
      suggestions,
      linked,
      answers: state === 'linked' ? linked : proposed,
      rejected,
    };
  });

  const counts: Record<LinkState, number> = { linked: 0, suggested: 0, 'not-covered': 0 };
  for (const r of recommendations) counts[r.state]++;
  return {
    recommendations,
    uncovered: recommendations.filter((r) => r.state === 'not-covered').map((r) => r.recommendation),
    counts,
    followsReportOrder: assignment.followsReportOrder,
  };
}
