/** Reference styles (src/core/refs.ts) and the sequence checks within each style. */
import { checkWorkbook } from '../../src/core/check';
import { readPlanSheet } from '../../src/core/plan-reader';
import { isColumnRef, isRef, lastNumber, parentKey, parseRef, refDepth, refStyle } from '../../src/core/refs';
import { sheetFrom } from '../support/sheet';

describe('parseRef', () => {
  it.each<[string, number, string | null, string, number]>([
    // text, depth, parent, style, last number
    ['1', 1, null, 'n', 1],
    ['1.1', 2, '1', 'n.n', 1],
    ['1.1.1', 3, '1.1', 'n.n.n', 1],
    ['2.3.', 2, '2', 'n.n', 3],
    ['1a', 2, '1', 'na', 1],
    ['1.b', 2, '1', 'n.a', 2],
    ['1(c)', 2, '1', 'n(a)', 3],
    ['1.2a', 3, '1.2', 'n.na', 1],
    ['A1', 2, 'A', 'Ln', 1],
    ['P1.1', 3, 'P1', 'Ln.n', 1],
    ['p1.2', 3, 'P1', 'Ln.n', 2],
    ['R3.2', 3, 'R3', 'Ln.n', 2],
    ['Action 3', 1, null, 'word n', 3],
    ['B', 1, null, 'L', NaN],
  ])('%s: depth %i, objective %s, style %s', (text, depth, parent, style, last) => {
    const parsed = parseRef(text)!;
    expect(parsed).not.toBeNull();
    expect(refDepth(text)).toBe(depth);
    expect(parentKey(text)).toBe(parent);
    expect(refStyle(parsed)).toBe(style);
    expect(lastNumber(parsed) ?? NaN).toBe(last);
  });

  it.each(['', 'Objective', '1.2.3.4.5', '31/10/2013', 'Q3 2013/14', 'Red', 'Jo Bloggs', '1 October'])(
    '"%s" is not a ref',
    (text) => expect(isRef(text)).toBe(false),
  );

  it('a lone letter is a ref in the ref column, but does not make a blank-headed column a ref column', () => {
    expect(isRef('A')).toBe(true);
    expect(isColumnRef('A')).toBe(false);
    expect(isColumnRef('A1')).toBe(true);
  });
});

const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'];
const row = (ref: string, text = `Action ${ref}`): string[] => [
  ref,
  text,
  'Jo Bloggs',
  '31/10/2013',
  'Green',
];

function check(rows: string[][]) {
  return checkWorkbook({ sheets: [sheetFrom('Plan', [HEADER, ...rows])] }, { asOf: '2013-01-01' }).sheets[0];
}

describe('a prefix letter groups actions like an objective number', () => {
  it('P1.1, P1.2, P2.1 under objective rows P1 and P2', () => {
    const { plan, findings } = check([
      ['P1', 'Front door'],
      row('P1.1'),
      row('P1.2'),
      ['P2', 'Workforce'],
      row('P2.1'),
    ]);
    expect(plan.objectives.map((o) => [o.ref, o.title, o.actions.map((a) => a.ref)])).toEqual([
      ['P1', 'Front door', ['P1.1', 'P1.2']],
      ['P2', 'Workforce', ['P2.1']],
    ]);
    expect(findings).toEqual([]);
  });

  it('A1, A2, B1 with no objective rows: A and B group their actions', () => {
    const { plan, findings } = check([row('A1'), row('A2'), row('B1'), row('B3')]);
    expect(plan.objectives.map((o) => [o.ref, o.actions.map((a) => a.ref)])).toEqual([
      ['A', ['A1', 'A2']],
      ['B', ['B1', 'B3']],
    ]);
    expect(findings.map((f) => `${f.rule}@${f.cell}: ${f.message}`)).toEqual([
      'ref-out-of-sequence@A5: Reference B3 skips a number: the next action under objective B would be B2.',
    ]);
  });

  it('1(a), 1(b), 1(d): the letter level is numbered like any other', () => {
    const { findings } = check([['1', 'Front door'], row('1(a)'), row('1(b)'), row('1(d)')]);
    expect(findings.map((f) => f.message)).toEqual([
      'Reference 1(d) skips a number: the next action under objective 1 would be 1(c).',
    ]);
  });

  it('Action 1, Action 2, Action 2: one run over a plan without objectives, and a duplicate', () => {
    const { plan, findings } = check([row('Action 1'), row('Action 2'), row('action 2')]);
    expect(plan.objectives).toEqual([]);
    expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      'duplicate-ref@A4',
      'ref-out-of-sequence@A4',
    ]);
  });

  it('numbering is checked within each style: 1.1, 1.2 and R1, R2 under the same objective do not clash', () => {
    const sheet = sheetFrom('Plan', [
      HEADER,
      ['1', 'Front door'],
      row('1.1'),
      row('1.2'),
      row('1a'),
      row('1b'),
    ]);
    const read = readPlanSheet(sheet);
    expect(read.ok && read.plan.objectives[0].actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '1a', '1b']);
    const findings = checkWorkbook({ sheets: [sheet] }, { asOf: '2013-01-01' }).sheets[0].findings;
    expect(findings).toEqual([]);
  });
});
