/**
 * How similar each recommendation is to each plan action, reading the action's whole row: its own text,
 * the Ofsted area (or Recommendation / Inspection finding) cell, its objective and its theme, each
 * weighted by how much it says about this one action. Terms are weighted by inverse document frequency
 * over this report and this plan (every recommendation, and every distinct cell text of the plan), so
 * that "children", "quality" and "ensure" count for little and "neglect" or "pre-proceedings" for a lot.
 *
 * Every score can say why: the terms the two share, how each side words them, and the column they came from.
 */
import {
  analyse as analyseText,
  Corpus,
  cosine,
  features,
  featureTerms,
  normalised,
  type Features,
  type Term,
  type Vector,
} from './similarity';

/** Where in a plan's row a term was found. */
export type RowColumn = 'action' | 'ofsted area' | 'objective' | 'theme';

/**
 * How much each part of a row counts. The action's own words and its Ofsted area say most; the
 * objective is shared by a few actions and the theme by many, so they say less about any one action.
 */
export const COLUMN_WEIGHTS: Readonly<Record<RowColumn, number>> = {
  action: 1,
  'ofsted area': 1,
  objective: 0.5,
  theme: 0.3,
};

export interface RowPart {
  column: RowColumn;
  text: string;
}

/** A term a recommendation and an action share: the reason, in words, that they were linked. */
export interface SharedTerm {
  /** The words as the plan's row has them ('PLO'). */
  plan: string;
  /** The words as the recommendation has them ('pre-proceedings'). */
  report: string;
  /** The glossary concept that joined them, when the wording differs. */
  concept?: string;
  /** The part of the row the plan's words are in. */
  column: RowColumn;
  /** This term's share of the score, 0–1. */
  share: number;
}

export interface RowSimilarities {
  /** scores[r][a]: recommendation r against action a, 0–1. */
  scores: number[][];
  /** The terms behind scores[r][a], the most telling first (those worth at least 5% of the score). */
  shared(r: number, a: number): SharedTerm[];
  /** The similarity of a text on its own (one marked line) to recommendation r, on the same weights. */
  textScore(text: string, r: number): number;
}

interface AnalysedPart {
  column: RowColumn;
  terms: Term[];
  weights: Vector;
}

/** The first surface of each term key in a list of terms. */
function surfaces(terms: Term[]): Map<string, Term> {
  const out = new Map<string, Term>();
  for (const t of terms) if (!out.has(t.key)) out.set(t.key, t);
  return out;
}

export interface RowSimilarityOptions {
  /** Words that say nothing about which recommendation (the council's own name: 'pan-Essex', 'Essex's'). */
  ignore?: string[];
}

export function rowSimilarities(
  recTexts: string[],
  rows: RowPart[][],
  options: RowSimilarityOptions = {},
): RowSimilarities {
  const ignored = new Set((options.ignore ?? []).flatMap((w) => analyseText(w).map((t) => t.key)));
  const analyse = (text: string) => analyseText(text).filter((t) => !ignored.has(t.key));
  const recTerms = recTexts.map((t) => analyse(t));
  const recFeatures = recTerms.map((t) => features(t));

  // One document per distinct cell text: an objective repeated on every row is one document, not ten.
  const partTerms = new Map<string, Term[]>();
  const partFeatures = new Map<string, Features>();
  const keyOf = (p: RowPart) => `${p.column}\u0000${p.text}`;
  for (const row of rows) {
    for (const p of row) {
      const k = keyOf(p);
      if (partTerms.has(k)) continue;
      const ts = analyse(p.text);
      partTerms.set(k, ts);
      partFeatures.set(k, features(ts));
    }
  }
  const corpus = new Corpus();
  corpus.add([...recFeatures, ...partFeatures.values()]);

  const recVectors = recFeatures.map((f) => corpus.vector(f));
  const recSurfaces = recTerms.map(surfaces);
  const analysedRows: AnalysedPart[][] = rows.map((row) =>
    row.map((p) => ({
      column: p.column,
      terms: partTerms.get(keyOf(p))!,
      weights: corpus.weights(partFeatures.get(keyOf(p))!),
    })),
  );
  const rowVectors = analysedRows.map((parts) => {
    const sum: Vector = new Map();
    for (const p of parts) {
      const w = COLUMN_WEIGHTS[p.column];
      for (const [k, v] of p.weights) sum.set(k, (sum.get(k) ?? 0) + w * v);
    }
    return normalised(sum);
  });

  const scores = recVectors.map((rv) => rowVectors.map((av) => cosine(rv, av)));

  const shared = (r: number, a: number): SharedTerm[] => {
    const total = scores[r][a];
    if (total <= 0) return [];
    const rv = recVectors[r];
    const av = rowVectors[a];
    // A pair's contribution is split between its two terms, so reasons name single terms only.
    const byTerm = new Map<string, number>();
    for (const [k, w] of rv) {
      const other = av.get(k);
      if (other === undefined) continue;
      const c = w * other;
      const parts = featureTerms(k);
      for (const p of parts) byTerm.set(p, (byTerm.get(p) ?? 0) + c / parts.length);
    }
    const out: SharedTerm[] = [];
    for (const [key, c] of byTerm) {
      const share = c / total;
      if (share < 0.05) continue;
      // The column whose words weigh most for this term.
      let best: AnalysedPart | undefined;
      let bestWeight = 0;
      for (const p of analysedRows[a]) {
        const w = (p.weights.get(key) ?? 0) * COLUMN_WEIGHTS[p.column];
        if (w > bestWeight) [best, bestWeight] = [p, w];
      }
      if (!best) continue;
      const planTerm = surfaces(best.terms).get(key);
      const recTerm = recSurfaces[r].get(key);
      if (!planTerm || !recTerm) continue;
      out.push({
        plan: planTerm.surface,
        report: recTerm.surface,
        ...(planTerm.concept && planTerm.surface.toLowerCase() !== recTerm.surface.toLowerCase()
          ? { concept: planTerm.concept }
          : {}),
        column: best.column,
        share: Math.round(share * 100) / 100,
      });
    }
    // Words an abbreviation stands for count once ('ICS' is one reason, not two).
    const merged = new Map<string, SharedTerm>();
    for (const t of out.sort((x, y) => y.share - x.share)) {
      const k = `${t.column}\u0000${t.plan.toLowerCase()}`;
      const seen = merged.get(k);
      if (seen) seen.share = Math.round((seen.share + t.share) * 100) / 100;
      else merged.set(k, t);
    }
    return [...merged.values()];
  };

  const textScore = (text: string, r: number): number => cosine(corpus.vector(features(text)), recVectors[r]);

  return { scores, shared, textScore };
}
