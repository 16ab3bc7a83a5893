/** The one decision of which sheets hold the plan (src/core/plan-sheets.ts). */
import { firstPlan, readWorkbookPlans } from '../../src/core/plan-sheets';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { sheetFrom } from '../support/sheet';

const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Notes'];
const plan = (name: string, extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  ...sheetFrom(name, [HEADER, ['1', 'Do a thing', 'Jo Bloggs', '31/10/2013', 'Green', 'R1']]),
  ...extra,
});
const state = (rows: string[][]): SheetSnapshot => sheetFrom('PlanTracker State', rows);

describe('readWorkbookPlans', () => {
  const workbook: WorkbookSnapshot = {
    sheets: [
      plan('Old plan', { hidden: true }),
      plan('Plan'),
      sheetFrom('Contacts', [['Name', 'Phone']]),
      plan('RAG Summary'),
      state([
        ['title'],
        ['mapping:Plan', '{"ofstedRef":"F"}'],
        ['tracker-sheets', '{"summary":{"name":"RAG Summary","cells":"A1:F2"}}'],
      ]),
    ],
  };

  it('skips the tracker’s own sheets, hidden sheets and sheets without a plan, saying why', () => {
    const read = readWorkbookPlans(workbook);
    expect(read.sheets.map((p) => p.sheet)).toEqual(['Plan']);
    expect(read.skipped.map((s) => [s.sheet, s.reason.split(' (')[0]])).toEqual([
      ['Old plan', 'hidden sheet'],
      ['Contacts', expect.stringMatching(/^no plan header row found/)],
      ['RAG Summary', "Plan Tracker's own sheet"],
      ['PlanTracker State', "Plan Tracker's own sheet"],
    ]);
  });

  it('applies the mapping the user corrected', () => {
    const [read] = readWorkbookPlans(workbook).sheets;
    expect(read.columns.find((c) => c.role === 'ofstedRef')?.letter).toBe('F');
    expect(read.actions[0].ofstedRef).toBe('R1');
    expect(firstPlan(workbook)?.actions[0].ofstedRef).toBe('R1');
  });

  it('reads a user’s own plan sheet that merely has a tracker sheet’s name, when the tracker never marked it', () => {
    const own: WorkbookSnapshot = { sheets: [plan('Plan'), plan('RAG Summary')] };
    expect(readWorkbookPlans(own).sheets.map((p) => p.sheet)).toEqual(['Plan', 'RAG Summary']);
  });

  it('reads a hidden sheet when it is asked for by name', () => {
    const read = readWorkbookPlans(workbook, { sheets: ['old PLAN'] });
    expect(read.sheets.map((p) => p.sheet)).toEqual(['Old plan']);
    expect(read.skipped.filter((s) => s.reason === 'not selected with --sheet')).toHaveLength(4);
  });
});
