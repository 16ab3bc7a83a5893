/**
 * apply() against the strict double: every edit kind, one sync per batch, nothing but the edited cells
 * changed, strings kept as text, chunking for size.
 */
import type { Edit } from '../../src/core/edits';
import { HostError } from '../../src/core/host';
import type { SheetSpec } from '../../src/core/sheet-spec';
import {
  changedCells,
  cloneState,
  createWorkbookState,
  findSheet,
  putValues,
  snapshotCells,
  type WorkbookState,
} from '../excel-double';
import type { ChartEntry, SheetExtras } from '../excel-double/backend';
import { rig } from './helpers';

function planState(): WorkbookState {
  const state = createWorkbookState([
    { name: 'Plan' },
    { name: 'Notes' },
    { name: 'Locked', protected: true },
  ]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A1', [
    ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    ['1.1', 'Audit case files', 'Head of QA', 45565, 'Green'],
    ['1.2', 'Recruit social workers', 'Director', 45600, 'Amber'],
    ['1.3', 'Review thresholds', 'Head of MASH', 45700, ''],
  ]);
  for (const k of ['D2', 'D3', 'D4']) plan.cells[k].numberFormat = 'dd/mm/yyyy';
  plan.cells.E2.fill = '#00B050';
  putValues(findSheet(state, 'Notes'), 'A1', [['Keep me'], ['And me']]);
  putValues(findSheet(state, 'Locked'), 'A1', [['Do not edit']]);
  return state;
}

/** A rig whose host has read the workbook once (as the pane always does first), counts reset. */
async function readRig(state: WorkbookState, options: { chunkCells?: number; maxApi?: string } = {}) {
  const r = rig(state, options);
  await r.host.readWorkbook();
  r.double.resetSyncCount();
  return r;
}

/** Everything about a sheet except its cells, for "nothing else changed" checks. */
function sheetMeta(state: WorkbookState, name: string): unknown {
  const { cells: _cells, ...rest } = cloneState(findSheet(state, name));
  return rest;
}

const extras = (state: WorkbookState, name: string) =>
  findSheet(state, name) as ReturnType<typeof findSheet> & SheetExtras;

