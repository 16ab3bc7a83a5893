/**
 * Validation cases the rule tests in validate.test.ts leave open (found by mutation testing): the
 * missing-ref-column warning, a plan with no objectives, a ref that does not start with its objective's
 * ref, and the exact cell every finding points at. Each expected cell is read off the rows below by hand.
 */
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/types';
import { sheetFrom, type CellInput } from '../support/sheet';

function findings(rows: CellInput[][], asOf = '2013-12-01'): Finding[] {
  const result = checkWorkbook({ sheets: [sheetFrom('Plan', rows)] }, { asOf });
  expect(result.sheets).toHaveLength(1);
  return result.sheets[0].findings;
}

const at = (list: Finding[]) => list.map((f) => `${f.rule}@${f.cell}:${f.severity}`);

describe('the reference column', () => {
  it('warns once, at the first header cell, when a plan has no ref column', () => {
    const list = findings([
      ['Title row'],
      ['Action', 'Lead', 'Deadline', 'Action RAG'],
      ['Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
      ['Train staff', 'Ann Lee', '31/12/2013', 'Amber'],
    ]);
    expect(at(list)).toEqual(['missing-column@A2:warning']);
    expect(list[0].message).toMatch(/no reference column/);
    expect(list[0].ref).toBeNull();
  });

  it('does not warn when the ref column is there', () => {
    const list = findings([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', 'Objective: Decisions are timely'],
      ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
    ]);
    expect(list.filter((f) => f.rule === 'missing-column')).toEqual([]);
  });
});

describe('a plan with no objectives', () => {
  it('reports no orphan actions when nothing on the sheet is an objective', () => {
    const list = findings([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
      ['2', 'Train staff', 'Ann Lee', '31/12/2013', 'Amber'],
      ['3', 'Audit meetings', 'Sam Cole', '31/12/2013', 'Red'],
    ]);
    expect(list.filter((f) => f.rule === 'orphan-action')).toEqual([]);
    expect(list.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports an action above the first objective as an orphan, at its ref cell', () => {
    const list = findings([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['0.1', 'Set up the board', 'Jo Bloggs', '31/12/2013', 'Green'],
      ['1', 'Objective: Decisions are timely'],
      ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
    ]);
    expect(at(list.filter((f) => f.rule === 'orphan-action'))).toEqual(['orphan-action@A2:error']);
  });
});

describe('refs under their objective', () => {
  it("warns at the ref cell when an action's ref does not start with its objective's ref", () => {
    const list = findings([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', 'Objective: Decisions are timely'],
      ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
      ['2.2', 'Train staff', 'Ann Lee', '31/12/2013', 'Amber'],
      ['1.3', 'Audit meetings', 'Sam Cole', '31/12/2013', 'Red'],
    ]);
    const sequence = list.filter((f) => f.rule === 'ref-out-of-sequence');
    expect(at(sequence)).toContain('ref-out-of-sequence@A4:warning');
    expect(sequence.find((f) => f.cell === 'A4')?.message).toMatch(/does not start with 1/);
  });
});

describe('the cell each finding points at', () => {
  it('names the lead, deadline, rating and error cells of the action, by column', () => {
    const list = findings([
      ['Plan title'],
      [],
      ['Ref', 'Action', 'Notes', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'],
      ['1', 'Objective: Decisions are timely'],
      ['1.1', 'No lead', '', '', '31/12/2013', 'Green', 'Green'],
      ['1.2', 'No deadline', '', 'Jo Bloggs', '', 'Green', 'Green'],
      ['1.3', 'Bad rating', '', 'Jo Bloggs', '31/12/2013', 'Purple', 'Green'],
      ['1.4', 'Overdue', '', 'Jo Bloggs', '30/11/2013', 'Amber', 'Green'],
      ['1.5', 'Broken', '', 'Jo Bloggs', { text: '#REF!', error: '#REF!' }, 'Amber', ''],
      ['1.5', 'Twice', '', 'Jo Bloggs', '31/12/2013', 'Amber', 'Amber'],
    ]);
    expect(at(list)).toEqual([
      'missing-lead@D5:error',
      'missing-deadline@E6:error',
      'invalid-rag@F7:error',
      'overdue@E8:warning',
      'formula-error@E9:error',
      'duplicate-ref@A10:error',
      'ref-out-of-sequence@A10:warning', // the second 1.5 also does not follow 1.5
    ]);
    expect(list.map((f) => f.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.5', '1.5']);
    expect(new Set(list.map((f) => f.sheet))).toEqual(new Set(['Plan']));
  });
});
