/**
 * Generated plans for benchmarks and size tests.
 *
 * - `largePlanWorkbook(actions)`: the Walsall layout (title rows; per theme a merged banner, the note row and
 *   the header; objectives "t.o"; actions "t.o.a" with rich-text lead cells and a mix of RAG ratings), 10 actions
 *   per objective and 10 objectives per theme, so 5,000 actions make 50 themes.
 * - `writeFlatPlanStream(path, rows)`: a flat plan of exactly `rows` rows written with ExcelJS's streaming writer.
 *
 * Everything is deterministic: the same arguments give the same cells.
 */
import ExcelJS from 'exceljs';
import { RAG_FILL, WRAP_TOP, solidFill, stampWorkbook, type RagColour } from './xlsx-style';

export const ACTIONS_PER_OBJECTIVE = 10;
export const OBJECTIVES_PER_THEME = 10;

const LEADS = [
  'Robert Lake',
  'Rose Collinson',
  'Sue Butcher',
  'Carol Boughton',
  'Tony McGregor',
  'Karen Marcroft',
  'Paula Jones',
  'Alan Michell',
];
const MONTHS = ['September', 'October', 'November', 'December', 'January', 'February', 'March', 'April'];
const SUBJECTS = [
  'multi-agency referrals',
  'core group attendance',
  'supervision records',
  'case file audits',
  'early help assessments',
  'social worker caseloads',
  'child protection conferences',
  'private fostering notifications',
  'agency staff conversion',
  'complaints learning',
];

/** A RAG cell in a generated plan: typed text, fill only, or empty. */
type GeneratedRag = { text: string } | { fill: RagColour } | null;
/** The rotation of RAG cells: mostly typed words, some variants, some fill-only, one empty in every 16. */
const RAG_CYCLE: GeneratedRag[] = [
  { text: 'Green' },
  { text: 'Amber' },
  { text: 'Red' },
  { text: 'Green' },
  { text: 'Blue' },
  { fill: 'green' },
  { text: 'amber' },
  { text: 'G' },
  { fill: 'amber' },
  { text: 'Complete' },
  { text: 'Green' },
  { fill: 'red' },
  { text: 'AMBER' },
  null,
  { fill: 'blue' },
  { text: 'R' },
];

/** The generated RAG cell for action number `i` (0-based); `offset` shifts the rotation for the Impact RAG. */
export function generatedRag(i: number, offset = 0): GeneratedRag {
  return RAG_CYCLE[(i * 7 + offset) % RAG_CYCLE.length];
}

function writeRag(cell: ExcelJS.Cell, rag: GeneratedRag): void {
  if (rag === null) return;
  if ('text' in rag) cell.value = rag.text;
  else cell.fill = solidFill(RAG_FILL[rag.fill]);
}

export const WALSALL_LIKE_HEADER = [
  '',
  'Objective and actions',
  'Lead & delivery deadline',
  'Success measures and/or evidence base & key deadlines',
  'Impact for children & young people',
  'Action RAG',
  'Impact RAG',
];

