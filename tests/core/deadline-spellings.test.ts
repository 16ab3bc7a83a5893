/**
 * The spellings of each deadline form that officers type, one table per form: spacing, punctuation,
 * abbreviations, lead-in words and separators, and the neighbouring words that must stop a phrase
 * being read as a date. Rows were added where mutation testing showed a rule that no test pinned.
 */
import { parseDeadlineText, readDeadlineCell } from '../../src/core/deadline';
import type { DeadlineKind } from '../../src/core/types';

type Row = [text: string, kind: DeadlineKind, due: string | null];

function expectEach(rows: Row[]): void {
  it.each(rows)('%j → %s %s', (text, kind, due) => {
    expect(parseDeadlineText(text)).toMatchObject({ kind, due });
  });
}

describe('numeric dates, with and without spaces round the separators', () => {
  expectEach([
    ['31/10/2013', 'date', '2013-10-31'],
    ['31 / 10 / 2013', 'date', '2013-10-31'],
    ['31.10.13', 'date', '2013-10-31'],
    ['31-10-2013', 'date', '2013-10-31'],
    ['31/10-2013', 'unparsed', null], // the two separators must be the same
    ['2013-10-31', 'date', '2013-10-31'],
    ['2013/10/31', 'date', '2013-10-31'],
    ['2013-10-31 draft', 'unparsed', null],
    ['draft 2013-10-31', 'unparsed', null],
  ]);
});

describe('financial-year quarters, quarter first', () => {
  expectEach([
    ['Q3 2013/14', 'quarter', '2013-12-31'],
    ['Q3 2013-14', 'quarter', '2013-12-31'],
    ['Q3 13/14', 'quarter', '2013-12-31'],
    ['Q3 2013/2014', 'quarter', '2013-12-31'],
    ['Q3 2013 / 14', 'quarter', '2013-12-31'],
    ['Qtr 3 2013/14', 'quarter', '2013-12-31'],
    ['Quarter 3 2013/14', 'quarter', '2013-12-31'],
    ['Quarter 3 of 2013/14', 'quarter', '2013-12-31'],
    ['Q3 FY 2013/14', 'quarter', '2013-12-31'],
    ['Q3 FY2013/14', 'quarter', '2013-12-31'],
    ['Q3 financial year 2013/14', 'quarter', '2013-12-31'],
    ['Q3 of financial year 2013/14', 'quarter', '2013-12-31'],
    ['Q0 2013/14', 'invalid', null],
    ['Q3 2013/14 review', 'unparsed', null],
  ]);
});

describe('financial-year quarters, year first', () => {
  expectEach([
    ['FY2013/14 Q3', 'quarter', '2013-12-31'],
    ['FY 2013 / 14 Q3', 'quarter', '2013-12-31'],
    ['2013/14,Q3', 'quarter', '2013-12-31'],
    ['2013/14 , Q3', 'quarter', '2013-12-31'],
    ['2013/14 Quarter 3', 'quarter', '2013-12-31'],
    ['Phase 2013/14 Q3', 'unparsed', null],
    ['2013/14 Q3 review', 'unparsed', null],
  ]);
});

describe('a financial year on its own is due on 31 March', () => {
  expectEach([
    ['2013/14', 'month', '2014-03-31'],
    ['2013 / 14', 'month', '2014-03-31'],
    ['2013-2014', 'month', '2014-03-31'],
    ['FY 2013/14', 'month', '2014-03-31'],
    ['FY2013/14', 'month', '2014-03-31'],
    ['Financial year 2013/14', 'month', '2014-03-31'],
    ['2013/15', 'invalid', null],
    ['2013/14 draft', 'unparsed', null],
  ]);
});

