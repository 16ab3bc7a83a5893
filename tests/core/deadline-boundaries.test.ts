/**
 * Table-driven edges of deadline reading that the property tests in deadline.test.ts do not pin: the
 * "2013/14 Q3" order of a quarter, the plausible-year bounds, whole-cell anchoring (a date inside other
 * words is not a deadline), and a real Excel date whose format was not captured. Each row was chosen
 * because removing the rule it names changes its answer (found by mutation testing).
 */
import { parseDeadlineText, readDeadlineCell } from '../../src/core/deadline';
import type { DeadlineKind } from '../../src/core/types';

type Row = [text: string, kind: DeadlineKind, due: string | null];

describe('a quarter written year first ("2013/14 Q3")', () => {
  it.each<Row>([
    ['2013/14 Q3', 'quarter', '2013-12-31'],
    ['2013/14 Q4', 'quarter', '2014-03-31'],
    ['2013-14 Q1', 'quarter', '2013-06-30'],
    ['FY 2013/14 Q2', 'quarter', '2013-09-30'],
    ['2013/2014, quarter 1', 'quarter', '2013-06-30'],
    ['2013/14 qtr 3', 'quarter', '2013-12-31'],
    ['2013/14 Q5', 'invalid', null],
    ['2013/15 Q3', 'invalid', null],
  ])('%s → %s %s', (text, kind, due) => {
    expect(parseDeadlineText(text)).toMatchObject({ kind, due });
  });
});

describe('years outside 1900–2199 are typing slips, never dates', () => {
  it.each<Row>([
    ['31/10/1010', 'invalid', null],
    ['31/10/2300', 'invalid', null],
    ['31/10/1899', 'invalid', null],
    ['31/10/2200', 'invalid', null],
    ['31/10/1900', 'date', '1900-10-31'],
    ['31/10/2199', 'date', '2199-10-31'],
    ['October 1010', 'invalid', null],
    ['October 2300', 'invalid', null],
    ['October 2199', 'month', '2199-10-31'],
    ['2300-10-31', 'invalid', null],
    ['Q3 1010/11', 'invalid', null],
    ['Q3 1899/00', 'invalid', null],
    ['Q4 2199/00', 'quarter', '2200-03-31'], // the first year decides, as for any quarter
  ])('%s → %s %s', (text, kind, due) => {
    expect(parseDeadlineText(text)).toMatchObject({ kind, due });
  });
});

describe('a date must be the whole phrase, not part of other words', () => {
  it.each<Row>([
    ['about 31/10/2013', 'unparsed', null],
    ['31/10/2013 approx', 'unparsed', null],
    ['maybe October 2013', 'unparsed', null],
    ['October 2013 or later', 'unparsed', null],
    ['xQ3 2013/14', 'unparsed', null],
    ['Q3 2013/14x', 'unparsed', null],
    ['by 31/10/2013', 'date', '2013-10-31'],
    ['by the end of October 2013', 'month', '2013-10-31'],
  ])('%s → %s %s', (text, kind, due) => {
    expect(parseDeadlineText(text)).toMatchObject({ kind, due });
  });
});

describe('a number with no captured format', () => {
  // 41562 is 15 October 2013. "15-Oct" alone has no year, so only the serial can give the day.
  it('is a real date when Excel displays it as a date the text alone cannot read', () => {
    expect(readDeadlineCell({ value: 41562, text: '15-Oct' })).toMatchObject({
      kind: 'date',
      due: '2013-10-15',
      text: '15-Oct',
    });
  });

  it.each([
    [19999, '3-Oct', 'unparsed'],
    [80001, '3-Oct', 'unparsed'],
    [41562, '41562', 'unparsed'],
    [41562, '41,562', 'unparsed'],
  ] as const)('%s shown as %s is not a date: %s', (value, text, kind) => {
    expect(readDeadlineCell({ value, text })).toMatchObject({ kind, due: null });
  });

  it.each([
    [20000, '3-Oct', '1954-10-03'], // day counts checked with Python's datetime
    [80000, '11-Jan', '2119-01-11'],
  ] as const)('%s at the edge of the date range is a date', (value, text, due) => {
    expect(readDeadlineCell({ value, text })).toMatchObject({ kind: 'date', due });
  });

  it('is never a date when its number format is captured and is not a date format', () => {
    expect(readDeadlineCell({ value: 41562, text: '15-Oct', numberFormat: '0' })).toMatchObject({
      kind: 'unparsed',
    });
  });
});
