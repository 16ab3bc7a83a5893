/**
 * Builds the bundled example workbooks from the seed documents (../shared/seeds):
 *
 *   examples/walsall-sip-phase2.xlsx          the Walsall Strategic Improvement Plan Phase 2, parsed from seed 001
 *   examples/wirral-action-plan-2010.xlsx     a flat action plan built on seed 002's areas for development
 *   examples/worcestershire-priority-plan.xlsx a plan built on seed 004, with deliberate defects
 *   examples/dudley-priority-plan-2011.xlsx   one sheet per priority, status words, letter refs, built on seed 003
 *
 * Usage: npx tsx scripts/build-examples.ts [outDir]   (default: examples/)
 * examples/README.md describes every file, its layout and each deliberate defect.
 */
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { htmlCell } from './lib/html-cell';
import {
  DUDLEY_SEED,
  REPO_ROOT,
  WIRRAL_SEED,
  WORCESTERSHIRE_SEED,
  firstSentence,
  parseLetter,
  parseWalsallPlan,
  readSeed,
  type SeedLetter,
} from './lib/seed-plan';
import { RAG_FILL, WRAP_TOP, cellValue, solidFill, stampWorkbook, type RagColour } from './lib/xlsx-style';

export const EXAMPLE_FILES = {
  walsall: 'walsall-sip-phase2.xlsx',
  wirral: 'wirral-action-plan-2010.xlsx',
  worcestershire: 'worcestershire-priority-plan.xlsx',
  dudley: 'dudley-priority-plan-2011.xlsx',
} as const;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const DATE_FORMAT = 'dd/mm/yyyy';

// ---------------------------------------------------------------------------------------------
// Walsall SIP Phase 2 (seed 001): faithful to the seed, row for row
// ---------------------------------------------------------------------------------------------

/** The plan table starts on this row, under the two title rows and one blank row. */
export const WALSALL_FIRST_PLAN_ROW = 4;
const BANNER_FILL = 'FF1F4E78';
const HEADER_FILL = 'FFBDD7EE';

export function buildWalsall(): ExcelJS.Workbook {
  const plan = parseWalsallPlan();
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, utc(2013, 8, 30));
  const ws = wb.addWorksheet('SIP Phase 2');
  ws.columns = [
    { width: 8 },
    { width: 60 },
    { width: 26 },
    { width: 55 },
    { width: 55 },
    { width: 16 },
    { width: 16 },
  ];

  ws.getCell('A1').value = plan.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = plan.updated;
  ws.getCell('A2').font = { italic: true };

  let r = WALSALL_FIRST_PLAN_ROW;
  for (const row of plan.rows) {
    const xr = ws.getRow(r);
    switch (row.kind) {
      case 'blank':
        break;
      case 'theme':
        xr.getCell(1).value = row.text;
        ws.mergeCells(r, 1, r, 7);
        xr.getCell(1).font = { bold: true, color: { argb: 'FFFFFFFF' } };
        xr.getCell(1).fill = solidFill(BANNER_FILL);
        xr.getCell(1).alignment = { vertical: 'middle' };
        break;
      case 'note':
        xr.getCell(1).value = row.text;
        xr.getCell(1).font = { italic: true };
        break;
      case 'header':
        row.cells.forEach((text, i) => {
          const c = xr.getCell(i + 1);
          c.value = text === '' ? null : text;
          c.font = { bold: true };
          c.fill = solidFill(HEADER_FILL);
          c.alignment = WRAP_TOP;
        });
        break;
      case 'objective':
        xr.getCell(1).value = row.ref;
        xr.getCell(2).value = htmlCell(row.text).text;
        for (const c of [xr.getCell(1), xr.getCell(2)]) {
          c.font = { bold: true };
          c.alignment = WRAP_TOP;
        }
        xr.getCell(1).numFmt = '@';
        break;
      case 'action':
        xr.getCell(1).value = row.ref;
        xr.getCell(1).numFmt = '@';
        xr.getCell(1).alignment = WRAP_TOP;
        row.cells.forEach((html, i) => {
          const c = xr.getCell(i + 2);
          c.value = cellValue(htmlCell(html));
          c.alignment = WRAP_TOP;
        });
        break;
    }
    r++;
  }

  // a sheet that is not a plan: the judgements from the Ofsted report at the end of the seed
  const summary = wb.addWorksheet('Ofsted 2013 summary');
  summary.columns = [{ width: 80 }, { width: 14 }];
  summary.getCell('A1').value = 'Record of main findings';
  summary.getCell('A1').font = { bold: true };
  summary.getCell('A2').value = plan.judgementsHeading;
  summary.getCell('A3').value = 'Area';
  summary.getCell('B3').value = 'Judgement';
  summary.getRow(3).font = { bold: true };
  plan.judgements.forEach((j, i) => {
    summary.getCell(4 + i, 1).value = j.area;
    summary.getCell(4 + i, 2).value = j.grade;
  });
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Wirral (seed 002): a flat action plan, header on row 5, messy dates and RAG words
// ---------------------------------------------------------------------------------------------

