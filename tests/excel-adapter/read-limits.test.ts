/**
 * The read within Excel's limits: merged areas past 512, tables and hidden rows in the snapshot, a band
 * that comes back too large split and read again, and a sheet past what the add-in reads stopped with a
 * plain message. All on the strict double.
 */
import { HostError } from '../../src/core/host';
import { createExcelHost } from '../../src/excel/excel-host';
import { MAX_SHEET_CELLS } from '../../src/excel/read-plan';
import {
  createExcelDouble,
  createWorkbookState,
  findSheet,
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  type PlatformId,
  putValues,
  type WorkbookState,
} from '../excel-double';

function rig(state: WorkbookState, platform: PlatformId = 'microsoft365') {
  const double = createExcelDouble(state, { platform, keepMessages: false });
  const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
  return { double, host };
}

/** A plan with a theme banner merged across every objective row: more merges than one call may return. */
function bannered(objectives: number): WorkbookState {
  const state = createWorkbookState([{ name: 'Plan' }]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A1', [['Ref', 'Objective and actions', 'Lead', 'Deadline', 'Action RAG']]);
  let row = 2;
  for (let o = 1; o <= objectives; o++) {
    putValues(plan, `A${row}`, [[`${o}`, `Objective ${o}: to improve supervision`]]);
    plan.merges.push(`B${row}:E${row}`);
    row++;
    putValues(plan, `A${row}`, [[`${o}.1`, 'Audit case files', 'Head of QA', 'March 2025', 'Green']]);
    row++;
  }
  return state;
}

describe('merged areas', () => {
  test(`a sheet with ${3 * MERGED_AREAS_LIMIT} merges reads every one (in pieces that can never hold more than ${MERGED_AREAS_LIMIT})`, async () => {
    const state = bannered(3 * MERGED_AREAS_LIMIT);
    const { double, host } = rig(state);
    const snapshot = await host.readWorkbook();
    expect(double.unsupported).toEqual([]);
    expect(double.requests.some((r) => r.error)).toBe(false);
    expect(snapshot.sheets[0].merges).toHaveLength(3 * MERGED_AREAS_LIMIT);
    expect([...snapshot.sheets[0].merges].sort()).toEqual([...findSheet(state, 'Plan').merges].sort());
    // The covered cells of a banner are not reported; its first cell is.
    expect(snapshot.sheets[0].rows[1][1]?.value).toBe('Objective 1: to improve supervision');
    expect(snapshot.sheets[0].rows[1][2]).toBeUndefined();
  });

  test('Excel 2019 cannot read merged areas (ExcelApi 1.13): none are reported, nothing fails', async () => {
    const { double, host } = rig(bannered(20), 'excel2019');
    const snapshot = await host.readWorkbook();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(double.requests.some((r) => r.error)).toBe(false);
  });
});

test('tables (ListObjects) and hidden rows reach the snapshot', async () => {
  const state = bannered(40);
  const plan = findSheet(state, 'Plan');
  plan.tables = [{ name: 'Actions', address: 'A1:E81', showHeaders: true, showTotals: false }];
  plan.hiddenRows = [5, 6, 70];
  const { host } = rig(state);
  const sheet = (await host.readWorkbook()).sheets[0];
  expect(sheet.tables).toEqual([
    { name: 'Actions', range: 'A1:E81', hasHeaderRow: true, hasTotalRow: false },
  ]);
  expect(sheet.hiddenRows).toEqual([5, 6, 70]);

  // Excel 2019 has no getSpecialCells (ExcelApi 1.9): the rows are read, which are hidden is not known.
  const old = (await rig(state, 'excel2019').host.readWorkbook()).sheets[0];
  expect(old.hiddenRows).toBeUndefined();
  expect(old.tables).toEqual(sheet.tables);
});

test('a band that comes back over 5 MB is split and read again', async () => {
  // Short text in the first rows (the sample the rest is sized by), very long text below them.
  const state = createWorkbookState([{ name: 'Plan' }]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A1', [['Ref', 'Action', 'Notes']]);
  putValues(
    plan,
    'A2',
    Array.from({ length: 1200 }, (_, i) => [`1.${i + 1}`, 'Audit', i < 60 ? 'ok' : 'n'.repeat(6000)]),
  );
  const { double, host } = rig(state);
  const snapshot = await host.readWorkbook();
  expect(
    double.requests.filter((r) => r.error === 'ResponsePayloadSizeLimitExceeded').length,
  ).toBeGreaterThan(0);
  const answered = double.requests.filter((r) => !r.error);
  expect(Math.max(...answered.map((r) => r.responseBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(snapshot.sheets[0].rows).toHaveLength(1201);
  expect(snapshot.sheets[0].rows[1200][2]?.value).toBe('n'.repeat(6000));
});

test('a sheet past what the add-in reads in Excel stops the read with what to do', async () => {
  const state = createWorkbookState([{ name: 'Plan' }, { name: 'Data' }]);
  putValues(findSheet(state, 'Plan'), 'A1', [['Ref', 'Action']]);
  // A stray value far below the data makes the used range enormous.
  putValues(findSheet(state, 'Data'), 'A1', [['x']]);
  putValues(findSheet(state, 'Data'), 'J200000', [['stray']]);
  const { double, host } = rig(state);
  const error = (await host.readWorkbook().catch((e: unknown) => e)) as HostError;
  expect(error).toBeInstanceOf(HostError);
  expect(error.message).toBe(
    `The sheet "Data" has 2,000,000 cells in use, more than Plan Tracker can read in Excel (${MAX_SHEET_CELLS.toLocaleString('en-GB')}). If something is typed far below or to the right of the plan, delete those rows or columns (Ctrl+End shows the last cell in use), or check the file with the plan-tracker command-line tool.`,
  );
  expect(double.syncCount()).toBe(1); // the survey only
});
