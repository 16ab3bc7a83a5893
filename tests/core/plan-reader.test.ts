import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import { sheetFrom } from '../support/sheet';

const HEADER = [null, 'Objective and actions', 'Lead & delivery deadline', 'Action RAG', 'Impact RAG'];

function read(sheet: ReturnType<typeof sheetFrom>): PlanSheet {
  const result = readPlanSheet(sheet);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('readPlanSheet on a Walsall-style plan', () => {
  const sheet = sheetFrom(
    'SIP',
    [
      ['STRATEGIC IMPROVEMENT PLAN FOR SAFEGUARDING CHILDREN - PHASE 2'],
      [],
      ['IMPROVEMENT THEME 1: THE QUALITY OF PARTNERSHIPS & GOVERNANCE'],
      ['* indicates objectives arising directly from 2013 Ofsted report'],
      HEADER,
      ['1.1', 'Objective: To maximise the impact of the board'],
      [
        '1.1.1',
        'To implement the business plan',
        {
          text: 'Robert Lake\nNov 2013 & April 2014',
          value: 'x',
          rich: [{ text: 'Robert Lake\n' }, { text: 'Nov 2013 & April 2014', italic: true }],
        },
        'Green',
        '',
      ],
      ['1.1.2', 'To review the board *', 'Rose Collinson\nOctober 2013', 'amber', 'G'],
      [],
      HEADER,
      ['1.2', 'Objective: To embed partnership arrangements'],
      [
        '1.2.1',
        'Immediate 2013 Ofsted requirement: to agree arrangements',
        'Sue Butcher\nNovember 2013',
        '',
        '',
      ],
      ['IMPROVEMENT THEME 2: CAPACITY, CAPABILITY & CULTURE'],
      HEADER,
      ['2.1', 'Objective: To implement a sustainable model'],
      ['2.1.1', 'To design a model', 'Rose Collinson\nDecember 2013', 'Complete', ''],
      [],
      ['RAG key'],
      ['Red - significantly off track'],
      ['Green - on track'],
    ],
    ['A3:E3', 'A13:E13'],
  );
  const plan = read(sheet);

  it('finds the header, the themes, objectives and actions', () => {
    expect(plan.headerRow).toBe(5);
    expect(plan.themes.map((t) => [t.title.slice(0, 20), t.row])).toEqual([
      ['IMPROVEMENT THEME 1:', 3],
      ['IMPROVEMENT THEME 2:', 13],
    ]);
    expect(plan.objectives.map((o) => [o.ref, o.title])).toEqual([
      ['1.1', 'To maximise the impact of the board'],
      ['1.2', 'To embed partnership arrangements'],
      ['2.1', 'To implement a sustainable model'],
    ]);
    expect(plan.actions.map((a) => [a.ref, a.row, a.objectiveRef])).toEqual([
      ['1.1.1', 7, '1.1'],
      ['1.1.2', 8, '1.1'],
      ['1.2.1', 12, '1.2'],
      ['2.1.1', 16, '2.1'],
    ]);
  });

  it('classifies repeated headers and the legend, and never counts the legend as actions', () => {
    const kinds = Object.fromEntries(plan.rows.map((r) => [r.row, r.kind]));
    expect(kinds[10]).toBe('header');
    expect(kinds[14]).toBe('header');
    expect(kinds[18]).toBe('legend');
    expect(kinds[19]).toBe('legend');
    expect(kinds[20]).toBe('legend');
  });

  it('reads leads, deadlines, ratings and Ofsted markers', () => {
    const [a1, a2, a3, a4] = plan.actions;
    expect(a1.leads).toEqual(['Robert Lake']);
    expect(a1.deadline).toMatchObject({ kind: 'milestones', due: '2014-04-30' });
    expect(a1.actionRag.rating).toBe('green');
    expect(a1.ofsted).toBe(false);
    expect(a2.leads).toEqual(['Rose Collinson']);
    expect(a2.deadline.due).toBe('2013-10-31');
    expect(a2.actionRag.rating).toBe('amber');
    expect(a2.impactRag.rating).toBe('green');
    expect(a2.ofsted).toBe(true);
    expect(a3.ofsted).toBe(true);
    expect(a3.actionRag.rating).toBe('unrated');
    expect(a4.actionRag.rating).toBe('blue');
    expect(a4.theme).toMatch(/^IMPROVEMENT THEME 2/);
    expect(a1.cells).toMatchObject({
      ref: 'A7',
      objectiveAction: 'B7',
      leadDeadline: 'C7',
      actionRag: 'D7',
      impactRag: 'E7',
    });
  });
});

describe('readPlanSheet on a flat layout', () => {
  it('builds objectives from a repeated objective column and from one named only on the first row', () => {
    const sheet = sheetFrom('Action plan', [
      ['Wirral Council'],
      ['Action plan'],
      [],
      [],
      ['Ref', 'Objective', 'Action', 'Lead officer', 'Target date', 'RAG status'],
      ['1.1', 'Improve timeliness', 'Weekly tracking', 'Jane Smith', '31/10/2010', 'g'],
      ['1.2', 'Improve timeliness', 'Audit', 'Tom Brown; Jane Smith', 'End Sept 2010', 'AMBER'],
      ['2.1', 'Improve recording', 'Train staff', 'Anne Lee', 'Q3 2010/11', 'Purple'],
      ['2.2', '', 'Check files', '', '', ''],
    ]);
    const plan = read(sheet);
    expect(plan.objectives.map((o) => [o.ref, o.title, o.actions.map((a) => a.ref)])).toEqual([
      ['1', 'Improve timeliness', ['1.1', '1.2']],
      ['2', 'Improve recording', ['2.1', '2.2']],
    ]);
    expect(plan.actions[1].leads).toEqual(['Tom Brown', 'Jane Smith']);
    expect(plan.actions[2].deadline).toMatchObject({ kind: 'quarter', due: '2010-12-31' });
    expect(plan.actions[2].actionRag.rating).toBe('invalid');
    expect(plan.themes).toHaveLength(1);
    expect(plan.themes[0].row).toBe(0);
  });

  it('reads a lead merged down a block of actions for every action in it', () => {
    const sheet = sheetFrom(
      'Plan',
      [
        ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
        ['1', 'Objective: Improve'],
        ['1.1', 'First', 'Jo Bloggs', 'Oct 2013', 'Green'],
        ['1.2', 'Second', null, 'Nov 2013', 'Green'],
      ],
      ['C3:C4'],
    );
    const plan = read(sheet);
    expect(plan.actions.map((a) => a.leads)).toEqual([['Jo Bloggs'], ['Jo Bloggs']]);
  });
});

describe('readPlanSheet on a sheet without a plan', () => {
  it('says why the sheet was skipped', () => {
    const result = readPlanSheet(
      sheetFrom('Contacts', [
        ['Name', 'Phone'],
        ['Jo', '0121'],
      ]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/no plan header row/);
  });
});
