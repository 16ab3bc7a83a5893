/**
 * Random improvement-plan workbooks for property tests (fast-check): a plan sheet in one of many
 * layouts, with the other things real council workbooks carry — notes on empty cells, threaded
 * comments, pictures, charts, pivot tables, tables, custom XML, hidden and very hidden sheets, a user's
 * own sheet that happens to have one of the tracker's names, defined names local to a sheet, XML
 * comments in workbook.xml, the 1904 date system, a VBA project, shared or inline strings, a protected
 * plan sheet. Shrinking gives the smallest workbook that breaks a property.
 */
import fc from 'fast-check';
import type { CellIn, SheetIn, WorkbookIn } from './ooxml-package';

const LEADS = [
  'Jane Smith',
  'Head of Safeguarding',
  'LSCB Chair',
  'Principal Social Worker',
  'R. Lake & T. Ahmed',
];
const TOPICS = [
  'Ensure social worker caseloads are manageable',
  'Improve the quality of supervision and its recording',
  'Strengthen management oversight of child protection plans',
  'Audit the quality of assessments',
  'Recruit and retain permanent team managers',
  'Make sure children are seen alone and their wishes recorded',
  'Review thresholds with partner agencies',
  'Improve the timeliness of initial child protection conferences',
];
/** Text that tests the writers: markup characters, a formula-looking string, OOXML escapes, emoji. */
const AWKWARD = [
  'Progress <on track> & "agreed"',
  '=SUM(A1:A2) is text, not a formula',
  '_x0041_ stays as typed',
  '  leading and trailing spaces  ',
  'Launched 🚀 with partners 👩‍👧',
  'Line one\nline two',
  'Ünïcödé – “quotes” – ‘single’',
];
const RATINGS: CellIn[] = [
  'Red',
  'Amber',
  'Green',
  'Blue',
  '',
  'g',
  'AMBER',
  'Complete',
  'Purple',
  { text: '', fill: 'green' },
  { text: '', fill: 'red' },
];
/** Sheet names a user may well choose that the tracker also uses, in any case. */
const TRACKER_LIKE = ['RAG Summary', 'rag summary', 'RAG History', 'Ofsted Recommendations', 'RAG SUMMARY'];

type Column =
  'ref' | 'objective' | 'action' | 'lead' | 'deadline' | 'actionRag' | 'impactRag' | 'ofstedRef' | 'progress';
const HEADERS: Record<Column, string[]> = {
  ref: ['Ref', 'Reference', 'No.'],
  objective: ['Objective', 'Priority', 'Area for improvement'],
  action: ['Action', 'Actions', 'Key actions'],
  lead: ['Lead', 'Lead officer', 'Responsible officer'],
  deadline: ['Deadline', 'Target date', 'By when'],
  actionRag: ['Action RAG', 'RAG status'],
  impactRag: ['Impact RAG'],
  ofstedRef: ['Ofsted ref', 'Ofsted recommendation'],
  progress: ['Progress', 'Progress update', 'Comments'],
};

export interface RandomPlanWorkbook {
  workbook: WorkbookIn;
  /** The plan sheet's name. */
  plan: string;
  /** What this workbook carries, for a failure message. */
  features: string[];
}

const actionArb = fc.record({
  topic: fc.constantFrom(...TOPICS),
  lead: fc.option(fc.constantFrom(...LEADS), { freq: 8, nil: undefined }),
  deadline: fc.oneof(
    fc.integer({ min: 41000, max: 42500 }).map((d): CellIn => ({ date: d })),
    fc.constantFrom<CellIn>(
      '31/10/2013',
      'End Sept 2013',
      'Q3 2013/14',
      'Ongoing',
      'TBC',
      '15/13/2013',
      null,
    ),
  ),
  actionRag: fc.constantFrom(...RATINGS),
  impactRag: fc.constantFrom(...RATINGS),
  ofstedRef: fc.constantFrom<CellIn>(null, null, null, 'R1', 'R3', 'Rec 2', 'n/a'),
  progress: fc.oneof(fc.constantFrom<CellIn>(null, 'On track'), fc.constantFrom(...AWKWARD)),
});

