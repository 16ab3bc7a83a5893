/**
 * The layouts of issue 9, one feature at a time on small hand-made sheets: status words, header synonyms,
 * grouping and Ofsted-area columns, % complete, Excel tables, hidden rows, several sheets. The layout
 * generator (tests/layouts) crosses them all; these pin each one's exact behaviour and messages.
 */
import { checkWorkbook, type WorkbookCheck } from '../../src/core/check';
import { roleOfHeader } from '../../src/core/header';
import { highlightEdits, removeHighlightEdits, type LinkResult } from '../../src/core/ofsted';
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import { firstPlan, readWorkbookPlans } from '../../src/core/plan-sheets';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { statusMappingEdits } from '../../src/core/status-mapping';
import { missingColumns } from '../../src/core/structure/layout';
import { summarise } from '../../src/core/summary';
import { applyByHand } from '../structure/helpers';
import { sheetFrom, type CellInput } from '../support/sheet';

const AS_OF = '2025-06-30';

function read(sheet: SheetSnapshot): PlanSheet {
  const result = readPlanSheet(sheet);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const rules = (check: WorkbookCheck, i = 0) => check.sheets[i].findings.map((f) => `${f.rule}@${f.cell}`);

describe('header synonyms', () => {
  it.each([
    ['Due', 'deadline'],
    ['Due date', 'deadline'],
    ['By when', 'deadline'],
    ['Timescale', 'deadline'],
    ['Target date', 'deadline'],
    ['Completion date', 'deadline'],
    ['Deadline / target', 'deadline'],
    ['Owner', 'lead'],
    ['Responsible officer', 'lead'],
    ['Accountable officer', 'lead'],
    ['Lead officer', 'lead'],
    ['Who', 'lead'],
    ['Status', 'actionRag'],
    ['Progress status', 'actionRag'],
    ['BRAG', 'actionRag'],
    ['RAG rating', 'actionRag'],
    ['Overall RAG', 'actionRag'],
    ['Current RAG', 'actionRag'],
    ['Delivery confidence', 'actionRag'],
    ['Workstream', 'group'],
    ['Priority', 'group'],
    ['Theme', 'group'],
    ['Ofsted area', 'ofstedArea'],
    ['Inspection finding', 'ofstedArea'],
    ['Recommendation', 'ofstedArea'],
    ['Ofsted rec.', 'ofstedArea'],
    ['% complete', 'percentComplete'],
    ['Progress %', 'percentComplete'],
    // A line break, a trailing colon or a footnote mark still counts.
    ['Due\ndate', 'deadline'],
    ['Owner:', 'lead'],
    ['Deadline¹', 'deadline'],
    ['Status *', 'actionRag'],
    ['Lead officer (2)', 'lead'],
    ['Action\nRef', 'ref'],
    ['Progress update', 'progress'],
    ['Area for improvement', 'objective'],
  ])('"%s" is the %s column', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('a Due column is the deadline, so overdue actions are found', () => {
    const check = checkWorkbook(
      {
        sheets: [
          sheetFrom('Plan', [
            ['Ref', 'Action', 'Owner', 'Due', 'Status'],
            ['1.1', 'Audit files', 'Jo Bloggs', '31/03/2025', 'On track'],
          ]),
        ],
      },
      { asOf: AS_OF },
    );
    expect(rules(check)).toEqual(['overdue@D2']);
  });

  it('"Ofsted rec." holding refs is the Ofsted ref column; holding words, the Ofsted area', () => {
    const sheet = (values: string[]) =>
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Ofsted rec.'],
        ...values.map((v, i) => [`1.${i + 1}`, 'Do it', 'Jo', 'Dec 2025', 'Green', v]),
      ]);
    const refs = read(sheet(['R1', 'R2, R3', 'Para 24']));
    expect(refs.columns.find((c) => c.col === 5)?.role).toBe('ofstedRef');
    expect(refs.actions.map((a) => a.ofstedRef)).toEqual(['R1', 'R2, R3', 'Para 24']);
    const areas = read(sheet(['Neglect', 'Front door', '']));
    expect(areas.columns.find((c) => c.col === 5)?.role).toBe('ofstedArea');
    expect(areas.actions.map((a) => [a.ofstedArea, a.ofsted])).toEqual([
      ['Neglect', true],
      ['Front door', true],
      ['', false],
    ]);
  });
});

