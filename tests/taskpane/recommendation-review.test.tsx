/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The Ofsted review (RecommendationReview) on an evaluation plan read without its explicit links, so
 * every answer is a suggestion: the progress line, each suggestion with the action's own text, ref,
 * rating and reasons, the filter, "show more", accept / reject / undo, and accepting every suggestion
 * above a confidence in one batch (one change, so one decision set and one host apply). Each change is
 * decided as the engine's ofstedDecide task decides it (linkChanges) and kept in memory here, as the
 * view keeps it in the workbook.
 */
import { useState } from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  linkChanges,
  linkRecommendations,
  type LinkChange,
  type LinkDecision,
  type LinkDecisions,
  type OfstedReport,
} from '../../src/core/ofsted';
import type { PlanSheet } from '../../src/core/plan-reader';
import { RecommendationReview } from '../../src/taskpane/components/RecommendationReview';
import { reviewActions, type ReviewAction } from '../../src/taskpane/engine/ofsted-state';
import { EVAL_PLANS } from '../ofsted/eval';
import { keyReport, modelPlan } from '../ofsted/eval-score';
import { renderPane } from '../support/render-pane';

const evalPlan = EVAL_PLANS.find((p) => p.id === 'barking-and-dagenham-2023')!;
const report: OfstedReport = keyReport(evalPlan);
const plans: PlanSheet[] = modelPlan(evalPlan, { explicitLinks: false });

type OnDecide = (label: string, change: LinkChange, stored: Record<string, LinkDecision>) => void;

/** The review with decisions kept in memory, as the view keeps them in the workbook. */
function Harness({ onDecide, onGoTo }: { onDecide: OnDecide; onGoTo?: (a: ReviewAction) => void }) {
  const [decisions, setDecisions] = useState<LinkDecisions>({});
  const links = linkRecommendations(report, plans, { decisions });
  return (
    <RecommendationReview
      report={report}
      links={links}
      decisions={decisions}
      actions={reviewActions(plans, links)}
      busy={false}
      onDecide={(label, change) => {
        const stored = linkChanges(report, links, decisions, change).decisions;
        onDecide(label, change, stored);
        setDecisions((d) => ({ ...d, ...stored }));
      }}
      onGoTo={onGoTo ?? (() => undefined)}
    />
  );
}

function recItem(id: string): HTMLElement {
  return screen.getByLabelText(`Recommendation ${id}`);
}

test('shows each suggestion with the action, its rating and why; accept, reject and undo stay visible', () => {
  const onDecide = jest.fn();
  renderPane(<Harness onDecide={onDecide} />);
  const links = linkRecommendations(report, plans);
  const suggested = links.counts.suggested;
  screen.getByText(`0 of 8 recommendations linked, ${suggested} suggested, ${8 - suggested} not covered`);

  // R3: neglect. The top suggestion shows the action's own text, its rating and the reasons.
  const r3 = links.recommendations[2];
  const top = r3.answers[0];
  const action = plans[0].actions.find((a) => a.ref === top.action)!;
  const item = within(recItem('R3')).getByLabelText(`Action ${top.action} for R3`);
  within(item).getByText(action.text.replace(/\s+/g, ' ').slice(0, 60), { exact: false });
  within(item).getByText(/^Why: shares /);
  within(item).getByText(/Green|Amber|Red|Blue \(complete\)|Not rated/);

  fireEvent.click(screen.getByLabelText(`Accept action ${top.action} as answering R3`));
  expect(onDecide).toHaveBeenLastCalledWith(
    'Accept the link',
    { kind: 'decide', recommendation: 'R3', action: top.action, how: 'accept' },
    { R3: expect.objectContaining({ confirmed: [top.action], rejected: [] }) },
  );
  screen.getByText(`1 of 8 recommendations linked, ${suggested - 1} suggested, ${8 - suggested} not covered`);
  fireEvent.click(screen.getByLabelText(`Undo accepting action ${top.action} for R3`));
  expect(onDecide).toHaveBeenLastCalledWith(
    'Undo the decision',
    { kind: 'decide', recommendation: 'R3', action: top.action, how: 'undo' },
    { R3: expect.objectContaining({ confirmed: [], rejected: [] }) },
  );

  fireEvent.click(screen.getByLabelText(`Reject action ${top.action} for R3`));
  within(recItem('R3')).getByText(`Action ${top.action}: rejected by you`);
  fireEvent.click(screen.getByLabelText(`Undo rejecting action ${top.action} for R3`));
  expect(within(recItem('R3')).queryByText(`Action ${top.action}: rejected by you`)).toBeNull();
});

test('keeps weak suggestions behind "show more", and filters by what needs a decision', () => {
  renderPane(<Harness onDecide={jest.fn()} />);
  const links = linkRecommendations(report, plans);
  const withWeak = links.recommendations.find((r) => r.suggestions.some((s) => s.strength === 'weak'))!;
  const weak = withWeak.suggestions.find((s) => s.strength === 'weak')!;
  const id = withWeak.recommendation;
  expect(within(recItem(id)).queryByLabelText(`Action ${weak.action} for ${id}`)).toBeNull();
  fireEvent.click(within(recItem(id)).getByText(/^Show \d+ more/));
  within(recItem(id)).getByLabelText(`Action ${weak.action} for ${id}`);

  fireEvent.click(screen.getByText('Linked', { selector: 'button' }));
  expect(screen.queryAllByLabelText(/^Recommendation R/)).toHaveLength(0);
  fireEvent.click(screen.getByText('Needs a decision', { selector: 'button' }));
  expect(screen.queryAllByLabelText(/^Recommendation R/)).toHaveLength(links.counts.suggested);
});

test('accepts every suggestion above the chosen confidence in one batch', () => {
  const onDecide = jest.fn();
  renderPane(<Harness onDecide={onDecide} />);
  const links = linkRecommendations(report, plans);
  const expected = links.recommendations.flatMap((r) =>
    r.state === 'suggested' ? r.answers.filter((a) => a.confidence >= 0.3) : [],
  );
  expect(expected.length).toBeGreaterThan(1);
  fireEvent.click(
    screen.getByText(`Accept ${expected.length} suggestions`, { selector: 'button, button *' }),
  );
  expect(onDecide).toHaveBeenCalledTimes(1);
  const [label, change, decided] = onDecide.mock.calls[0] as Parameters<OnDecide>;
  expect(label).toBe(`Accept ${expected.length} suggestions`);
  expect(change).toEqual({ kind: 'accept-all', minConfidence: 0.3 });
  expect(
    Object.values(decided)
      .flatMap((d) => d.confirmed)
      .sort(),
  ).toEqual(expected.map((a) => a.action).sort());
  screen.getByText(/^\d+ of 8 recommendations linked/);
});

test('"Go to action" gives the action on its own sheet, with the cell to select', () => {
  const onGoTo = jest.fn();
  renderPane(<Harness onDecide={jest.fn()} onGoTo={onGoTo} />);
  const top = linkRecommendations(report, plans).recommendations[2].answers[0];
  fireEvent.click(within(recItem('R3')).getAllByLabelText(`Go to action ${top.action}`)[0]);
  const action = plans.flatMap((p) => p.actions).find((a) => a.sheet === top.sheet && a.row === top.row)!;
  expect(onGoTo).toHaveBeenCalledWith(
    expect.objectContaining({
      key: top.action,
      sheet: top.sheet,
      row: top.row,
      cell: action.cells.objectiveAction ?? action.cells.action ?? `A${top.row}`,
    }),
  );
});