interface WirralAction {
  action: string;
  lead: string;
  target: Date | string | null;
  progress: string;
  rag: string;
}

/** Actions per area for development, in the order of the letter (the areas themselves come from the seed). */
const WIRRAL_ACTIONS: WirralAction[][] = [
  [
    {
      action:
        'Audit 20 supervision files each quarter for evidence of reflective supervision and personal development.',
      lead: 'Jane Whitfield; Tom Brennan',
      target: utc(2010, 9, 30),
      progress: 'First audit of 20 files completed; findings shared with team managers.',
      rag: 'Green',
    },
    {
      action: 'Revise the supervision policy and recording template to prompt reflective discussion.',
      lead: 'Head of Service (Safeguarding) – Anne Lee',
      target: 'End Sept 2010',
      progress: 'Draft template out for consultation with staff.',
      rag: 'g',
    },
    {
      action:
        'Reinstate annual appraisals for all social work staff and feed individual learning needs into the training plan.',
      lead: 'Mark Ellis (HR) and Priya Shah (Workforce Development)',
      target: '31/10/2010',
      progress: 'Appraisal timetable agreed with HR; training for appraisers booked.',
      rag: 'AMBER',
    },
    {
      action: 'Report supervision audit findings to the Safeguarding Children Board each quarter.',
      lead: 'Jane Whitfield',
      target: utc(2011, 1, 31),
      progress: 'First report scheduled for the January Board.',
      rag: 'Green',
    },
  ],
  [
    {
      action: 'Record every CADT professional consultation as a contact on ICS.',
      lead: 'Principal Manager, CADT - David Roberts',
      target: 'Q3 2010/11',
      progress: 'ICS change request raised with the IT team; no date yet.',
      rag: 'red',
    },
    {
      action: 'Move the separate consultation database onto ICS and close the database.',
      lead: 'Sarah Collins, ICS Project Manager',
      target: utc(2010, 11, 30),
      progress: 'Data cleansing under way.',
      rag: 'Amber',
    },
    {
      action:
        'Produce a monthly report of repeat consultations about the same child or family for the CADT manager.',
      lead: 'David Roberts / Performance Team',
      target: 'Ongoing',
      progress: 'Report specified; first run due in October.',
      rag: 'Green',
    },
  ],
  [
    {
      action:
        'Issue practice guidance requiring managers to record the rationale for decisions in the ICS assessment document.',
      lead: 'Anne Lee',
      target: utc(2010, 9, 10),
      progress: 'Guidance issued to all district assessment and disabilities teams on 10 September.',
      rag: 'Complete',
    },
    {
      action:
        'Add a mandatory "manager\'s rationale" field to the initial and core assessment records on ICS.',
      lead: 'Sarah Collins & ICS Support Team',
      target: 'TBC',
      progress: 'Awaiting a quote from the system supplier.',
      rag: 'Amber',
    },
    {
      action:
        'Dip-sample 10 assessments a month in the district assessment and disabilities teams for a recorded rationale.',
      lead: 'Team Managers (District Assessment Teams)',
      target: '15/13/2010',
      progress: 'Sampling tool agreed.',
      rag: 'Purple',
    },
    {
      action: 'Run briefing sessions for all team managers on recording management decisions.',
      lead: 'Anne Lee; Tom Brennan',
      target: null,
      progress: '',
      rag: '',
    },
  ],
  [
    {
      action:
        'Agree a written protocol for transferring cases from district assessment teams to care management teams.',
      lead: 'Principal Manager (Care Management) – Helen Ward',
      target: utc(2010, 9, 30),
      progress: 'Protocol agreed and in use since 20 September 2010.',
      rag: 'Blue',
    },
    {
      action:
        "Set a maximum time for case transfer and monitor it at the weekly front-line managers' meeting.",
      lead: 'Helen Ward, David Roberts',
      target: utc(2011, 3, 31),
      progress: 'Standard of 10 working days proposed.',
      rag: 'Green',
    },
    {
      action:
        'Report transfer delays and their effect on assessment timeliness to the LSCB performance sub-group.',
      lead: 'Performance Manager – Kevin Moss',
      target: utc(2011, 2, 28),
      progress: 'Measure being defined with the performance team.',
      rag: 'Amber',
    },
  ],
];

