/**
 * summarise() on a hand-built plan: two sheets, two themes on the first, every rating, Ofsted marks,
 * errors, overdue deadlines and a previous state. Every expected number below is counted by hand from
 * the rows, not computed by the code under test.
 */
import { checkWorkbook } from '../../src/core/check';
import { stateAfter, summarise, type SummaryState } from '../../src/core/summary';
import { sheetFrom } from '../support/sheet';

const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'];
const AS_OF = '2014-01-15';

/** Sheet "Front door": two themes, three objectives, six actions. */
const FRONT_DOOR = sheetFrom(
  'Front door',
  [
    HEADER,
    ['THEME 1: CONTACT AND REFERRAL'],
    ['1', 'Objective: Decisions in the MASH are timely'],
    ['1.1', 'Review thresholds *', 'Jo Bloggs', '31/12/2013', 'Red', 'Amber'], // overdue, red, Ofsted
    ['1.2', 'Train staff', 'Ann Lee', '31/03/2014', 'Green', 'Green'],
    ['2', 'Objective: Strategy meetings are quorate'],
    ['2.1', 'Audit meetings', '', 'March 2014', 'Amber', ''], // missing lead → error, incomplete
    ['THEME 2: WORKFORCE'],
    ['3', 'Objective: Caseloads are manageable'],
    ['3.1', 'Recruit social workers *', 'Sam Cole', '30/11/2013', 'Blue', 'Green'], // past but complete
    ['3.2', 'Agency reduction plan', 'Sam Cole', 'Ongoing', 'Purple', 'Red'], // invalid → error
    ['3.3', 'Exit interviews', 'Sam Cole', '15/01/2014', 'Green', 'Blue'], // due today: not overdue
  ],
  ['A2:F2', 'A8:F8'],
);

/** Sheet "Care leavers": no banners, one objective, three actions. */
const CARE_LEAVERS = sheetFrom('Care leavers', [
  HEADER,
  ['1', 'Objective: Pathway plans are up to date'],
  ['1.1', 'Refresh pathway plans', 'Kim Ross', '01/01/2014', 'Amber', 'Amber'], // overdue
  ['1.2', 'Set up a care leavers forum', 'Kim Ross', '', '', ''], // missing deadline → error; unrated
  ['1.3', 'Ofsted recommendation: personal advisers for all', 'Kim Ross', '30/06/2014', 'Green', ''],
]);

function check() {
  return checkWorkbook({ sheets: [FRONT_DOOR, CARE_LEAVERS] }, { asOf: AS_OF }).sheets;
}

describe('summarise(): headline figures', () => {
  const summary = summarise(check(), AS_OF, null);

  it('counts every action by its Action RAG across both sheets', () => {
    expect(summary.sheets).toEqual(['Front door', 'Care leavers']);
    expect(summary.totals).toEqual({
      actions: 9,
      red: 1,
      amber: 2,
      green: 3,
      blue: 1,
      unrated: 1,
      invalid: 1,
      overdue: 2, // 1.1 on Front door (31/12/2013, Red) and 1.1 on Care leavers (01/01/2014, Amber)
    });
  });

  it('counts the Impact RAG separately', () => {
    expect(summary.impact).toEqual({ red: 1, amber: 2, green: 2, blue: 1, unrated: 3, invalid: 0 });
  });

  it('works out % complete and % on track to one decimal place', () => {
    expect(summary.percentComplete).toBe(11.1); // 1 of 9
    expect(summary.percentOnTrack).toBe(44.4); // (3 green + 1 blue) of 9
  });

  it('counts the actions with at least one error, by ref within their sheet', () => {
    // 2.1 (missing lead), 3.2 (invalid rating) on Front door; 1.2 (missing deadline) on Care leavers.
    expect(summary.actionsWithErrors).toBe(3);
  });

  it('counts the actions answering the Ofsted report and their ratings', () => {
    expect(summary.ofsted).toEqual({
      actions: 3, // 1.1 and 3.1 on Front door (*), 1.3 on Care leavers ("Ofsted recommendation")
      counts: { red: 1, amber: 0, green: 1, blue: 1, unrated: 0, invalid: 0 },
    });
  });
});

