/**
 * The property: a generated workbook, read back, gives the plan it was built from — the same sheets,
 * themes, objectives, actions, leads, due dates and ratings — and none of the findings that would mean
 * the reader misread its structure (duplicate or out-of-sequence refs, orphans, invalid ratings,
 * unreadable deadlines, missing columns). Shared by the jest test (fixed seed) and `npm run bench`
 * (a random seed), so it asserts with node:assert rather than jest's expect.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { asModel, checkGenerated } from './read-back';
import type { Layout } from './generator';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

/** Findings a well-formed generated plan must never get. */
const MISREAD = new Set([
  'duplicate-ref',
  'ref-out-of-sequence',
  'orphan-action',
  'invalid-rag',
  'unparsed-deadline',
  'formula-error',
  'missing-column',
]);

/** Throws (with what differs) when the snapshot of a generated layout does not read back as its model. */
export function expectReadsBack(layout: Layout, snapshot: WorkbookSnapshot): void {
  const { model, recipe } = layout;
  const check = checkGenerated(snapshot, model);
  const names = model.sheets.map((s) => s.name);
  deepStrictEqual(
    check.sheets.map((s) => s.plan.sheet),
    names,
    'the plan sheets (not the hidden copy, the contacts or the state sheet)',
  );
  deepStrictEqual(check.plans, [names], 'one plan over its sheets');
  check.sheets.forEach(({ plan, findings }, i) => {
    deepStrictEqual(asModel(plan, recipe.percent), model.sheets[i], `the plan on "${plan.sheet}"`);
    if (recipe.table) deepStrictEqual(plan.table, `PlanTable${i + 1}`, 'read through the table');
    const misread = findings.filter(
      (f) => MISREAD.has(f.rule) && !(f.rule === 'missing-column' && f.severity === 'warning'),
    );
    deepStrictEqual(
      misread.map((f) => `${f.rule}@${f.cell}: ${f.message}`),
      [],
      `findings that mean "${plan.sheet}" was misread`,
    );
  });
}
