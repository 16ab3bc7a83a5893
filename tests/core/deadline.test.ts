import fc from 'fast-check';
import { endOfMonth, formatIso, isoToSerial } from '../../src/core/dates';
import { parseDeadlineText, readDeadlineCell } from '../../src/core/deadline';
import type { CellSnapshot } from '../../src/core/snapshot';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Any real day in the years a plan can be dated. */
const realDay = fc
  .record({
    y: fc.integer({ min: 1900, max: 2199 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate());

const monthYear = fc.record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }) });

function randomCase(text: string, flips: boolean[]): string {
  return [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
}

describe('parseDeadlineText: single days', () => {
  it.each([
    ['31/10/2010', '2010-10-31'],
    ['31.10.2010', '2010-10-31'],
    ['31-10-2010', '2010-10-31'],
    ['1/4/11', '2011-04-01'],
    ['01/04/2011', '2011-04-01'],
    ['4/1/2011', '2011-01-04'],
    ['31 October 2010', '2010-10-31'],
    ['31st Oct 2010', '2010-10-31'],
    ['1st April 2014', '2014-04-01'],
    ['22nd Sept 2013', '2013-09-22'],
    ['3rd of March 2014', '2014-03-03'],
    ['31-Oct-13', '2013-10-31'],
    ['Thursday 31 October 2013', '2013-10-31'],
    ['October 31, 2013', '2013-10-31'],
    ['2013-10-31', '2013-10-31'],
    ['by 31/10/2010', '2010-10-31'],
    ['w/e 18/10/2013', '2013-10-18'],
    ['  31/10/2010.  ', '2010-10-31'],
    ['(31/10/2010)', '2010-10-31'],
  ])('%j is due on %s', (text, due) => {
    expect(parseDeadlineText(text)).toEqual({ text: text.trim(), kind: 'date', due, milestones: [due] });
  });

  it.each([
    '15/13/2025',
    '31/02/2014',
    '32 Jan 2014',
    '29/02/2014',
    '0/5/2013',
    '31 April 2014',
    '2013-02-30',
    '31/10/1010',
  ])('%j is impossible, so invalid and never guessed', (text) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'invalid', due: null, milestones: [] });
  });

  it('reads any real day written d/m/yyyy day first', () => {
    fc.assert(
      fc.property(realDay, fc.constantFrom('/', '.', '-'), fc.boolean(), ({ y, m, d }, sep, pad) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const text = `${p(d)}${sep}${p(m)}${sep}${y}`;
        const due = formatIso(y, m, d);
        expect(parseDeadlineText(text)).toEqual({ text, kind: 'date', due, milestones: [due] });
      }),
    );
  });

  it('reads a two-digit year as this century', () => {
    fc.assert(
      fc.property(
        realDay.filter(({ y }) => y >= 2000 && y <= 2099),
        ({ y, m, d }) => {
          expect(parseDeadlineText(`${d}/${m}/${String(y % 100).padStart(2, '0')}`).due).toBe(
            formatIso(y, m, d),
          );
        },
      ),
    );
  });

  it('reads any real day written with a month name', () => {
    fc.assert(
      fc.property(realDay, fc.boolean(), ({ y, m, d }, short) => {
        const name = short ? SHORT[m - 1] : MONTHS[m - 1];
        expect(parseDeadlineText(`${d} ${name} ${y}`).due).toBe(formatIso(y, m, d));
      }),
    );
  });

  it('never reads a day above 31 or a month above 12: invalid with no date', () => {
    const bad = fc.oneof(
      fc.record({ d: fc.integer({ min: 32, max: 99 }), m: fc.integer({ min: 1, max: 99 }) }),
      fc.record({ d: fc.integer({ min: 1, max: 99 }), m: fc.integer({ min: 13, max: 99 }) }),
    );
    fc.assert(
      fc.property(
        bad,
        fc.integer({ min: 1900, max: 2199 }),
        fc.constantFrom('/', '.', '-'),
        ({ d, m }, y, sep) => {
          const result = parseDeadlineText(`${d}${sep}${m}${sep}${y}`);
          expect(result.kind).toBe('invalid');
          expect(result.due).toBeNull();
          expect(result.milestones).toEqual([]);
        },
      ),
    );
  });
});