export const WIRRAL_HEADER = [
  'Ref',
  'Objective',
  'Action',
  'Lead officer',
  'Target date',
  'Progress update',
  'RAG status',
  'Ofsted ref',
];
export const WIRRAL_HEADER_ROW = 5;
export const WIRRAL_LAST_UPDATED = utc(2010, 10, 1);

function formatLongDate(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function buildWirral(letter: SeedLetter = parseLetter(readSeed(WIRRAL_SEED))): ExcelJS.Workbook {
  if (letter.areasForDevelopment.length !== WIRRAL_ACTIONS.length) {
    throw new Error(
      `seed 002 has ${letter.areasForDevelopment.length} areas for development; the script has actions for ${WIRRAL_ACTIONS.length}`,
    );
  }
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, WIRRAL_LAST_UPDATED);
  const ws = wb.addWorksheet('Action plan');
  ws.columns = [
    { width: 6 },
    { width: 50 },
    { width: 50 },
    { width: 30 },
    { width: 13 },
    { width: 40 },
    { width: 11 },
    { width: 11 },
  ];
  ws.getCell('A1').value = letter.council;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Action plan following unannounced inspection of contact, referral and assessment';
  ws.getCell('A2').font = { bold: true };
  ws.getCell('A3').value =
    `Last updated: ${formatLongDate(WIRRAL_LAST_UPDATED)} (Ofsted letter dated ${formatLongDate(letter.date)})`;
  // row 4 is left blank

  const header = ws.getRow(WIRRAL_HEADER_ROW);
  WIRRAL_HEADER.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = solidFill('FF305496');
    c.alignment = WRAP_TOP;
  });

  let r = WIRRAL_HEADER_ROW + 1;
  letter.areasForDevelopment.forEach((area, o) => {
    const objective = firstSentence(area);
    WIRRAL_ACTIONS[o].forEach((a, i) => {
      const row = ws.getRow(r++);
      const values: ExcelJS.CellValue[] = [
        `${o + 1}.${i + 1}`,
        objective,
        a.action,
        a.lead,
        a.target,
        a.progress === '' ? null : a.progress,
        a.rag === '' ? null : a.rag,
        `AfD ${o + 1}`,
      ];
      values.forEach((v, j) => {
        const c = row.getCell(j + 1);
        c.value = v;
        c.alignment = WRAP_TOP;
      });
      row.getCell(1).numFmt = '@';
      if (a.target instanceof Date) row.getCell(5).numFmt = DATE_FORMAT;
    });
  });

  // the RAG key: two rows under the table, text only in column B (no refs)
  const legendRow = r + 1;
  const legend: [string, string | undefined][] = [
    ['RAG key', undefined],
    ['Red – significantly off track', RAG_FILL.red],
    ['Amber – some slippage', RAG_FILL.amber],
    ['Green – on track', RAG_FILL.green],
    ['Blue – complete', RAG_FILL.blue],
  ];
  legend.forEach(([text, fill], i) => {
    const c = ws.getCell(legendRow + i, 2);
    c.value = text;
    if (fill) c.fill = solidFill(fill);
    else c.font = { bold: true };
  });

  const contacts = wb.addWorksheet('Contacts');
  contacts.columns = [{ width: 22 }, { width: 44 }, { width: 16 }, { width: 30 }];
  const people: string[][] = [
    ['Name', 'Role', 'Phone', 'Email'],
    ['Anne Lee', 'Head of Service (Safeguarding)', '0151 496 0123', 'anne.lee@example.org'],
    ['David Roberts', 'Principal Manager, CADT', '0151 496 0456', 'david.roberts@example.org'],
    ['Helen Ward', 'Principal Manager (Care Management)', '0151 496 0789', 'helen.ward@example.org'],
    ['Sarah Collins', 'ICS Project Manager', '0151 496 0234', 'sarah.collins@example.org'],
    ['Kevin Moss', 'Performance Manager', '0151 496 0567', 'kevin.moss@example.org'],
  ];
  people.forEach((p, i) => {
    contacts.getRow(i + 1).values = p;
  });
  contacts.getRow(1).font = { bold: true };
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Worcestershire (seed 004): ref column with a blank header, fill-only RAG, planted defects
// ---------------------------------------------------------------------------------------------

