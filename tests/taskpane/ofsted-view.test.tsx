/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Ofsted view on the Walsall plan with the 2013 report pasted in: recommendations read, links
 * shown, a link accepted and stored in the workbook, highlights added and removed through the host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Edit } from '../../src/core/edits';
import { OfstedView } from '../../src/taskpane/views/OfstedView';
import { createWorkbookHost } from '../../src/preview/workbook-host';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
configure({ defaultHidden: true });

const PLAN = readFileSync(join(__dirname, '../../examples/walsall-sip-phase2.xlsx'));
const REPORT = readFileSync(join(__dirname, '../../../shared/seeds/001_417503daf9182b66.txt'), 'utf8');

function buttonNamed(text: string): HTMLButtonElement {
  return screen.getByText(text, { selector: 'button, button *' }).closest('button') as HTMLButtonElement;
}

test('reads the pasted report, accepts a link and highlights through one apply each', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(PLAN as unknown as ArrayBuffer);
  const host = createWorkbookHost(workbook);
  const apply = jest.spyOn(host, 'apply');
  render(
    <FluentProvider theme={webLightTheme}>
      <OfstedView host={host} asOf="2013-09-30" />
    </FluentProvider>,
  );

  fireEvent.change(screen.getByLabelText('Ofsted report text'), { target: { value: REPORT } });
  fireEvent.click(buttonNamed('Read report'));
  await screen.findByText(/Walsall: 11\s+recommendations/, undefined, { timeout: 15_000 });
  screen.getByText('11 of 11 recommendations linked, 0 suggested, 0 not covered');
  screen.getByText(/All 11 recommendations are linked to actions in the plan\./);

  const accept = await screen.findByLabelText('Accept action 2.1.3 as answering R1');
  fireEvent.click(accept);
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  const stored = apply.mock.calls[0][0] as Edit[];
  expect(stored.map((e) => e.kind)).toEqual(['writeSheet']);
  expect(stored[0].kind === 'writeSheet' && stored[0].spec.name).toBe('PlanTracker State');

  fireEvent.click(buttonNamed('Highlight linked actions'));
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(2));
  const highlight = apply.mock.calls[1][0] as Edit[];
  expect(highlight[0]).toEqual({
    kind: 'clearConditionalFormats',
    sheet: 'SIP Phase 2',
    tag: 'ofsted-highlight',
  });
  expect(highlight.some((e) => e.kind === 'conditionalFormat' && e.tag === 'ofsted-highlight')).toBe(true);

  fireEvent.click(buttonNamed('Remove highlights'));
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(3));
  expect(apply.mock.calls[2][0]).toEqual([
    { kind: 'clearConditionalFormats', sheet: 'SIP Phase 2', tag: 'ofsted-highlight' },
  ]);
  const sheet = workbook.getWorksheet('SIP Phase 2') as unknown as { conditionalFormattings: unknown[] };
  expect(sheet.conditionalFormattings).toHaveLength(0);
}, 60_000);
