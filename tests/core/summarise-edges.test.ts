/**
 * summarise() at its edges: a sheet with no actions, the order of actions due on the same day, an
 * impossible deadline, impact counted per objective. Expected values are counted by hand from the rows.
 */
import { checkWorkbook } from '../../src/core/check';
import { summarise } from '../../src/core/summary';
import { sheetFrom } from '../support/sheet';

const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'];
const AS_OF = '2014-01-15';

function summaryOf(...sheets: ReturnType<typeof sheetFrom>[]) {
  return summarise(checkWorkbook({ sheets }, { asOf: AS_OF }).sheets, AS_OF, null);
}

describe('summarise() at its edges', () => {
  it('gives 0% complete and 0% on track for a plan with no actions yet', () => {
    const summary = summaryOf(sheetFrom('New plan', [HEADER, ['1', 'Objective: Early help is joined up']]));
    expect(summary.totals.actions).toBe(0);
    expect(summary.percentComplete).toBe(0);
    expect(summary.percentOnTrack).toBe(0);
  });

  it('lists actions due soon on the same day by sheet, then by row', () => {
    const rows = (refs: string[]) =>
      refs.map((ref) => [ref, `Action ${ref}`, 'Jo Bloggs', '31/01/2014', 'Green', 'Green']);
    const summary = summaryOf(
      sheetFrom('B sheet', [HEADER, ['1', 'Objective: One'], ...rows(['1.1', '1.2', '1.3'])]),
      sheetFrom('A sheet', [HEADER, ['1', 'Objective: One'], ...rows(['1.1', '1.2'])]),
    );
    expect(summary.exceptions.dueSoon.map((r) => [r.sheet, r.row])).toEqual([
      ['A sheet', 3],
      ['A sheet', 4],
      ['B sheet', 3],
      ['B sheet', 4],
      ['B sheet', 5],
    ]);
  });

  it('lists an action whose deadline is not a real date as incomplete', () => {
    const summary = summaryOf(
      sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: One'],
        ['1.1', 'Audit', 'Jo Bloggs', '31/02/2014', 'Green', 'Green'],
        ['1.2', 'Train', 'Jo Bloggs', '28/02/2014', 'Green', 'Green'],
      ]),
    );
    expect(summary.exceptions.incomplete.map((r) => r.ref)).toEqual(['1.1']);
  });

  it('counts Impact RAG for each objective, not only for the theme', () => {
    const summary = summaryOf(
      sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: One'],
        ['1.1', 'Audit', 'Jo Bloggs', '28/02/2014', 'Green', 'Red'],
        ['1.2', 'Train', 'Jo Bloggs', '28/02/2014', 'Green', 'Red'],
        ['2', 'Objective: Two'],
        ['2.1', 'Recruit', 'Jo Bloggs', '28/02/2014', 'Amber', 'Blue'],
      ]),
    );
    expect(summary.byTheme[0].objectives.map((o) => [o.ref, o.impact.red, o.impact.blue])).toEqual([
      ['1', 2, 0],
      ['2', 0, 1],
    ]);
  });
});