/** A RAG cell: typed text, a fill with no value, or nothing at all. */
type Rag = { text: string } | { fill: RagColour } | null;
type Deadline = Date | string | ExcelJS.CellFormulaValue | null;

interface WorcsAction {
  ref: string;
  text: string;
  lead: string | null;
  deadline: Deadline;
  actionRag: Rag;
  impactRag: Rag;
  evidence: string;
}

const T = (text: string): Rag => ({ text });
const F = (fill: RagColour): Rag => ({ fill });

/** The action written above the first objective (an orphan: it belongs to no objective). */
const WORCS_ORPHAN: WorcsAction = {
  ref: '0.1',
  text: 'Share the inspection letter and this plan with all staff in the access centre and assessment teams.',
  lead: 'Head of Safeguarding – Mike Davies',
  deadline: utc(2010, 8, 31),
  actionRag: T('Blue'),
  impactRag: T('Green'),
  evidence: 'Team meeting minutes, August 2010',
};

/**
 * Actions per objective. Objective 1 is the area for priority action; objectives 2-9 are the areas for
 * development in the order of the letter. Refs are written as given (defects included).
 */
const WORCS_ACTIONS: WorcsAction[][] = [
  [
    {
      ref: '1.1',
      text: 'Recruit eight additional qualified social workers to the assessment teams.',
      lead: 'Mike Davies',
      deadline: utc(2010, 12, 31),
      actionRag: F('red'),
      impactRag: F('red'),
      evidence: 'Establishment and vacancy report',
    },
    {
      ref: '1.2',
      text: 'Introduce weekly case-load and allocation meetings chaired by the service manager.',
      lead: 'Service Manager (Assessment) – Claire Holt',
      deadline: utc(2010, 9, 30),
      actionRag: F('amber'),
      impactRag: T('Amber'),
      evidence: 'Meeting notes; allocation log',
    },
    {
      ref: '1.4',
      text: 'Commission an independent audit of management systems in the contact, referral and assessment service.',
      lead: 'Claire Holt; Peter Shaw',
      deadline: 'Oct 2010',
      actionRag: T('Green'),
      impactRag: F('amber'),
      evidence: 'Audit report to the Improvement Board',
    },
  ],
  [
    {
      ref: '2.1',
      text: 'Allocate all complex child protection cases to a qualified social worker as case holder.',
      lead: 'Claire Holt',
      deadline: utc(2010, 8, 31),
      actionRag: F('green'),
      impactRag: T('Green'),
      evidence: 'Allocation audit',
    },
    {
      ref: '2.2',
      text: 'Issue guidance on the tasks social work assistants may undertake on child protection cases.',
      lead: 'Principal Social Worker – Ruth Evans',
      deadline: utc(2010, 9, 15),
      actionRag: T('G'),
      impactRag: F('green'),
      evidence: 'Guidance published on the intranet',
    },
    {
      ref: '2.4',
      text: 'Dip-sample jointly allocated cases each month for social worker oversight.',
      lead: 'Ruth Evans',
      deadline: utc(2010, 10, 31),
      actionRag: T('Amber'),
      impactRag: F('amber'),
      evidence: 'Monthly dip-sample report',
    },
    {
      ref: '2.3',
      text: 'Provide skills training for social work assistants on the limits of their role.',
      lead: 'Workforce Development Team',
      deadline: 'End Nov 2010',
      actionRag: T('Amber'),
      impactRag: T('Amber'),
      evidence: 'Training attendance records',
    },
  ],
  [
    {
      ref: '3.1',
      text: 'Hold a strategy discussion within one working day of any referral where a child is at immediate risk.',
      lead: 'Claire Holt',
      deadline: utc(2010, 9, 1),
      actionRag: F('green'),
      impactRag: F('green'),
      evidence: 'Strategy meeting timeliness report',
    },
    {
      ref: '3.2',
      text: 'Agree with the police a protocol for convening urgent strategy meetings.',
      lead: 'Mike Davies / DCI Sam Porter (West Mercia Police)',
      deadline: utc(2010, 10, 31),
      actionRag: T('Red'),
      impactRag: T('Red'),
      evidence: 'Signed protocol',
    },
    {
      ref: '3.2',
      text: 'Report strategy meeting timeliness to the LSCB every month.',
      lead: 'Performance Manager – Julie Price',
      deadline: utc(2010, 11, 30),
      actionRag: T('amber'),
      impactRag: T('Amber'),
      evidence: 'LSCB performance report',
    },
  ],
  [
    {
      ref: '4.1',
      text: 'Set a maximum caseload for each grade of social worker and report against it monthly.',
      lead: 'Claire Holt',
      deadline: utc(2010, 10, 31),
      actionRag: F('amber'),
      impactRag: F('red'),
      evidence: 'Caseload report',
    },
    {
      ref: '4.2',
      text: 'Complete the structural re-organisation of the assessment service.',
      lead: 'Director of Children’s Services',
      deadline: { formula: '#REF!+28', result: { error: '#REF!' } },
      actionRag: T('Amber'),
      impactRag: T('Amber'),
      evidence: 'Re-organisation project plan',
    },
  ],
  [
    {
      ref: '5.1',
      text: 'Deliver mandatory training on the analysis of risk to all assessment staff and managers.',
      lead: null,
      deadline: utc(2010, 11, 30),
      actionRag: T('Green'),
      impactRag: F('amber'),
      evidence: 'Training records',
    },
    {
      ref: '5.2',
      text: 'Quality-assure a sample of initial and core assessments each month using a standard audit tool.',
      lead: 'Ruth Evans',
      deadline: utc(2010, 10, 31),
      actionRag: F('green'),
      impactRag: T('Amber'),
      evidence: 'Audit tool and monthly findings',
    },
  ],
  [
    {
      ref: '6.1',
      text: 'Record child protection plans and strategy meeting minutes on the case file within five working days.',
      lead: 'Team managers',
      deadline: utc(2010, 9, 30),
      actionRag: T('Amber'),
      impactRag: T('Red'),
      evidence: 'Case file audit',
    },
    {
      ref: '6.2',
      text: 'Require managers to record the reasons for their decisions on every case file.',
      lead: 'Claire Holt',
      deadline: null,
      actionRag: T('Red'),
      impactRag: F('red'),
      evidence: 'Case file audit',
    },
  ],
  [
    {
      ref: '7.1',
      text: 'Ensure every member of staff has formal supervision at least monthly.',
      lead: 'Team managers',
      deadline: utc(2010, 9, 30),
      actionRag: null,
      impactRag: T('Amber'),
      evidence: 'Supervision log',
    },
    {
      ref: '7.2',
      text: 'Audit supervision records in each team every quarter.',
      lead: 'Ruth Evans',
      deadline: 'Quarterly from Oct 2010',
      actionRag: F('blue'),
      impactRag: T('Green'),
      evidence: 'Quarterly supervision audit',
    },
  ],
  [
    {
      ref: '8.1',
      text: 'Re-launch the LSCB information-sharing protocol with briefings for front-line staff in all agencies.',
      lead: 'LSCB Business Manager – Anita Green',
      deadline: utc(2010, 12, 31),
      actionRag: T('Green'),
      impactRag: T('Amber'),
      evidence: 'Briefing attendance; LSCB minutes',
    },
    {
      ref: '8.2',
      text: 'Add information sharing to the LSCB multi-agency case audit programme.',
      lead: 'Anita Green',
      deadline: utc(2011, 3, 31),
      actionRag: T('Amber'),
      impactRag: F('amber'),
      evidence: 'Multi-agency audit reports',
    },
  ],
  [
    {
      ref: '9.1',
      text: 'Hold monthly operational meetings between police public protection unit and social care managers.',
      lead: 'Mike Davies; DCI Sam Porter',
      deadline: utc(2010, 10, 1),
      actionRag: T('Green'),
      impactRag: T('Green'),
      evidence: 'Meeting notes',
    },
    {
      ref: '9.2',
      text: 'Agree a single escalation route for operational disagreements between police and social care.',
      lead: 'Mike Davies',
      deadline: 'Dec 2010',
      actionRag: T('Amber'),
      impactRag: T('Amber'),
      evidence: 'Escalation procedure',
    },
  ],
];

