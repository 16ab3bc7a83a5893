/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Structure view against a small plan: one apply per button, the officer's own words when Excel
 * refuses, a fault in the tool said as one, the objective list never cut mid-word, and focus kept.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Edit } from '../../src/core/edits';
import { HostError, type PlanHost } from '../../src/core/host';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { localEngine } from '../../src/taskpane/engine/engine';
import { FAULT_MESSAGE } from '../../src/taskpane/messages';
import { StructureView } from '../../src/taskpane/views/StructureView';
import { button, renderPane } from '../support/render-pane';
import { sheetFrom } from '../support/sheet';

const LONG_TITLE =
  'Improve the quality and timeliness of assessments so that children in need receive the right help at the right time';

const workbook: WorkbookSnapshot = {
  sheets: [
    sheetFrom('Plan', [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', `Objective: ${LONG_TITLE}`],
      ['1.1', 'First', 'Jo', '31/10/2013', 'Green'],
      ['1.2', 'Second', 'Jo', '31/12/2013', 'g'],
    ]),
  ],
};

function fakeHost(fail?: Error): PlanHost & { applied: Edit[][] } {
  const applied: Edit[][] = [];
  return {
    applied,
    readWorkbook: async () => workbook,
    apply: async (edits) => {
      if (fail) throw fail;
      applied.push(edits);
    },
    unavailableFeatures: () => [],
  };
}

async function renderView(host: PlanHost) {
  renderPane(<StructureView engine={localEngine(host)} asOf="2013-11-15" dueSoonDays={30} />);
  await screen.findByText(/Choose an objective/);
}

it('applies the RAG dropdowns and colours in one call, says so, and keeps focus on the button', async () => {
  const host = fakeHost();
  await renderView(host);
  const apply = button('Apply RAG dropdowns and colours');
  // The button's name is its visible text (voice control users say what they see).
  expect(apply.getAttribute('aria-label')).toBeNull();
  apply.focus();
  fireEvent.click(apply);
  await screen.findByText(/now offer Red, Amber, Green and Blue/);
  expect(host.applied).toHaveLength(1);
  expect(host.applied[0].filter((e) => e.kind === 'dataValidationList')).toMatchObject([
    { address: 'E3:E4' },
  ]);
  await waitFor(() => expect(document.activeElement).toBe(apply));
});

it('shows a host error as it is', async () => {
  const host = fakeHost(new HostError('The sheet "Plan" is protected.', 'protected'));
  await renderView(host);
  fireEvent.click(button('Mark overdue deadlines'));
  const shown = await screen.findByText('The sheet "Plan" is protected.');
  expect(shown.textContent).toBe('Mark overdue deadlines: not doneThe sheet "Plan" is protected.');
});

it('says a fault in the tool is one, without its technical message', async () => {
  const host = fakeHost(new TypeError("Cannot read properties of undefined (reading 'sheet')"));
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await renderView(host);
  fireEvent.click(button('Freeze header row'));
  expect(await screen.findByText(FAULT_MESSAGE, { exact: false })).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/Cannot read properties/);
  expect(quiet).toHaveBeenCalled();
  quiet.mockRestore();
});

it('lists objectives by whole words, and inserts an action under the chosen one', async () => {
  const host = fakeHost();
  await renderView(host);
  fireEvent.click(screen.getByRole('combobox', { name: 'Objective' }));
  const option = await screen.findByRole('option', { name: /^1 Improve/ });
  const shown = option.textContent!;
  expect(shown.endsWith('…')).toBe(true);
  // Cut at a word: what is left before the ellipsis is a start of the title, ending on a whole word.
  const kept = shown.slice(2, -1);
  expect(LONG_TITLE.startsWith(kept)).toBe(true);
  expect(LONG_TITLE[kept.length]).toBe(' ');
  fireEvent.click(option);
  fireEvent.click(button('Insert action'));
  await screen.findByText('Added action 1.3 in row 5. Type the action, lead, deadline and rating.');
  expect(host.applied[0].map((e) => e.kind)).toEqual([
    'insertRows',
    'setNumberFormat',
    'setValues',
    'select',
  ]);
});
