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
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import { STATE_SHEET, type Edit } from '../../src/core/edits';
import { HostError } from '../../src/core/host';
import { readMappingOverrides } from '../../src/core/mapping-override';
import { readStatusMapping } from '../../src/core/status-mapping';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { createWorkbookHost } from '../../src/preview/workbook-host';
import { button, engineOf, renderPane } from '../support/render-pane';

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

test('offers the Milestone column as the deadline, and maps an unknown status word, saving both in the workbook', async () => {
  const host = createWorkbookHost(plan());
  const apply = jest.spyOn(host, 'apply');
  renderPane(
    <CheckView
      engine={engineOf(host)}
      asOf={AS_OF}
      dueSoonDays={30}
      now={() => new Date(2025, 5, 30, 9, 0, 0)}
    />,
  );
  await screen.findByText(/^Last checked/);
  expect(screen.getByText(/No column is headed as the/).textContent).toContain(
    'Column D ("Milestone") holds dates',
  );

  const use = button('Use column D as the deadline');
  use.focus();
  fireEvent.click(use);
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  const [saved] = apply.mock.calls[0][0] as Edit[];
  expect(saved.kind === 'writeSheet' && saved.spec.name).toBe(STATE_SHEET);
  await waitFor(() => expect(screen.queryByText('Use column D as the deadline')).toBeNull());
  // The button has gone with its suggestion: focus is on the line that says what happened.
  const note = await screen.findByText('Column D is now read as the deadline, and saved in the workbook.');
  await waitFor(() => expect(document.activeElement).toBe(note.closest('[tabindex="-1"]')));
  let snapshot = await host.readWorkbook();
  expect(readMappingOverrides(snapshot)).toEqual({ 'P1 Front door': { deadline: 'D' } });
  // Now the deadlines are read: P1.1 is overdue.
  expect(
    checkWorkbook(snapshot, { asOf: AS_OF }).sheets[0].findings.map((f) => `${f.rule}@${f.cell}`),
  ).toContain('overdue@D2');

  fireEvent.click(button(/^Status words \(1 not known\)/));
  // The section's inside loads when it is first opened.
  fireEvent.change(await screen.findByLabelText('Rating for "In progress"'), { target: { value: 'amber' } });
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

  // The council's word is listed as the workbook's own, and can be forgotten (one more write).
  screen.getByText('Status words saved in the workbook.');
  fireEvent.click(screen.getByLabelText('Forget "in progress"'));
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(3));
  await screen.findByText(/^Status words \(1 not known\)/);
  snapshot = await host.readWorkbook();
  expect(readStatusMapping(snapshot)).toEqual({});
  expect(readMappingOverrides(snapshot)).toEqual({ 'P1 Front door': { deadline: 'D' } });
}, 60_000);

test("a column that cannot be saved says why, in the host's own words", async () => {
  const host = createWorkbookHost(plan());
  const message = 'The workbook is protected. Unprotect it (Review > Protect Workbook) and try again.';
  jest.spyOn(host, 'apply').mockRejectedValue(new HostError(message, 'protected'));
  renderPane(<CheckView engine={engineOf(host)} asOf={AS_OF} dueSoonDays={30} />);
  await screen.findByText(/^Last checked/);
  fireEvent.click(button('Use column D as the deadline'));
  const shown = await screen.findByText(message);
  expect(shown.textContent).toBe(`Column not saved${message}`);
  // Nothing was saved, so the suggestion is still offered.
  button('Use column D as the deadline');
  expect(readMappingOverrides(await host.readWorkbook())).toEqual({});
}, 60_000);
