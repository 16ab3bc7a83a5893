/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The as-of day and the due-soon window: today and 30 days unless chosen, the checks judged by what is
 * chosen, and the choice remembered for the workbook (the store the host gives: Excel's document
 * settings, the preview's browser storage).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { cleanSettings, memorySettings } from '../../src/taskpane/settings';
import { engineOf, exampleHost, renderPane } from '../support/render-pane';

const TODAY = '2025-06-30';
const INFO = { officeTheme: undefined, prefersDark: false, isSetSupported: () => true };

const dateInput = () => screen.getByLabelText('As of') as HTMLInputElement;
const daysInput = () => screen.getByLabelText('Due soon: days ahead') as HTMLInputElement;
const count = (id: string) => Number(screen.getByTestId(`standing-${id}`).textContent);

test('judges the plan as of the day chosen, remembers it for the workbook, and goes back to today', async () => {
  const host = await exampleHost('wirral-action-plan-2010.xlsx');
  const store = memorySettings();
  const save = jest.spyOn(store, 'save');
  const first = renderPane(<App engine={engineOf(host)} asOf={TODAY} settings={store} info={INFO} />, {
    provider: false,
  });
  await screen.findByText(/^Last checked/);
  expect(dateInput().value).toBe(TODAY);
  expect(screen.getByText('Today')).toBeTruthy();
  const overdueToday = count('overdue');

  fireEvent.change(dateInput(), { target: { value: '2010-10-01' } });
  await waitFor(() => expect(count('overdue')).toBeLessThan(overdueToday));
  expect(save).toHaveBeenLastCalledWith({ asOf: '2010-10-01' });
  expect(screen.queryByText('Today')).toBeNull();

  // The same workbook opened again: the chosen day is still the one used.
  first.unmount();
  renderPane(<App engine={engineOf(host)} asOf={TODAY} settings={store} info={INFO} />, { provider: false });
  await screen.findByText(/^Last checked/);
  expect(dateInput().value).toBe('2010-10-01');

  fireEvent.click(screen.getByText('Back to today'));
  await waitFor(() => expect(dateInput().value).toBe(TODAY));
  expect(save).toHaveBeenLastCalledWith({});
});

test('the due-soon window changes the list and its heading', async () => {
  const host = await exampleHost('wirral-action-plan-2010.xlsx');
  const store = memorySettings({ asOf: '2010-10-01' });
  renderPane(<App engine={engineOf(host)} asOf={TODAY} settings={store} info={INFO} />, { provider: false });
  await screen.findByText(/^Last checked/);
  expect(screen.getByText('Due in the next 30 days')).toBeTruthy();
  const soon30 = count('dueSoon');
  fireEvent.change(daysInput(), { target: { value: '120' } });
  await screen.findByText('Due in the next 120 days');
  await waitFor(() => expect(count('dueSoon')).toBeGreaterThan(soon30));
  expect(store.load()).toEqual({ asOf: '2010-10-01', dueSoonDays: 120 });
});

test('a damaged setting is ignored, never trusted', () => {
  expect(cleanSettings({ asOf: '2010-13-45', dueSoonDays: -3 })).toEqual({});
  expect(cleanSettings('nonsense')).toEqual({});
  expect(cleanSettings({ asOf: '2010-10-01', dueSoonDays: 45, other: 1 })).toEqual({
    asOf: '2010-10-01',
    dueSoonDays: 45,
  });
});
