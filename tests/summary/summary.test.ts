/**
 * Refresh RAG summary on the example workbooks: the numbers, the movement between two refreshes of
 * edited copies, and that nothing outside the tracker's own sheets changes.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRACKER_SHEETS } from '../../src/core/check';
import { refreshSummary, summaryToJson } from '../../src/core/summary-sheets';
import { loadWorkbookBytes } from '../../src/xlsx/open-workbook';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { buildExamples } from '../../scripts/build-examples';

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-summary-'));
  const built = await buildExamples(dir);
  files = Object.fromEntries(built.map((f) => [f.split('/').pop()!.replace('.xlsx', ''), f]));
}, 60_000);

async function snapshotOf(bytes: Uint8Array) {
  return snapshotWorkbook(await loadWorkbookBytes(bytes, 'test.xlsx'));
}

/** Every cell of every sheet that is not the tracker's, as text, for before/after comparison. */
async function userCells(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (TRACKER_SHEETS.includes(ws.name)) return;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out[`${ws.name}!${cell.address}`] = JSON.stringify([
          cell.value,
          cell.numFmt,
          cell.fill ?? null,
          cell.font ?? null,
        ]);
      }),
    );
  });
  return out;
}

describe('RAG summary numbers', () => {
  it('Worcestershire as of 1 October 2010: counts by Action RAG match the plan as read', async () => {
    const bytes = await readFile(files['worcestershire-priority-plan']);
    const { summary } = refreshSummary(await snapshotOf(bytes), '2010-10-01', '2010-10-01 09:00');
    // Typed and colour-only ratings from examples/README.md: 3 red, 9 amber, 8 green, 2 blue, 1 unrated.
    expect(summary.totals).toEqual({
      actions: 23,
      red: 3,
      amber: 9,
      green: 8,
      blue: 2,
      unrated: 1,
      invalid: 0,
      overdue: 6,
    });
    expect(summary.percentComplete).toBe(8.7);
    expect(summary.percentOnTrack).toBe(43.5);
    expect(summary.exceptions.red.map((e) => e.ref)).toEqual(['1.1', '3.2', '6.2']);
    expect(summary.exceptions.incomplete.map((e) => e.ref)).toEqual(['4.2', '5.1', '6.2', '7.1', '7.2']);
    expect(summary.byTheme).toHaveLength(1);
    expect(summary.byTheme[0].objectives.map((o) => o.ref)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    const sum = summary.byTheme[0].objectives.reduce(
      (n, o) => n + o.counts.red + o.counts.amber + o.counts.green + o.counts.blue + o.counts.unrated,
      0,
    );
    expect(sum).toBe(22); // the orphan action 0.1 sits under no objective
    expect(summary.movement).toEqual([]);
  });

  it('Walsall: 27 actions, all "not a rating", 12 answering Ofsted, two overdue at the end of September 2013', async () => {
    const bytes = await readFile(files['walsall-sip-phase2']);
    const { summary } = refreshSummary(await snapshotOf(bytes), '2013-09-30', '2013-09-30 09:00');
    expect(summary.totals).toMatchObject({ actions: 27, invalid: 27, overdue: 2 });
    expect(summary.ofsted.actions).toBe(12);
    expect(summary.byTheme.map((t) => t.objectives.length)).toEqual([3, 3, 3]);
    expect(summary.exceptions.overdue.map((e) => e.ref)).toEqual(['2.1.3', '3.3.2']);
    const json = summaryToJson(summary) as {
      totals: Record<string, number>;
      exceptions: { overdue: string[] };
    };
    expect(json.totals).toEqual({
      actions: 27,
      red: 0,
      amber: 0,
      green: 0,
      blue: 0,
      unrated: 0,
      invalid: 27,
      overdue: 2,
    });
    expect(json.exceptions.overdue).toEqual(['2.1.3', '3.3.2']);
  });
});

describe('refreshing a copy twice', () => {
  it('records movement since the last refresh, keeps history, and changes no user cell', async () => {
    const original = await readFile(files['wirral-action-plan-2010']);
    const first = await writeSheetsIntoPackage(
      original,
      refreshSummary(await snapshotOf(original), '2010-10-01', '2010-10-01 09:00').specs,
    );
    expect(await userCells(first)).toEqual(await userCells(original));

    // An officer edits the plan: 1.1 Green → Red, 2.1 Red → Amber, a new action 4.4.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(first) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Action plan')!;
    const rowOf = (ref: string) => ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).text === ref)!;
    rowOf('1.1').getCell(7).value = 'Red';
    rowOf('2.1').getCell(7).value = 'Amber';
    const last = rowOf('4.3');
    const added = ws.insertRow(last.number + 1, [
      '4.4',
      last.getCell(2).text,
      'Publish the audit',
      'Helen Ward',
      '31/03/2011',
      '',
      'Green',
      'R4',
    ]);
    expect(added.number).toBe(last.number + 1);
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    await writeFile(join(dir, 'edited.xlsx'), edited);

    const second = refreshSummary(await snapshotOf(edited), '2010-11-01', '2010-11-01 09:00');
    expect(second.summary.movement).toEqual([
      { sheet: 'Action plan', ref: '1.1', from: 'green', to: 'red', direction: 'down' },
      { sheet: 'Action plan', ref: '2.1', from: 'red', to: 'amber', direction: 'up' },
      { sheet: 'Action plan', ref: '4.4', from: null, to: 'green', direction: 'new' },
    ]);
    expect(second.summary.previous).toMatchObject({ actions: 14 });
    expect(second.summary.totals.actions).toBe(15);

    const out = await writeSheetsIntoPackage(edited, second.specs);
    expect(await userCells(out)).toEqual(await userCells(edited));
    const after = await snapshotOf(out);
    const history = after.sheets.find((s) => s.name === 'RAG History')!;
    expect(history.rows.slice(1).map((r) => [r[0]?.text, r[2]?.value])).toEqual([
      ['2010-10-01 09:00', 14],
      ['2010-11-01 09:00', 15],
    ]);
    const summarySheet = after.sheets.find((s) => s.name === 'RAG Summary')!;
    const texts = summarySheet.rows.flatMap((r) => r.map((c) => c?.text ?? ''));
    expect(texts).toContain('↓ worse');
    expect(texts).toContain('↑ better');
    expect(after.sheets.filter((s) => s.name === 'RAG Summary')).toHaveLength(1);
    expect(after.sheets.find((s) => s.name === 'PlanTracker State')?.hidden).toBe(true);
  }, 60_000);

  it('writes plan text as text, never as a formula', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Ref', 'Action', 'Lead', 'Deadline', 'RAG']);
    ws.addRow(['1', 'Objective: Improve']);
    ws.addRow(['1.1', '=HYPERLINK("http://example.org")', 'Jo Bloggs', '31/10/2010', 'Red']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await writeSheetsIntoPackage(
      bytes,
      refreshSummary(await snapshotOf(bytes), '2010-12-01', '2010-12-01 09:00').specs,
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    back.getWorksheet('RAG Summary')!.eachRow((row) => row.eachCell((c) => void cells.push(c)));
    const cell = cells.find((c) => String(c.value).includes('=HYPERLINK'))!;
    expect(cell.value).toBe('1.1 =HYPERLINK("http://example.org")');
    expect(cell.formula).toBeUndefined();
  });
});