describe('parseDeadlineText: months', () => {
  it.each([
    ['October 2013', '2013-10-31'],
    ['Oct 2013', '2013-10-31'],
    ['Sept 2013', '2013-09-30'],
    ['Sep 2013', '2013-09-30'],
    ['Sep 13', '2013-09-30'],
    ['Oct-13', '2013-10-31'],
    ['End Sept 2010', '2010-09-30'],
    ['end of October 2013', '2013-10-31'],
    ['by November 2013', '2013-11-30'],
    ['By the end of March 2014.', '2014-03-31'],
    ['END FEBRUARY 2012', '2012-02-29'],
    ['February 2014', '2014-02-28'],
    ['2013/14', '2014-03-31'],
    ['2013-14', '2014-03-31'],
    ['2013/2014', '2014-03-31'],
  ])('%j is due on %s', (text, due) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'month', due, milestones: [due] });
  });

  it('reads a financial year whose years are not consecutive as invalid', () => {
    expect(parseDeadlineText('2013/15')).toMatchObject({ kind: 'invalid', due: null, milestones: [] });
  });

  it('reads a month name in any case, full or short, with or without lead-in words, as its last day', () => {
    fc.assert(
      fc.property(
        monthYear,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
        fc.constantFrom('', 'by ', 'end ', 'End of ', 'by the end of ', 'BY '),
        fc.constantFrom('', '.', ' '),
        ({ y, m }, short, flips, lead, tail) => {
          const name = randomCase(short ? SHORT[m - 1] : MONTHS[m - 1], flips);
          const result = parseDeadlineText(`${lead}${name} ${y}${tail}`);
          expect(result.kind).toBe('month');
          expect(result.due).toBe(endOfMonth(y, m));
          expect(result.milestones).toEqual([endOfMonth(y, m)]);
        },
      ),
    );
  });
});

describe('parseDeadlineText: UK financial-year quarters', () => {
  it.each([
    ['Q1 2013/14', '2013-06-30'],
    ['Q2 2013/14', '2013-09-30'],
    ['Q3 2010/11', '2010-12-31'],
    ['Q3 2010-11', '2010-12-31'],
    ['Q3 2010/2011', '2010-12-31'],
    ['Quarter 3 2010/11', '2010-12-31'],
    ['Q4 2010/11', '2011-03-31'],
    ['q4 2099/00', '2100-03-31'],
    ['End Q2 2013/14', '2013-09-30'],
  ])('%j is due on %s', (text, due) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'quarter', due, milestones: [due] });
  });

  it.each(['Q5 2010/11', 'Q0 2010/11', 'Q3 2010/13', 'Q3 2010/2012'])('%j is invalid', (text) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'invalid', due: null, milestones: [] });
  });

  it('puts every quarter on its last day, inside its financial year', () => {
    const expected = (q: number, y: number) =>
      [endOfMonth(y, 6), endOfMonth(y, 9), endOfMonth(y, 12), endOfMonth(y + 1, 3)][q - 1];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1950, max: 2150 }),
        fc.boolean(),
        fc.constantFrom('/', '-'),
        (q, y, longSecond, sep) => {
          const second = longSecond ? String(y + 1) : String((y + 1) % 100).padStart(2, '0');
          const result = parseDeadlineText(`Q${q} ${y}${sep}${second}`);
          expect(result.kind).toBe('quarter');
          expect(result.due).toBe(expected(q, y));
          expect(result.due! >= `${y}-04-01` && result.due! <= `${y + 1}-03-31`).toBe(true);
        },
      ),
    );
  });

  it('never reads a quarter above 4, or years that do not follow each other', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 5, max: 99 }),
        fc.integer({ min: 2, max: 9 }),
        (y, q, gap) => {
          expect(parseDeadlineText(`Q${q} ${y}/${String((y + 1) % 100).padStart(2, '0')}`).kind).toBe(
            'invalid',
          );
          expect(parseDeadlineText(`Q3 ${y}/${y + gap}`).kind).toBe('invalid');
        },
      ),
    );
  });
});