describe('summarise(): by theme and objective', () => {
  const summary = summarise(check(), AS_OF, null);

  it('gives one entry per theme, the unnamed theme of a sheet under the sheet name', () => {
    expect(summary.byTheme.map((t) => t.theme)).toEqual([
      'THEME 1: CONTACT AND REFERRAL',
      'THEME 2: WORKFORCE',
      'Care leavers',
    ]);
  });

  it('counts Action RAG and Impact RAG per theme', () => {
    const [contact, workforce, care] = summary.byTheme;
    expect(contact.counts).toEqual({ red: 1, amber: 1, green: 1, blue: 0, unrated: 0, invalid: 0 });
    expect(contact.impact).toEqual({ red: 0, amber: 1, green: 1, blue: 0, unrated: 1, invalid: 0 });
    expect(workforce.counts).toEqual({ red: 0, amber: 0, green: 1, blue: 1, unrated: 0, invalid: 1 });
    expect(workforce.impact).toEqual({ red: 1, amber: 0, green: 1, blue: 1, unrated: 0, invalid: 0 });
    expect(care.counts).toEqual({ red: 0, amber: 1, green: 1, blue: 0, unrated: 1, invalid: 0 });
    expect(care.impact).toEqual({ red: 0, amber: 1, green: 0, blue: 0, unrated: 2, invalid: 0 });
  });

  it('counts per objective, in sheet order, with refs and titles', () => {
    const objectives = summary.byTheme.flatMap((t) =>
      t.objectives.map((o) => [o.ref, o.counts.red, o.counts.amber, o.counts.green, o.counts.blue]),
    );
    expect(objectives).toEqual([
      ['1', 1, 0, 1, 0],
      ['2', 0, 1, 0, 0],
      ['3', 0, 0, 1, 1],
      ['1', 0, 1, 1, 0],
    ]);
    expect(summary.byTheme[0].objectives[0].title).toMatch(/Decisions in the MASH are timely/);
  });
});

describe('summarise(): exception lists', () => {
  const summary = summarise(check(), AS_OF, null);
  const refs = (rows: { sheet: string; ref: string | null }[]) => rows.map((r) => `${r.sheet}!${r.ref}`);

  it('lists Red actions', () => {
    expect(refs(summary.exceptions.red)).toEqual(['Front door!1.1']);
    expect(summary.exceptions.red[0]).toMatchObject({
      row: 4,
      text: 'Review thresholds *',
      leads: ['Jo Bloggs'],
      deadline: '31/12/2013',
      due: '2013-12-31',
      actionRag: 'red',
    });
  });

  it('lists overdue actions, never a complete one or one due on the as-of day', () => {
    expect(refs(summary.exceptions.overdue)).toEqual(['Front door!1.1', 'Care leavers!1.1']);
  });

  it('lists actions missing a lead, a readable deadline or a rating', () => {
    expect(refs(summary.exceptions.incomplete)).toEqual([
      'Front door!2.1', // no lead
      'Front door!3.2', // invalid rating ("Ongoing" is a deliberate no-date, not missing)
      'Care leavers!1.2', // no deadline, unrated
    ]);
  });
});

describe('summarise(): movement since the previous refresh', () => {
  const previous: SummaryState = {
    asOf: '2013-12-01',
    refreshedAt: '2013-12-01 09:00',
    totals: { actions: 9, red: 2, amber: 2, green: 3, blue: 0, unrated: 1, invalid: 1, overdue: 0 },
    ratings: {
      'Front door!1.1': 'amber', // now red: down
      'Front door!1.2': 'green', // unchanged: not listed
      'Front door!2.1': 'red', // now amber: up
      'Front door!3.1': 'green', // now blue: up
      'Front door!3.2': 'amber', // now invalid: not on the scale → same
      'Front door!3.9': 'red', // gone: removed
      'Care leavers!1.1': 'amber', // unchanged
      'Care leavers!1.2': 'unrated', // unchanged
      // Front door!3.3 and Care leavers!1.3 are new
    },
  };
  const summary = summarise(check(), AS_OF, previous);

  it('lists every change with its direction, new actions and removed ones', () => {
    const moves = summary.movement.map((m) => `${m.sheet}!${m.ref} ${m.from}→${m.to} ${m.direction}`);
    expect(moves.sort()).toEqual(
      [
        'Care leavers!1.3 null→green new',
        'Front door!1.1 amber→red down',
        'Front door!2.1 red→amber up',
        'Front door!3.1 green→blue up',
        'Front door!3.2 amber→invalid same',
        'Front door!3.3 null→green new',
        'Front door!3.9 red→null removed',
      ].sort(),
    );
  });

  it('keeps the previous totals for the then/now table', () => {
    expect(summary.previous).toEqual(previous.totals);
  });

  it('remembers every rated ref by sheet for the next refresh', () => {
    const state = stateAfter(summary, check(), '2014-01-15 10:00');
    expect(state).toMatchObject({ asOf: AS_OF, refreshedAt: '2014-01-15 10:00', totals: summary.totals });
    expect(Object.keys(state.ratings)).toHaveLength(9);
    expect(state.ratings['Care leavers!1.2']).toBe('unrated');
    expect(state.ratings['Front door!3.2']).toBe('invalid');
  });

  it('reports no movement on a first refresh', () => {
    expect(summarise(check(), AS_OF, null).movement).toEqual([]);
  });
});