describe('words that deliberately give no date', () => {
  expectEach(
    [
      'Ongoing',
      'On going',
      'TBC',
      'TBA',
      'TBD',
      'TBC/TBA',
      'To be confirmed',
      'To  be  confirmed',
      'To be agreed',
      'To be arranged',
      'To be decided',
      'To be determined',
      'N/A',
      'NA',
      'Not applicable',
      'Throughout',
      'As required',
      'As necessary',
      'As needed',
      'As and when',
      'As and when required',
      'As and when necessary',
      'As and when needed',
      'Continuous',
      'Continuously',
      'Continual',
      'Deadlines determined by the court timetable',
      'Deadline is set by the board',
      'Deadlines are agreed in supervision',
      'Deadline will be driven by the review',
      'Deadlines to be set within the project plan',
    ].map((text): Row => [text, 'none', null]),
  );
  expectEach([
    ['Date still TBC', 'unparsed', null],
    ['TBC by board', 'unparsed', null],
    ['Our deadlines are set by the board', 'unparsed', null],
  ]);

  it('reads a "deadlines are set by …" sentence of up to 160 characters, and no longer', () => {
    const opening = 'deadlines are set by ';
    expect(parseDeadlineText(opening + 'a'.repeat(160 - opening.length))).toMatchObject({ kind: 'none' });
    expect(parseDeadlineText(opening + 'a'.repeat(161 - opening.length))).toMatchObject({ kind: 'unparsed' });
  });
});

describe('lead-in words in front of a date', () => {
  expectEach([
    ['By 31/10/2013', 'date', '2013-10-31'],
    ['Before Oct 2013', 'month', '2013-10-31'],
    ['No later than October 2013', 'month', '2013-10-31'],
    ['Due by 31.10.13', 'date', '2013-10-31'],
    ['Due date: 31/10/2013', 'date', '2013-10-31'],
    ['Due 31/10/2013', 'date', '2013-10-31'],
    ['Deadline - Oct 2013', 'month', '2013-10-31'],
    ['Deadline:31/10/2013', 'date', '2013-10-31'],
    ['Target date 31/10/2013', 'date', '2013-10-31'],
    ['Target: Oct 2013', 'month', '2013-10-31'],
    ['To be completed by Oct 2013', 'month', '2013-10-31'],
    ['Completed by Oct 2013', 'month', '2013-10-31'],
    ['Complete by Oct 2013', 'month', '2013-10-31'],
    ['BY END OCT 2013', 'month', '2013-10-31'],
    ['EO Oct 2013', 'month', '2013-10-31'],
    ['Week ending 31/10/2013', 'date', '2013-10-31'],
    ['W/E 31/10/2013', 'date', '2013-10-31'],
    // The due day of a week "commencing" is unclear, so it is not guessed.
    ['w/c 14/10/2013', 'unparsed', null],
    ['Week commencing 14 October 2013', 'unparsed', null],
  ]);
});

describe('wrapping brackets, quotes, dashes and stray punctuation', () => {
  expectEach([
    ['(Oct 2013)', 'month', '2013-10-31'],
    ['[Oct 2013]', 'month', '2013-10-31'],
    ['( Oct 2013 )', 'month', '2013-10-31'],
    ['(Oct 2013.)', 'month', '2013-10-31'],
    ['Review (Oct 2013)', 'unparsed', null],
    ['(Oct 2013) review', 'unparsed', null],
    ['Review [Oct 2013]', 'unparsed', null],
    ['[Oct 2013] review', 'unparsed', null],
    ['Oct 2013.', 'month', '2013-10-31'],
    [', Oct 2013;', 'month', '2013-10-31'],
    ['Sept \u201913', 'month', '2013-09-30'],
    ['&', 'unparsed', null],
    ['\u201COct 2013\u201D', 'unparsed', null],
  ]);
});

