/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Check view on the example plan, through the preview's ExcelJS-backed PlanHost: grouped findings
 * with counts, selecting a finding's cell, reviewing and applying fixes in one apply call, a host error
 * shown as it is, and the "Last checked" time.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import type { Edit } from '../../src/core/edits';
import { fixEdits, fixesFor } from '../../src/core/fixes';
import { HostError } from '../../src/core/host';
import { CheckView } from '../../src/taskpane/views/CheckView';
import type { WorkbookHost } from '../../src/preview/workbook-host';
import { button, engineOf, exampleHost as loadExample, renderPane } from '../support/render-pane';

const AS_OF = '2025-06-30';
const exampleHost = () => loadExample('worcestershire-priority-plan.xlsx');

async function renderCheck(host: WorkbookHost, now = () => new Date(2025, 5, 30, 14, 32, 5)) {
  const view = renderPane(<CheckView engine={engineOf(host)} asOf={AS_OF} dueSoonDays={30} now={now} />);
  await screen.findByText(/^Last checked/);
  return view;
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
    expect(screen.getByText(/^To fix: 5 errors, \d+ warnings, \d+ notes?$/)).toBeTruthy();
  });

  test('keeps what is wrong in the sheet apart from where the plan stands, in plain words', async () => {
    const host = await exampleHost();
    await renderCheck(host);
    const sheet = screen.getByRole('region', { name: 'Plan sheet Improvement plan' });
    const headings = within(sheet)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 1)).toEqual(['Fix before the board']);
    expect(headings).toContain('Where the plan stands');
    // Overdue actions are not a mistake in the sheet: they are listed where the plan stands, as many as
    // the rules find.
    const overdue = checkWorkbook(await host.readWorkbook(), { asOf: AS_OF }).sheets[0].findings.filter(
      (f) => f.rule === 'overdue',
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(screen.queryByTestId('count-overdue')).toBeNull();
    expect(screen.getByTestId('standing-overdue').textContent).toBe(String(overdue.length));
    // Rule ids are not words: they are only in the groups' tooltips (and the CLI's JSON).
    expect(document.body.textContent).not.toMatch(/\((duplicate-ref|orphan-action|rag-by-colour-only)\)/);
  });

  test('an action where the plan stands selects its deadline cell', async () => {
    const host = await exampleHost();
    const apply = jest.spyOn(host, 'apply');
    await renderCheck(host);
    fireEvent.click(button(/^Overdue/));
    const first = screen.getAllByText(/· due \d\d\/\d\d\/\d{4} ·/)[0].closest('button')!;
    fireEvent.click(first);
    await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const [edit] = apply.mock.calls[0][0] as Edit[];
    expect(edit).toMatchObject({ kind: 'select', sheet: 'Improvement plan' });
    expect((edit as { address: string }).address).toMatch(/^D\d+$/);
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
    const withoutOverdue = {
      ...sheetCheck,
      findings: sheetCheck.findings.filter((f) => f.rule !== 'overdue'),
    };
    const expected = fixesFor(withoutOverdue, snapshot.sheets[0]);
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
    expect(await screen.findByText(`${expected.length - 1} fixes applied.`)).toBeTruthy();
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

  test('applied fixes are not offered again, the count is said, and focus comes back', async () => {
    const host = await exampleHost();
    await renderCheck(host);
    const review = button(/^Review fixes \(\d+\)$/);
    const offered = Number(/\((\d+)\)/.exec(review.textContent!)![1]);
    expect(offered).toBeGreaterThan(0);
    review.focus();
    fireEvent.click(review);
    const dialog = await screen.findByRole('dialog');
    // The dropdown fixes are listed apart, saying what is left to do.
    expect(within(dialog).getByText('Dropdowns to add: you still choose the rating')).toBeTruthy();
    fireEvent.click(button(`Apply ${offered} fixes`, dialog));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(`${offered} fixes applied.`)).toBeTruthy();
    // Every fix that clears its finding has; the dropdowns (which cannot) are not offered again.
    await waitFor(() => expect(button(/^Review fixes/).textContent).toBe('Review fixes (0)'));
    expect(screen.queryAllByText(/^(Fix|Add dropdown)$/)).toEqual([]);
    // "Review fixes" is no longer usable, so focus is on the message that says what happened.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('outcome')));
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
    renderPane(<CheckView engine={engineOf(host)} asOf={AS_OF} dueSoonDays={30} />);
    expect(await screen.findByText('The workbook is still opening.')).toBeTruthy();
    expect(screen.getByText('Could not check the plan')).toBeTruthy();
  });
});
