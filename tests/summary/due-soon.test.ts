/**
 * Due soon everywhere: the pane's "Where the plan stands", the RAG Summary sheet and the CLI's summary
 * JSON list the same actions: due on the as-of day or within the window after it (30 days unless
 * chosen), not Blue, never also overdue. Checked on generated plans against a day count of its own.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { DEFAULT_DUE_SOON_DAYS, planStanding } from '../../src/core/standing';
import { summarise } from '../../src/core/summary';
import { refreshSummary } from '../../src/core/summary-sheets';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { runPlanTracker } from '../support/run-cli';
import { sheetFrom } from '../support/sheet';
import { example } from '../structure/helpers';

const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ukText = (ms: number) => {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

interface GeneratedAction {
  /** Days from the as-of day to the deadline (negative: in the past). */
  offset: number;
  rating: 'Red' | 'Amber' | 'Green' | 'Blue' | '';
}

const plan = fc.record({
  asOf: fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => ms - (ms % DAY)),
  days: fc.oneof(fc.constant(DEFAULT_DUE_SOON_DAYS), fc.integer({ min: 0, max: 120 })),
  actions: fc.array(
    fc.record({
      offset: fc.integer({ min: -60, max: 150 }),
      rating: fc.constantFrom('Red', 'Amber', 'Green', 'Blue', '' as const),
    }),
    { minLength: 1, maxLength: 25 },
  ),
});

function workbookOf(asOf: number, actions: GeneratedAction[]): WorkbookSnapshot {
  return {
    sheets: [
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
        ['1', 'Objective: Improve'],
        ...actions.map((a, i) => [
          `1.${i + 1}`,
          `Action ${i + 1}`,
          'Jo',
          ukText(asOf + a.offset * DAY),
          a.rating,
        ]),
      ]),
    ],
  };
}

describe('due soon', () => {
  it('is due within the window from the as-of day, not Blue, and never overdue too (generated plans)', () => {
    fc.assert(
      fc.property(plan, ({ asOf, days, actions }) => {
        const workbook = workbookOf(asOf, actions);
        const [check] = checkWorkbook(workbook, { asOf: iso(asOf) }).sheets;
        const standing = planStanding(check.plan, workbook.sheets[0], iso(asOf), days);
        const expected = actions
          .map((a, i) => ({ ...a, ref: `1.${i + 1}` }))
          .filter((a) => a.offset >= 0 && a.offset <= days && a.rating !== 'Blue')
          .sort((a, b) => a.offset - b.offset || Number(a.ref.slice(2)) - Number(b.ref.slice(2)))
          .map((a) => a.ref);
        expect(standing.dueSoon.map((s) => s.ref)).toEqual(expected);
        const overdue = new Set(standing.overdue.map((s) => s.ref));
        expect(standing.dueSoon.filter((s) => overdue.has(s.ref))).toEqual([]);
        // The summary's list is the same one, in the same order.
        const summary = summarise([check], iso(asOf), null, { dueSoonDays: days });
        expect(summary.exceptions.dueSoon.map((e) => e.ref)).toEqual(expected);
        expect(summary.dueSoonDays).toBe(days);
        // Not started: no rating and (this plan has no progress column) nothing else to go on.
        expect(standing.notStarted.map((s) => s.ref)).toEqual(
          actions.flatMap((a, i) => (a.rating === '' ? [`1.${i + 1}`] : [])),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('goes on the RAG Summary sheet as its own table, one row per action', async () => {
    const walsall = await example('walsall-sip-phase2.xlsx');
    const { summary, specs } = refreshSummary(walsall, '2013-09-30', '2013-09-30 09:00', { dueSoonDays: 60 });
    expect(summary.exceptions.dueSoon.length).toBeGreaterThan(0);
    const rows = specs[0].rows.map((r) => r.map((c) => (c ? String(c.value ?? '') : '')));
    const title = rows.findIndex((r) =>
      /^Due in the next 60 days \(by 29 November 2013\), not Blue: \d+$/.test(r[0]),
    );
    expect(rows[title][0]).toBe(
      `Due in the next 60 days (by 29 November 2013), not Blue: ${summary.exceptions.dueSoon.length}`,
    );
    const listed = rows
      .slice(title + 2, title + 2 + summary.exceptions.dueSoon.length)
      .map((r) => r[0].split(' ')[0]);
    expect(listed).toEqual(summary.exceptions.dueSoon.map((e) => e.ref));
    expect(rows[title + 2 + summary.exceptions.dueSoon.length]).toEqual([]);
  });

  it('is in the CLI summary JSON, with the window changed by --due-soon-days', async () => {
    const file = join(__dirname, '../../examples/walsall-sip-phase2.xlsx');
    const walsall = await example('walsall-sip-phase2.xlsx');
    const [check] = checkWorkbook(walsall, { asOf: '2013-09-30' }).sheets;
    for (const days of [undefined, 90]) {
      const run = runPlanTracker([
        'summary',
        file,
        '--today',
        '2013-09-30',
        '--json',
        ...(days === undefined ? [] : ['--due-soon-days', String(days)]),
      ]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      const standing = planStanding(check.plan, walsall.sheets[0], '2013-09-30', days ?? 30);
      expect(json.dueSoonDays).toBe(days ?? 30);
      expect(json.exceptions.dueSoon).toEqual(standing.dueSoon.map((s) => s.ref));
    }
    const bad = runPlanTracker(['summary', file, '--json', '--due-soon-days', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/whole number of days/);
  });
});
