/**
 * Re-reading only what changed: after the first read the host listens to worksheets.onChanged and
 * onFormatChanged and the next read takes one sync for the changed rows and the header rows. Whatever
 * the user did in between, the patched snapshot must equal what a full read of the workbook now gives.
 */
import fc from 'fast-check';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { createExcelHost } from '../../src/excel/excel-host';
import {
  cellAddress,
  cloneState,
  createExcelDouble,
  createWorkbookState,
  findSheet,
  type PlatformId,
  putValues,
  type WorkbookState,
} from '../excel-double';

const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'];

/** A plan longer than the first band (60 rows), a notes sheet and the hidden state sheet. */
function planState(rows = 90): WorkbookState {
  const state = createWorkbookState([
    { name: 'Plan' },
    { name: 'Notes' },
    { name: 'PlanTracker State', visibility: 'Hidden' },
  ]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A1', [['Improvement plan'], [], HEADER]);
  const ratings = ['Red', 'Amber', 'Green', 'Blue', ''];
  putValues(
    plan,
    'A4',
    Array.from({ length: rows }, (_, i) => [
      `1.${i + 1}`,
      `Action number ${i + 1} for the plan`,
      i % 3 === 0 ? 'Head of QA' : 'Director',
      45000 + i,
      ratings[i % ratings.length],
    ]),
  );
  for (let i = 0; i < rows; i++) plan.cells[`D${i + 4}`].numberFormat = 'dd/mm/yyyy';
  plan.cells.E10 = { fill: '#FF0000' }; // a rating shown only by its colour
  putValues(findSheet(state, 'Notes'), 'A1', [['Keep me']]);
  return state;
}

/** What a fresh host reads from the same workbook now. */
async function fullRead(state: WorkbookState, platform: PlatformId): Promise<WorkbookSnapshot> {
  const double = createExcelDouble(cloneState(state), { platform, keepMessages: false });
  const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
  return host.readWorkbook();
}

function rig(state: WorkbookState, platform: PlatformId = 'microsoft365') {
  const double = createExcelDouble(state, { platform, keepMessages: false });
  const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
  return { double, host };
}

describe('re-reading only what changed', () => {
  test('a typed rating: one sync, a small request, and the same snapshot as a full read', async () => {
    const { double, host } = rig(planState());
    await host.readWorkbook();
    expect(double.syncCount()).toBe(3); // used ranges, first 60 rows, the rest
    const total = () => double.requests.reduce((n, r) => n + r.responseBytes, 0);
    const fullResponse = total();
    double.resetSyncCount();

    await double.userEdit('Plan', 'E50', () => {
      findSheet(double.state, 'Plan').cells.E50 = { value: 'Green' };
    });
    const snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(1);
    expect(total()).toBeLessThan(fullResponse / 2);
    expect(snapshot.sheets[0].rows[49][4]).toEqual({ value: 'Green', text: 'Green' });
    expect(snapshot).toEqual(await fullRead(double.state, 'microsoft365'));
  });

  test('nothing changed: one sync (the survey and the header rows) and the same snapshot', async () => {
    const { double, host } = rig(planState());
    const first = await host.readWorkbook();
    double.resetSyncCount();
    expect(await host.readWorkbook()).toEqual(first);
    expect(double.syncCount()).toBe(1);
  });

  test('a changed header reads the whole workbook again', async () => {
    const { double, host } = rig(planState());
    await host.readWorkbook();
    double.resetSyncCount();
    await double.userEdit('Plan', 'C3', () => {
      findSheet(double.state, 'Plan').cells.C3 = { value: 'Lead officer' };
    });
    const snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(3); // the first sync showed the header changed; then the rest
    expect(snapshot).toEqual(await fullRead(double.state, 'microsoft365'));
  });

  test('a new sheet reads the whole workbook again; the host’s own edits are re-read without events', async () => {
    const { double, host } = rig(planState());
    await host.readWorkbook();
    await host.apply([{ kind: 'setValues', sheet: 'Plan', address: 'E70', values: [['Amber']] }]);
    double.resetSyncCount();
    let snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(1);
    expect(snapshot.sheets[0].rows[69][4]?.value).toBe('Amber');
    double.state.sheets.push({
      ...cloneState(findSheet(double.state, 'Notes')),
      id: '{new}',
      name: 'More notes',
    });
    double.resetSyncCount();
    snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(3);
    expect(snapshot).toEqual(await fullRead(double.state, 'microsoft365'));
  });

  test('Excel 2019 has no change events (ExcelApi 1.9): every read is a full one', async () => {
    const { double, host } = rig(planState(), 'excel2019');
    await host.readWorkbook();
    double.resetSyncCount();
    await host.readWorkbook();
    expect(double.syncCount()).toBe(3);
  });

  /** One thing an officer might do between two checks. */
  type UserChange =
    | { kind: 'type'; row: number; col: number; text: string }
    | { kind: 'clear'; row: number; col: number }
    | { kind: 'colour'; row: number; colour: string }
    | { kind: 'append'; text: string }
    | { kind: 'insertRow'; row: number }
    | { kind: 'hideRow'; row: number }
    | { kind: 'merge'; row: number };

  const change: fc.Arbitrary<UserChange> = fc.oneof(
    fc.record({
      kind: fc.constant('type' as const),
      row: fc.integer({ min: 3, max: 95 }),
      col: fc.integer({ min: 0, max: 4 }),
      text: fc.constantFrom('Red', 'amber', 'G', 'Complete', 'Ongoing', '31/03/2025', 'Robert Lake'),
    }),
    fc.record({
      kind: fc.constant('clear' as const),
      row: fc.integer({ min: 3, max: 95 }),
      col: fc.integer({ min: 0, max: 4 }),
    }),
    fc.record({
      kind: fc.constant('colour' as const),
      row: fc.integer({ min: 3, max: 95 }),
      colour: fc.constantFrom('#FF0000', '#FFC000', '#00B050'),
    }),
    fc.record({
      kind: fc.constant('append' as const),
      text: fc.constantFrom('A new action', 'Another action'),
    }),
    fc.record({ kind: fc.constant('insertRow' as const), row: fc.integer({ min: 4, max: 90 }) }),
    fc.record({ kind: fc.constant('hideRow' as const), row: fc.integer({ min: 4, max: 90 }) }),
    fc.record({ kind: fc.constant('merge' as const), row: fc.integer({ min: 4, max: 90 }) }),
  );

  /** Makes the change in the double's workbook and raises the event Excel would. */
  async function apply(double: ReturnType<typeof rig>['double'], c: UserChange): Promise<void> {
    const plan = findSheet(double.state, 'Plan');
    switch (c.kind) {
      case 'type':
      case 'clear': {
        const key = cellAddress(c.row, c.col);
        return double.userEdit('Plan', key, () => {
          if (c.kind === 'type') plan.cells[key] = { ...plan.cells[key], value: c.text };
          else delete plan.cells[key];
        });
      }
      case 'colour':
        return double.userFormat('Plan', `E${c.row + 1}`, () => {
          plan.cells[`E${c.row + 1}`] = { ...plan.cells[`E${c.row + 1}`], fill: c.colour };
        });
      case 'append': {
        const last = Math.max(...Object.keys(plan.cells).map((k) => Number(/\d+$/.exec(k)![0])));
        return double.userEdit('Plan', `A${last + 1}:B${last + 1}`, () =>
          putValues(plan, `A${last + 1}`, [['9.9', c.text]]),
        );
      }
      case 'insertRow':
        // Excel shifts the rows below and says so with a RowInserted change.
        return double.userEdit(
          'Plan',
          `${c.row}:${c.row}`,
          () => {
            plan.cells = Object.fromEntries(
              Object.entries(plan.cells).map(([k, v]) => {
                const [, col, row] = /^([A-Z]+)(\d+)$/.exec(k)!;
                return [Number(row) >= c.row ? `${col}${Number(row) + 1}` : k, v];
              }),
            );
          },
          'RowInserted',
        );
      case 'hideRow':
        // Hiding a row is a format change (its height).
        return double.userFormat('Plan', `${c.row}:${c.row}`, () => {
          plan.hiddenRows = [...new Set([...(plan.hiddenRows ?? []), c.row])];
        });
      case 'merge':
        return double.userFormat('Plan', `B${c.row}:C${c.row}`, () => {
          if (!plan.merges.some((m) => /\d+$/.exec(m.split(':')[0])![0] === String(c.row)))
            plan.merges.push(`B${c.row}:C${c.row}`);
          delete plan.cells[`C${c.row}`];
        });
    }
  }

  test('whatever the officer does between checks, the patched snapshot equals a full read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        async (rounds) => {
          const { double, host } = rig(planState());
          await host.readWorkbook();
          for (const round of rounds) {
            for (const c of round) await apply(double, c);
            const patched = await host.readWorkbook();
            expect(patched).toEqual(await fullRead(double.state, 'microsoft365'));
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 15) },
    );
  });
});