const planArb = fc.record({
  title: fc.boolean(),
  blankRows: fc.integer({ min: 0, max: 2 }),
  optional: fc.shuffledSubarray<Column>(['objective', 'impactRag', 'ofstedRef', 'progress']),
  order: fc.shuffledSubarray<Column>(['action', 'lead', 'deadline', 'actionRag'], { minLength: 4 }),
  headerVariant: fc.nat({ max: 2 }),
  objectives: fc.array(fc.array(actionArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
  objectiveRows: fc.boolean(),
});

type PlanShape = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

const extrasArb = fc.record({
  name: fc.constantFrom('SIP Phase 2', 'Action plan', 'Plan 2013–14', "Children's plan", 'Plan & actions'),
  notes: fc.boolean(),
  threaded: fc.boolean(),
  image: fc.boolean(),
  conditionalFormat: fc.boolean(),
  validation: fc.boolean(),
  protectedPlan: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  dataSheet: fc.constantFrom<'none' | 'chart' | 'pivot' | 'table' | 'all'>(
    'none',
    'chart',
    'pivot',
    'table',
    'all',
  ),
  trackerLike: fc.option(fc.constantFrom(...TRACKER_LIKE), { freq: 3, nil: undefined }),
  hidden: fc.constantFrom<'none' | 'hidden' | 'veryHidden'>('none', 'hidden', 'veryHidden'),
  planFirst: fc.boolean(),
  strings: fc.constantFrom<'shared' | 'inline'>('shared', 'inline'),
  date1904: fc.boolean(),
  macro: fc.boolean(),
  customXml: fc.boolean(),
  xmlComments: fc.boolean(),
  printArea: fc.boolean(),
});

function planSheet(p: PlanShape, name: string): { sheet: SheetIn; columns: Column[] } {
  const columns: Column[] = ['ref', ...p.order];
  for (const c of p.optional) columns.splice(1 + (c.length % (columns.length - 1)), 0, c);
  const rows: CellIn[][] = [];
  if (p.title) rows.push([`${name}: improvement plan`]);
  for (let i = 0; i < p.blankRows; i++) rows.push([]);
  const headerRow = columns.map((c) => HEADERS[c][p.headerVariant % HEADERS[c].length]);
  rows.push(headerRow);
  p.objectives.forEach((actions, o) => {
    const objective = `Objective ${o + 1}: ${actions[0].topic.toLowerCase()}`;
    if (p.objectiveRows) {
      const row: CellIn[] = columns.map(() => null);
      row[0] = String(o + 1);
      row[columns.indexOf(columns.includes('objective') ? 'objective' : 'action')] = objective;
      rows.push(row);
    }
    actions.forEach((a, i) => {
      const values: Record<Column, CellIn> = {
        ref: `${o + 1}.${i + 1}`,
        objective: columns.includes('objective') ? objective : null,
        action: `${a.topic} (${o + 1}.${i + 1})`,
        lead: a.lead ?? null,
        deadline: a.deadline,
        actionRag: a.actionRag,
        impactRag: a.impactRag,
        ofstedRef: a.ofstedRef,
        progress: a.progress,
      };
      rows.push(columns.map((c) => values[c]));
    });
  });
  const merges = p.title ? [`A1:C1`] : [];
  return { sheet: { name, rows, merges }, columns };
}

function column(n: number): string {
  return String.fromCharCode(65 + n);
}

export const randomPlanWorkbookArb: fc.Arbitrary<RandomPlanWorkbook> = fc
  .record({ plan: planArb, extras: extrasArb })
  .map(({ plan: p, extras: x }) => {
    const features: string[] = [];
    const { sheet: plan, columns } = planSheet(p, x.name);
    const width = columns.length;
    const after = column(width + 1);
    if (x.notes) {
      plan.notes = [
        { ref: `${after}2`, text: 'Checked at the improvement board', author: 'Jane Smith' },
        { ref: `${after}5`, text: 'Ask the LSCB chair', author: 'T. Ahmed' },
      ];
      features.push('notes on empty cells');
    }
    if (x.threaded) {
      plan.threaded = [
        { ref: `${column(width + 2)}3`, text: 'Can we bring this forward?', author: 'Jane Smith' },
      ];
      features.push('threaded comment');
    }
    if (x.image) {
      plan.image = `${column(width + 3)}6`;
      features.push('picture');
    }
    const ragCol = column(columns.indexOf('actionRag'));
    const last = plan.rows.length;
    if (x.conditionalFormat) {
      plan.conditionalFormat = { ref: `${ragCol}2:${ragCol}${last}`, text: 'Green' };
      features.push("user's conditional format");
    }
    if (x.validation) {
      plan.validation = { ref: `${ragCol}2:${ragCol}${last}`, list: ['Red', 'Amber', 'Green', 'Blue'] };
      features.push('data validation');
    }
    if (x.protectedPlan) {
      plan.protected = true;
      features.push('protected plan sheet');
    }
    const sheets: SheetIn[] = [plan];
    if (x.dataSheet !== 'none') {
      const data: SheetIn = {
        name: 'Chart Data',
        rows: [
          ['RAG', 'Actions'],
          ['Red', 2],
          ['Amber', 3],
          ['Green', 4],
          ['Blue', 1],
          ['Total', { formula: 'SUM(B2:B5)', value: 10 }],
        ],
      };
      if (x.dataSheet === 'chart' || x.dataSheet === 'all') data.chart = 'A2:B5';
      if (x.dataSheet === 'pivot' || x.dataSheet === 'all') data.pivot = { source: 'A1:B5', at: 'E1' };
      if (x.dataSheet === 'table' || x.dataSheet === 'all') data.table = { name: 'RagCounts', ref: 'A1:B5' };
      sheets.push(data);
      features.push(`data sheet (${x.dataSheet})`);
    }
    if (x.trackerLike) {
      sheets.push({
        name: x.trackerLike,
        rows: [
          ['Our own notes for the board'],
          ['Agreed with the chair', { date: 41500 }],
          [],
          ['Do not delete'],
        ],
      });
      features.push(`user sheet named "${x.trackerLike}"`);
    }
    if (x.hidden !== 'none') {
      sheets.push({ name: 'Lookups', state: x.hidden, rows: [['Red'], ['Amber'], ['Green'], ['Blue']] });
      features.push(`${x.hidden} sheet`);
    }
    if (!x.planFirst && sheets.length > 1) {
      sheets.push(sheets.shift()!);
      features.push('plan not first');
    }
    const planIndex = sheets.indexOf(plan);
    const workbook: WorkbookIn = {
      sheets,
      strings: x.strings,
      date1904: x.date1904,
      macro: x.macro,
      customXml: x.customXml,
      xmlComments: x.xmlComments,
      activeTab: planIndex,
      definedNames: [
        {
          name: 'Leads',
          ref: `'${plan.name.replace(/'/g, "''")}'!$${column(columns.indexOf('lead'))}:$${column(columns.indexOf('lead'))}`,
        },
        ...(x.printArea
          ? [
              {
                name: '_xlnm.Print_Area',
                ref: `'${plan.name.replace(/'/g, "''")}'!$A$1:$${column(width - 1)}$${last}`,
                sheet: planIndex,
              },
            ]
          : []),
      ],
    };
    features.push(`${x.strings} strings`);
    if (x.date1904) features.push('1904 dates');
    if (x.macro) features.push('.xlsm');
    if (x.customXml) features.push('custom XML');
    if (x.xmlComments) features.push('XML comments in workbook.xml');
    if (x.printArea) features.push('print area local to the plan sheet');
    return { workbook, plan: plan.name, features };
  });
