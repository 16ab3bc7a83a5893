import fc from 'fast-check';
import { splitLeadAndDeadline, splitLeads } from '../../src/core/leads';
import { parseDeadlineText } from '../../src/core/deadline';
import type { CellSnapshot, RichRun } from '../../src/core/snapshot';

const SEED_LIST =
  '(a) Salma Ali\n(b) Tim Bacon\n(c) Keith Whittlestone (Secondary), Jenny Garratt (Primary) & Sue Morgan (Early Years Settings)\n(d) Tony McGregor';

describe('splitLeads', () => {
  it.each([
    ['Robert Lake', ['Robert Lake']],
    ['Rose Collinson ', ['Rose Collinson']],
    [
      '(c) Keith Whittlestone (Secondary), Jenny Garratt (Primary) & Sue Morgan (Early Years Settings)',
      ['Keith Whittlestone', 'Jenny Garratt', 'Sue Morgan'],
    ],
    [
      SEED_LIST,
      ['Salma Ali', 'Tim Bacon', 'Keith Whittlestone', 'Jenny Garratt', 'Sue Morgan', 'Tony McGregor'],
    ],
    ['Tom Brown; Jane Smith', ['Tom Brown', 'Jane Smith']],
    ['Tom Brown and Jane Smith', ['Tom Brown', 'Jane Smith']],
    ['Tom Brown & Jane Smith', ['Tom Brown', 'Jane Smith']],
    ['Tom Brown/Jane Smith', ['Tom Brown', 'Jane Smith']],
    ['Tom Brown / Jane Smith', ['Tom Brown', 'Jane Smith']],
    ['Tom Brown, Jane Smith, Anne Lee', ['Tom Brown', 'Jane Smith', 'Anne Lee']],
    ['a) Jo Bloggs\nb) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['(i) Jo Bloggs (ii) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['1. Jo Bloggs\n2. Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['• Jo Bloggs\n• Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs\nJo Bloggs\nAnn Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs (Head of Early Help, Targeted & Specialist Services)', ['Jo Bloggs']],
    ['Sue Morgan – Head of Early Years', ['Sue Morgan']],
    ['Sue Morgan - Service Manager', ['Sue Morgan']],
    ['Head of Safeguarding and Quality Assurance', ['Head of Safeguarding and Quality Assurance']],
    ['Director of Children and Families', ['Director of Children and Families']],
    ['Service Manager, Children in Need', ['Service Manager, Children in Need']],
    [
      "Director of Children's Services & Head of Education",
      ["Director of Children's Services", 'Head of Education'],
    ],
    ['CP/CIN Manager', ['CP/CIN Manager']],
    ['LSCB Business Manager and HR', ['LSCB Business Manager', 'HR']],
    ['Lead: Jo Bloggs', ['Jo Bloggs']],
    ['A. Smith', ['A. Smith']],
    ['', []],
    ['  \n ; ', []],
  ])('%j → %j', (text, leads) => {
    expect(splitLeads(text)).toEqual(leads);
  });

  const name = fc
    .tuple(
      fc.constantFrom('Jo', 'Ann', 'Tom', 'Salma', 'Keith', 'Jenny', 'Rose'),
      fc.constantFrom('Bloggs', 'Lee', 'Brown', 'Ali', 'Garratt', 'Morgan', 'Collinson'),
    )
    .map(([first, last]) => `${first} ${last}`);

  it('splits any list of names on any separator, in order, without repeats', () => {
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '; ', ', ', ' & ', ' and ', '/', ' / '),
        fc.constantFrom('', ' (Secondary)', ' (Early Years Settings)'),
        (names, sep, role) => {
          const unique = [...new Set(names)];
          expect(splitLeads(names.map((n) => `${n}${role}`).join(sep))).toEqual(unique);
        },
      ),
    );
  });

  it('never returns an empty or untrimmed lead', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        for (const lead of splitLeads(text)) {
          expect(lead).not.toBe('');
          expect(lead).toBe(lead.trim());
        }
      }),
    );
  });
});

