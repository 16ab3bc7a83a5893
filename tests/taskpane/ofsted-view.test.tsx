/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Ofsted view on the Walsall plan with the 2013 report pasted in: recommendations read, links
 * shown, a link accepted, another rejected and the rejection undone (each kept in the workbook through
 * one apply), highlights added and removed through the host, and a failure shown as the host worded it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Edit } from '../../src/core/edits';
import { HostError } from '../../src/core/host';
import { parseOfstedReport, readConfirmedLinks } from '../../src/core/ofsted';
import { OfstedView } from '../../src/taskpane/views/OfstedView';
import { button, engineOf, exampleHost, renderPane } from '../support/render-pane';

const REPORT = readFileSync(join(__dirname, '../../../shared/seeds/001_417503daf9182b66.txt'), 'utf8');

async function readReport(published = '') {
  const host = await exampleHost('walsall-sip-phase2.xlsx');
  const apply = jest.spyOn(host, 'apply');
  renderPane(<OfstedView engine={engineOf(host)} asOf="2013-09-30" dueSoonDays={30} />);
  fireEvent.change(screen.getByLabelText('Report text'), { target: { value: REPORT } });
  if (published) fireEvent.change(screen.getByLabelText('Published'), { target: { value: published } });
  fireEvent.click(button('Read report'));
  await screen.findByText('11 recommendations read.', undefined, { timeout: 15_000 });
  return { host, apply };
}

const writes = (apply: jest.SpyInstance) =>
  apply.mock.calls.map((c) => c[0] as Edit[]).filter((edits) => edits.some((e) => e.kind !== 'select'));

test('accept, reject and undo are each one write to the state sheet, and the decisions read back', async () => {
  const { host, apply } = await readReport();

  const accept = await screen.findByLabelText('Accept action 2.1.3 as answering R1');
  accept.focus();
  fireEvent.click(accept);
  await screen.findByText('Action 2.1.3 answers R1: kept in the workbook.');
  expect(writes(apply)).toHaveLength(1);
  expect(writes(apply)[0].map((e) => e.kind === 'writeSheet' && e.spec.name)).toEqual(['PlanTracker State']);
  expect(readConfirmedLinks(await host.readWorkbook()).R1?.confirmed).toEqual(['2.1.3']);
  // Accepted: the button is now unusable, so focus moved to the message saying what happened.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('outcome')));

  const reject = screen.getAllByLabelText(/^Reject action [\d.]+ for R2$/)[0];
  const rejected = /action ([\d.]+)/.exec(reject.getAttribute('aria-label')!)![1];
  fireEvent.click(reject);
  await screen.findByText(`Action ${rejected} is no longer suggested for R2.`);
  expect(readConfirmedLinks(await host.readWorkbook()).R2?.rejected).toEqual([rejected]);

  fireEvent.click(button('Undo last change'));
  await screen.findByText('Your last decision on R2 was undone.');
  expect(readConfirmedLinks(await host.readWorkbook()).R2).toBeUndefined();
  expect(writes(apply)).toHaveLength(3);
  expect(screen.getAllByLabelText(`Reject action ${rejected} for R2`)).toHaveLength(1);
}, 60_000);

test('highlights the linked actions and removes them again through one apply each', async () => {
  const { host, apply } = await readReport();
  fireEvent.click(button('Highlight linked actions'));
  await screen.findByText(/^\d+ linked actions? highlighted in light yellow\.$/);
  const highlight = writes(apply)[0];
  expect(highlight[0]).toEqual({
    kind: 'clearConditionalFormats',
    sheet: 'SIP Phase 2',
    tag: 'ofsted-highlight',
  });
  expect(highlight.some((e) => e.kind === 'conditionalFormat' && e.tag === 'ofsted-highlight')).toBe(true);
  expect(host.conditionalFormats('SIP Phase 2').length).toBeGreaterThan(0);

  fireEvent.click(button('Remove highlights'));
  await screen.findByText('Highlights removed. The sheet’s own formatting is as it was.');
  expect(writes(apply)[1]).toEqual([
    { kind: 'clearConditionalFormats', sheet: 'SIP Phase 2', tag: 'ofsted-highlight' },
  ]);
  expect(host.conditionalFormats('SIP Phase 2')).toHaveLength(0);
}, 60_000);

test('a host error is shown as the host worded it, never prefixed', async () => {
  const { host } = await readReport();
  const message =
    'The sheet "SIP Phase 2" is protected. Unprotect it (Review > Unprotect Sheet) and try again.';
  jest.spyOn(host, 'apply').mockRejectedValue(new HostError(message, 'protected'));
  fireEvent.click(button('Highlight linked actions'));
  // The title says what was not done; the body is the host's sentence, word for word.
  const shown = await screen.findByText(message);
  expect(shown.textContent).toBe(`Highlight linked actions: not done${message}`);
  expect(screen.getByText('Highlight linked actions: not done').textContent).toBe(
    'Highlight linked actions: not done',
  );
}, 60_000);

test('due dates come from the report’s own publication date, or from the date the officer gives', async () => {
  const ukDate = (iso: string) => iso.split('-').reverse().join('/');
  const dueOf = (published?: string) =>
    parseOfstedReport(REPORT, { published }).recommendations.find((r) => r.id === 'R4')!.dueBy!;

  await readReport();
  screen.getByText('Published 2 August 2013.');
  within(screen.getByLabelText('Recommendation R4')).getByText(`due ${ukDate(dueOf())}`);
  cleanup();

  await readReport('2013-09-01');
  screen.getByText('Published 1 September 2013 (as you gave it).');
  expect(dueOf('2013-09-01')).not.toBe(dueOf());
  within(screen.getByLabelText('Recommendation R4')).getByText(`due ${ukDate(dueOf('2013-09-01'))}`);
}, 60_000);
