/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * Drift (issue 15): the Ofsted view must use the column mapping the user corrected in the Check view,
 * as the checks do: the links of R1 and R2 come from the corrected Ofsted-ref column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { OfstedView } from '../../src/taskpane/views/OfstedView';
import { createWorkbookHost } from '../../src/preview/workbook-host';
import { correctedOfstedPlan } from '../support/corrected-ofsted-plan';
import { button, engineOf, renderPane } from '../support/render-pane';

const REPORT = readFileSync(join(__dirname, '../../../shared/seeds/001_417503daf9182b66.txt'), 'utf8');

test('links R1 and R2 through the corrected Ofsted-ref column', async () => {
  const host = createWorkbookHost(correctedOfstedPlan());
  renderPane(<OfstedView engine={engineOf(host)} asOf="2013-09-30" dueSoonDays={30} />);
  fireEvent.change(screen.getByLabelText('Report text'), { target: { value: REPORT } });
  fireEvent.click(button('Read report'));
  // Only the two actions whose corrected Ofsted-ref cells name R1 and R2 make those two linked.
  await screen.findByText('2 of 11 recommendations linked, 0 suggested, 9 not covered', undefined, {
    timeout: 15_000,
  });
  // Each linked action says the link came from the Ofsted ref column.
  for (const [rec, action] of [
    ['R1', '1.1'],
    ['R2', '1.2'],
  ]) {
    const row = screen.getByLabelText(`Action ${action} for ${rec}`);
    expect(row.textContent).toContain(`Ofsted ref column: "${rec}"`);
  }
}, 60_000);
