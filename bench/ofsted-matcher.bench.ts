/**
 * How well the Ofsted matcher finds the actions that answer each recommendation, measured against a
 * hand-made truth (tests/ofsted/walsall-truth.ts) for Walsall's 2013 report and its improvement plan.
 * Printed twice: text similarity alone (ref column and markers off, so the number measures the
 * matcher), and with the explicit links on (what an officer sees).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { linkRecommendations, parseOfstedReport } from '../src/core/ofsted';
import { readPlanSheet } from '../src/core/plan-reader';
import { loadWorkbookFile } from '../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../src/xlsx/snapshot-from-exceljs';
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
  return `${n}/${total} (${Math.round((100 * n) / total)}%)`;
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
}
