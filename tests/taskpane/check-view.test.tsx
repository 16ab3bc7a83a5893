/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Check view on the example plan, through the preview's ExcelJS-backed PlanHost: grouped findings
 * with counts, selecting a finding's cell, reviewing and applying fixes in one apply call, a host error
 * shown as it is, and the "Last checked" time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import type { Edit } from '../../src/core/edits';
import { HostError } from '../../src/core/host';
import { fixEdits, fixesFor } from '../../src/taskpane/components/fixes-source';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { createWorkbookHost, type WorkbookHost } from '../../src/preview/workbook-host';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to decide when to wrap.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

// Role queries skip the (slow, in jsdom) visibility check: collapsed panels are not rendered at all.
configure({ defaultHidden: true });

const AS_OF = '2025-06-30';
const EXAMPLE = readFileSync(join(__dirname, '../../examples/worcestershire-priority-plan.xlsx'));

async function exampleHost(): Promise<WorkbookHost> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(EXAMPLE as unknown as ArrayBuffer);
  return createWorkbookHost(workbook);
}

async function renderCheck(host: WorkbookHost, now = () => new Date(2025, 5, 30, 14, 32, 5)) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} asOf={AS_OF} now={now} />
    </FluentProvider>,
  );
  await screen.findByText(/^Last checked/);
  return view;
}

/**
 * The button whose visible text matches. (Text queries rather than role queries: computing every
 * button's accessible name in jsdom costs seconds on a pane this size.)
 */
function button(text: string | RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  const found = within(container).getByText(text, { ignore: 'script, style, span.fui-Badge' });
  const element = found.closest('button');
  if (!element) throw new Error(`"${found.textContent}" is not in a button`);
  return element;
}

/** Opens a rule's group (closed ones only) and returns its accordion item. */
function openGroup(title: RegExp): HTMLElement {
  const header = button(title);
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  const item = header.closest('.fui-AccordionItem') as HTMLElement;
  return item;
}

const applyCalls = (spy: jest.SpyInstance) =>
  spy.mock.calls.map((call) => call[0] as Edit[]).filter((edits) => edits.some((e) => e.kind !== 'select'));

