/**
 * How well the Ofsted matcher finds the actions that answer each recommendation, against hand-made truth:
 *
 * - Walsall's 2013 report and its improvement plan (tests/ofsted/walsall-truth.ts, 11 recommendations);
 * - the evaluation set (tests/ofsted/eval: seven plans written blind to answer seven corpus reports, with
 *   hand-written gold), scored by tests/ofsted/eval-score.ts, two ways:
 *   - end to end: the report read by the parser from the corpus text, the plan read by the plan reader
 *     from the .xlsx that scripts/build-eval-plans.ts writes (what a user gets today);
 *   - the matcher alone: the recommendations from the corpus key, the plan model built from the data
 *     (what the matcher gets once the parser and the reader read these layouts right).
 * Each with and without the explicit links (York's Ofsted rec. column, Essex's `*` markers). The two
 * plans held out of the matcher's design are totalled apart.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkRecommendations, parseOfstedReport } from '../src/core/ofsted';
import { readPlanSheet } from '../src/core/plan-reader';
import { loadWorkbookFile } from '../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../src/xlsx/snapshot-from-exceljs';
import { buildEval2Plans, buildEvalPlans } from '../scripts/build-eval-plans';
import { EVAL_PLANS, type EvalPlan } from '../tests/ofsted/eval';
import { EVAL2_PLANS } from '../tests/ofsted/eval2';
import {
  HELD_OUT,
  scoreEvalSet,
  totalScore,
  type PlanScore,
  type PlanSource,
  type ReportSource,
} from '../tests/ofsted/eval-score';
import {
  scoreSuggestions,
  WALSALL_PLAN,
  WALSALL_REPORT_SEED,
  type Accuracy,
} from '../tests/ofsted/walsall-truth';

const ROOT = resolve(__dirname, '..');
const SEEDS = resolve(ROOT, '..', 'shared', 'seeds');

export async function ofstedMatcherAccuracy(): Promise<{ textOnly: Accuracy; withExplicit: Accuracy }> {
  const report = parseOfstedReport(await readFile(join(SEEDS, WALSALL_REPORT_SEED), 'utf8'));
  const workbook = snapshotWorkbook(await loadWorkbookFile(join(ROOT, WALSALL_PLAN)));
  const read = readPlanSheet(workbook.sheets[0]);
  if (!read.ok) throw new Error(`The Walsall plan could not be read: ${read.reason}`);
  const ranked = (explicit: boolean) =>
    new Map(
      linkRecommendations(report, read.plan, { explicit }).recommendations.map((r) => [
        r.recommendation,
        r.suggestions.map((s) => s.action),
      ]),
    );
  return { textOnly: scoreSuggestions(ranked(false)), withExplicit: scoreSuggestions(ranked(true)) };
}

function pct(n: number, total: number): string {
  return `${n}/${total} (${total === 0 ? 0 : Math.round((100 * n) / total)}%)`;
}

function scoreLine(s: PlanScore): string {
  const notes: string[] = [];
  if (s.notParsed > 0) notes.push(`${s.notParsed} recommendations not found by the parser`);
  if (s.unanswered > 0) notes.push(`${s.unanswered} with no answer in the gold`);
  return (
    `    ${s.id.padEnd(30)} top-1 ${pct(s.top1, s.answered).padEnd(12)} top-3 ${pct(s.top3, s.answered).padEnd(12)}` +
    ` false "not covered" ${String(s.falseNotCovered).padEnd(3)} false "linked" ${s.falseLinked} of ${s.putForward}` +
    (notes.length > 0 ? `  (${notes.join('; ')})` : '')
  );
}

async function benchEvalSet(
  label: string,
  reports: ReportSource,
  plans: (explicit: boolean) => PlanSource,
  set: readonly EvalPlan[] = EVAL_PLANS,
) {
  for (const explicit of [false, true]) {
    const scores = await scoreEvalSet(reports, plans(explicit), explicit, set);
    console.log(
      `  ${label}, ${explicit ? 'with the explicit links' : 'wording only (explicit links left out)'}`,
    );
    for (const s of scores) console.log(scoreLine(s));
    console.log(scoreLine(totalScore(scores, 'total')));
    if (set !== EVAL_PLANS) continue; // the second set was all held out of the design
    console.log(
      scoreLine(
        totalScore(
          scores.filter((s) => !HELD_OUT.includes(s.id)),
          'designed on (5 plans)',
        ),
      ),
    );
    console.log(
      scoreLine(
        totalScore(
          scores.filter((s) => HELD_OUT.includes(s.id)),
          'held out (2 plans)',
        ),
      ),
    );
  }
}

export async function benchOfstedMatcher(): Promise<void> {
  const { textOnly, withExplicit } = await ofstedMatcherAccuracy();
  console.log('Ofsted matcher, Walsall 2013 report against SIP Phase 2 (hand truth: 11 recommendations)');
  for (const [label, a] of [
    ['text similarity only', textOnly],
    ['with ref column and markers', withExplicit],
  ] as const) {
    console.log(`  ${label.padEnd(28)} top-1 ${pct(a.top1, a.total)}, top-3 ${pct(a.top3, a.total)}`);
  }
  for (const d of textOnly.detail) {
    const hit = d.truth.includes(d.top3[0]) ? 'ok  ' : 'MISS';
    console.log(
      `    ${hit} ${d.recommendation.padEnd(4)} truth ${d.truth.join(', ').padEnd(12)} text top-3 ${d.top3.join(', ')}`,
    );
  }

  console.log('');
  console.log(
    `Ofsted matcher, evaluation set (7 plans written blind, hand-written gold; held out of the design: ${HELD_OUT.join(', ')})`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'ofsted-eval-'));
  try {
    await buildEvalPlans(join(dir, 'explicit'), { explicitLinks: true });
    await buildEvalPlans(join(dir, 'plain'), { explicitLinks: false });
    await benchEvalSet(
      'end to end (parser on the corpus text, plan reader on the .xlsx)',
      'parser',
      (explicit) => ({
        kind: 'xlsx',
        dir: join(dir, explicit ? 'explicit' : 'plain'),
      }),
    );
    await benchEvalSet('the matcher alone (corpus key, plan model from the data)', 'key', () => ({
      kind: 'model',
    }));

    // Written after the matcher, by another author told to word the plans far from their reports.
    console.log('');
    console.log(
      'Ofsted matcher, second evaluation set (5 plans written blind after the matcher, worded far from their reports; none seen in its design)',
    );
    await buildEval2Plans(join(dir, 'explicit2'), { explicitLinks: true });
    await buildEval2Plans(join(dir, 'plain2'), { explicitLinks: false });
    await benchEvalSet(
      'end to end (parser on the corpus text, plan reader on the .xlsx)',
      'parser',
      (explicit) => ({ kind: 'xlsx', dir: join(dir, explicit ? 'explicit2' : 'plain2') }),
      EVAL2_PLANS,
    );
    await benchEvalSet(
      'the matcher alone (corpus key, plan model from the data)',
      'key',
      () => ({ kind: 'model' }),
      EVAL2_PLANS,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
