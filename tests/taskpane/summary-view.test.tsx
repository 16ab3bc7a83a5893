/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Summary view: the refresh through the engine, the figures it shows (the due-soon count among them),
 * the step of work that takes over a second, and focus kept on the button.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { refreshSummary, summaryToJson } from '../../src/core/summary-sheets';
import { createWorkbookHost } from '../../src/preview/workbook-host';
import type { PaneEngine } from '../../src/taskpane/engine/engine';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { EXAMPLES, button, engineOf, exampleHost, renderPane } from '../support/render-pane';

test('refreshes the summary and shows its figures, as the summary itself counts them', async () => {
  const host = await exampleHost('wirral-action-plan-2010.xlsx');
  renderPane(<SummaryView engine={engineOf(host)} asOf="2010-10-01" dueSoonDays={60} />);
  const refresh = button('Refresh RAG summary');
  refresh.focus();
  fireEvent.click(refresh);
  await screen.findByText(/^14 actions — Red \d+/);
  // The sheet written holds the same figures the tiles show.
  const expected = summaryToJson(
    refreshSummary(await host.readWorkbook(), '2010-10-01', '2010-10-01 09:00', { dueSoonDays: 60 }).summary,
  ) as { totals: Record<string, number>; exceptions: { dueSoon: string[] } };
  const tiles = Object.fromEntries(
    Array.from(document.querySelectorAll('dl[aria-label="Headline figures"] > div')).map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]),
  );
  expect(tiles).toMatchObject({
    Actions: String(expected.totals.actions),
    Red: String(expected.totals.red),
    Overdue: String(expected.totals.overdue),
    'Due in 60 days': String(expected.exceptions.dueSoon.length),
  });
  expect(host.selection()).toEqual({ sheet: 'RAG Summary', address: 'A1' });
  await waitFor(() => expect(document.activeElement).toBe(refresh));
});

test('work that takes over a second says which step it is on', async () => {
  let finish: () => void = () => undefined;
  const slow: PaneEngine = {
    unavailableFeatures: () => [],
    run: (async (_name: string, _args: unknown, onProgress?: (step: string) => void) => {
      onProgress?.('Reading the workbook…');
      await new Promise<void>((done) => (finish = done));
      return {
        message: 'RAG Summary refreshed: 1 actions — Red 0',
        actions: 1,
        red: 0,
        amber: 0,
        green: 1,
        blue: 0,
        overdue: 0,
        dueSoon: 0,
        dueSoonDays: 30,
        percentComplete: 0,
      };
    }) as PaneEngine['run'],
  };
  renderPane(<SummaryView engine={slow} asOf="2025-06-30" dueSoonDays={30} />);
  fireEvent.click(button('Refresh RAG summary'));
  expect(await screen.findByText('Refresh RAG summary…')).toBeTruthy();
  expect(screen.queryByText(/Reading the workbook/)).toBeNull();
  expect(
    await screen.findByText('Refresh RAG summary: Reading the workbook…', undefined, { timeout: 3000 }),
  ).toBeTruthy();
  finish();
  await screen.findByText('1 actions — Red 0');
});

test("a user's own sheet called RAG Summary is left alone: the tracker's is selected and named", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    readFileSync(join(EXAMPLES, 'wirral-action-plan-2010.xlsx')) as unknown as ArrayBuffer,
  );
  const own = workbook.addWorksheet('RAG Summary');
  own.getCell('A1').value = 'Notes for the board, typed by hand';
  const host = createWorkbookHost(workbook);
  renderPane(<SummaryView engine={engineOf(host)} asOf="2010-10-01" dueSoonDays={30} />);
  fireEvent.click(button('Refresh RAG summary'));
  await screen.findByText(/^14 actions — Red \d+/);
  expect(screen.getByTestId('outcome').textContent).toContain(
    'Your own sheet "RAG Summary" was left as it is; the tracker\'s RAG Summary sheet is "RAG Summary (2)".',
  );
  expect(host.selection()).toEqual({ sheet: 'RAG Summary (2)', address: 'A1' });
  const after = await host.readWorkbook();
  const kept = after.sheets.find((s) => s.name === 'RAG Summary')!;
  expect(kept.rows[0]?.[0]?.value).toBe('Notes for the board, typed by hand');
});