describe('status words', () => {
  const plan = (statuses: CellInput[]) =>
    sheetFrom('Plan', [
      ['Ref', 'Action', 'Owner', 'Due', 'Status'],
      ...statuses.map((s, i) => [`1.${i + 1}`, `Action ${i + 1}`, 'Jo Bloggs', '31/12/2025', s]),
    ]);

  it('reads the default words, notes "Not started" and combined ratings, and keeps unknown words invalid', () => {
    const check = checkWorkbook(
      {
        sheets: [
          plan(['Not started', 'On track', 'At risk', 'Off track', 'Complete', 'Amber/Green', 'In progress']),
        ],
      },
      { asOf: AS_OF },
    );
    const { plan: read, findings } = check.sheets[0];
    expect(read.actions.map((a) => a.actionRag.rating)).toEqual([
      'unrated',
      'green',
      'amber',
      'red',
      'blue',
      'amber',
      'invalid',
    ]);
    // The words are the council's vocabulary in a Status column: no "type Green instead".
    expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      'not-started@E2',
      'combined-rating@E7',
      'invalid-rag@E8',
    ]);
    expect(findings[0].severity).toBe('info');
    expect(findings[1].message).toBe(
      'Action 1.6: "Amber/Green" in Action RAG holds two ratings; it is read as Amber, the worse of the two.',
    );
    expect(findings[2].message).toContain('--status "In progress=amber"');
  });

  it('a status word in a RAG column of colours is noted as not typed the standard way', () => {
    const check = checkWorkbook({ sheets: [plan(['Green', 'Amber', 'Red', 'On track'])] }, { asOf: AS_OF });
    expect(rules(check)).toEqual(['rag-not-standard@E5']);
  });

  it("a council's own words, saved in the workbook or given for one run, are used, and the summary counts by them", () => {
    const workbook = { sheets: [plan(['In progress', 'Parked', 'On track'])] };
    const saved = applyByHand(workbook, statusMappingEdits(workbook, { 'In progress': 'amber' }));
    const check = checkWorkbook(saved, { asOf: AS_OF, statusMapping: { parked: 'not-started' } });
    expect(check.sheets[0].plan.actions.map((a) => a.actionRag.rating)).toEqual([
      'amber',
      'unrated',
      'green',
    ]);
    expect(rules(check)).toEqual(['not-started@E3']);
    const summary = summarise(check.sheets, AS_OF, null);
    expect(summary.totals).toMatchObject({ actions: 3, amber: 1, green: 1, unrated: 1, invalid: 0 });
    // Without the run's words, "Parked" is not a status the tracker knows.
    expect(rules(checkWorkbook(saved, { asOf: AS_OF }))).toEqual(['invalid-rag@E3']);
  });
});

describe('% complete', () => {
  it('is read from a percentage, a number or text, and 100% with no rating typed is complete', () => {
    const plan = read(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Due', 'RAG', '% complete'],
        ['1', 'A', 'Jo', 'Dec 2025', 'Green', { value: 0.75, text: '0.75', numberFormat: '0%' }],
        ['2', 'B', 'Jo', 'Dec 2025', 'Amber', 40],
        ['3', 'C', 'Jo', 'Dec 2025', '', '100%'],
        ['4', 'D', 'Jo', 'Dec 2025', 'Red', 'about half'],
      ]),
    );
    expect(plan.actions.map((a) => [a.percentComplete, a.actionRag.rating])).toEqual([
      [75, 'green'],
      [40, 'amber'],
      [100, 'blue'],
      [null, 'red'],
    ]);
  });
});

describe('a grouping column', () => {
  it('makes its values the themes; a blank cell continues the one above', () => {
    const plan = read(
      sheetFrom('Plan', [
        ['Workstream', 'Ref', 'Action', 'Owner', 'Due', 'Status'],
        ['Front door', 'A1', 'Triage', 'Jo', 'Dec 2025', 'On track'],
        ['', 'A2', 'Screening', 'Jo', 'Dec 2025', 'On track'],
        ['Workforce', 'B1', 'Recruit', 'Sam', 'Dec 2025', 'At risk'],
      ]),
    );
    expect(plan.themes.map((t) => [t.title, t.objectives.map((o) => o.ref)])).toEqual([
      ['Front door', ['A']],
      ['Workforce', ['B']],
    ]);
    expect(plan.actions.map((a) => a.theme)).toEqual(['Front door', 'Front door', 'Workforce']);
  });
});

