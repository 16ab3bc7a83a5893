/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * Correcting the column mapping in the Check view, through the preview's ExcelJS-backed PlanHost over
 * the Wirral example: one apply call that rewrites the state sheet with only the changed roles, the
 * view checking again with the corrected mapping, the mapping travelling with the saved workbook,
 * "Reset to detected", the spinner while saving and a host error shown as it is.
 */
import ExcelJS from 'exceljs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import { STATE_SHEET, type Edit } from '../../src/core/edits';
import { HostError } from '../../src/core/host';
import { readMappingOverrides } from '../../src/core/mapping-override';
import { CheckView } from '../../src/taskpane/views/CheckView';
import type { WorkbookHost } from '../../src/preview/workbook-host';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { button, engineOf, exampleHost as loadExample, renderPane } from '../support/render-pane';

const AS_OF = '2025-06-30';
const SHEET = 'Action plan';
const exampleHost = () => loadExample('wirral-action-plan-2010.xlsx');

async function renderCheck(host: WorkbookHost) {
  const view = renderPane(
    <CheckView
      engine={engineOf(host)}
      asOf={AS_OF}
      dueSoonDays={30}
      now={() => new Date(2025, 5, 30, 14, 32, 5)}
    />,
  );
  await screen.findByText(/^Last checked/);
  return view;
}

/** Opens the sheet's "Column mapping" section (the editor in it loads on demand). */
async function openMapping(): Promise<void> {
  const header = button(/^Column mapping/);
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  await screen.findByLabelText('Column for Reference');
}

function select(role: string): HTMLSelectElement {
  return screen.getByLabelText(`Column for ${role}`) as HTMLSelectElement;
}

/** The mapping table as 'Role=Letter' pairs. */
function shownMapping(): string[] {
  const table = screen.getByRole('table', { name: `Columns of ${SHEET}` });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = row.querySelectorAll('td');
      return `${cells[0].textContent}=${cells[1].textContent}`;
    });
}

const applyCalls = (spy: jest.SpyInstance) =>
  spy.mock.calls.map((call) => call[0] as Edit[]).filter((edits) => edits.some((e) => e.kind !== 'select'));

const DETECTED = [
  'Reference=A',
  'Objective=B',
  'Action=C',
  'Lead=D',
  'Deadline=E',
  'Progress=F',
  'Action RAG=G',
  'Ofsted reference=H',
];

