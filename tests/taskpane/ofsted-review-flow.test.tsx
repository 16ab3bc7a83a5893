/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Ofsted review in the pane's view, on a plan kept over a sheet per priority (North East
 * Lincolnshire's evaluation plan, built without its explicit links so every answer is a suggestion, and
 * its 2021 ILACS report from the corpus, which states no publication date): the whole plan is linked,
 * "Go to action" selects the action on its own sheet (rows repeat across sheets), every suggestion at or
 * above a confidence is accepted in one write, and one Undo puts them all back in one more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Edit } from '../../src/core/edits';
import { UserError } from '../../src/core/errors';
import { linkRecommendations, parseOfstedReport, readConfirmedLinks } from '../../src/core/ofsted';
import { readWorkbookPlans, wholePlan } from '../../src/core/plan-sheets';
import { createWorkbookHost, type WorkbookHost } from '../../src/preview/workbook-host';
import { OfstedView } from '../../src/taskpane/views/OfstedView';
import { buildEvalWorkbook } from '../../scripts/build-eval-plans';
import { EVAL_PLANS } from '../ofsted/eval';
import { CORPUS } from '../ofsted/eval-score';
import { button, engineOf, renderPane } from '../support/render-pane';

const plan = EVAL_PLANS.find((p) => p.id === 'north-east-lincolnshire-2021')!;
const REPORT = readFileSync(join(CORPUS, 'txt', `${plan.report}.txt`), 'utf8');

async function readReport(published = '') {
  const host = createWorkbookHost(buildEvalWorkbook(plan, { explicitLinks: false }));
  const apply = jest.spyOn(host, 'apply');
  renderPane(<OfstedView engine={engineOf(host)} asOf="2022-01-31" dueSoonDays={30} />);
  fireEvent.change(screen.getByLabelText('Report text'), { target: { value: REPORT } });
  if (published) fireEvent.change(screen.getByLabelText('Published'), { target: { value: published } });
  fireEvent.click(button('Read report'));
  await screen.findByText(/^9 recommendations read\./, undefined, { timeout: 15_000 });
  return { host, apply };
}

/** The links the core makes for the workbook's whole plan as it is now. */
async function linksNow(host: WorkbookHost) {
  const workbook = await host.readWorkbook();
  const [first] = readWorkbookPlans(workbook).plans;
  const decisions = readConfirmedLinks(workbook);
  return linkRecommendations(parseOfstedReport(REPORT), wholePlan(first), { decisions });
}

const writes = (apply: jest.SpyInstance) =>
  apply.mock.calls.map((c) => c[0] as Edit[]).filter((edits) => edits.some((e) => e.kind !== 'select'));

test('links the whole plan over its sheets, and "Go to action" selects the action on its own sheet', async () => {
  const { host } = await readReport();
  const links = await linksNow(host);
  const sheets = new Set(links.recommendations.flatMap((r) => r.answers.map((a) => a.sheet)));
  expect(sheets.size).toBeGreaterThan(1);
  screen.getByText(
    `${links.counts.linked} of 9 recommendations linked, ${links.counts.suggested} suggested, ${links.counts['not-covered']} not covered`,
  );

  // Every answer on a sheet other than the first; most share their row with an action on the first sheet.
  const workbook = await host.readWorkbook();
  const [first] = readWorkbookPlans(workbook).plans;
  const later = links.recommendations.flatMap((r) =>
    r.answers.filter((a) => a.sheet !== first[0].sheet).map((answer) => ({ r, answer })),
  );
  expect(
    later.filter(({ answer }) => first[0].actions.some((a) => a.row === answer.row)).length,
  ).toBeGreaterThan(1);
  for (const { r, answer } of later) {
    const action = first
      .flatMap((s) => s.actions)
      .find((a) => a.sheet === answer.sheet && a.row === answer.row)!;
    const item = within(screen.getByLabelText(`Recommendation ${r.recommendation}`)).getByLabelText(
      `Action ${answer.action} for ${r.recommendation}`,
    );
    // The action's own words, as the review shows them.
    within(item).getByText(action.text.replace(/\s+/g, ' ').slice(0, 40), { exact: false });
    fireEvent.click(within(item).getByLabelText(`Go to action ${answer.action}`));
    await waitFor(() =>
      expect(host.selection()).toEqual({ sheet: answer.sheet, address: action.cells.action }),
    );
  }
}, 60_000);

test('accepts every suggestion at or above the confidence in one write, and one Undo puts them all back', async () => {
  const { host, apply } = await readReport();
  const before = await linksNow(host);
  const expected = before.recommendations.flatMap((r) =>
    r.state === 'suggested' ? r.answers.filter((a) => a.confidence >= 0.15) : [],
  );
  expect(expected.length).toBeGreaterThan(3);

  fireEvent.change(screen.getByLabelText('Lowest confidence to accept in one go (%)'), {
    target: { value: '15' },
  });
  const accept = button(`Accept ${expected.length} suggestions`);
  accept.focus();
  fireEvent.click(accept);
  await screen.findByText(`${expected.length} suggestions accepted: kept in the workbook.`);
  expect(writes(apply)).toHaveLength(1);
  const decided = readConfirmedLinks(await host.readWorkbook());
  expect(
    Object.values(decided)
      .flatMap((d) => d.confirmed)
      .sort(),
  ).toEqual(expected.map((a) => a.action).sort());
  const after = await linksNow(host);
  screen.getByText(
    `${after.counts.linked} of 9 recommendations linked, ${after.counts.suggested} suggested, ${after.counts['not-covered']} not covered`,
  );
  expect(after.counts.linked).toBeGreaterThan(before.counts.linked);

  fireEvent.click(button('Undo last change'));
  await screen.findByText(/^Your last decisions on (R\d+, )+R\d+ were undone\.$/);
  expect(writes(apply)).toHaveLength(2);
  expect(readConfirmedLinks(await host.readWorkbook())).toEqual({});
  screen.getByText(`0 of 9 recommendations linked, 9 suggested, 0 not covered`);
}, 60_000);

test('a report that states no publication date says so', async () => {
  await readReport();
  screen.getByText(/^Published: not stated in the report, so no due dates were worked out\./);
  expect(screen.getByTestId('outcome').textContent).toContain(
    'The report does not say when it was published',
  );
}, 60_000);

test('the publication date given in the pane is the report’s date', async () => {
  await readReport('2021-11-26');
  screen.getByText('Published 26 November 2021 (as you gave it).');
  expect(screen.getByTestId('outcome').textContent).toBe('Read the report9 recommendations read.');
}, 60_000);

test('a publication date the tracker cannot read is refused in words the officer can act on', async () => {
  const host = createWorkbookHost(buildEvalWorkbook(plan, { explicitLinks: false }));
  const run = engineOf(host).run('ofstedRead', { text: REPORT, published: '2021-02-30' });
  await expect(run).rejects.toThrow(UserError);
  await expect(run).rejects.toThrow(
    '"2021-02-30" is not a date the tracker can read. Give the publication date as day, month and year, or leave it empty.',
  );
});
