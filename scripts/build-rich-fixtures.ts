/**
 * Builds the "rich" workbooks the CLI's copies are checked against: a real-looking plan (the Walsall
 * SIP layout, 3 objectives, 8 actions) with one kind of part ExcelJS cannot carry through a re-save in
 * each, one with all of them, and the awkward cases of issue 12, into a directory:
 *
 *   chart.xlsx              a bar chart on a data sheet
 *   pivot-table.xlsx        a pivot table (and its cache) on a data sheet
 *   image.xlsx              a picture on the plan sheet
 *   notes.xlsx              notes on empty cells of the plan sheet
 *   threaded-comments.xlsx  modern threaded comments (with the people part and placeholder notes)
 *   custom-xml.xlsx         a custom XML part with its properties, as SharePoint adds
 *   table.xlsx              an Excel table on a data sheet
 *   hidden-sheets.xlsx      a hidden and a very hidden sheet
 *   dates-1904.xlsx         the 1904 date system (Excel for Mac before 2011)
 *   macro.xlsm              a VBA project (a macro-enabled workbook)
 *   everything.xlsm         all of the above at once, with shared strings and XML comments
 *   user-rag-summary.xlsx   the user's own sheet called "rag summary", and their own "RAG History"
 *   protected-plan.xlsx     the plan sheet protected (Review > Protect Sheet)
 *   xml-comment.xlsx        XML comments inside <sheets> and <definedNames>, a print area on a later sheet
 *
 * Usage: npx tsx scripts/build-rich-fixtures.ts [dir]   (default dir: tests/artifacts/rich)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildPackage, type CellIn, type SheetIn, type WorkbookIn } from './lib/ooxml-package';
import { REPO_ROOT } from './lib/seed-plan';

export const PLAN_SHEET = 'SIP Phase 2';
export const DATA_SHEET = 'Chart Data';

/** A plan in the Walsall SIP layout (seed 001): objective rows, then actions with lead, deadline, RAG. */
export function planRows(): CellIn[][] {
  const d = (y: number, m: number, day: number) => ({
    date: Math.round((Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000),
  });
  return [
    ['Walsall Children’s Services Strategic Improvement Plan — Phase 2'],
    [],
    ['Ref', 'Objective and actions', 'Lead officer', 'Deadline', 'Action RAG', 'Ofsted ref'],
    ['1', 'Objective 1: safe, manageable caseloads'],
    [
      '1.1',
      'Ensure that social worker caseloads are manageable',
      'Head of Safeguarding',
      d(2013, 9, 30),
      'Green',
      'R1',
    ],
    [
      '1.2',
      'Recruit permanent team managers',
      'Director of Children’s Services',
      d(2013, 12, 31),
      'Amber',
      null,
    ],
    ['1.3', 'Audit all open child protection plans', 'Principal Social Worker', d(2013, 7, 31), 'Red', null],
    ['2', 'Objective 2: good supervision'],
    [
      '2.1',
      'Improve the quality and recording of supervision',
      'Head of Safeguarding',
      d(2013, 10, 31),
      'Amber',
      null,
    ],
    ['2.2', '=SUM(A1:A2) is text, not a formula', 'LSCB Chair', 'Q3 2013/14', 'Blue', 'R4'],
    [
      '2.3',
      'Children are seen alone 🚸 and their wishes recorded',
      'Jane Smith & T. Ahmed',
      'End Sept 2013',
      { text: '', fill: 'green' },
      null,
    ],
    ['3', 'Objective 3: partners share thresholds'],
    ['3.1', 'Review thresholds with partner agencies <MASH>', 'LSCB Chair', 'Ongoing', 'g', null],
    [
      '3.2',
      'Improve the timeliness of initial child protection conferences',
      'Head of Safeguarding',
      d(2014, 3, 31),
      'Purple',
      null,
    ],
  ];
}

function dataSheet(extra: Partial<SheetIn> = {}): SheetIn {
  return {
    name: DATA_SHEET,
    rows: [
      ['RAG', 'Actions'],
      ['Red', 1],
      ['Amber', 3],
      ['Green', 3],
      ['Blue', 1],
      ['Total', { formula: 'SUM(B2:B5)', value: 8 }],
    ],
    ...extra,
  };
}

function plan(extra: Partial<SheetIn> = {}): SheetIn {
  return { name: PLAN_SHEET, rows: planRows(), merges: ['A1:F1'], ...extra };
}

const NOTES = [
  { ref: 'H4', text: 'Reviewed at the Improvement Board, 30 September 2013', author: 'Jane Smith' },
  { ref: 'H9', text: 'Ask the LSCB chair about the audit dates', author: 'T. Ahmed' },
];
const THREADS = [{ ref: 'I5', text: 'Can we bring 1.1 forward to August?', author: 'Jane Smith' }];
const NAMES = [{ name: 'Leads', ref: `'${PLAN_SHEET}'!$C:$C` }];

export const RICH_FIXTURES: Record<string, WorkbookIn> = {
  'chart.xlsx': { sheets: [plan(), dataSheet({ chart: 'A2:B5' })], definedNames: NAMES },
  'pivot-table.xlsx': { sheets: [plan(), dataSheet({ pivot: { source: 'A1:B5', at: 'E1' } })] },
  'image.xlsx': { sheets: [plan({ image: 'H6' })] },
  'notes.xlsx': { sheets: [plan({ notes: NOTES })] },
  'threaded-comments.xlsx': { sheets: [plan({ threaded: THREADS })] },
  'custom-xml.xlsx': { sheets: [plan()], customXml: true },
  'table.xlsx': { sheets: [plan(), dataSheet({ table: { name: 'RagCounts', ref: 'A1:B5' } })] },
  'hidden-sheets.xlsx': {
    sheets: [
      plan(),
      { name: 'Lookups', state: 'hidden', rows: [['Red'], ['Amber'], ['Green'], ['Blue']] },
      {
        name: 'Audit trail',
        state: 'veryHidden',
        rows: [
          ['Changed by', 'When'],
          ['Jane Smith', { date: 41500 }],
        ],
      },
    ],
  },
  'dates-1904.xlsx': { sheets: [plan()], date1904: true },
  'macro.xlsm': { sheets: [plan()], macro: true },
  'everything.xlsm': {
    sheets: [
      plan({
        image: 'H6',
        notes: NOTES,
        threaded: THREADS,
        conditionalFormat: { ref: 'E5:E14', text: 'Green' },
      }),
      dataSheet({
        chart: 'A2:B5',
        pivot: { source: 'A1:B5', at: 'E1' },
        table: { name: 'RagCounts', ref: 'A1:B5' },
      }),
      { name: 'Lookups', state: 'hidden', rows: [['Red'], ['Amber'], ['Green'], ['Blue']] },
      { name: 'Audit trail', state: 'veryHidden', rows: [['Changed by'], ['Jane Smith']] },
    ],
    macro: true,
    customXml: true,
    date1904: true,
    xmlComments: true,
    definedNames: [...NAMES, { name: '_xlnm.Print_Area', ref: `'${DATA_SHEET}'!$A$1:$B$6`, sheet: 1 }],
  },
  'user-rag-summary.xlsx': {
    sheets: [
      plan(),
      {
        name: 'rag summary',
        rows: [['Our own summary for the board'], ['Red', 1], ['Agreed with the chair']],
      },
      {
        name: 'RAG History',
        rows: [
          ['Board meeting', 'Decision'],
          ['May 2013', 'Plan agreed'],
        ],
      },
    ],
  },
  'protected-plan.xlsx': { sheets: [plan({ protected: true })] },
  'xml-comment.xlsx': {
    sheets: [plan(), dataSheet(), { name: 'Notes', rows: [['Kept for the board']] }],
    xmlComments: true,
    definedNames: [
      ...NAMES,
      { name: '_xlnm.Print_Area', ref: `'${DATA_SHEET}'!$A$1:$B$6`, sheet: 1 },
      { name: '_xlnm.Print_Titles', ref: `'Notes'!$1:$1`, sheet: 2 },
      { name: '_xlnm._FilterDatabase', ref: `'Notes'!$A$1:$A$1`, sheet: 2 },
    ],
    activeTab: 0,
  },
};

export async function buildRichFixtures(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, workbook] of Object.entries(RICH_FIXTURES)) {
    const path = join(dir, name);
    await writeFile(path, await buildPackage(workbook));
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(REPO_ROOT, 'tests', 'artifacts', 'rich'));
  buildRichFixtures(dir)
    .then((files) => files.forEach((f) => console.log(`wrote ${f}`)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