describe('Mapping editor', () => {
  test('offers every role, pre-set to the detected columns, with the header texts and "(none)"', async () => {
    const host = await exampleHost();
    await renderCheck(host);
    await openMapping();
    expect(shownMapping()).toEqual(DETECTED);

    expect(select('Lead').value).toBe('D');
    expect(select('Action RAG').value).toBe('G');
    expect(select('Impact RAG').value).toBe('');
    expect(select('Evidence').value).toBe('');
    for (const role of [
      'Reference',
      'Objective and action',
      'Lead and deadline',
      'Success measures',
      'Impact',
    ])
      expect(select(role)).toBeTruthy();
    const options = Array.from(select('Impact RAG').options).map((o) => o.textContent);
    expect(options).toEqual([
      '(none)',
      'A · Ref',
      'B · Objective',
      'C · Action',
      'D · Lead officer',
      'E · Target date',
      'F · Progress update',
      'G · RAG status',
      'H · Ofsted ref',
    ]);
    // Nothing changed yet: nothing to save, nothing saved to reset.
    expect(button('Save mapping').disabled).toBe(true);
    expect(button('Reset to detected').disabled).toBe(true);
  });

  test('saving writes only the changed role to the state sheet in one apply call, and the check uses it', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    await openMapping();

    fireEvent.change(select('Impact RAG'), { target: { value: 'H' } });
    expect(select('Impact RAG').value).toBe('H');
    button('Save mapping').focus();
    fireEvent.click(button('Save mapping'));

    await waitFor(() => expect(shownMapping()).toContain('Impact RAG=H'));
    // Nothing left to save, so focus is on the line that says it was saved (not dropped to the page).
    expect(await screen.findByText('Column mapping saved in the workbook.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Column mapping saved in the workbook.'),
    );
    const calls = applyCalls(apply);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(1);
    const [edit] = calls[0];
    expect(edit.kind).toBe('writeSheet');
    if (edit.kind !== 'writeSheet') throw new Error('not a writeSheet');
    expect(edit.spec.name).toBe(STATE_SHEET);
    expect(edit.spec.state).toBe('hidden');
    expect(edit.spec.rows).toEqual([[{ value: `mapping:${SHEET}` }, { value: '{"impactRag":"H"}' }]]);

    // The view checked again: H is now the Impact RAG, so it no longer holds the Ofsted reference.
    expect(shownMapping()).toEqual([...DETECTED.slice(0, -1), 'Impact RAG=H']);
    expect(select('Impact RAG').value).toBe('H');
    expect(select('Ofsted reference').value).toBe('');
    expect(screen.getByText('This sheet uses a column mapping saved in the workbook.')).toBeTruthy();

    // The mapping travels with the workbook: save it, open it again, and the next check reads it.
    const buffer = await host.workbook.xlsx.writeBuffer();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(buffer);
    const snapshot = snapshotWorkbook(reopened);
    expect(readMappingOverrides(snapshot)).toEqual({ [SHEET]: { impactRag: 'H' } });
    const check = checkWorkbook(snapshot, { asOf: AS_OF });
    const plan = check.sheets.find((s) => s.plan.sheet === SHEET)!.plan;
    expect(plan.columns.find((c) => c.role === 'impactRag')?.letter).toBe('H');
    expect(readMappingOverrides(await host.readWorkbook())).toEqual({ [SHEET]: { impactRag: 'H' } });
  });

  test('a second correction keeps the first; "(none)" drops a column; reset goes back to the detected mapping', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    await openMapping();

    fireEvent.change(select('Impact RAG'), { target: { value: 'H' } });
    fireEvent.click(button('Save mapping'));
    await waitFor(() => expect(shownMapping()).toContain('Impact RAG=H'));

    fireEvent.change(select('Progress'), { target: { value: '' } });
    fireEvent.click(button('Save mapping'));
    await waitFor(() => expect(shownMapping()).not.toContain('Progress=F'));
    expect(readMappingOverrides(await host.readWorkbook())).toEqual({
      [SHEET]: { progress: '', impactRag: 'H' },
    });

    fireEvent.click(button('Reset to detected'));
    await waitFor(() => expect(shownMapping()).toEqual(DETECTED));
    expect(readMappingOverrides(await host.readWorkbook())).toEqual({});
    expect(applyCalls(apply)).toHaveLength(3);
    expect(button('Reset to detected').disabled).toBe(true);
  });

  test('"Reset to detected" with nothing saved only undoes the unsaved choices', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    await openMapping();
    fireEvent.change(select('Lead'), { target: { value: 'C' } });
    expect(button('Save mapping').disabled).toBe(false);
    fireEvent.click(button('Reset to detected'));
    expect(select('Lead').value).toBe('D');
    expect(button('Save mapping').disabled).toBe(true);
    expect(applyCalls(apply)).toHaveLength(0);
  });

  test('shows a spinner while saving, and a HostError as it is when the save fails', async () => {
    const host = await exampleHost();
    const message = 'The sheet is protected. Unprotect it in Excel and try again.';
    let fail: (e: unknown) => void = () => undefined;
    jest.spyOn(host, 'apply').mockImplementation(
      (edits) =>
        new Promise<void>((_resolve, reject) => {
          if (edits.some((e) => e.kind !== 'select')) fail = reject;
        }),
    );
    await renderCheck(host);
    await openMapping();
    fireEvent.change(select('Impact RAG'), { target: { value: 'H' } });
    fireEvent.click(button('Save mapping'));

    expect(await screen.findByText('Saving the mapping…')).toBeTruthy();
    // Disabled but still focusable, so focus stays where the officer was while it saves.
    expect(button('Save mapping').getAttribute('aria-disabled')).toBe('true');
    expect(select('Impact RAG').disabled).toBe(true);

    fail(new HostError(message, 'protected'));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText('Saving the mapping…')).toBeNull();
    // The choice is kept so the officer can try again, and nothing was saved.
    expect(select('Impact RAG').value).toBe('H');
    expect(button('Save mapping').disabled).toBe(false);
    expect(button('Save mapping').getAttribute('aria-disabled')).not.toBe('true');
    expect(shownMapping()).toEqual(DETECTED);
    expect(readMappingOverrides(await host.readWorkbook())).toEqual({});
  });
});
