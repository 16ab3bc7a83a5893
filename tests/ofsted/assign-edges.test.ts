/**
 * The edges of the plan-wide assignment that assign.test.ts leaves open: rank correlation with ties and
 * with no spread, how many clear matches the order hint needs, what makes a match clear, and the order
 * of equal scores. Rows added where mutation testing showed a rule unpinned.
 */
import { assignSuggestions, rankCorrelation } from '../../src/core/ofsted';

describe('rank correlation', () => {
  it('gives tied values their average rank', () => {
    // x ranks 0.5, 0.5, 2.5, 2.5 and y ranks 0–3: 4 / √(4 × 5), worked by hand.
    expect(rankCorrelation([1, 1, 2, 2], [10, 20, 30, 40])).toBeCloseTo(4 / Math.sqrt(20), 10);
    expect(rankCorrelation([3, 1, 2], [30, 10, 20])).toBeCloseTo(1, 10);
  });

  it('is 0 when either side has no spread', () => {
    expect(rankCorrelation([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(rankCorrelation([1, 2, 3], [5, 5, 5])).toBe(0);
  });
});

/** n recommendations each matched clearly (0.5) by the action in the same place in the plan. */
function diagonal(n: number, runnerUp = 0): ReturnType<typeof assignSuggestions> {
  const scores = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, a) => (a === r ? 0.5 : a === (r + 1) % n ? runnerUp : 0)),
  );
  const place = (i: number) => i / (n - 1);
  return assignSuggestions({
    scores,
    recPosition: scores.map((_, r) => place(r)),
    actionPosition: scores.map((_, a) => place(a)),
  });
}

describe('the order hint', () => {
  it('needs four clear matches in order, not three', () => {
    expect(diagonal(4).followsReportOrder).toBe(true);
    expect(diagonal(3).followsReportOrder).toBe(false);
  });

  it('counts a match as clear only when it beats the runner-up by a fifth', () => {
    // The runner-up answers its own recommendation better, so competition lowers it to x·√(x / 0.5):
    // 0.44 → 0.413 (0.5 is 1.21 times that: clear); 0.47 → 0.456 (1.10 times: not clear).
    expect(diagonal(4, 0.44).followsReportOrder).toBe(true);
    expect(diagonal(4, 0.47).followsReportOrder).toBe(false);
  });

  it('raises the matches in the same place, and says so', () => {
    const [first] = diagonal(4).candidates;
    expect(first[0]).toMatchObject({ action: 0, orderHint: true, similarity: 0.5 });
    expect(first[0].score).toBeCloseTo(0.55, 10);
  });
});

describe('equal scores', () => {
  it('are listed in plan order', () => {
    const { candidates } = assignSuggestions({
      scores: [[0.3, 0.3, 0.3]],
      recPosition: [null],
      actionPosition: [null, null, null],
    });
    expect(candidates[0].map((c) => c.action)).toEqual([0, 1, 2]);
  });

  it('leave out an action with no shared wording at all', () => {
    const { candidates } = assignSuggestions({
      scores: [[0.3, 0]],
      recPosition: [null],
      actionPosition: [null, null],
    });
    expect(candidates[0].map((c) => c.action)).toEqual([0]);
  });
});