describe('apply: one sync, only the edited cells change', () => {
  test('values, fill, drop-down list, conditional format, freeze and select in exactly one sync', async () => {
    const { double, host } = await readRig(planState());
    const before = snapshotCells(double.state);
    const notesBefore = sheetMeta(double.state, 'Notes');
    const edits: Edit[] = [
      { kind: 'setValues', sheet: 'Plan', address: 'E4', values: [['Red']] },
      { kind: 'setFill', sheet: 'Plan', address: 'E3', colour: '#FFC000' },
      { kind: 'setFill', sheet: 'Plan', address: 'E2', colour: null },
      {
        kind: 'dataValidationList',
        sheet: 'Plan',
        address: 'E2:E50',
        source: ['Red', 'Amber', 'Green', 'Complete'],
        prompt: { title: 'RAG rating', message: 'Choose Red, Amber, Green or Complete.' },
        errorStyle: 'warning',
      },
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'E2:E50',
        tag: 'rag-colours',
        rule: { type: 'textEquals', text: 'Red' },
        fill: '#FFC7CE',
        fontColour: '#9C0006',
      },
      { kind: 'freezeRows', sheet: 'Plan', rows: 1 },
      { kind: 'select', sheet: 'Plan', address: 'E4' },
    ];
    await host.apply(edits);
    expect(double.syncCount()).toBe(1);
    expect(host.lastSyncCount()).toBe(1);
    expect(host.lastApplyReport()).toEqual({ syncs: 1, batches: 1, cellsWritten: 1, skipped: [] });
    expect(double.unsupported).toEqual([]);

    const after = snapshotCells(double.state);
    expect(changedCells(before, after)).toEqual(['Plan!E2', 'Plan!E3', 'Plan!E4']);
    expect(after['Plan!E4']).toEqual({ value: 'Red' });
    expect(after['Plan!E3']).toEqual({ value: 'Amber', fill: '#FFC000' });
    expect(after['Plan!E2']).toEqual({ value: 'Green' });
    expect(sheetMeta(double.state, 'Notes')).toEqual(notesBefore);

    const plan = findSheet(double.state, 'Plan');
    expect(plan.dataValidations).toEqual([
      {
        address: 'E2:E50',
        rule: { list: { inCellDropDown: true, source: 'Red,Amber,Green,Complete' } },
        prompt: { showPrompt: true, title: 'RAG rating', message: 'Choose Red, Amber, Green or Complete.' },
        errorAlert: {
          showAlert: true,
          style: 'Warning',
          title: 'Plan Tracker',
          message: 'Choose one of: Red, Amber, Green, Complete.',
        },
      },
    ]);
    expect(plan.conditionalFormats.map((c) => [c.address, c.type, c.rule, c.format])).toEqual([
      [
        'E2:E50',
        'Custom',
        { formula: '=AND(TRIM(E2)="Red",ISTEXT("PlanTracker:rag-colours"))' },
        { fill: '#FFC7CE', fontColor: '#9C0006' },
      ],
    ]);
    expect(plan.frozenRows).toBe(1);
    expect(double.state.selection).toEqual({ sheetId: plan.id, address: 'E4' });
  });

  test('text that starts with "=" (or looks like a number or date) is written as text, never a formula', async () => {
    const { double, host } = await readRig(planState());
    const before = snapshotCells(double.state);
    await host.apply([
      {
        kind: 'setValues',
        sheet: 'Notes',
        address: 'B1:F1',
        values: [['=SUM(A1:A3)', '- ongoing', '1.10', 'March 2025', 'Ongoing']],
      },
    ]);
    expect(double.syncCount()).toBe(1);
    const after = snapshotCells(double.state);
    expect(changedCells(before, after)).toEqual(['Notes!B1', 'Notes!C1', 'Notes!D1', 'Notes!E1', 'Notes!F1']);
    expect(after['Notes!B1']).toEqual({ value: '=SUM(A1:A3)', numberFormat: '@' });
    expect(after['Notes!C1']).toEqual({ value: '- ongoing', numberFormat: '@' });
    expect(after['Notes!D1']).toEqual({ value: '1.10', numberFormat: '@' });
    expect(after['Notes!E1']).toEqual({ value: 'March 2025', numberFormat: '@' });
    expect(after['Notes!F1']).toEqual({ value: 'Ongoing' }); // plain words keep the cell's format
    const read = await host.readWorkbook();
    expect(read.sheets[1].rows[0][1]).toEqual({
      value: '=SUM(A1:A3)',
      text: '=SUM(A1:A3)',
      numberFormat: '@',
    });
  });

  test('fonts, number formats, date checks, inserted rows and a chart', async () => {
    const { double, host } = await readRig(planState());
    await host.apply([
      { kind: 'setFont', sheet: 'Plan', address: 'A1:E1', bold: true, colour: '#1F3864' },
      { kind: 'setNumberFormat', sheet: 'Plan', address: 'D2:D4', format: 'd mmm yyyy' },
      {
        kind: 'dataValidationDate',
        sheet: 'Plan',
        address: 'D2:D50',
        prompt: { title: 'Deadline', message: 'A date such as 31/03/2025.' },
        errorStyle: 'warning',
      },
      { kind: 'insertRows', sheet: 'Plan', row: 3, count: 2 },
      {
        kind: 'addChart',
        sheet: 'Notes',
        name: 'RAG chart',
        type: 'barStacked',
        source: 'A1:A2',
        title: 'RAG by priority',
        position: { from: 'D2', to: 'K20' },
        colours: ['#FF0000'],
      },
    ]);
    expect(double.syncCount()).toBe(1);
    expect(double.unsupported).toEqual([]);
    const plan = findSheet(double.state, 'Plan');
    expect(plan.cells.A1).toEqual({ value: 'Ref', bold: true, fontColor: '#1F3864' });
    expect(plan.cells.D2.numberFormat).toBe('d mmm yyyy');
    // Rows 3 and 4 were inserted: the old row 3 is now row 5, and the date check moved with it.
    expect(plan.cells.A3).toBeUndefined();
    expect(plan.cells.A5.value).toBe('1.2');
    expect(plan.cells.D5.numberFormat).toBe('d mmm yyyy');
    expect(plan.dataValidations).toEqual([
      {
        address: 'D2:D52',
        rule: { date: { formula1: '1900-01-01', formula2: '9999-12-31', operator: 'Between' } },
        prompt: { showPrompt: true, title: 'Deadline', message: 'A date such as 31/03/2025.' },
        errorAlert: expect.objectContaining({ showAlert: true, style: 'Warning' }),
      },
    ]);
    const charts = extras(double.state, 'Notes').charts as ChartEntry[];
    expect(charts).toEqual([
      expect.objectContaining({
        name: 'RAG chart',
        type: 'BarStacked',
        source: 'A1:A2',
        seriesBy: 'Columns',
        title: 'RAG by priority',
        position: { from: 'D2', to: 'K20' },
      }),
    ]);
    // A single-column source has no series after the label column, so no colour is set.
    expect(charts[0].seriesColours).toEqual({});
  });

  test('clearConditionalFormats removes only the tracker rules with that tag (one read, one write)', async () => {
    const state = planState();
    findSheet(state, 'Plan').conditionalFormats.push({
      id: '{user-cf}',
      address: 'A2:A10',
      type: 'Custom',
      priority: 5,
      stopIfTrue: false,
      rule: { formula: '=$A2="1.1"' },
      format: { fill: '#FFFF00' },
    });
    const { double, host } = await readRig(state);
    const rag = (text: string): Edit => ({
      kind: 'conditionalFormat',
      sheet: 'Plan',
      address: 'E2:E50',
      tag: 'rag-colours',
      rule: { type: 'textEquals', text },
      fill: '#FFC7CE',
    });
    await host.apply([
      rag('Red'),
      rag('Amber'),
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'D2:D50',
        tag: 'overdue',
        rule: { type: 'formula', formula: '=AND(ISNUMBER(D2),D2<TODAY())' },
        fill: '#F4CCCC',
      },
    ]);
    expect(double.syncCount()).toBe(1);
    double.resetSyncCount();
    await host.apply([{ kind: 'clearConditionalFormats', sheet: 'Plan', tag: 'rag-colours' }]);
    expect(double.syncCount()).toBe(2);
    expect(host.lastSyncCount()).toBe(2);
    expect(double.unsupported).toEqual([]);
    // In priority order: the overdue rule was added last, so it comes first.
    expect(findSheet(double.state, 'Plan').conditionalFormats.map((c) => c.rule.formula)).toEqual([
      '=AND(AND(ISNUMBER(D2),D2<TODAY()),ISTEXT("PlanTracker:overdue"))',
      '=$A2="1.1"',
    ]);
  });
});