describe('recurring actions are due at the end of their run', () => {
  expectEach([
    ['Monthly through to Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly to Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly through Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly thru to Dec 2013', 'recurring', '2013-12-31'],
    ['Weekly till Dec 2013', 'recurring', '2013-12-31'],
    ['Weekly til Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly up until Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly ending Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly ending in Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly - Dec 2013', 'recurring', '2013-12-31'],
    ['Monthly reviews until Dec 2013', 'recurring', '2013-12-31'],
    ['Bi-monthly until March 2014', 'recurring', '2014-03-31'],
    ['Bimonthly until March 2014', 'recurring', '2014-03-31'],
    ['Half-termly to July 2014', 'recurring', '2014-07-31'],
    ['Half termly to July 2014', 'recurring', '2014-07-31'],
    ['Six-monthly until March 2015', 'recurring', '2015-03-31'],
    ['Half yearly until March 2015', 'recurring', '2015-03-31'],
    ['Biannually until March 2015', 'recurring', '2015-03-31'],
    ['Every two weeks until Dec 2013', 'recurring', '2013-12-31'],
    ['Quarterly up to March 2014', 'recurring', '2014-03-31'],
    ['Ongoing until March 2014', 'recurring', '2014-03-31'],
    ['Monthly until 31/02/2014', 'invalid', null],
    ['Monthly', 'none', null],
    ['Ongoing - reviewed quarterly', 'none', null],
    ['Review monthly until Dec 2013', 'unparsed', null],
  ]);
});

describe('several milestones on one line are due on the latest', () => {
  expectEach(
    [
      'Nov 2013 & April 2014',
      'Nov 2013 + April 2014',
      'Nov 2013 and April 2014',
      'Nov 2013 then April 2014',
      'Nov 2013, April 2014',
      'Nov 2013 / April 2014',
      'Nov 2013/April 2014',
      'Nov 2013 to April 2014',
      'Nov 2013 - April 2014',
      'Nov 2013 \u2013 April 2014',
      'Nov 2013, and April 2014',
      'April 2014 & Nov 2013',
      'Nov 2013;\nApril 2014',
      'Nov 2013\n \nApril 2014',
      'Nov 2013\r\nApril 2014',
    ].map((text): Row => [text, 'milestones', '2014-04-30']),
  );
});

describe('a cell Excel holds as a date', () => {
  // 41578 is 31 October 2013.
  it('is read from its value even when Excel shows ##### because the column is too narrow', () => {
    expect(readDeadlineCell({ value: 41578, text: '########', numberFormat: 'dd/mm/yyyy' })).toMatchObject({
      kind: 'date',
      due: '2013-10-31',
      text: '########',
    });
    // Serial 1 is the first day a date format can show; serialToIso documents that it reads one day early.
    expect(readDeadlineCell({ value: 1, text: '########', numberFormat: 'dd/mm/yyyy' })).toMatchObject({
      kind: 'date',
      due: '1899-12-31',
    });
  });

  it('is not a date when its value is zero (an empty date cell)', () => {
    expect(readDeadlineCell({ value: 0, text: '########', numberFormat: 'dd/mm/yyyy' })).toMatchObject({
      kind: 'unparsed',
      due: null,
    });
  });

  it('takes its ISO date as its text when no display text was captured', () => {
    expect(readDeadlineCell({ value: 41578, text: ' ', numberFormat: 'dd/mm/yyyy' })).toMatchObject({
      kind: 'date',
      text: '2013-10-31',
    });
  });

  it('with no captured format, is a date when shown in a way the text alone cannot read', () => {
    expect(readDeadlineCell({ value: 41578, text: 'Thu 31/10/13' })).toMatchObject({
      kind: 'date',
      due: '2013-10-31',
    });
    expect(readDeadlineCell({ value: 41578, text: '' })).toMatchObject({ kind: 'blank', due: null });
    expect(readDeadlineCell({ value: 41578, text: '  ' })).toMatchObject({ kind: 'blank', due: null });
  });

  it('falls back to the value when a text cell has no display text', () => {
    expect(readDeadlineCell({ value: 'Oct 2013', text: ' ' })).toMatchObject({
      kind: 'month',
      due: '2013-10-31',
    });
  });
});
