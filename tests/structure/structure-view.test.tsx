/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** A smoke test of the Structure view against a fake host: one apply per button, errors shown as they are. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import type { Edit } from '../../src/core/edits';
import { HostError, type PlanHost } from '../../src/core/host';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { StructureView } from '../../src/taskpane/views/StructureView';
import { sheetFrom } from '../support/sheet';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
configure({ defaultHidden: true });

const workbook: WorkbookSnapshot = {
  sheets: [
    sheetFrom('Plan', [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', 'Objective: Improve'],
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

function renderView(host: PlanHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StructureView host={host} asOf="2013-11-15" />
    </FluentProvider>,
  );
}

it('applies the RAG dropdowns and colours in one call and says so', async () => {
  const host = fakeHost();
  renderView(host);
  const button = await screen.findByLabelText(/Apply RAG dropdowns and colours/);
  await screen.findByText(/Choose an objective/);
  fireEvent.click(button);
  await screen.findByText(/now offer Red, Amber, Green and Blue/);
  expect(host.applied).toHaveLength(1);
  expect(host.applied[0].filter((e) => e.kind === 'dataValidationList')).toMatchObject([
    { address: 'E3:E4' },
  ]);
});

it('shows a host error as it is', async () => {
  const host = fakeHost(new HostError('The sheet "Plan" is protected.', 'protected'));
  renderView(host);
  await screen.findByText(/Choose an objective/);
  fireEvent.click(screen.getByLabelText('Mark overdue deadlines'));
  await screen.findByText('The sheet "Plan" is protected.');
});