/** A Walsall-layout plan with `actions` actions (10 per objective, 10 objectives per theme). */
export function largePlanWorkbook(actions: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, new Date(Date.UTC(2013, 8, 30)));
  const ws = wb.addWorksheet('SIP generated');
  ws.columns = [
    { width: 9 },
    { width: 60 },
    { width: 26 },
    { width: 45 },
    { width: 45 },
    { width: 14 },
    { width: 14 },
  ];
  ws.getCell('A1').value = `STRATEGIC IMPROVEMENT PLAN - GENERATED (${actions} actions)`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Updated September 2013';

  let r = 4;
  let n = 0;
  for (let t = 1; n < actions; t++) {
    ws.getCell(r, 1).value =
      `IMPROVEMENT THEME ${t}: GENERATED THEME ${t} (Theme Lead - ${LEADS[t % LEADS.length]})`;
    ws.mergeCells(r, 1, r, 7);
    ws.getCell(r, 1).font = { bold: true, color: { argb: 'FFFFFFFF' } };
    ws.getCell(r, 1).fill = solidFill('FF1F4E78');
    r++;
    ws.getCell(r++, 1).value = '* indicates objectives arising directly from 2013 Ofsted report';
    const header = ws.getRow(r++);
    WALSALL_LIKE_HEADER.forEach((h, i) => {
      const c = header.getCell(i + 1);
      c.value = h === '' ? null : h;
      c.font = { bold: true };
      c.fill = solidFill('FFBDD7EE');
    });
    for (let o = 1; o <= OBJECTIVES_PER_THEME && n < actions; o++) {
      const objective = ws.getRow(r++);
      objective.getCell(1).value = `${t}.${o}`;
      objective.getCell(2).value =
        `Objective: To improve ${SUBJECTS[(t + o) % SUBJECTS.length]} (theme ${t}, objective ${o})`;
      objective.font = { bold: true };
      for (let a = 1; a <= ACTIONS_PER_OBJECTIVE && n < actions; a++, n++) {
        const row = ws.getRow(r++);
        const lead = LEADS[n % LEADS.length];
        const month = MONTHS[n % MONTHS.length];
        const year = MONTHS.indexOf(month) < 4 ? 2013 : 2014;
        row.getCell(1).value = `${t}.${o}.${a}`;
        row.getCell(2).value =
          `To review and improve ${SUBJECTS[n % SUBJECTS.length]} across the partnership${n % 5 === 0 ? ' *' : ''}.`;
        row.getCell(3).value = {
          richText: [
            { text: n % 2 === 0 ? `${lead}\n` : `${lead} ` },
            { text: `${month} ${year}`, font: { italic: true } },
          ],
        };
        row.getCell(4).value =
          `Quarterly report to WSCB & Improvement Board on ${SUBJECTS[(n + 3) % SUBJECTS.length]}.`;
        row.getCell(5).value = n % 3 === 0 ? null : 'Audit activity shows improvement.';
        writeRag(row.getCell(6), generatedRag(n));
        writeRag(row.getCell(7), generatedRag(n, 5));
        for (let c = 1; c <= 5; c++) row.getCell(c).alignment = WRAP_TOP;
      }
    }
    r++; // a blank row between themes
  }
  return wb;
}

/** Writes `largePlanWorkbook(actions)` to `path`. */
export async function buildLargePlan(path: string, actions: number): Promise<void> {
  await largePlanWorkbook(actions).xlsx.writeFile(path);
}

export const FLAT_HEADER = [
  'Ref',
  'Objective / action',
  'Lead',
  'Deadline',
  'Action RAG',
  'Impact RAG',
  'Evidence',
];
/** In the flat streamed plan every objective row is followed by this many action rows. */
export const FLAT_ACTIONS_PER_OBJECTIVE = 9;

/** How many objective and action rows a flat plan of `rows` rows (header included) has. */
export function flatPlanCounts(rows: number): { objectives: number; actions: number } {
  const body = rows - 1;
  const block = FLAT_ACTIONS_PER_OBJECTIVE + 1;
  const objectives = Math.ceil(body / block);
  return { objectives, actions: body - objectives };
}

/**
 * A flat plan of exactly `rows` rows (row 1 the header, then blocks of one objective "n" and nine actions
 * "n.1" … "n.9"), written with the streaming writer so memory stays flat.
 */
export async function writeFlatPlanStream(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Plan Tracker (scripts/build-bad-inputs.ts)';
  wb.created = new Date(Date.UTC(2013, 8, 30));
  const ws = wb.addWorksheet('Plan');
  ws.getRow(1).values = FLAT_HEADER;
  ws.getRow(1).commit();
  let objective = 0;
  let action = 0;
  for (let r = 2; r <= rows; r++) {
    const row = ws.getRow(r);
    if ((r - 2) % (FLAT_ACTIONS_PER_OBJECTIVE + 1) === 0) {
      objective++;
      action = 0;
      row.values = [
        String(objective),
        `Objective ${objective}: improve ${SUBJECTS[objective % SUBJECTS.length]}`,
      ];
    } else {
      action++;
      const i = r;
      const rag = generatedRag(i);
      row.values = [
        `${objective}.${action}`,
        `Action ${objective}.${action}: audit ${SUBJECTS[i % SUBJECTS.length]}`,
        LEADS[i % LEADS.length],
        new Date(Date.UTC(2013 + (i % 3), i % 12, 1 + (i % 28))),
        rag !== null && 'text' in rag ? rag.text : null,
        ['Green', 'Amber', 'Red'][i % 3],
        'Quarterly report',
      ];
      row.getCell(4).numFmt = 'dd/mm/yyyy';
    }
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
