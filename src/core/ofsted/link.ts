/**
 * Linking Ofsted recommendations to the plan actions that answer them.
 *
 * In order of trust:
 * 1. decisions the user confirmed (stored in the workbook, see confirmed-links.ts);
 * 2. the plan's Ofsted ref column ('R3', '3', 'Para 24');
 * 3. markers: a '*' or "Ofsted requirement" wording on the action says it answers the report, and text
 *    similarity says which recommendation (each marked line picks its best);
 * 4. text similarity between the recommendation and every action, as ranked suggestions.
 * A recommendation with no link of kinds 1–3 takes its best text suggestion when it is similar enough.
 */
import type { PlanSheet } from '../plan-reader';
import type { PlanAction } from '../types';
import type { LinkDecisions } from './confirmed-links';
import { recommendationFingerprint } from './confirmed-links';
import { Corpus, cosine, textFeatures, type Vector } from './similarity';
import type { OfstedReport, Recommendation, Timescale } from './types';

export type LinkSource = 'confirmed' | 'ref-column' | 'marker' | 'text';

export interface ActionLink {
  /** The action's key: its ref ('2.1.3'), or 'row 38' for an action without one. */
  action: string;
  /** 1-based sheet row of the action. */
  row: number;
  /** 0–1: 1 for a confirmed or ref-column link; a marker link 0.6–1; a text suggestion its similarity. */
  confidence: number;
  source: LinkSource;
}

export interface RecommendationLinks {
  recommendation: string;
  /** Every candidate, best first: confirmed, ref-column and marker links, then text suggestions. */
  suggestions: ActionLink[];
  /** The links that count for coverage and findings (never a rejected one). */
  linked: ActionLink[];
  /** Actions the user said do not answer this recommendation. */
  rejected: string[];
}

export interface LinkResult {
  recommendations: RecommendationLinks[];
  /** Ids of recommendations with no linked action. */
  uncovered: string[];
}

export interface LinkOptions {
  /** Use the Ofsted ref column and markers (default true). Off, only text similarity is used. */
  explicit?: boolean;
  /** Confirmed and rejected links read from the workbook. */
  decisions?: LinkDecisions;
  /** A text suggestion counts as a link, when nothing explicit does, from this similarity (default 0.2). */
  textThreshold?: number;
  /** Text suggestions kept per recommendation (default 5). */
  maxSuggestions?: number;
}

/** Below this a text suggestion is noise and is not listed at all. */
const MIN_SUGGESTION = 0.05;
/** A marked line must be at least this similar to a recommendation to be linked to it. */
const MIN_MARKER = 0.06;
export const TEXT_LINK_THRESHOLD = 0.2;

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

/** A marked line that names the timescale ('Immediate 2013 Ofsted requirement') favours those recommendations. */
function timescaleBoost(line: string, rec: Recommendation): number {
  for (const [re, timescale] of TIMESCALE_WORDS)
    if (re.test(line)) return rec.timescale === timescale ? 1.25 : 0.9;
  return 1;
}

const round = (n: number) => Math.round(n * 100) / 100;

function objectiveTitles(plan: PlanSheet): Map<PlanAction, string> {
  const out = new Map<PlanAction, string>();
  for (const o of plan.objectives) for (const a of o.actions) out.set(a, o.title);
  return out;
}

export function linkRecommendations(
  report: OfstedReport,
  plan: PlanSheet,
  options: LinkOptions = {},
): LinkResult {
  const explicit = options.explicit ?? true;
  const threshold = options.textThreshold ?? TEXT_LINK_THRESHOLD;
  const maxSuggestions = options.maxSuggestions ?? 5;
  const recs = report.recommendations;
  const titles = objectiveTitles(plan);

  const corpus = new Corpus();
  const recFeatures = recs.map((r) => textFeatures(r.text));
  const actionFeatures = plan.actions.map((a) => textFeatures(a.text, titles.get(a) ?? ''));
  corpus.add([...recFeatures, ...actionFeatures]);
  const recVectors = recFeatures.map((f) => corpus.vector(f));
  const actionVectors = actionFeatures.map((f) => corpus.vector(f));

  const explicitLinks = new Map<string, ActionLink[]>(recs.map((r) => [r.id, []]));
  const addExplicit = (recId: string, link: ActionLink) => {
    const list = explicitLinks.get(recId);
    if (list && !list.some((l) => l.action === link.action)) list.push(link);
  };

  if (explicit) {
    plan.actions.forEach((action, i) => {
      const key = actionKey(action);
      const named = action.ofstedRef ? parseOfstedRef(action.ofstedRef, report) : [];
      for (const id of named)
        addExplicit(id, { action: key, row: action.row, confidence: 1, source: 'ref-column' });
      if (named.length > 0 || !action.ofsted || recs.length === 0) return;
      const whole = actionVectors[i];
      for (const line of markedLines(action)) {
        const lineVector: Vector = corpus.vector(textFeatures(line));
        let best = -1;
        let bestScore = 0;
        recs.forEach((rec, r) => {
          const score =
            (0.7 * cosine(lineVector, recVectors[r]) + 0.3 * cosine(whole, recVectors[r])) *
            timescaleBoost(line, rec);
          if (score > bestScore) [best, bestScore] = [r, score];
        });
        if (best >= 0 && bestScore >= MIN_MARKER) {
          addExplicit(recs[best].id, {
            action: key,
            row: action.row,
            confidence: round(0.6 + 0.4 * Math.min(1, bestScore / 0.4)),
            source: 'marker',
          });
        }
      }
    });
  }

  const byKey = new Map(plan.actions.map((a) => [actionKey(a), a]));
  const result: RecommendationLinks[] = recs.map((rec, r) => {
    const decision = options.decisions?.[rec.id];
    const applies =
      decision && (!decision.fingerprint || decision.fingerprint === recommendationFingerprint(rec));
    const rejected = applies ? decision.rejected.filter((k) => byKey.has(k)) : [];
    const confirmed: ActionLink[] = applies
      ? decision.confirmed
          .filter((k) => byKey.has(k))
          .map((k) => ({ action: k, row: byKey.get(k)!.row, confidence: 1, source: 'confirmed' as const }))
      : [];
    const text: ActionLink[] = plan.actions
      .map((a, i) => ({
        action: actionKey(a),
        row: a.row,
        confidence: round(cosine(recVectors[r], actionVectors[i])),
        source: 'text' as const,
      }))
      .filter((l) => l.confidence >= MIN_SUGGESTION)
      .sort((a, b) => b.confidence - a.confidence || a.row - b.row)
      .slice(0, maxSuggestions);

    const strong = [
      ...confirmed,
      ...(explicitLinks.get(rec.id) ?? []).sort((a, b) => b.confidence - a.confidence),
    ];
    const seen = new Set(rejected);
    const suggestions: ActionLink[] = [];
    for (const l of [...strong, ...text]) {
      if (seen.has(l.action)) continue;
      seen.add(l.action);
      suggestions.push(l);
    }
    let linked = suggestions.filter((l) => l.source !== 'text');
    if (linked.length === 0) {
      const top = suggestions.find((l) => l.source === 'text');
      if (top && top.confidence >= threshold) linked = [top];
    }
    return { recommendation: rec.id, suggestions, linked, rejected };
  });

  return {
    recommendations: result,
    uncovered: result.filter((l) => l.linked.length === 0).map((l) => l.recommendation),
  };
}
