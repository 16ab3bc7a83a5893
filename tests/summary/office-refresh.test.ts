/**
 * Refresh RAG summary through the Office.js adapter, on the strict Excel double (Microsoft's own client
 * library): a banded read, one write sync, the tracker's sheets created, and no user cell changed.
 */
import { join } from 'node:path';
import { refreshOn } from '../../src/commands/refresh';
import { TRACKER_SHEETS } from '../../src/core/check';
import { createExcelHost } from '../../src/excel/excel-host';
import { createExcelDouble } from '../excel-double';
import { sheetExtras } from '../excel-double/backend';
import { changedCells, snapshotCells, stateFromXlsx } from '../excel-double/workbook-state';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'wirral-action-plan-2010.xlsx');

describe('Refresh RAG summary in Excel', () => {
  it('takes a two-sync read and one write sync and touches only the tracker sheets', async () => {
    const double = createExcelDouble(await stateFromXlsx(EXAMPLE));
    const before = snapshotCells(double.state);
    const host = createExcelHost({ Excel: double.Excel, isSetSupported: () => true });

    const message = await refreshOn(host, new Date(2010, 9, 1, 9, 30));

    // The used ranges, every cell (no sheet is longer than the first band), then one write.
    expect(double.syncCount()).toBe(3);
    expect(double.unsupported).toEqual([]);
    expect(message).toMatch(/^RAG Summary refreshed: 14 actions/);
    const names = double.state.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['RAG Summary', 'RAG History', 'PlanTracker State']));
    const summarySheet = double.state.sheets.find((s) => s.name === 'RAG Summary')!;
    expect(summarySheet.merges).toEqual([]); // no merged cells: Excel reads at most 512 per call
    expect(sheetExtras(summarySheet).charts?.map((c) => [c.name, c.type])).toEqual([
      ['RAG by theme', 'BarStacked'],
      ['RAG trend', 'Line'],
    ]);
    const changed = changedCells(before, snapshotCells(double.state));
    expect(changed.length).toBeGreaterThan(50);
    expect(changed.filter((k) => !TRACKER_SHEETS.includes(k.split('!')[0]))).toEqual([]);
  });

  it('a second refresh reads back the first one and reports movement', async () => {
    const double = createExcelDouble(await stateFromXlsx(EXAMPLE));
    const host = createExcelHost({ Excel: double.Excel, isSetSupported: () => true });
    await refreshOn(host, new Date(2010, 9, 1, 9, 30));
    double.resetSyncCount();
    const message = await refreshOn(host, new Date(2010, 10, 1, 9, 30));
    // The tracker's sheets are read too (RAG Summary is 60 rows or fewer here): the same three syncs.
    expect(double.syncCount()).toBe(3);
    expect(message).toMatch(/0 action\(s\) changed since the last refresh/);
    expect(double.state.sheets.filter((s) => s.name === 'RAG Summary')).toHaveLength(1);
  });
});