describe('Excel tables and hidden rows', () => {
  const rows: CellInput[][] = [
    ['Improvement plan 2025 (table below)'],
    [],
    ['Ref', 'Action', 'Owner', 'Due', 'Status'],
    ['1.1', 'Audit', 'Jo', '31/12/2025', 'On track'],
    ['1.2', 'Train', 'Sam', '31/12/2025', 'At risk'],
    ['1.3', 'Review', 'Ali', '31/12/2025', 'Off track'],
    ['Total', '', '', '', '3'],
    [],
    ['Notes for the board', 'Not part of the plan', 'Jo', 'Someday', 'Purple'],
  ];
  const sheet: SheetSnapshot = {
    ...sheetFrom('Plan', rows),
    tables: [{ name: 'Plan2025', range: 'A3:E7', hasHeaderRow: true, hasTotalRow: true }],
    hiddenRows: [5],
  };

  it('reads the plan through the table: its header, not its total row or the rows outside it', () => {
    const plan = read(sheet);
    expect(plan.table).toBe('Plan2025');
    expect(plan.headerRow).toBe(3);
    expect(plan.actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('counts a filtered-out row and says it is hidden', () => {
    const check = checkWorkbook({ sheets: [sheet] }, { asOf: AS_OF });
    expect(check.sheets[0].plan.actions.map((a) => a.hidden)).toEqual([false, true, false]);
    const note = check.sheets[0].findings.find((f) => f.rule === 'hidden-rows')!;
    expect(note).toMatchObject({ severity: 'info', cell: 'A5' });
    expect(note.message).toMatch(/^1 action is in hidden or filtered-out rows \(1\.2\): it is still checked/);
  });
});

describe('one plan over several sheets', () => {
  const HEADER = ['Ref', 'Action', 'Owner', 'Due', 'Status'];
  const sheet = (name: string, refs: string[]) =>
    sheetFrom(name, [HEADER, ...refs.map((r) => [r, `Action ${r}`, 'Jo Bloggs', '31/12/2025', 'On track'])]);

  it('reads sheets with the same header as one plan: each sheet is a theme, refs are unique across them', () => {
    const workbook = {
      sheets: [
        sheet('P1 Front door', ['P1.1', 'P1.2']),
        sheet('P2 Workforce', ['P2.1', 'P1.2']),
        sheetFrom('Notes', [['Board notes']]),
      ],
    };
    const check = checkWorkbook(workbook, { asOf: AS_OF });
    expect(check.plans).toEqual([['P1 Front door', 'P2 Workforce']]);
    expect(check.sheets[1].plan.themes.map((t) => t.title)).toEqual(['P2 Workforce']);
    expect(rules(check, 0)).toEqual([]);
    // The duplicate is reported on its own sheet, naming the other.
    expect(check.sheets[1].findings.map((f) => [f.sheet, f.rule, f.cell, f.message])).toEqual([
      ['P2 Workforce', 'ref-out-of-sequence', 'A3', expect.stringContaining('P1.2 skips a number')],
      [
        'P2 Workforce',
        'duplicate-ref',
        'A3',
        'Reference P1.2 is also used on the sheet "P1 Front door" (row 3) of the same plan. Give each action its own reference across the plan\'s sheets.',
      ],
    ]);
    const summary = summarise(check.sheets, AS_OF, null);
    expect(summary.byTheme.map((t) => [t.theme, t.counts.green])).toEqual([
      ['P1 Front door', 2],
      ['P2 Workforce', 2],
    ]);
    const whole = firstPlan(workbook)!;
    expect(whole.parts?.map((p) => p.sheet)).toEqual(['P1 Front door', 'P2 Workforce']);
    expect(whole.actions.map((a) => `${a.sheet}!${a.ref}`)).toEqual([
      'P1 Front door!P1.1',
      'P1 Front door!P1.2',
      'P2 Workforce!P2.1',
      'P2 Workforce!P1.2',
    ]);
  });

  it('highlights the linked actions and takes the highlights off on every sheet of the plan', () => {
    const whole = firstPlan({
      sheets: [sheet('P1 Front door', ['P1.1', 'P1.2']), sheet('P2 Workforce', ['P2.1'])],
    })!;
    const reasons = { explicit: 'Ofsted ref column: "R1"', shared: [], hints: [] };
    const linked = [
      {
        action: 'P1.2',
        sheet: 'P1 Front door',
        row: 3,
        confidence: 1,
        source: 'ref-column' as const,
        strength: 'strong' as const,
        reasons,
      },
      {
        action: 'P2.1',
        sheet: 'P2 Workforce',
        row: 2,
        confidence: 1,
        source: 'ref-column' as const,
        strength: 'strong' as const,
        reasons,
      },
    ];
    const links: LinkResult = {
      recommendations: [
        { recommendation: 'R1', state: 'linked', suggestions: linked, linked, answers: linked, rejected: [] },
      ],
      uncovered: [],
      counts: { linked: 1, suggested: 0, 'not-covered': 0 },
      followsReportOrder: false,
    };
    const edits = highlightEdits(whole, links);
    const formats = edits.filter((e) => e.kind === 'conditionalFormat') as {
      sheet: string;
      rule: { formula: string };
    }[];
    expect(formats.map((e) => [e.sheet, e.rule.formula])).toEqual([
      ['P1 Front door', '=OR(TRIM($A2)="P1.2")'],
      ['P2 Workforce', '=OR(TRIM($A2)="P2.1")'],
    ]);
    expect(removeHighlightEdits(whole).map((e) => e.kind === 'clearConditionalFormats' && e.sheet)).toEqual([
      'P1 Front door',
      'P2 Workforce',
    ]);
  });

  it('sheets whose numbering restarts are separate plans', () => {
    const plans = readWorkbookPlans({
      sheets: [sheet('2024', ['1.1', '1.2']), sheet('2025', ['1.1', '1.2'])],
    });
    expect(plans.plans.map((p) => p.map((s) => s.sheet))).toEqual([['2024'], ['2025']]);
  });
});

describe('a missing role suggested from a column’s contents', () => {
  // "Contact" and "Milestone" are not headers the tracker knows; the cells say what they hold.
  const sheet = sheetFrom('Plan', [
    ['Ref', 'Action', 'Contact', 'Milestone', 'Status', 'Notes'],
    ['1.1', 'Audit', 'Jo Bloggs', '31/12/2025', 'On track', 'Started'],
    [
      '1.2',
      'Train',
      'Head of Service',
      { value: 46022, text: '31/12/2025', numberFormat: 'dd/mm/yyyy' },
      'Green',
      '',
    ],
    ['1.3', 'Review', 'Sam Patel & MASH team', 'March 2026', 'Amber/Green', 'Late'],
  ]);

  it('offers the column that holds dates, people or ratings for each role the header does not name', () => {
    expect(read(sheet).suggestions.map((s) => [s.role, s.letter, s.header, s.share])).toEqual([
      ['deadline', 'D', 'Milestone', 1],
      ['lead', 'C', 'Contact', 1],
    ]);
    const ratings = sheetFrom('Plan', [
      ['Ref', 'Action', 'Owner', 'Due', 'Confidence'],
      ['1.1', 'Audit', 'Jo', 'Dec 2025', 'G'],
      ['1.2', 'Train', 'Jo', 'Dec 2025', 'At risk'],
      ['1.3', 'Train', 'Jo', 'Dec 2025', { fill: '#FF0000' }],
    ]);
    expect(read(ratings).suggestions.map((s) => [s.role, s.letter, s.holds])).toEqual([
      ['actionRag', 'E', 'ratings'],
    ]);
  });

  it('says so in the missing-column finding, and the structure tools add no column beside it', () => {
    const check = checkWorkbook({ sheets: [sheet] }, { asOf: AS_OF });
    const missing = check.sheets[0].findings.filter(
      (f) => f.rule === 'missing-column' && f.severity === 'error',
    );
    expect(missing.map((f) => [f.cell, f.message])).toEqual([
      [
        'C1',
        'The plan has no column headed as the lead. Column C ("Contact") holds people and job titles: use it as the lead (Check view, or save it in the column mapping), or head it "Lead".',
      ],
      ['D1', expect.stringContaining('Column D ("Milestone") holds dates: use it as the deadline')],
    ]);
    expect(missingColumns(check.sheets[0].plan).map((c) => c.header)).toEqual(['Impact RAG']);
  });

  it('does not suggest a column of free text', () => {
    const plain = sheetFrom('Plan', [
      ['Ref', 'Action', 'Lead', 'Due', 'Comments'],
      ['1.1', 'Audit', 'Jo', 'Dec 2025', 'Going well so far'],
      ['1.2', 'Train', 'Jo', 'Dec 2025', 'Waiting for the trainer'],
    ]);
    expect(read(plain).suggestions).toEqual([]);
  });
});
