/**
 * Deciding suggestions for the plan as a whole (src/core/ofsted/assign.ts) and the constants behind the
 * three states. These fail if the link threshold, the plausible threshold, the competition, the order
 * hint, a marker's confidence or the timescale hint changes: change them on purpose, here and in README.
 */
import fc from 'fast-check';
import {
  assignSuggestions,
  markerConfidence,
  orderFactor,
  rankCorrelation,
  timescaleBoost,
  type AssignInput,
  type Recommendation,
} from '../../src/core/ofsted';

/** A plan with no order to speak of: every action in one place. */
function input(scores: number[][], positions?: { recs: number[]; actions: number[] }): AssignInput {
  return {
    scores,
    recPosition: positions?.recs ?? scores.map(() => null),
    actionPosition: positions?.actions ?? (scores[0] ?? []).map(() => null),
  };
}

const strengths = (scores: number[][]) =>
  assignSuggestions(input(scores)).candidates.map((c) => c.map((x) => [x.action, x.strength]));

describe('strength: the link threshold (0.2) and the plausible threshold (0.07)', () => {
  it('a suggestion scoring 0.2 is strong; 0.19 is only possible; 0.07 is still possible; 0.069 is nothing', () => {
    expect(strengths([[0.2]])).toEqual([[[0, 'strong']]]);
    expect(strengths([[0.19]])).toEqual([[[0, 'possible']]]);
    expect(strengths([[0.07]])).toEqual([[[0, 'possible']]]);
    expect(strengths([[0.069]])).toEqual([[[0, 'weak']]]);
  });

  it('another action within 70% of the best strong one is strong too; below that it is weak', () => {
    expect(strengths([[0.5, 0.35, 0.34]])).toEqual([
      [
        [0, 'strong'],
        [1, 'strong'],
        [2, 'weak'],
      ],
    ]);
  });

  it('a close runner-up to a strong suggestion is strong even below 0.2 (several actions answer one recommendation)', () => {
    expect(strengths([[0.25, 0.18, 0.17]])).toEqual([
      [
        [0, 'strong'],
        [1, 'strong'],
        [2, 'weak'],
      ],
    ]);
  });

  it('only the best of several plausible candidates is put forward as possible', () => {
    expect(strengths([[0.15, 0.12]])).toEqual([
      [
        [0, 'possible'],
        [1, 'weak'],
      ],
    ]);
  });
});

describe('competition: an action that clearly answers one recommendation', () => {
  it('is not the top suggestion for another that a second action answers nearly as well', () => {
    // Action 0 answers R1 (0.5); for R2 it scores 0.3, action 1 0.25. Lowered by sqrt(0.3/0.5), action 0
    // scores 0.232 for R2, so action 1 comes first there.
    const { candidates } = assignSuggestions(
      input([
        [0.5, 0.05],
        [0.3, 0.25],
      ]),
    );
    expect(candidates[0][0]).toMatchObject({ action: 0, score: 0.5, answersAnother: false });
    expect(candidates[1].map((c) => c.action)).toEqual([1, 0]);
    expect(candidates[1][1].score).toBeCloseTo(0.3 * Math.sqrt(0.3 / 0.5), 6);
    expect(candidates[1][1].answersAnother).toBe(true);
  });

  it('is still put forward, as possible, where nothing else answers at all', () => {
    // Lowered from 0.25 to 0.25 × sqrt(0.25 / 0.5) = 0.18: below the link threshold, still plausible.
    const { candidates } = assignSuggestions(input([[0.5], [0.25]]));
    expect(candidates[1][0]).toMatchObject({ action: 0, strength: 'possible' });
    expect(candidates[1][0].score).toBeCloseTo(0.25 * Math.sqrt(0.5), 6);
  });
});

describe('the order hint', () => {
  it('adds up to 10% where the objective sits where the recommendation sits, nothing beyond a quarter of the plan away', () => {
    expect(orderFactor(0.5, 0.5)).toBeCloseTo(1.1, 10);
    expect(orderFactor(0.5, 0.625)).toBeCloseTo(1.05, 10);
    expect(orderFactor(0.5, 0.75)).toBe(1);
    expect(orderFactor(null, 0.5)).toBe(1);
  });

  /**
   * Six recommendations each clearly answered by the action in the same place (actions 0–5), and a close
   * call for the seventh between action 6 (placed where the seventh sits) and action 7 (placed first).
   */
  const ordered = (reversed: boolean) => {
    const pos = (i: number) => i / 6;
    const place = (p: number) => (reversed ? 1 - p : p);
    const actions = [0, 1, 2, 3, 4, 5, 6, 0].map((i) => place(pos(i)));
    const scores: number[][] = [0, 1, 2, 3, 4, 5].map((r) => actions.map((_, a) => (a === r ? 0.5 : 0.02)));
    scores.push(actions.map((_, a) => (a === 6 ? 0.2 : a === 7 ? 0.21 : 0.02)));
    return input(scores, { recs: [0, 1, 2, 3, 4, 5, 6].map(pos), actions });
  };

  it('decides a close call when the plan follows the report', () => {
    const { candidates, followsReportOrder } = assignSuggestions(ordered(false));
    expect(followsReportOrder).toBe(true);
    expect(candidates[6][0]).toMatchObject({ action: 6, orderHint: true });
    expect(candidates[6][0].score).toBeCloseTo(0.22, 10);
  });

  it('is not used when the plan does not follow the report', () => {
    const { candidates, followsReportOrder } = assignSuggestions(ordered(true));
    expect(followsReportOrder).toBe(false);
    expect(candidates[6][0]).toMatchObject({ action: 7, orderHint: false });
  });

  it('never lifts a score by more than 10%, and never reorders candidates more than 10% apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (scores, actionPosition) => {
          const recPosition = scores.map((_, r) => r / (scores.length - 1));
          const { candidates } = assignSuggestions({ scores, recPosition, actionPosition });
          for (const list of candidates) {
            for (const c of list) expect(c.score).toBeLessThanOrEqual(c.similarity * 1.1 + 1e-12);
            for (let i = 1; i < list.length; i++)
              expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
          }
        },
      ),
    );
  });

  it('rank correlation: 1 in order, -1 reversed', () => {
    expect(rankCorrelation([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
  });
});

describe('markers and timescales', () => {
  it("a marker link's confidence is 0.6 with no shared wording, rising to 1 at a score of 0.4", () => {
    expect(markerConfidence(0)).toBe(0.6);
    expect(markerConfidence(0.2)).toBe(0.8);
    expect(markerConfidence(0.4)).toBe(1);
    expect(markerConfidence(0.9)).toBe(1);
  });

  it('a marked line naming a timescale favours recommendations with that timescale by 1.25, others 0.9', () => {
    const rec = (timescale: Recommendation['timescale']): Recommendation => ({
      id: 'R1',
      text: 'x',
      timescale,
      addressee: 'local-authority',
      paragraph: null,
      dueBy: null,
    });
    expect(timescaleBoost('Immediate 2013 Ofsted requirement: caseloads', rec('immediate'))).toBe(1.25);
    expect(timescaleBoost('Immediate 2013 Ofsted requirement: caseloads', rec('3-months'))).toBe(0.9);
    expect(timescaleBoost('within 6 months', rec('6-months'))).toBe(1.25);
    expect(timescaleBoost('Review caseloads *', rec('immediate'))).toBe(1);
  });
});

describe('rejected links', () => {
  it('are never suggested again', () => {
    const { candidates } = assignSuggestions({ ...input([[0.5, 0.3]]), excluded: [new Set([0])] });
    expect(candidates[0].map((c) => c.action)).toEqual([1]);
  });
});
