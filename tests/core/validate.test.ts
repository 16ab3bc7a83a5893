import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/types';
import { sheetFrom } from '../support/sheet';

function findings(rows: Parameters<typeof sheetFrom>[1], asOf = '2013-12-01'): Finding[] {
  const result = checkWorkbook({ sheets: [sheetFrom('Plan', rows)] }, { asOf });
  return result.sheets[0].findings;
}

const rulesAt = (list: Finding[]) => list.map((f) => `${f.rule}@${f.cell}`);

describe('validation rules', () => {
  const header = ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'];

  it('reports missing lead, missing and unparsed deadlines, invalid and missing ratings', () => {
    const list = findings([
      header,
      ['1', 'Objective: Improve'],
      ['1.1', 'First', '', '31/12/2013', 'Green', 'Green'],
      ['1.2', 'Second', 'Jo Bloggs', '', 'Green', 'Green'],
      ['1.3', 'Third', 'Jo Bloggs', 'when we can', 'Purple', ''],
      ['1.4', 'Fourth', 'Jo Bloggs', '15/13/2025', '', ''],
      ['1.5', 'Fifth', 'Jo Bloggs', 'Ongoing', 'amber', 'A'],
    ]);
    expect(rulesAt(list)).toEqual([
      'missing-lead@C3',
      'missing-deadline@D4',
      'unparsed-deadline@D5',
      'invalid-rag@E5',
      'unparsed-deadline@D6',
      'missing-rag@E6',
      'no-deadline-date@D7',
      'rag-not-standard@E7',
      'rag-not-standard@F7',
    ]);
    expect(list.find((f) => f.rule === 'invalid-rag')).toMatchObject({
      severity: 'error',
      ref: '1.3',
      sheet: 'Plan',
      message:
        'Action 1.3: "Purple" in Action RAG is not a rating. Use Red, Amber, Green or Blue (complete).',
    });
  });

  it('notes ratings that are understood but not typed as the standard word', () => {
    const list = findings([
      header,
      ['1', 'Objective: Improve'],
      ['1.1', 'A', 'Jo', 'Dec 2013', 'g', 'Green'],
      ['1.2', 'B', 'Jo', 'Dec 2013', 'Completed', 'red '],
      ['1.3', 'C', 'Jo', 'Dec 2013', 'Blue', 'Amber'],
    ]);
    expect(list.map((f) => `${f.rule}@${f.cell}:${f.severity}`)).toEqual([
      'rag-not-standard@E3:info',
      'rag-not-standard@E4:info',
      'rag-not-standard@F4:info',
    ]);
    expect(list[0].message).toBe(
      'Action 1.1: "g" in Action RAG is read as Green. Type "Green" so that filters, counts and colours treat it the same as every other Green.',
    );
  });

  it('reports overdue actions against the as-of date, but not complete ones', () => {
    const rows = [
      header,
      ['1', 'Objective: Improve'],
      ['1.1', 'First', 'Jo', '31/10/2013', 'Green', ''],
      ['1.2', 'Second', 'Jo', '31/10/2013', 'Blue', ''],
      ['1.3', 'Third', 'Jo', 'January 2014', 'Amber', ''],
    ];
    expect(rulesAt(findings(rows, '2013-11-01'))).toEqual(['overdue@D3']);
    expect(rulesAt(findings(rows, '2013-10-31'))).toEqual([]);
    expect(findings(rows, '2013-11-01')[0].message).toBe(
      'Action 1.1 was due by 31 October 2013 and is not marked Blue (complete).',
    );
  });

  it('reports duplicate refs, gaps, steps backwards and orphans', () => {
    const list = findings([
      header,
      ['0.1', 'Before any objective', 'Jo', 'Dec 2013', 'Green', ''],
      ['1', 'Objective: Improve'],
      ['1.1', 'A', 'Jo', 'Dec 2013', 'Green', ''],
      ['1.2', 'B', 'Jo', 'Dec 2013', 'Green', ''],
      ['1.4', 'C', 'Jo', 'Dec 2013', 'Green', ''],
      ['1.2', 'D', 'Jo', 'Dec 2013', 'Green', ''],
    ]);
    expect(rulesAt(list)).toEqual([
      'orphan-action@A2',
      'ref-out-of-sequence@A6',
      'duplicate-ref@A7',
      'ref-out-of-sequence@A7',
    ]);
  });

  it('reports RAG shown only by colour and Excel errors in plan cells', () => {
    const list = findings([
      header,
      ['1', 'Objective: Improve'],
      ['1.1', 'A', 'Jo', 'Dec 2013', { text: '', value: null, fill: '#FF0000' }, ''],
      ['1.2', 'B', { text: '#REF!', value: null, error: '#REF!', formula: true }, 'Dec 2013', 'Green', ''],
    ]);
    expect(rulesAt(list)).toEqual(['rag-by-colour-only@E3', 'formula-error@C4']);
  });

  it('reports missing columns', () => {
    const list = findings([
      ['Ref', 'Action', 'Lead', 'Progress'],
      ['1.1', 'A', 'Jo', 'Started'],
    ]);
    expect(list.filter((f) => f.rule === 'missing-column').map((f) => f.message)).toEqual([
      'The plan has no deadline column. Add a column headed "Deadline" to the header in row 1.',
      'The plan has no Action RAG column. Add a column headed "Action RAG" to the header in row 1.',
    ]);
  });
});
