/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * Issue 9 in the Check view, through the preview's ExcelJS-backed PlanHost: a deadline column the header
 * does not name is offered in one click ("Use column D as the deadline"), and a status word the tracker
 * does not know is given its rating; both are saved in the workbook's hidden state sheet, and the view
 * checks again with them.
 */
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import { STATE_SHEET, type Edit } from '../../src/core/edits';
import { readMappingOverrides } from '../../src/core/mapping-override';
import { readStatusMapping } from '../../src/core/status-mapping';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { createWorkbookHost } from '../../src/preview/workbook-host';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
configure({ defaultHidden: true });

const AS_OF = '2025-06-30';

function plan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('P1 Front door');
  ws.addRow(['Ref', 'Action', 'Owner', 'Milestone', 'Status']);
  ws.addRow(['P1.1', 'Triage every contact within a day', 'Jo Bloggs', '31/03/2025', 'In progress']);
  ws.addRow(['P1.2', 'Audit threshold decisions', 'Sam Patel', '30/09/2025', 'On track']);
  ws.addRow(['P1.3', 'Publish the front-door guide', 'Ali Khan', '31/12/2025', 'In progress']);
  return wb;
}

function button(text: string | RegExp): HTMLButtonElement {
  const found = screen.getByText(text, { ignore: 'script, style, span.fui-Badge' });
  return found.closest('button') as HTMLButtonElement;
}

test('offers the Milestone column as the deadline, and maps an unknown status word, saving both in the workbook', async () => {
  const host = createWorkbookHost(plan());
  const apply = jest.spyOn(host, 'apply');
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} asOf={AS_OF} now={() => new Date(2025, 5, 30, 9, 0, 0)} />
    </FluentProvider>,
  );
  await screen.findByText(/^Last checked/);
  expect(screen.getByText(/No column is headed as the/).textContent).toContain(
    'Column D ("Milestone") holds dates',
  );

  fireEvent.click(button('Use column D as the deadline'));
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  const [saved] = apply.mock.calls[0][0] as Edit[];
  expect(saved.kind === 'writeSheet' && saved.spec.name).toBe(STATE_SHEET);
  await waitFor(() => expect(screen.queryByText('Use column D as the deadline')).toBeNull());
  let snapshot = await host.readWorkbook();
  expect(readMappingOverrides(snapshot)).toEqual({ 'P1 Front door': { deadline: 'D' } });
  // Now the deadlines are read: P1.1 is overdue.
  expect(
    checkWorkbook(snapshot, { asOf: AS_OF }).sheets[0].findings.map((f) => `${f.rule}@${f.cell}`),
  ).toContain('overdue@D2');

  fireEvent.click(button(/^Status words \(1 not known\)/));
  fireEvent.change(screen.getByLabelText('Rating for "In progress"'), { target: { value: 'amber' } });
  fireEvent.click(button('Save status words'));
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(2));
  await waitFor(() => expect(screen.queryByText(/not known/)).toBeNull());
  snapshot = await host.readWorkbook();
  expect(readStatusMapping(snapshot)).toEqual({ 'in progress': 'amber' });
  // The column mapping saved before is kept beside the status words.
  expect(readMappingOverrides(snapshot)).toEqual({ 'P1 Front door': { deadline: 'D' } });
  const check = checkWorkbook(snapshot, { asOf: AS_OF });
  expect(check.sheets[0].plan.actions.map((a) => a.actionRag.rating)).toEqual(['amber', 'green', 'amber']);
  expect(check.sheets[0].findings.some((f) => f.rule === 'invalid-rag')).toBe(false);
}, 60_000);
