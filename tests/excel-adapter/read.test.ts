/**
 * readWorkbook against the strict double: a first small sync for the used ranges, then the cells in
 * bands; plain data, and the same snapshot (and the same findings) as the .xlsx adapter gives for the
 * same file.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { isDateFormat } from '../../src/core/dates';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { createWorkbookState, findSheet, putValues, stateFromXlsx } from '../excel-double';
import { rig } from './helpers';

const EXAMPLE = path.join(__dirname, '../../examples/worcestershire-priority-plan.xlsx');
const AS_OF = '2025-06-30';

async function exceljsSnapshot(file: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return snapshotWorkbook(wb);
}

/** What both adapters can say about a cell: Office.js cannot read rich-text runs or a date's UK text. */
function comparable(cell: CellSnapshot | undefined): Record<string, unknown> | undefined {
  if (!cell) return undefined;
  const dateLike = typeof cell.value === 'number' && isDateFormat(cell.numberFormat);
  return {
    value: cell.value,
    // Dates: Excel shows them in the cell's own format; ExcelJS's adapter always writes dd/mm/yyyy.
    text: dateLike ? '(date)' : cell.text,
    fill: cell.fill,
    error: cell.error,
  };
}

function cellMap(snapshot: WorkbookSnapshot): Map<string, Record<string, unknown> | undefined> {
  const out = new Map<string, Record<string, unknown> | undefined>();
  for (const sheet of snapshot.sheets)
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) out.set(`${sheet.name}!R${r + 1}C${c + 1}`, comparable(cell));
      }),
    );
  return out;
}

/** True when `x` is built only from plain objects, arrays and primitives (no proxies or class instances). */
function isPlainData(x: unknown): boolean {
  if (x === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof x)) return true;
  if (Array.isArray(x)) return Object.getPrototypeOf(x) === Array.prototype && x.every(isPlainData);
  if (typeof x !== 'object') return false;
  return Object.getPrototypeOf(x) === Object.prototype && Object.values(x as object).every(isPlainData);
}

describe('readWorkbook', () => {
  test('the Worcestershire plan: two syncs, and the same cells and findings as the .xlsx adapter', async () => {
    const { double, host } = rig(await stateFromXlsx(EXAMPLE));
    const snapshot = await host.readWorkbook();
    // The used ranges, then every cell (each sheet is shorter than the first band of 60 rows).
    expect(double.syncCount()).toBe(2);
    expect(host.lastSyncCount()).toBe(2);
    expect(double.unsupported).toEqual([]);
    expect(isPlainData(snapshot)).toBe(true);

    const expected = await exceljsSnapshot(EXAMPLE);
    expect(snapshot.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual(
      expected.sheets.map((s) => [s.name, s.hidden, s.protected]),
    );
    expect(snapshot.sheets.map((s) => [...s.merges].sort())).toEqual(
      expected.sheets.map((s) => [...s.merges].sort()),
    );
    const got = cellMap(snapshot);
    const want = cellMap(expected);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, cell] of want) expect([key, got.get(key)]).toEqual([key, cell]);

    const findings = (s: WorkbookSnapshot) =>
      checkWorkbook(s, { asOf: AS_OF })
        .sheets.flatMap((sheet) => sheet.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`))
        .sort();
    expect(findings(snapshot).length).toBeGreaterThan(0);
    expect(findings(snapshot)).toEqual(findings(expected));
  });

  test('errors, dates, booleans, fills, merges, hidden and protected sheets', async () => {
    const state = createWorkbookState([
      { name: 'Plan' },
      { name: 'Locked', protected: true },
      { name: 'PlanTracker State', visibility: 'Hidden' },
    ]);
    const plan = findSheet(state, 'Plan');
    putValues(plan, 'B2', [
      ['Ref', 'Deadline', 'Done', 'RAG'],
      ['1.1', 45565, true, null],
    ]);
    plan.cells.C3.numberFormat = 'dd/mm/yyyy';
    plan.cells.E4 = { fill: '#FF0000' }; // a fill with no value, inside the cells that hold values
    plan.cells.H3 = { fill: '#00B050' }; // a fill right of every value: outside the used range read
    plan.cells.B4 = { error: '#REF!' };
    putValues(plan, 'B6', [['Merged heading']]);
    plan.merges.push('B6:D6');
    plan.cells.C6 = { fill: '#00B050' }; // a covered cell of the merge: not reported
    putValues(findSheet(state, 'PlanTracker State'), 'A1', [['state', '{}']]);
    const { double, host } = rig(state);
    const snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(2);
    expect(double.unsupported).toEqual([]);
    const [p, locked, hidden] = snapshot.sheets;
    expect(p.rows[1][1]).toEqual({ value: 'Ref', text: 'Ref' });
    expect(p.rows[2][2]).toEqual({ value: 45565, text: '30/09/2024', numberFormat: 'dd/mm/yyyy' });
    expect(p.rows[2][3]).toEqual({ value: true, text: 'TRUE' });
    expect(p.rows[3][4]).toEqual({ value: null, text: '', fill: '#FF0000' });
    expect(p.rows[2][7]).toBeUndefined();
    expect(p.rows[3][1]).toEqual({ value: null, text: '#REF!', error: '#REF!' });
    expect(p.rows[5][1]).toEqual({ value: 'Merged heading', text: 'Merged heading' });
    expect(p.rows[5][2]).toBeUndefined();
    expect(p.rows[0]).toEqual([]);
    expect(p.merges).toEqual(['B6:D6']);
    expect(locked).toMatchObject({ name: 'Locked', protected: true, rows: [] });
    expect(hidden).toMatchObject({ name: 'PlanTracker State', hidden: true });
    expect(hidden.rows[0].map((c) => c?.value)).toEqual(['state', '{}']);
  });

  test('more sheets than one survey holds: one more sync per 40 sheets', async () => {
    const state = createWorkbookState(Array.from({ length: 45 }, (_, i) => ({ name: `S${i + 1}` })));
    putValues(findSheet(state, 'S45'), 'A1', [['last']]);
    const { double, host } = rig(state);
    const snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(3); // two surveys, then the cells of every sheet
    expect(host.lastSyncCount()).toBe(3);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(state.sheets.map((s) => s.name));
    expect(snapshot.sheets[44].rows[0][0]?.value).toBe('last');
  });

  test('an old Excel (before ExcelApi 1.9): no getCellProperties, so no fills, and the pane is told', async () => {
    const state = createWorkbookState([{ name: 'Plan' }]);
    putValues(findSheet(state, 'Plan'), 'A1', [['RAG'], ['Red']]);
    findSheet(state, 'Plan').cells.A3 = { fill: '#00B050' };
    findSheet(state, 'Plan').cells.A2.fill = '#FF0000';
    const { double, host } = rig(state, { maxApi: '1.8' });
    const snapshot = await host.readWorkbook();
    expect(double.syncCount()).toBe(2);
    expect(double.requests.some((r) => r.actions.some((a) => a.includes('getCellProperties')))).toBe(false);
    expect(snapshot.sheets[0].rows[1][0]).toEqual({ value: 'Red', text: 'Red' });
    expect(snapshot.sheets[0].rows).toHaveLength(2); // A3 holds only a fill, which cannot be read
    const notes = host.unavailableFeatures();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/RAG ratings shown only by a cell’s colour are not recognised/);
  });
});