describe('parseDeadlineText: milestones and recurring runs', () => {
  it.each([
    ['Nov 2013 & April 2014', ['2013-11-30', '2014-04-30'], '2014-04-30'],
    ['Nov 2013 and April 2014', ['2013-11-30', '2014-04-30'], '2014-04-30'],
    ['October 2013\nOctober 2013', ['2013-10-31', '2013-10-31'], '2013-10-31'],
    ['November 2013; August 2013', ['2013-11-30', '2013-08-31'], '2013-11-30'],
    ['November 2013\nOctober 2013', ['2013-11-30', '2013-10-31'], '2013-11-30'],
    ['31/10/2013, Q4 2013/14', ['2013-10-31', '2014-03-31'], '2014-03-31'],
    ['Sept 2013 - Dec 2013', ['2013-09-30', '2013-12-31'], '2013-12-31'],
  ])('%j has milestones %j, due %s', (text, milestones, due) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'milestones', due, milestones });
  });

  it('reads an impossible milestone as invalid', () => {
    expect(parseDeadlineText('Nov 2013 & 31/02/2014')).toMatchObject({
      kind: 'invalid',
      due: null,
      milestones: [],
    });
  });

  it('keeps the dates when a no-date phrase sits beside them', () => {
    expect(parseDeadlineText('TBC\nOctober 2013')).toMatchObject({ kind: 'month', due: '2013-10-31' });
  });

  it('lists any months in the order written, due on the latest', () => {
    fc.assert(
      fc.property(
        fc.array(monthYear, { minLength: 2, maxLength: 5 }),
        fc.constantFrom(' & ', ' and ', '\n', '; '),
        (items, sep) => {
          const text = items.map(({ y, m }) => `${SHORT[m - 1]} ${y}`).join(sep);
          const expected = items.map(({ y, m }) => endOfMonth(y, m));
          const result = parseDeadlineText(text);
          expect(result.kind).toBe('milestones');
          expect(result.milestones).toEqual(expected);
          expect(result.due).toBe([...expected].sort().at(-1));
        },
      ),
    );
  });

  it.each([
    ['Monthly through to Dec 2013', '2013-12-31'],
    ['Quarterly until March 2014', '2014-03-31'],
    ['Monthly from Sept 2013 to Dec 2013', '2013-12-31'],
    ['Monthly reports to the Board until 31/03/2014', '2014-03-31'],
    ['Ongoing until March 2014', '2014-03-31'],
    ['Six-monthly to Q4 2013/14', '2014-03-31'],
  ])('%j recurs until %s', (text, due) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'recurring', due, milestones: [due] });
  });

  it('reads a run that ends on an impossible date as invalid', () => {
    expect(parseDeadlineText('Monthly until 31/02/2014')).toMatchObject({ kind: 'invalid', due: null });
  });

  it('reads any run to any month as recurring, due at its end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Monthly', 'Quarterly', 'Weekly', 'Termly', 'monthly'),
        fc.constantFrom('through to', 'until', 'to', 'up to'),
        monthYear,
        (rhythm, connector, { y, m }) => {
          const result = parseDeadlineText(`${rhythm} ${connector} ${MONTHS[m - 1]} ${y}`);
          expect(result).toMatchObject({
            kind: 'recurring',
            due: endOfMonth(y, m),
            milestones: [endOfMonth(y, m)],
          });
        },
      ),
    );
  });
});

