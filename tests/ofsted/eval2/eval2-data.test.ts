/**
 * The second Ofsted evaluation set is well formed, and is as hard as its README says: every gold
 * recommendation is the report's own (same list, number and first eight words as answers.json), every gold
 * ref is an action of its plan and every justifying phrase is in that action's row, every action either
 * answers something or is declared to answer nothing, no action row borrows a run of five words from its
 * report's recommendations, most actions are terse, and every plan builds to an .xlsx that ExcelJS reads
 * back with one row per action. It never calls the matcher: the set exists to measure it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EVAL2_PLANS, planActions, type EvalPlan } from '.';
import { EVAL_PLANS } from '../eval';
import { answerFor, checkBuiltWorkbooks, checkEvalPlan, CORPUS, visibleRowText } from '../eval/set-checks';
import { buildEval2Plans } from '../../../scripts/build-eval-plans';

/** Words as answers.json's first8 reads them: lower case, quotes dropped, other punctuation a space. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** Runs of n consecutive words, joined by spaces (a run never crosses a line of the row). */
function runs(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const w = words(line);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

const hasExplicitLinks = (plan: EvalPlan): boolean =>
  plan.layout.columns.some((c) => c.field === 'ofstedRef') || planActions(plan).some((a) => a.marked);
const hasAreaColumn = (plan: EvalPlan): boolean => plan.layout.columns.some((c) => c.field === 'area');

describe('the second evaluation set as a whole', () => {
  it('has four or five plans, each answering a corpus report the first set does not use', () => {
    expect(EVAL2_PLANS.length).toBeGreaterThanOrEqual(4);
    expect(EVAL2_PLANS.length).toBeLessThanOrEqual(5);
    expect(new Set(EVAL2_PLANS.map((p) => p.id)).size).toBe(EVAL2_PLANS.length);
    expect(new Set(EVAL2_PLANS.map((p) => p.report)).size).toBe(EVAL2_PLANS.length);
    const firstSet = new Set(EVAL_PLANS.map((p) => p.report));
    const firstIds = new Set(EVAL_PLANS.map((p) => p.id));
    for (const plan of EVAL2_PLANS) {
      expect(firstSet).not.toContain(plan.report);
      expect(firstIds).not.toContain(plan.id);
      expect(answerFor(plan)).toBeDefined();
      expect(fs.existsSync(path.join(CORPUS, 'txt', `${plan.report}.txt`))).toBe(true);
    }
  });

  it('mixes frameworks: a SIF report of 2014–18 and ILACS reports from at least three years', () => {
    const entries = EVAL2_PLANS.map((p) => answerFor(p)!);
    const sifYears = entries.filter((e) => e.type === 'sif').map((e) => Number(e.listed.slice(0, 4)));
    expect(sifYears.some((y) => y >= 2014 && y <= 2018)).toBe(true);
    const ilacs = entries.filter((e) => e.type === 'ilacs');
    expect(ilacs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ilacs.map((e) => e.listed.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
  });

  it('leaves at most one recommendation unanswered, with a reason', () => {
    const unanswered = EVAL2_PLANS.flatMap((p) => p.gold.filter((g) => g.links.length === 0));
    expect(unanswered.length).toBeLessThanOrEqual(1);
    for (const g of unanswered) expect(g.noAnswer?.trim()).toBeTruthy();
  });

  it('keeps explicit links to one plan and the Ofsted area column out of at least three', () => {
    expect(EVAL2_PLANS.filter(hasExplicitLinks).length).toBeLessThanOrEqual(1);
    expect(EVAL2_PLANS.filter((p) => !hasAreaColumn(p)).length).toBeGreaterThanOrEqual(3);
  });

  it('has broad actions answering two recommendations, and plans with 10–30% business as usual', () => {
    const doubles = EVAL2_PLANS.flatMap((p) =>
      planActions(p).filter((a) => p.gold.filter((g) => g.links.some((l) => l.ref === a.ref)).length >= 2),
    );
    expect(doubles.length).toBeGreaterThanOrEqual(1);
    const bauShare = EVAL2_PLANS.map((p) => p.answersNothing.length / planActions(p).length);
    expect(bauShare.filter((s) => s >= 0.1 && s <= 0.3).length).toBeGreaterThanOrEqual(2);
  });

  it('has links that only the objective, theme or area justifies, in most plans', () => {
    const plansWithSuch = EVAL2_PLANS.filter((plan) => {
      const textOf = new Map(planActions(plan).map((a) => [a.ref, a.text.toLowerCase()]));
      return plan.gold.some((g) =>
        g.links.some((l) => l.because.every((b) => !textOf.get(l.ref)!.includes(b.toLowerCase()))),
      );
    });
    expect(plansWithSuch.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(EVAL2_PLANS.map((p) => [p.id, p] as const))('%s', (_id, plan) => {
  checkEvalPlan(plan, { maxActions: 50 });
  const entry = answerFor(plan)!;
  const actions = planActions(plan);

  it('borrows no run of five words from any recommendation of its report', () => {
    const recRuns = new Set(
      [...entry.localAuthority, ...entry.board].flatMap((item) => [...runs(item.text, 5)]),
    );
    const borrowed = actions.flatMap((a) =>
      [...runs(visibleRowText(plan, a.ref), 5)].filter((r) => recRuns.has(r)).map((r) => `${a.ref}: ${r}`),
    );
    expect(borrowed).toEqual([]);
  });

  it('writes most actions tersely (at least half in twelve words or fewer)', () => {
    const terse = actions.filter((a) => words(a.text).length <= 12);
    expect(terse.length * 2).toBeGreaterThanOrEqual(actions.length);
  });
});

describe('the second set’s built workbooks', () => {
  checkBuiltWorkbooks(EVAL2_PLANS, buildEval2Plans);
});