describe('removing the tracker formats after a read', () => {
  test('read, then clear and re-add the tracker rules: the rules are found afresh in the same Excel.run (one load, one write)', async () => {
    const state = planState();
    findSheet(state, 'Plan').conditionalFormats.push(
      {
        id: '{user-cf}',
        address: 'A2:A10',
        type: 'Custom',
        priority: 5,
        stopIfTrue: false,
        rule: { formula: '=$A2="1.1"' },
        format: { fill: '#FFFF00' },
      },
      {
        id: '{old-tracker-cf}',
        address: 'E2:E50',
        type: 'Custom',
        priority: 6,
        stopIfTrue: false,
        rule: { formula: '=AND(TRIM(E2)="Red",ISTEXT("PlanTracker:rag-colours"))' },
        format: { fill: '#FF0000' },
      },
    );
    const { double, host } = await readRig(state);
    double.resetSyncCount();
    await host.apply([
      { kind: 'clearConditionalFormats', sheet: 'Plan', tag: 'rag-colours' },
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'E2:E50',
        tag: 'rag-colours',
        rule: { type: 'textEquals', text: 'Green' },
        fill: '#00B050',
      },
    ]);
    // Ids read earlier are priorities that any edit may have shifted, so they are never trusted: the
    // apply loads the formats again (sync 1) and deletes and adds in one write (sync 2).
    expect(double.syncCount()).toBe(2);
    expect(double.unsupported).toEqual([]);
    expect(findSheet(double.state, 'Plan').conditionalFormats.map((c) => c.rule.formula)).toEqual([
      '=AND(TRIM(E2)="Green",ISTEXT("PlanTracker:rag-colours"))',
      '=$A2="1.1"',
    ]);
  });
});