describe('parseDeadlineText: no date, unreadable, blank', () => {
  it.each([
    'Deadlines determined by WSCB Business Plan',
    'Deadline set by the LSCB work plan',
    'Ongoing',
    'On-going',
    'on going',
    'TBC',
    'TBA',
    'tbc.',
    'N/A',
    'n/a',
    'Throughout',
    'As required',
    'As and when required',
    'To be confirmed',
    'Monthly',
  ])('%j deliberately has no date', (text) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'none', due: null, milestones: [] });
  });

  it('reads the no-date words in any case and padding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Ongoing', 'On-going', 'TBC', 'TBA', 'N/A', 'Throughout', 'As required'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', ' ', '  ', '\t'),
        (word, flips, pad) => {
          expect(parseDeadlineText(`${pad}${randomCase(word, flips)}${pad}`).kind).toBe('none');
        },
      ),
    );
  });

  it.each([
    'As soon as possible',
    'Q3 2013',
    'w/c 14/10/2013',
    'Mid October 2013',
    'When the new structure is in place',
    'The board will review progress against this action at its meeting in October 2013 and report to the Executive in January 2014.',
    'October',
    '31/10',
    '2014',
  ])('%j is unparsed', (text) => {
    expect(parseDeadlineText(text)).toEqual({ text, kind: 'unparsed', due: null, milestones: [] });
  });

  it.each(['', '   ', '\n \n'])('%j is blank', (text) => {
    expect(parseDeadlineText(text)).toEqual({ text: '', kind: 'blank', due: null, milestones: [] });
  });

  it('never finds a date in text without a digit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !/\d/.test(s)),
        (text) => {
          const result = parseDeadlineText(text);
          expect(['none', 'unparsed', 'blank']).toContain(result.kind);
          expect(result.due).toBeNull();
        },
      ),
    );
  });

  it('always keeps the trimmed text and a due date that is the latest milestone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parseDeadlineText(text);
        expect(result.text).toBe(text.trim());
        if (result.due === null) expect(result.milestones).toEqual([]);
        else expect(result.due).toBe([...result.milestones].sort().at(-1));
      }),
    );
  });
});

describe('readDeadlineCell', () => {
  const cell = (c: Partial<CellSnapshot>): CellSnapshot => ({ value: null, text: '', ...c });

  it('reads a blank or missing cell as blank', () => {
    const blank = { text: '', kind: 'blank', due: null, milestones: [] };
    expect(readDeadlineCell(undefined)).toEqual(blank);
    expect(readDeadlineCell(cell({}))).toEqual(blank);
    expect(readDeadlineCell(cell({ value: '  ', text: '  ' }))).toEqual(blank);
  });

  it('reads a number with a date format as a real Excel date, keeping the display text', () => {
    expect(readDeadlineCell(cell({ value: 41578, text: '31/10/2013', numberFormat: 'dd/mm/yyyy' }))).toEqual({
      text: '31/10/2013',
      kind: 'date',
      due: '2013-10-31',
      milestones: ['2013-10-31'],
    });
  });

  it('trusts the serial over a month-first display text', () => {
    expect(readDeadlineCell(cell({ value: 41578, text: '10/31/2013', numberFormat: 'm/d/yyyy' })).due).toBe(
      '2013-10-31',
    );
  });

  it('uses the ISO day as text when the cell has no display text', () => {
    expect(readDeadlineCell(cell({ value: 40482.5, numberFormat: 'd-mmm-yy' }))).toMatchObject({
      text: '2010-10-31',
      kind: 'date',
      due: '2010-10-31',
    });
  });

  it('reads a date-like number with no captured format, displayed as a date, as a real date', () => {
    expect(readDeadlineCell(cell({ value: 41578, text: '31-Oct-13' }))).toMatchObject({
      kind: 'date',
      due: '2013-10-31',
    });
  });

  it('reads a plain number as text, not as a date', () => {
    expect(readDeadlineCell(cell({ value: 41578, text: '41578' })).kind).toBe('unparsed');
    expect(readDeadlineCell(cell({ value: 41578, text: '41,578', numberFormat: '#,##0' })).kind).toBe(
      'unparsed',
    );
  });

  it('parses the text of a text cell', () => {
    expect(readDeadlineCell(cell({ value: 'Q3 2010/11', text: 'Q3 2010/11' }))).toMatchObject({
      kind: 'quarter',
      due: '2010-12-31',
    });
    expect(readDeadlineCell(cell({ value: 'End Sept 2010', text: 'End Sept 2010' }))).toMatchObject({
      kind: 'month',
      due: '2010-09-30',
    });
  });

  it('reads any date-formatted serial as that day', () => {
    fc.assert(
      fc.property(
        realDay,
        fc.constantFrom('dd/mm/yyyy', 'd-mmm-yy', 'mmmm yyyy', '[$-809]dd mmmm yyyy'),
        ({ y, m, d }, numberFormat) => {
          const iso = formatIso(y, m, d);
          const result = readDeadlineCell(cell({ value: isoToSerial(iso), text: 'shown', numberFormat }));
          expect(result).toEqual({ text: 'shown', kind: 'date', due: iso, milestones: [iso] });
        },
      ),
    );
  });
});