export const WORCS_HEADER = [
  '',
  'Objective / action',
  'Lead',
  'Deadline',
  'Action RAG',
  'Impact RAG',
  'Evidence',
];
export const WORCS_HEADER_ROW = 3;

function writeRag(cell: ExcelJS.Cell, rag: Rag): void {
  if (rag === null) return;
  if ('text' in rag) cell.value = rag.text;
  else cell.fill = solidFill(RAG_FILL[rag.fill]);
}

export function buildWorcestershire(
  letter: SeedLetter = parseLetter(readSeed(WORCESTERSHIRE_SEED)),
): ExcelJS.Workbook {
  const quoted = letter.priorityAction ? /'([^']+)'/.exec(letter.priorityAction) : null;
  if (!quoted) throw new Error('seed 004: no quoted recommendation in the area for priority action');
  const objectives = [
    `Area for priority action: ${quoted[1]}`,
    ...letter.areasForDevelopment.map((a) => firstSentence(a)),
  ];
  if (objectives.length !== WORCS_ACTIONS.length) {
    throw new Error(
      `seed 004 gives ${objectives.length} objectives; the script has actions for ${WORCS_ACTIONS.length}`,
    );
  }

  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, utc(2010, 9, 30));
  const ws = wb.addWorksheet('Improvement plan');
  ws.columns = [
    { width: 6 },
    { width: 70 },
    { width: 30 },
    { width: 13 },
    { width: 11 },
    { width: 11 },
    { width: 34 },
  ];
  ws.getCell('A1').value =
    `${letter.council} – Children's Services Improvement Plan following the Ofsted unannounced inspection (letter of ${letter.dateText})`;
  ws.mergeCells('A1:G1');
  ws.getCell('A1').font = { bold: true, size: 13 };
  // row 2 is left blank

  const header = ws.getRow(WORCS_HEADER_ROW);
  WORCS_HEADER.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h === '' ? null : h;
    c.font = { bold: true };
    c.fill = solidFill('FFD9D9D9');
    c.alignment = WRAP_TOP;
  });

  let r = WORCS_HEADER_ROW + 1;
  const writeAction = (a: WorcsAction): void => {
    const row = ws.getRow(r++);
    row.getCell(1).value = a.ref;
    row.getCell(1).numFmt = '@';
    row.getCell(2).value = a.text;
    row.getCell(3).value = a.lead;
    row.getCell(4).value = a.deadline;
    if (a.deadline instanceof Date) row.getCell(4).numFmt = DATE_FORMAT;
    writeRag(row.getCell(5), a.actionRag);
    writeRag(row.getCell(6), a.impactRag);
    row.getCell(7).value = a.evidence;
    for (const col of [1, 2, 3, 4, 7]) row.getCell(col).alignment = WRAP_TOP;
  };

  writeAction(WORCS_ORPHAN);
  objectives.forEach((text, o) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = String(o + 1);
    row.getCell(1).numFmt = '@';
    row.getCell(2).value = text;
    row.getCell(1).font = { bold: true };
    row.getCell(2).font = { bold: true };
    row.getCell(2).alignment = WRAP_TOP;
    WORCS_ACTIONS[o].forEach(writeAction);
  });

  // a sheet that is not a plan: the numbers behind the board report's RAG chart
  const chart = wb.addWorksheet('Chart data');
  chart.getCell('A1').value = 'RAG counts for the Improvement Board chart (September 2010)';
  chart.getCell('A1').font = { bold: true };
  chart.getRow(3).values = ['Status', 'Actions'];
  const counts: [string, number][] = [
    ['Red', 3],
    ['Amber', 9],
    ['Green', 7],
    ['Blue', 2],
  ];
  counts.forEach((pair, i) => {
    chart.getRow(4 + i).values = pair;
  });
  chart.getRow(3).font = { bold: true };
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Dudley (seed 003): one sheet per priority, status words, letter refs, a Due column (issue 9)
// ---------------------------------------------------------------------------------------------