describe('writeSheet', () => {
  const spec = (title: string, extraRows = 0): SheetSpec => ({
    name: 'RAG Summary',
    rows: [
      [
        { value: title, style: { bold: true, size: 14, fill: '#1F3864', fontColour: '#FFFFFF' } },
        { value: null, style: { bold: true, size: 14, fill: '#1F3864', fontColour: '#FFFFFF' } },
      ],
      [
        { value: 'Priority', style: { bold: true, border: true } },
        { value: 'Red', style: { bold: true, border: true, align: 'center' } },
      ],
      [
        { value: '=1 Safeguarding', link: { sheet: 'Plan', cell: 'A2' } },
        { value: 0.25, style: { numberFormat: '0%', border: true } },
      ],
      ...Array.from({ length: extraRows }, (_, i) => [{ value: `Item ${String.fromCharCode(65 + i)}` }]),
    ],
    columnWidths: [30, 12],
    merges: ['A1:B1'],
    freeze: { rows: 2, columns: 1 },
    print: { landscape: true, fitToWidth: true, repeatRows: [1, 2] },
    dataBars: [{ range: 'B3:B3', colour: '#638EC6' }],
  });

  test('creates the sheet, then a second writeSheet replaces its contents (no duplicate sheet)', async () => {
    const { double, host } = await readRig(planState());
    const before = snapshotCells(double.state);
    await host.apply([{ kind: 'writeSheet', spec: spec('RAG summary 1', 3) }]);
    expect(double.syncCount()).toBe(1);
    expect(double.unsupported).toEqual([]);
    const sheet = findSheet(double.state, 'RAG Summary');
    expect(double.state.sheets.map((s) => s.name)).toEqual(['Plan', 'Notes', 'Locked', 'RAG Summary']);
    expect(sheet.cells.A1).toEqual({
      value: 'RAG summary 1',
      numberFormat: '@', // it has a digit: kept as text
      bold: true,
      fill: '#1F3864',
      fontColor: '#FFFFFF',
    });
    expect(sheet.cells.A3).toEqual({ value: '=1 Safeguarding', numberFormat: '@' });
    expect(sheet.cells.B3).toEqual({ value: 0.25, numberFormat: '0%' });
    expect(sheet.cells.A6).toEqual({ value: 'Item C' });
    expect(sheet.merges).toEqual(['A1:B1']);
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 1]);
    expect(sheet.conditionalFormats.map((c) => [c.type, c.address, c.format])).toEqual([
      ['DataBar', 'B3', { fill: '#638EC6' }],
    ]);
    const x = extras(double.state, 'RAG Summary');
    expect(x.hyperlinks).toEqual({ A3: { documentReference: 'Plan!A2', textToDisplay: '=1 Safeguarding' } });
    expect(x.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
    });
    expect(x.formatLog).toEqual(
      expect.arrayContaining([
        { address: 'A:A', prop: 'columnWidth', value: 161.25 },
        { address: 'A2', prop: 'border.EdgeTop.style', value: 'Continuous' },
        { address: 'B2', prop: 'horizontalAlignment', value: 'Center' },
        { address: 'A1:B1', prop: 'font.size', value: 14 },
      ]),
    );
    // Only the new sheet's cells changed.
    expect(changedCells(before, snapshotCells(double.state)).every((k) => k.startsWith('RAG Summary!'))).toBe(
      true,
    );

    double.resetSyncCount();
    await host.apply([{ kind: 'writeSheet', spec: { ...spec('RAG summary 2'), state: 'hidden' } }]);
    expect(double.syncCount()).toBe(1);
    expect(double.unsupported).toEqual([]);
    expect(double.state.sheets.map((s) => s.name)).toEqual(['Plan', 'Notes', 'Locked', 'RAG Summary']);
    const again = findSheet(double.state, 'RAG Summary');
    expect(again.visibility).toBe('Hidden');
    expect(again.cells.A1.value).toBe('RAG summary 2');
    expect(again.cells.A4).toBeUndefined(); // the old, longer contents are gone
    expect(again.cells.A6).toBeUndefined();
    expect(again.merges).toEqual(['A1:B1']);
    expect(again.conditionalFormats).toHaveLength(1);
  });
});

describe('chunking for size', () => {
  test('300,000 cells with chunkCells 100,000 take three syncs, and the count is reported', async () => {
    const state = createWorkbookState([{ name: 'History' }]);
    const { double, host } = await readRig(state, { chunkCells: 100_000 });
    const values = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 100 }, (_, c) => r * 100 + c));
    await host.apply([{ kind: 'setValues', sheet: 'History', address: 'A1:CV3000', values }]);
    expect(double.syncCount()).toBe(3);
    expect(host.lastApplyReport()).toEqual({ syncs: 3, batches: 3, cellsWritten: 300_000, skipped: [] });
    const sheet = findSheet(double.state, 'History');
    expect(Object.keys(sheet.cells)).toHaveLength(300_000);
    expect(sheet.cells.CV3000).toEqual({ value: 299_999 });
  });

  test('below chunkCells several edits share one sync', async () => {
    const state = createWorkbookState([{ name: 'History' }]);
    const { double, host } = await readRig(state, { chunkCells: 100_000 });
    const block = Array.from({ length: 300 }, () => Array.from({ length: 100 }, () => 1));
    await host.apply([
      { kind: 'setValues', sheet: 'History', address: 'A1:CV300', values: block },
      { kind: 'setValues', sheet: 'History', address: 'A301:CV600', values: block },
    ]);
    expect(double.syncCount()).toBe(1);
  });
});

