/**
 * The spellings of lead cells officers type, one table per feature: list markers and labels, separators
 * between names with and without spaces, job titles that carry on across "and" or a comma, a person
 * named beside their role, repeats, and combined lead-and-deadline cells with the date before or after.
 * Rows added where mutation testing showed a rule unpinned; each expected list is read off the cell.
 */
import { splitLeadAndDeadline, splitLeads } from '../../src/core/leads';

type Row = [cell: string, leads: string[]];

function expectLeads(rows: Row[]): void {
  it.each(rows)('%j → %j', (cell, leads) => {
    expect(splitLeads(cell)).toEqual(leads);
  });
}

describe('list markers, bullets and labels', () => {
  expectLeads([
    ['(a) Jo Bloggs (b) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['(iv) Jo Bloggs (v) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['(10) Jo Bloggs (11) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['( a ) Jo Bloggs ( b ) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs (Secondary) Ann Lee (Primary)', ['Jo Bloggs Ann Lee']],
    ['Jo Bloggs (Head of (Early) Help)', ['Jo Bloggs']],
    ['Jo Bloggs (Head of Early Help', ['Jo Bloggs Head of Early Help']], // an unclosed bracket keeps its text
    ['Jo Bloggs) Ann Lee', ['Jo Bloggs) Ann Lee']],
    ['iv) Jo Bloggs\nv) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['10) Jo Bloggs\n11) Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['10. Jo Bloggs\n11. Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    [
      '- Jo Bloggs\n\u2013 Ann Lee\n* Sam Cole\n\u00b7 Kim Ross',
      ['Jo Bloggs', 'Ann Lee', 'Sam Cole', 'Kim Ross'],
    ],
    ['-  Jo Bloggs', ['Jo Bloggs']],
    ['Lead: Jo Bloggs', ['Jo Bloggs']],
    ['Leads : Jo Bloggs, Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Lead officer: Jo Bloggs', ['Jo Bloggs']],
    ['Lead officers: Jo Bloggs', ['Jo Bloggs']],
    ['Responsible officer:Jo Bloggs', ['Jo Bloggs']],
    ['Responsible officers: Jo Bloggs', ['Jo Bloggs']],
    ['Owner: Jo Bloggs', ['Jo Bloggs']],
    ['Owners: Jo Bloggs', ['Jo Bloggs']],
    ['1. Lead: Jo Bloggs', ['Jo Bloggs']],
    ['Team lead: Jo Bloggs', ['Team lead: Jo Bloggs']],
  ]);
});

describe('separators between names', () => {
  expectLeads([
    ['Jo Bloggs,Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs ,  Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs&Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs  &  Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs  and  Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs  /  Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs\r\nAnn Lee\rSam Cole', ['Jo Bloggs', 'Ann Lee', 'Sam Cole']],
    ['Jo Bloggs, , Ann Lee', ['Jo Bloggs', 'Ann Lee']],
    ['Jo Bloggs,', ['Jo Bloggs']],
    [', Jo Bloggs', ['Jo Bloggs']],
    ['Jo Bloggs; jo bloggs; JO BLOGGS', ['Jo Bloggs']],
    ['   ', []],
  ]);
});

describe('job titles that carry on across a separator', () => {
  expectLeads([
    ['Director of Children and Families', ['Director of Children and Families']],
    ['Children and Families', ['Children and Families']],
    ['Head of Safeguarding and Quality Assurance Unit', ['Head of Safeguarding and Quality Assurance Unit']],
    ['Head of Safeguarding and Quality Assurance', ['Head of Safeguarding and Quality Assurance']],
    [
      'Head of Safeguarding and Quality Assurance Team Leads',
      ['Head of Safeguarding', 'Quality Assurance Team Leads'],
    ],
    ['Head of Service and Jo Bloggs', ['Head of Service and Jo Bloggs']],
    ['Service Manager, Children in Need', ['Service Manager, Children in Need']],
    ['Service Manager, CIN team', ['Service Manager', 'CIN team']],
    ['Head of Service and Principal Social Worker', ['Head of Service', 'Principal Social Worker']],
    ['Jo Bloggs and Ann Lee and Sam Cole', ['Jo Bloggs', 'Ann Lee', 'Sam Cole']],
    ['Jo Bloggs and Ann Lee Smith Jones Brown', ['Jo Bloggs', 'Ann Lee Smith Jones Brown']],
    ['Health/Education', ['Health/Education']],
    ['Head of Health/Head of Education', ['Head of Health', 'Head of Education']],
    ['Head of Health/Education', ['Head of Health/Education']],
  ]);
});

describe('a person named beside their role', () => {
  expectLeads([
    ['Sue Morgan \u2013 Head of Early Years', ['Sue Morgan']],
    ['Sue Morgan - Head of Early Years', ['Sue Morgan']],
    ['Sue Morgan  \u2014  Head of Early Years', ['Sue Morgan']],
    ['Head of Service \u2013 Anne Lee', ['Anne Lee']],
    ['LSCB \u2013 Anne Lee', ['Anne Lee']],
    ['Lscb \u2013 Anne Lee', ['Lscb \u2013 Anne Lee']],
    ['Anne Lee \u2013 Jo Bloggs', ['Anne Lee \u2013 Jo Bloggs']],
    ['Head of Service \u2013 Anne lee', ['Head of Service \u2013 Anne lee']],
    [
      'Head of Service \u2013 Anne Mary Lee Smith Jones',
      ['Head of Service \u2013 Anne Mary Lee Smith Jones'],
    ],
    ['Sue Morgan-Head of Early Years', ['Sue Morgan-Head of Early Years']],
    ['Head of Service \u2013 Anne', ['Head of Service \u2013 Anne']],
    ['Head of Service \u2013 Anne Mary Lee Smith', ['Anne Mary Lee Smith']],
    ['Head of Service \u2013 Anne Lee2', ['Head of Service \u2013 Anne Lee2']],
  ]);
});

describe('a combined lead-and-deadline cell without italics', () => {
  it.each([
    ['Rose Collinson November 2013', ['Rose Collinson'], 'November 2013'],
    ['November 2013 Rose Collinson', ['Rose Collinson'], 'November 2013'],
    ['Rose Collinson\nNovember 2013', ['Rose Collinson'], 'November 2013'],
    ['Rose Collinson\n\nNovember 2013\nMarch 2014', ['Rose Collinson'], 'November 2013\nMarch 2014'],
    ['Rose Collinson', ['Rose Collinson'], ''],
    ['TBC Rose Collinson', ['Rose Collinson'], 'TBC'],
    ['Rose Collinson 2', ['Rose Collinson 2'], ''],
    ['  ', [], ''],
  ])('%j → leads %j, deadline %j', (text, leads, deadlineText) => {
    expect(splitLeadAndDeadline({ value: text, text })).toEqual({ leads, deadlineText });
  });

  it('reads the value when Excel gave no display text', () => {
    expect(splitLeadAndDeadline({ value: 'Rose Collinson November 2013', text: '' })).toEqual({
      leads: ['Rose Collinson'],
      deadlineText: 'November 2013',
    });
    expect(splitLeadAndDeadline({ value: 41578, text: '' })).toEqual({ leads: [], deadlineText: '' });
  });
});

describe('a combined cell in rich text', () => {
  it('takes the italic runs as the deadline, blank runs joining the block they are in', () => {
    expect(
      splitLeadAndDeadline({
        value: null,
        text: 'Rose Collinson  Nov 2013 and March 2014',
        rich: [
          { text: 'Rose' },
          { text: ' ' },
          { text: 'Collinson' },
          { text: '  ', italic: true },
          { text: 'Nov 2013', italic: true },
          { text: ' and March 2014', italic: true },
        ],
      }),
    ).toEqual({ leads: ['Rose Collinson'], deadlineText: 'Nov 2013 and March 2014' });
  });

  it('keeps italic blocks apart as milestones', () => {
    expect(
      splitLeadAndDeadline({
        value: null,
        text: 'Nov 2013 Rose Collinson March 2014',
        rich: [
          { text: 'Nov 2013', italic: true },
          { text: ' Rose Collinson ' },
          { text: 'March 2014', italic: true },
        ],
      }),
    ).toEqual({ leads: ['Rose Collinson'], deadlineText: 'Nov 2013\nMarch 2014' });
  });

  it('keeps the leads either side of an italic deadline apart, and drops a blank run before any text', () => {
    expect(
      splitLeadAndDeadline({
        value: null,
        text: ' Rose Collinson Nov 2013 Ann Lee',
        rich: [
          { text: ' ' },
          { text: 'Rose Collinson' },
          { text: 'Nov 2013', italic: true },
          { text: 'Ann Lee' },
        ],
      }),
    ).toEqual({ leads: ['Rose Collinson', 'Ann Lee'], deadlineText: 'Nov 2013' });
  });

  it('reads a rich cell with no italics by its lines, like plain text', () => {
    expect(
      splitLeadAndDeadline({
        value: null,
        text: 'Rose Collinson November 2013',
        rich: [{ text: 'Rose Collinson', bold: true }, { text: ' November 2013' }],
      }),
    ).toEqual({ leads: ['Rose Collinson'], deadlineText: 'November 2013' });
  });
});
