/**
 * The pane's tasks on a workbook that has none of the tracker's sheets yet (as every example is), on both
 * hosts the pane runs on: the preview's in-page workbook and the Office.js adapter over the strict Excel
 * double. Refresh RAG summary (twice), New plan sheet and every other Structure command must work on a
 * first try. (Both used to fail in the preview: the host checked "select the new sheet" before the edit
 * that creates it.)
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { PlanHost } from '../../src/core/host';
import { trackerSheetNames } from '../../src/core/tracker-sheets';
import { createExcelHost } from '../../src/excel/excel-host';
import { createWorkbookHost } from '../../src/preview/workbook-host';
import type { StructureActionId } from '../../src/taskpane/engine/structure-actions';
import { runTask, type TaskArgs, type TaskName, type TaskResult } from '../../src/taskpane/engine/tasks';
import { createExcelDouble, stateFromXlsx } from '../excel-double';

const EXAMPLES = join(__dirname, '../../examples');
const AS_OF = '2013-09-30';

interface Rig {
  host: PlanHost;
  /** The selected sheet and cell, as the host keeps it. */
  selection(): { sheet: string; address: string } | null;
  /** Anything the host could not do (the double lists calls it does not support). */
  unsupported(): string[];
}

async function previewRig(file: string): Promise<Rig> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(EXAMPLES, file));
  const host = createWorkbookHost(workbook);
  return { host, selection: () => host.selection(), unsupported: () => [] };
}

async function excelRig(file: string): Promise<Rig> {
  const double = createExcelDouble(await stateFromXlsx(join(EXAMPLES, file)));
  const host = createExcelHost({ Excel: double.Excel, isSetSupported: () => true });
  return {
    host,
    selection: () => {
      const { sheetId, address } = double.state.selection;
      const sheet = double.state.sheets.find((s) => s.id === sheetId);
      return sheet ? { sheet: sheet.name, address: address.replace(/\$/g, '') } : null;
    },
    unsupported: () => double.unsupported,
  };
}

function run<K extends TaskName>(host: PlanHost, name: K, args: TaskArgs<K>): Promise<TaskResult<K>> {
  return runTask(name, { host, progress: () => undefined }, args);
}

describe.each([
  ['the preview host', previewRig],
  ['the Excel adapter (strict double)', excelRig],
])('%s, from a workbook without any tracker sheet', (_name, makeRig) => {
  test.each(['wirral-action-plan-2010.xlsx', 'worcestershire-priority-plan.xlsx', 'walsall-sip-phase2.xlsx'])(
    'Refresh RAG summary twice (%s)',
    async (file) => {
      const rig = await makeRig(file);
      expect([...trackerSheetNames(await rig.host.readWorkbook())]).toEqual([]);
      const first = await run(rig.host, 'refreshSummary', { asOf: AS_OF, refreshedAt: '2013-09-30 09:00' });
      expect(first.message).toMatch(/^RAG Summary refreshed: \d+ actions/);
      expect(rig.selection()).toMatchObject({ sheet: 'RAG Summary', address: 'A1' });
      const second = await run(rig.host, 'refreshSummary', { asOf: AS_OF, refreshedAt: '2013-10-01 09:00' });
      expect(second.message).toMatch(/0 action\(s\) changed since the last refresh/);
      expect(second.actions).toBe(first.actions);
      const names = (await rig.host.readWorkbook()).sheets.map((s) => s.name);
      expect(names.filter((n) => n === 'RAG Summary')).toHaveLength(1);
      expect([...trackerSheetNames(await rig.host.readWorkbook())].sort()).toEqual([
        'PlanTracker State',
        'RAG History',
        'RAG Summary',
      ]);
      expect(rig.unsupported()).toEqual([]);
    },
  );

  test('New plan sheet makes a sheet the next check reads as a plan, and selects it', async () => {
    const rig = await makeRig('wirral-action-plan-2010.xlsx');
    const before = await run(rig.host, 'check', { asOf: AS_OF });
    const result = await run(rig.host, 'structure', {
      action: 'newPlanSheet',
      request: { asOf: AS_OF, newName: 'Plan 2025' },
    });
    expect(result.intent).toBe('success');
    expect(result.plans.map((p) => p.sheet)).toEqual([...before.sheets.map((s) => s.sheet), 'Plan 2025']);
    expect(rig.selection()).toMatchObject({ sheet: 'Plan 2025', address: 'B4' });
    const after = await run(rig.host, 'check', { asOf: AS_OF });
    expect(after.sheets.find((s) => s.sheet === 'Plan 2025')?.counts).toEqual({
      themes: 0,
      objectives: 1,
      actions: 1,
    });
    expect(rig.unsupported()).toEqual([]);
  });

  test('every other Structure command works on the plan sheet, each saying what it did', async () => {
    const rig = await makeRig('worcestershire-priority-plan.xlsx');
    const [plan] = await run(rig.host, 'structurePlans', { asOf: AS_OF });
    const objectiveRef = plan.objectives[1].ref;
    const actions: StructureActionId[] = [
      'ragDropdowns',
      'overdueMarks',
      'freezeHeader',
      'missingColumns',
      'insertAction',
    ];
    const done: string[] = [];
    for (const action of actions) {
      const result = await run(rig.host, 'structure', {
        action,
        request: { asOf: AS_OF, sheet: plan.sheet, objectiveRef },
      });
      done.push(result.done);
    }
    expect(done[0]).toMatch(/now offer Red, Amber, Green and Blue/);
    expect(done[1]).toMatch(/^\d+ overdue deadlines? marked|^No deadline has passed/);
    expect(done[2]).toBe('Rows 1 to 3 stay in view while you scroll.');
    expect(done[3]).toMatch(/^Added the header|^The plan already has every column/);
    expect(done[4]).toMatch(
      new RegExp(`^Added action ${objectiveRef.replace('.', '\\.')}\\.\\d+ in row \\d+`),
    );
    expect(rig.unsupported()).toEqual([]);
  });
});