/** The letter's six areas for development, each given the short label a plan's "Ofsted area" column uses. */
export const DUDLEY_AREAS = [
  'Diverse needs',
  'Delays in assessment',
  'Caseloads',
  'Quality of assessment',
  'Supervision',
  'Thresholds',
] as const;

interface DudleyAction {
  ref: string;
  action: string;
  owner: string;
  due: Date | string;
  /** As typed in the Status column ('' for blank). */
  status: string;
  /** % complete, or null for a blank cell. */
  percent: number | null;
  /** Index into DUDLEY_AREAS. */
  area: number;
  progress: string;
}

export interface DudleyPriority {
  sheet: string;
  actions: DudleyAction[];
  /** Kept in an Excel table (with a total row), as some councils keep each priority. */
  table?: { name: string; hidden: string[] };
}

export const DUDLEY_PRIORITIES: DudleyPriority[] = [
  {
    sheet: 'P1 Assessment',
    actions: [
      {
        ref: 'P1.1',
        action:
          'Add prompts on race, culture, religion and disability to the initial and core assessment templates.',
        owner: 'Head of Safeguarding',
        due: utc(2011, 4, 30),
        status: 'Complete',
        percent: 100,
        area: 0,
        progress: 'New templates live in the case management system from 18 April.',
      },
      {
        ref: 'P1.2',
        action: 'Report the diversity profile of children assessed to senior managers every month.',
        owner: 'Performance Manager',
        due: 'May 2011',
        status: 'On track',
        percent: 60,
        area: 0,
        progress: 'First report to the senior management team in May.',
      },
      {
        ref: 'P1.3',
        action: 'Start every initial assessment for a child in need within 10 working days of the referral.',
        owner: 'Assessment Team Manager',
        due: utc(2011, 3, 31),
        status: 'Amber/Green',
        percent: 70,
        area: 1,
        progress: '82% started on time in June, up from 61%.',
      },
      {
        ref: 'P1.4',
        action: 'Audit twenty initial assessments a month for timeliness and the quality of analysis.',
        owner: 'Principal Social Worker',
        due: 'Q2 2011/12',
        status: 'In progress',
        percent: 50,
        area: 3,
        progress: 'Audits for April to June done; findings to the July practice forum.',
      },
      {
        ref: 'P1.5',
        action:
          'Run assessment and analysis training for every social worker in the duty and assessment teams.',
        owner: 'Workforce Development Lead',
        due: utc(2011, 7, 31),
        status: '',
        percent: 100,
        area: 3,
        progress: 'All 46 social workers trained.',
      },
    ],
  },
  {
    sheet: 'P2 Workforce',
    actions: [
      {
        ref: 'P2.1',
        action: 'Recruit four permanent social workers to the referral and assessment teams.',
        owner: 'Head of Service',
        due: utc(2011, 6, 30),
        status: 'Off track',
        percent: 25,
        area: 2,
        progress: 'One appointed; the second advert closed with no suitable applicants.',
      },
      {
        ref: 'P2.2',
        action: 'Report caseloads per worker to the improvement board every month.',
        owner: 'Performance Manager',
        due: 'Monthly through to March 2012',
        status: 'On track',
        percent: 40,
        area: 2,
        progress: 'Reported in April, May and June.',
      },
      {
        ref: 'P2.3',
        action: 'Introduce a supervision record with space for reflection and challenge.',
        owner: 'Principal Social Worker',
        due: utc(2011, 5, 31),
        status: 'At risk',
        percent: 80,
        area: 4,
        progress: 'Piloted in two teams; roll-out waits for the system change.',
      },
      {
        ref: 'P2.4',
        action: 'Complete and record an annual appraisal for every social worker.',
        owner: 'Team Managers',
        due: 'End Sept 2011',
        status: 'Not started',
        percent: 0,
        area: 4,
        progress: '',
      },
    ],
  },
  {
    sheet: 'P3 Partnerships',
    table: { name: 'PartnershipActions', hidden: ['P3.3'] },
    actions: [
      {
        ref: 'P3.1',
        action: 'Agree the revised threshold document with the Safeguarding Children Board.',
        owner: 'Assistant Director',
        due: utc(2011, 5, 31),
        status: 'Complete',
        percent: 100,
        area: 5,
        progress: 'Agreed by the Board on 24 May.',
      },
      {
        ref: 'P3.2',
        action: 'Train partner agencies to apply the thresholds, starting with schools and health visitors.',
        owner: 'LSCB Business Manager',
        due: utc(2011, 9, 30),
        status: 'On track',
        percent: 50,
        area: 5,
        progress: 'Six sessions held; four more booked.',
      },
      {
        ref: 'P3.3',
        action: 'Audit referrals from partners for how well they apply the thresholds.',
        owner: 'Duty Manager',
        due: 'December 2011',
        status: 'Not started',
        percent: null,
        area: 5,
        progress: '',
      },
    ],
  },
];