describe('Check view', () => {
  test('shows the plan sheet, its columns, the skipped sheet and findings grouped by severity and rule', async () => {
    const host = await exampleHost();
    await renderCheck(host);
    expect(screen.getByRole('heading', { name: 'Improvement plan' })).toBeTruthy();
    expect(screen.getByText(/Header in row 3/)).toBeTruthy();
    expect(screen.getByText('Chart data')).toBeTruthy();

    fireEvent.click(button(/Column mapping \(7 columns\)/));
    const columns = screen.getByRole('table', { name: 'Columns of Improvement plan' });
    const rows = within(columns).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toContain('Action RAGEAction RAG');
    expect(within(columns).getByText('blank (read from the cells)')).toBeTruthy();

    expect(screen.getByRole('heading', { name: /Errors/ }).textContent).toMatch(/Errors\s*5/);
    expect(screen.getByTestId('count-rag-by-colour-only').textContent).toBe('16');
    expect(button(/RAG shown only by colour/).textContent).toBe('RAG shown only by colour16');
    expect(screen.getByTestId('count-overdue').textContent).toBe('19');
    expect(screen.getByText(/^5 errors, \d+ warnings, \d+ notes?$/)).toBeTruthy();
  });

  test('clicking a finding selects its cell with one select edit', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    const group = openGroup(/Actions before any objective/);
    fireEvent.click(button(/^A4 · 0\.1 · Action 0\.1 comes before any objective/, group));
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    expect(apply).toHaveBeenCalledWith([{ kind: 'select', sheet: 'Improvement plan', address: 'A4' }]);
    expect(host.selection()).toEqual({ sheet: 'Improvement plan', address: 'A4' });
  });

  test('"Review fixes" applies exactly the previewed, ticked edits in one apply call, then re-checks', async () => {
    const host = await exampleHost();
    const snapshot = await host.readWorkbook();
    const [sheetCheck] = checkWorkbook(snapshot, { asOf: AS_OF }).sheets;
    const expected = fixesFor(sheetCheck, snapshot.sheets[0]);
    expect(expected.filter((f) => f.rule === 'rag-by-colour-only')).toHaveLength(16);
    expect(expected[0].id).toBe('rag-by-colour-only:Improvement plan!E6');

    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    fireEvent.click(button(`Review fixes (${expected.length})`));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/^E6:/).textContent).toBe('E6: (blank) → “Red”');
    expect(within(dialog).getByText(/^E11:/).textContent).toBe('E11: “G” → “Green”');
    expect(within(dialog).getByText('E28: no value changes')).toBeTruthy();
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes).toHaveLength(expected.length);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    fireEvent.click(boxes[0]); // leave E6 out
    fireEvent.click(button(`Apply ${expected.length - 1} fixes`, dialog));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(applyCalls(apply)).toEqual([fixEdits(expected.slice(1))]);
    await waitFor(() => expect(screen.getByTestId('count-rag-by-colour-only').textContent).toBe('1'));
    expect(screen.queryByTestId('count-rag-not-standard')).toBeNull();
    const ws = host.workbook.getWorksheet('Improvement plan')!;
    expect([ws.getCell('E6').value, ws.getCell('F6').value, ws.getCell('E11').value]).toEqual([
      null,
      'Red',
      'Green',
    ]);
    expect(ws.getCell('E28').dataValidation).toMatchObject({ type: 'list' });
  });

  test('a finding’s own Fix button reviews just that fix', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    const group = openGroup(/RAG shown only by colour/);
    fireEvent.click(within(group).getByLabelText('Fix E6: Type Red in E6'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.click(button('Apply 1 fix', dialog));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(applyCalls(apply)).toEqual([
      [{ kind: 'setValues', sheet: 'Improvement plan', address: 'E6', values: [['Red']] }],
    ]);
    expect(host.workbook.getWorksheet('Improvement plan')!.getCell('E6').value).toBe('Red');
    await waitFor(() => expect(screen.getByTestId('count-rag-by-colour-only').textContent).toBe('15'));
  });

  test('a HostError from apply is shown in a message bar, as it is, and nothing changes', async () => {
    const host = await exampleHost();
    const message =
      'The sheet "Improvement plan" is protected, so Plan Tracker cannot change it. Unprotect it (Review > Unprotect Sheet) and try again.';
    jest.spyOn(host, 'apply').mockRejectedValue(new HostError(message, 'protected'));
    await renderCheck(host);
    fireEvent.click(button(/^Review fixes \(\d+\)$/));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(button(/^Apply \d+ fixes$/, dialog));
    expect(await within(dialog).findByText(message)).toBeTruthy();
    expect(within(dialog).getByText('The fixes were not applied')).toBeTruthy();
    expect(host.workbook.getWorksheet('Improvement plan')!.getCell('E6').value).toBeNull();
  });

  test('a HostError when selecting is shown too', async () => {
    const host = await exampleHost();
    jest
      .spyOn(host, 'apply')
      .mockRejectedValue(new HostError('Excel is busy. Try again in a moment.', 'conflict'));
    await renderCheck(host);
    const group = openGroup(/Actions before any objective/);
    fireEvent.click(button(/^A4 · 0\.1/, group));
    expect(await screen.findByText('Excel is busy. Try again in a moment.')).toBeTruthy();
  });

  test('"Last checked" shows the time of the last check, and a change to the plan is checked again', async () => {
    const host = await exampleHost();
    let clock = new Date(2025, 5, 30, 14, 32, 5);
    await renderCheck(host, () => clock);
    expect(screen.getByText('Last checked 14:32:05')).toBeTruthy();

    clock = new Date(2025, 5, 30, 14, 40, 0);
    // An edit made in the workbook (not through the pane): the host reports it and the view re-checks.
    await act(() =>
      host.apply([{ kind: 'setValues', sheet: 'Improvement plan', address: 'E6', values: [['Red']] }]),
    );
    expect(await screen.findByText('Last checked 14:40:00', undefined, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByTestId('count-rag-by-colour-only').textContent).toBe('15');
  });

  test('a workbook that cannot be read gives a plain message', async () => {
    const host = await exampleHost();
    jest
      .spyOn(host, 'readWorkbook')
      .mockRejectedValue(new HostError('The workbook is still opening.', 'other'));
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckView host={host} asOf={AS_OF} />
      </FluentProvider>,
    );
    expect(await screen.findByText('The workbook is still opening.')).toBeTruthy();
    expect(screen.getByText('Could not check the plan')).toBeTruthy();
  });
});