describe('errors', () => {
  test('a sheet the last read said is protected is refused before anything is sent', async () => {
    const { double, host } = await readRig(planState());
    const before = JSON.stringify(double.state);
    const error = await host
      .apply([
        { kind: 'setValues', sheet: 'Plan', address: 'A10', values: [['x']] },
        { kind: 'setValues', sheet: 'Locked', address: 'A1', values: [['x']] },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('protected');
    expect((error as HostError).message).toBe(
      'The sheet "Locked" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
    );
    expect(double.syncCount()).toBe(0);
    expect(JSON.stringify(double.state)).toBe(before);
  });

  test("Excel's AccessDenied (protected since the last read) becomes a 'protected' HostError", async () => {
    const { double, host } = await readRig(planState());
    findSheet(double.state, 'Notes').protected = true; // someone protected it after the read
    const before = JSON.stringify(double.state);
    const error = (await host
      .apply([{ kind: 'setValues', sheet: 'Notes', address: 'A1', values: [['x']] }])
      .catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('protected');
    expect(error.message).toMatch(
      /^The sheet "Notes" is protected\. Unprotect it \(Review > Unprotect Sheet\)/,
    );
    expect((error.cause as { code?: string }).code).toBe('AccessDenied');
    expect(double.syncCount()).toBe(1);
    expect(host.lastSyncCount()).toBe(0);
    expect(JSON.stringify(double.state)).toBe(before);
    // The host remembers: the next attempt is refused without a round trip.
    double.resetSyncCount();
    const again = (await host
      .apply([{ kind: 'setFill', sheet: 'Notes', address: 'A1', colour: '#FF0000' }])
      .catch((e: unknown) => e)) as HostError;
    expect(again.code).toBe('protected');
    expect(again.message).toMatch(/Nothing was changed\.$/);
    expect(double.syncCount()).toBe(0);
  });

  test('a sheet added by someone else since the read: conflict; a missing sheet: not-found', async () => {
    const { double, host } = await readRig(planState());
    double.state.sheets.push({
      ...cloneState(findSheet(double.state, 'Notes')),
      id: '{other}',
      name: 'RAG Summary',
    });
    const conflict = (await host
      .apply([{ kind: 'writeSheet', spec: { name: 'RAG Summary', rows: [[{ value: 'x' }]] } }])
      .catch((e: unknown) => e)) as HostError;
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/^A sheet with that name already exists/);
    expect((conflict.cause as { code?: string }).code).toBe('ItemAlreadyExists');
    expect(double.syncCount()).toBe(1);

    double.resetSyncCount();
    const missing = (await host
      .apply([{ kind: 'setValues', sheet: 'Gone', address: 'A1', values: [['x']] }])
      .catch((e: unknown) => e)) as HostError;
    expect(missing.code).toBe('not-found');
    expect(double.syncCount()).toBe(1);
  });

  test('apply before any read: one short pre-read of sheet names and protection, then the write', async () => {
    const { double, host } = rig(planState());
    const refused = (await host
      .apply([{ kind: 'setValues', sheet: 'Locked', address: 'A1', values: [['x']] }])
      .catch((e: unknown) => e)) as HostError;
    expect(refused.code).toBe('protected');
    expect(double.syncCount()).toBe(1); // the pre-read only
    expect(findSheet(double.state, 'Locked').cells.A1.value).toBe('Do not edit');
    double.resetSyncCount();
    await host.apply([{ kind: 'setValues', sheet: 'Plan', address: 'F1', values: [['Notes']] }]);
    expect(double.syncCount()).toBe(1);
  });
});

describe('an old Excel', () => {
  test('ExcelApi 1.7: drop-down lists are left out and reported, the rest applied', async () => {
    const { double, host } = await readRig(planState(), { maxApi: '1.7' });
    await host.apply([
      { kind: 'setValues', sheet: 'Plan', address: 'E4', values: [['Red']] },
      {
        kind: 'dataValidationList',
        sheet: 'Plan',
        address: 'E2:E50',
        source: ['Red', 'Amber', 'Green'],
        errorStyle: 'warning',
      },
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'E2:E50',
        tag: 'rag-colours',
        rule: { type: 'textEquals', text: 'Red' },
        fill: '#FFC7CE',
      },
    ]);
    expect(double.syncCount()).toBe(1);
    expect(host.lastApplyReport()?.skipped).toEqual(['drop-down list on Plan!E2:E50 (needs ExcelApi 1.8)']);
    const plan = findSheet(double.state, 'Plan');
    expect(plan.cells.E4.value).toBe('Red');
    expect(plan.dataValidations).toEqual([]);
    expect(plan.conditionalFormats).toHaveLength(1); // ExcelApi 1.6 is there
  });
});