describe('splitLeadAndDeadline with rich text (italics are the deadline)', () => {
  const rich = (runs: RichRun[]): CellSnapshot => {
    const text = runs.map((r) => r.text).join('');
    return { value: text, text, rich: runs };
  };

  it('Robert Lake + "Deadlines determined by WSCB Business Plan"', () => {
    const split = splitLeadAndDeadline(
      rich([{ text: 'Robert Lake\n' }, { text: 'Deadlines determined by WSCB Business Plan', italic: true }]),
    );
    expect(split).toEqual({
      leads: ['Robert Lake'],
      deadlineText: 'Deadlines determined by WSCB Business Plan',
    });
    expect(parseDeadlineText(split.deadlineText).kind).toBe('none');
  });

  it('Rose Collinson + "November 2013"', () => {
    const split = splitLeadAndDeadline(
      rich([{ text: 'Rose Collinson ' }, { text: 'November 2013', italic: true }]),
    );
    expect(split).toEqual({ leads: ['Rose Collinson'], deadlineText: 'November 2013' });
  });

  it('"November 2013" then a lettered list of leads', () => {
    const split = splitLeadAndDeadline(
      rich([{ text: 'November 2013\n', italic: true }, { text: SEED_LIST }]),
    );
    expect(split).toEqual({
      leads: ['Salma Ali', 'Tim Bacon', 'Keith Whittlestone', 'Jenny Garratt', 'Sue Morgan', 'Tony McGregor'],
      deadlineText: 'November 2013',
    });
  });

  it('two leads each with an italic deadline become milestones', () => {
    const split = splitLeadAndDeadline(
      rich([
        { text: 'Alan Michell\n' },
        { text: 'October 2013', italic: true },
        { text: '\nTony McGregor\n' },
        { text: 'October 2013', italic: true },
      ]),
    );
    expect(split).toEqual({
      leads: ['Alan Michell', 'Tony McGregor'],
      deadlineText: 'October 2013\nOctober 2013',
    });
    expect(parseDeadlineText(split.deadlineText)).toMatchObject({
      kind: 'milestones',
      due: '2013-10-31',
      milestones: ['2013-10-31', '2013-10-31'],
    });
  });

  it('Carol Boughton + "November 2013\\nOctober 2013"', () => {
    const split = splitLeadAndDeadline(
      rich([{ text: 'Carol Boughton\n' }, { text: 'November 2013\nOctober 2013', italic: true }]),
    );
    expect(split).toEqual({ leads: ['Carol Boughton'], deadlineText: 'November 2013\nOctober 2013' });
    expect(parseDeadlineText(split.deadlineText)).toMatchObject({ kind: 'milestones', due: '2013-11-30' });
  });

  it('Rose Collinson + "Monthly through to Dec 2013"', () => {
    const split = splitLeadAndDeadline(
      rich([{ text: 'Rose Collinson ' }, { text: 'Monthly through to Dec 2013', italic: true }]),
    );
    expect(split).toEqual({ leads: ['Rose Collinson'], deadlineText: 'Monthly through to Dec 2013' });
    expect(parseDeadlineText(split.deadlineText)).toMatchObject({ kind: 'recurring', due: '2013-12-31' });
  });

  it('joins italic runs split only by white space into one piece', () => {
    const split = splitLeadAndDeadline(
      rich([
        { text: 'Jo Bloggs ' },
        { text: 'Nov 2013', italic: true },
        { text: ' ' },
        { text: '& April 2014', italic: true },
      ]),
    );
    expect(split.deadlineText).toBe('Nov 2013 & April 2014');
  });

  it('falls back to lines when no run is italic', () => {
    expect(
      splitLeadAndDeadline(rich([{ text: 'Jo Bloggs\n', bold: true }, { text: 'October 2013' }])),
    ).toEqual({
      leads: ['Jo Bloggs'],
      deadlineText: 'October 2013',
    });
  });
});

describe('splitLeadAndDeadline with plain text', () => {
  const plain = (text: string): CellSnapshot => ({ value: text, text });

  it.each([
    ['Rose Collinson\nOctober 2013', ['Rose Collinson'], 'October 2013'],
    ['Rose Collinson November 2013', ['Rose Collinson'], 'November 2013'],
    ['Rose Collinson by end of November 2013', ['Rose Collinson'], 'by end of November 2013'],
    ['Rose Collinson - November 2013', ['Rose Collinson'], 'November 2013'],
    ['November 2013 Rose Collinson', ['Rose Collinson'], 'November 2013'],
    ['Robert Lake\nNov 2013 & April 2014', ['Robert Lake'], 'Nov 2013 & April 2014'],
    [
      'Alan Michell\nOctober 2013\nTony McGregor\nOctober 2013',
      ['Alan Michell', 'Tony McGregor'],
      'October 2013\nOctober 2013',
    ],
    ['Carol Boughton Q3 2013/14', ['Carol Boughton'], 'Q3 2013/14'],
    ['Robert Lake\nOngoing', ['Robert Lake'], 'Ongoing'],
    ['Jo Bloggs\n31/02/2014', ['Jo Bloggs'], '31/02/2014'],
    ['Tom Brown; Jane Smith\n31/10/2013', ['Tom Brown', 'Jane Smith'], '31/10/2013'],
    ['Jo Bloggs', ['Jo Bloggs'], ''],
    ['Monthly through to Dec 2013', [], 'Monthly through to Dec 2013'],
  ])('%j → leads %j, deadline %j', (text, leads, deadlineText) => {
    expect(splitLeadAndDeadline(plain(text))).toEqual({ leads, deadlineText });
  });

  it('reads a missing or empty cell as nothing', () => {
    expect(splitLeadAndDeadline(undefined)).toEqual({ leads: [], deadlineText: '' });
    expect(splitLeadAndDeadline(plain(''))).toEqual({ leads: [], deadlineText: '' });
  });

  it('separates any name from any month after it', () => {
    const months = [
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
    fc.assert(
      fc.property(
        fc.constantFrom('Rose Collinson', 'Robert Lake', 'Salma Ali', 'Tony McGregor'),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(' ', '\n', ' \n'),
        (lead, m, y, sep) => {
          const deadline = `${months[m]} ${y}`;
          expect(splitLeadAndDeadline(plain(`${lead}${sep}${deadline}`))).toEqual({
            leads: [lead],
            deadlineText: deadline,
          });
        },
      ),
    );
  });
});

describe('a role written before the person', () => {
  it.each([
    ['Head of Service – Anne Lee', ['Anne Lee']],
    ['Performance Manager – Kevin Moss', ['Kevin Moss']],
    ['CADT - David Roberts', ['David Roberts']],
    ['Sue Morgan – Head of Early Years', ['Sue Morgan']],
    ['Head of Service – Principal Manager', ['Head of Service – Principal Manager']],
  ])('"%s" → %j', (text, leads) => {
    expect(splitLeads(text)).toEqual(leads);
  });
});