export const DUDLEY_HEADER = [
  'Ref',
  'Action',
  'Owner',
  'Due',
  'Status',
  '% complete',
  'Ofsted area',
  'Progress update',
];
export const DUDLEY_HEADER_ROW = 4;

/** The letter's areas for development: paragraphs that begin with '.', up to "Any areas for development". */
export function dudleyAreas(text: string = readSeed(DUDLEY_SEED)): {
  council: string;
  date: string;
  areas: string[];
} {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Areas for development');
  const areas: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^Any areas for development/.test(line)) break;
    if (line.startsWith('.')) areas.push(line.slice(1).trim());
  }
  const council = /\b([A-Z][a-z]+ Metropolitan Borough Council)\b/.exec(text)?.[1];
  const date = lines.find((l) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(l.trim()))?.trim();
  if (start < 0 || !council || !date) throw new Error('seed 003: no areas for development, council or date');
  return { council, date, areas };
}

export function buildDudley(seed = dudleyAreas()): ExcelJS.Workbook {
  if (seed.areas.length !== DUDLEY_AREAS.length) {
    throw new Error(
      `seed 003 has ${seed.areas.length} areas for development; the script labels ${DUDLEY_AREAS.length}`,
    );
  }
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, utc(2011, 7, 1));
  const widths = [8, 60, 26, 13, 14, 11, 22, 44];

  for (const priority of DUDLEY_PRIORITIES) {
    const ws = wb.addWorksheet(priority.sheet);
    ws.columns = widths.map((width) => ({ width }));
    ws.getCell('A1').value = `${seed.council}: Children's Services improvement plan`;
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value =
      `Following the unannounced inspection of contact, referral and assessment (letter of ${seed.date}). Updated 1 July 2011.`;
    ws.getCell('A2').font = { italic: true };

    const values = (a: DudleyAction): ExcelJS.CellValue[] => [
      a.ref,
      a.action,
      a.owner,
      a.due,
      a.status === '' ? null : a.status,
      a.percent === null ? null : a.percent / 100,
      DUDLEY_AREAS[a.area],
      a.progress === '' ? null : a.progress,
    ];
    const first = DUDLEY_HEADER_ROW + 1;
    if (priority.table) {
      ws.addTable({
        name: priority.table.name,
        ref: `A${DUDLEY_HEADER_ROW}`,
        headerRow: true,
        totalsRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: DUDLEY_HEADER.map((name, i) =>
          i === 0
            ? { name, totalsRowLabel: 'Total', filterButton: true }
            : i === 1
              ? {
                  name,
                  totalsRowFunction: 'count' as const,
                  totalsRowResult: priority.actions.length,
                  filterButton: true,
                }
              : { name, filterButton: true },
        ),
        rows: priority.actions.map(values),
      });
    } else {
      const header = ws.getRow(DUDLEY_HEADER_ROW);
      DUDLEY_HEADER.forEach((h, i) => {
        const c = header.getCell(i + 1);
        c.value = h;
        c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
        c.fill = solidFill('FF305496');
        c.alignment = WRAP_TOP;
      });
      priority.actions.forEach((a, i) => {
        ws.getRow(first + i).values = values(a);
      });
    }
    priority.actions.forEach((a, i) => {
      const row = ws.getRow(first + i);
      row.getCell(1).numFmt = '@';
      if (a.due instanceof Date) row.getCell(4).numFmt = DATE_FORMAT;
      row.getCell(6).numFmt = '0%';
      for (const col of [2, 3, 8]) row.getCell(col).alignment = WRAP_TOP;
      // A filter on Status has hidden the actions not started yet.
      if (priority.table?.hidden.includes(a.ref)) row.hidden = true;
    });
  }

  // The letter's areas for development with the labels the plan uses: for the reader, not a plan.
  const areas = wb.addWorksheet('Areas for development');
  areas.columns = [{ width: 22 }, { width: 100 }];
  areas.getRow(1).values = ['Ofsted area', `The letter of ${seed.date} says`];
  areas.getRow(1).font = { bold: true };
  seed.areas.forEach((text, i) => {
    areas.getRow(i + 2).values = [DUDLEY_AREAS[i], firstSentence(text)];
    areas.getRow(i + 2).getCell(2).alignment = WRAP_TOP;
  });
  return wb;
}

// ---------------------------------------------------------------------------------------------

/** Writes the examples into outDir (created if missing) and returns their paths. */
export async function buildExamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const built: [string, ExcelJS.Workbook][] = [
    [EXAMPLE_FILES.walsall, buildWalsall()],
    [EXAMPLE_FILES.wirral, buildWirral()],
    [EXAMPLE_FILES.worcestershire, buildWorcestershire()],
    [EXAMPLE_FILES.dudley, buildDudley()],
  ];
  const paths: string[] = [];
  for (const [name, wb] of built) {
    const path = join(outDir, name);
    await wb.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'examples'));
  const started = Date.now();
  buildExamples(outDir).then(
    (paths) => {
      for (const p of paths) console.log(`wrote ${p}`);
      console.log(`built ${paths.length} examples in ${Date.now() - started} ms`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
