/** Inserting an action under an objective, and the new plan sheet template. */
import { checkWorkbook } from '../../src/core/check';
import { readPlanSheet } from '../../src/core/plan-reader';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { UserError } from '../../src/core/errors';
import { insertAction, newPlanSheet, newPlanSheetEdits, snapshotOfSpec } from '../../src/core/structure';
import { join } from 'node:path';
import { rig } from '../excel-adapter/helpers';
import { stateFromXlsx } from '../excel-double/workbook-state';
import { EXAMPLES, example, planOf, sheetOf } from './helpers';

let walsall: WorkbookSnapshot;
let wirral: WorkbookSnapshot;
let worcs: WorkbookSnapshot;

beforeAll(async () => {
  [walsall, wirral, worcs] = await Promise.all([
    example('walsall-sip-phase2.xlsx'),
    example('wirral-action-plan-2010.xlsx'),
    example('worcestershire-priority-plan.xlsx'),
  ]);
});

describe('insertAction', () => {
  it('Walsall 1.2: 1.2.4 on the row right after 1.2.3 (row 20), typed as text in the blank-headed ref column', () => {
    const result = insertAction(planOf(sheetOf(walsall, 'SIP Phase 2')), '1.2');
    expect(result.ref).toBe('1.2.4');
    expect(result.row).toBe(21);
    expect(result.edits).toEqual([
      { kind: 'insertRows', sheet: 'SIP Phase 2', row: 21, count: 1 },
      { kind: 'setNumberFormat', sheet: 'SIP Phase 2', address: 'A21', format: '@' },
      { kind: 'setValues', sheet: 'SIP Phase 2', address: 'A21', values: [['1.2.4']] },
    ]);
  });

  it('numbers past the highest ref, so a step backwards never gives a used ref (Worcestershire 2.4, 2.3 → 2.5)', () => {
    const result = insertAction(planOf(sheetOf(worcs, 'Improvement plan')), '2');
    expect(result).toMatchObject({ ref: '2.5', row: 14 });
  });

  it('works on a flat layout (Wirral objective 4 → 4.4 after row 19) and accepts a trailing full stop', () => {
    expect(insertAction(planOf(sheetOf(wirral, 'Action plan')), '4.')).toMatchObject({ ref: '4.4', row: 20 });
  });

  it('throws a plain message for an objective that is not there', () => {
    expect(() => insertAction(planOf(sheetOf(walsall, 'SIP Phase 2')), '9.9')).toThrow(
      'There is no objective 9.9 on the sheet "SIP Phase 2".',
    );
  });

  it('after its edits are applied in Excel, the plan reads the new action under its objective', async () => {
    // The edits go through the Office.js adapter on the strict Excel double, as the pane applies them.
    const { host } = rig(await stateFromXlsx(join(EXAMPLES, 'walsall-sip-phase2.xlsx')));
    const before = await host.readWorkbook();
    const { row, ref, edits } = insertAction(planOf(sheetOf(before, 'SIP Phase 2')), '1.2');
    await host.apply(edits);
    await host.apply([
      { kind: 'setValues', sheet: 'SIP Phase 2', address: `B${row}`, values: [['New action']] },
    ]);

    const after = sheetOf(await host.readWorkbook(), 'SIP Phase 2');
    expect(after.rows[row - 1]?.[0]).toMatchObject({ value: '1.2.4', text: '1.2.4', numberFormat: '@' });
    const plan = planOf(after);
    const objective = plan.objectives.find((o) => o.ref === '1.2')!;
    expect(objective.actions.map((a) => [a.ref, a.row])).toEqual([
      ['1.2.1', 14],
      ['1.2.2', 17],
      ['1.2.3', 20],
      [ref, 21],
    ]);
    // Every action below moved down one row; none was lost.
    expect(plan.actions.length).toBe(planOf(sheetOf(before, 'SIP Phase 2')).actions.length + 1);
    expect(plan.actions.find((a) => a.ref === '1.3.1')!.row).toBe(
      planOf(sheetOf(before, 'SIP Phase 2')).actions.find((a) => a.ref === '1.3.1')!.row + 1,
    );
  });
});

describe('newPlanSheet', () => {
  it('lays out the canonical columns with the header on row 3, frozen, and reads as a clean plan', () => {
    const spec = newPlanSheet('Plan 2025', ['Sheet1'], '2025-06-15');
    expect(spec.name).toBe('Plan 2025');
    expect(spec.rows[2].map((c) => c?.value)).toEqual([
      'Ref',
      'Objective / action',
      'Lead',
      'Deadline',
      'Progress update',
      'Action RAG',
      'Impact RAG',
      'Evidence',
      'Ofsted ref',
    ]);
    expect(spec.freeze).toEqual({ rows: 3, columns: 0 });
    expect(spec.columnWidths).toHaveLength(9);

    const sheet = snapshotOfSpec(spec);
    const read = readPlanSheet(sheet);
    if (!read.ok) throw new Error(read.reason);
    expect(read.plan.headerRow).toBe(3);
    expect(read.plan.columns.map((c) => `${c.role}:${c.letter}`)).toEqual([
      'ref:A',
      'objectiveAction:B',
      'lead:C',
      'deadline:D',
      'progress:E',
      'actionRag:F',
      'impactRag:G',
      'evidence:H',
      'ofstedRef:I',
    ]);
    expect(read.plan.objectives.map((o) => [o.ref, o.actions.map((a) => a.ref)])).toEqual([['1', ['1.1']]]);
    // The example deadline is three months on (30 September 2025), so the example checks clean.
    expect(read.plan.actions[0].deadline).toMatchObject({ kind: 'date', due: '2025-09-30' });
    const check = checkWorkbook({ sheets: [sheet] }, { asOf: '2025-06-15' });
    expect(check.sheets[0].findings).toEqual([]);
  });

  it('refuses a name that is taken (whatever its case) or that Excel does not allow', () => {
    expect(() => newPlanSheet('action PLAN', ['Action plan'])).toThrow(
      'There is already a sheet called "action PLAN". Choose another name.',
    );
    expect(() => newPlanSheet('Plan: 2025', [])).toThrow(/cannot be a sheet name/);
    expect(() => newPlanSheet('   ', [])).toThrow('Give the new sheet a name.');
    expect(() => newPlanSheet('x'.repeat(32), [])).toThrow(/31 characters/);
    // Shown to the officer as it is.
    expect(() => newPlanSheet('   ', [])).toThrow(UserError);
  });

  it('newPlanSheetEdits: the sheet first, then dropdowns and colours on the example action row only', () => {
    const edits = newPlanSheetEdits('New plan', ['Sheet1'], '2025-06-15');
    expect(edits[0]).toMatchObject({ kind: 'writeSheet', spec: { name: 'New plan' } });
    expect(edits.filter((e) => e.kind === 'dataValidationList')).toMatchObject([{ address: 'F5:G5' }]);
    expect(edits.filter((e) => e.kind === 'dataValidationDate')).toMatchObject([{ address: 'D5' }]);
    expect(edits.some((e) => e.kind === 'freezeRows' || e.kind === 'setValues')).toBe(false);
    // Nothing to clear on a sheet the list itself creates (a host would look for formats on a sheet not there yet).
    expect(edits.some((e) => e.kind === 'clearConditionalFormats')).toBe(false);
  });
});
