/**
 * The first Ofsted evaluation set is well formed (the checks in set-checks.ts), and spans the frameworks
 * it says it does. It never calls the matcher: the set exists to measure it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EVAL_PLANS } from '.';
import { buildEvalPlans } from '../../../scripts/build-eval-plans';
import { answerFor, checkBuiltWorkbooks, checkEvalPlan, CORPUS } from './set-checks';

describe('the evaluation set as a whole', () => {
  it('has at least six plans, each answering a different corpus report', () => {
    expect(EVAL_PLANS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(EVAL_PLANS.map((p) => p.id)).size).toBe(EVAL_PLANS.length);
    expect(new Set(EVAL_PLANS.map((p) => p.report)).size).toBe(EVAL_PLANS.length);
    for (const plan of EVAL_PLANS) {
      expect(answerFor(plan)).toBeDefined();
      expect(fs.existsSync(path.join(CORPUS, 'txt', `${plan.report}.txt`))).toBe(true);
    }
  });

  it('spans the frameworks: ILACS from several years, both SIF list styles, and a board list', () => {
    const entries = EVAL_PLANS.map((p) => answerFor(p)!);
    const ilacsYears = new Set(entries.filter((e) => e.type === 'ilacs').map((e) => e.listed.slice(0, 4)));
    expect(ilacsYears.size).toBeGreaterThanOrEqual(3);
    const sifText = entries
      .filter((e) => e.type === 'sif')
      .map((e) => fs.readFileSync(path.join(CORPUS, 'txt', `${e.name}.txt`), 'utf8'));
    // 2013–15: "Areas for improvement" numbered by paragraph; 2015–18: a "Recommendations" list
    expect(sifText.some((t) => /^Areas for improvement$/m.test(t))).toBe(true);
    expect(sifText.some((t) => /^Recommendations$/m.test(t) && !/^Areas for improvement$/m.test(t))).toBe(
      true,
    );
    expect(
      entries.some(
        (e) => e.board.length > 0 && EVAL_PLANS.some((p) => p.gold.some((g) => g.list === 'board')),
      ),
    ).toBe(true);
  });

  it('leaves only a few recommendations deliberately unanswered, each with a reason', () => {
    const unanswered = EVAL_PLANS.flatMap((p) => p.gold.filter((g) => g.links.length === 0));
    expect(unanswered.length).toBeLessThanOrEqual(3);
    for (const g of unanswered) expect(g.noAnswer?.trim()).toBeTruthy();
  });
});

describe.each(EVAL_PLANS.map((p) => [p.id, p] as const))('%s', (_id, plan) => {
  checkEvalPlan(plan, { maxActions: 40 });
});

describe('the built workbooks', () => {
  checkBuiltWorkbooks(EVAL_PLANS, buildEvalPlans);
});
