/**
 * The checks both Ofsted evaluation sets share (tests/ofsted/eval and eval2): every gold recommendation is
 * the report's own (same list, number and first eight words as answers.json), every gold ref is an action
 * of its plan and every justifying phrase is in that action's row, every action either answers something
 * or is declared to answer nothing, the plan's explicit links agree with the gold, and every plan builds to
 * an .xlsx that ExcelJS reads back with one row per action (and its Excel table, where it has one). They
 * never call the matcher: the sets exist to measure it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planActions, type EvalAction, type EvalPlan, type ReportList } from '.';
import { actionCellText, evalColumns, type BuiltEvalPlan } from '../../../scripts/build-eval-plans';

export const CORPUS = path.resolve(__dirname, '../../../../shared/ofsted-reports/corpus');

interface AnswerItem {
  first8: string;
  text: string;
}
export interface AnswerEntry {
  name: string;
  type: string;
  listed: string;
  localAuthority: AnswerItem[];
  board: AnswerItem[];
}

const answers: AnswerEntry[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'answers.json'), 'utf8'));
export const answerFor = (plan: EvalPlan): AnswerEntry | undefined =>
  answers.find((a) => a.name === plan.report);

/** Each action with the theme and objective it sits under. */
function placedActions(plan: EvalPlan) {
  return plan.themes.flatMap((theme) =>
    theme.objectives.flatMap((objective) =>
      objective.actions.map((action) => ({ theme, objective, action })),
    ),
  );
}

/** What a reader of the plan sees on, or above, an action's row (the explicit Ofsted ref excluded). */
export function visibleRowText(plan: EvalPlan, ref: string): string {
  const placed = placedActions(plan).find((p) => p.action.ref === ref);
  if (!placed) return '';
  const { layout } = plan;
  const fields = new Set(layout.columns.map((c) => c.field));
  const parts = [placed.action.text];
  if (layout.rows === 'banners' || layout.sheets === 'per-theme' || fields.has('theme'))
    parts.push(placed.theme.title);
  if (layout.rows === 'banners' || fields.has('objective')) parts.push(placed.objective.text);
  if (fields.has('area')) parts.push(placed.action.area ?? '');
  return parts.join('\n').toLowerCase();
}

export const linkedRefs = (plan: EvalPlan): Set<string> =>
  new Set(plan.gold.flatMap((g) => g.links.map((l) => l.ref)));

/** A plan's explicit Ofsted ref cell: "Rec 3" names the council's list, "LSCB 2" the board's. */
const OFSTED_REF = /^(Rec|LSCB) (\d+)$/;

const cellText = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v));

/** The checks every plan of a set passes; `maxActions` is the set's own bound on a realistic plan. */
export function checkEvalPlan(plan: EvalPlan, options: { maxActions: number }): void {
  const entry = answerFor(plan)!;
  const actions = planActions(plan);
  const refs = new Set(actions.map((a) => a.ref));

  it('has a realistic number of actions, each with a unique ref', () => {
    expect(actions.length).toBeGreaterThanOrEqual(10);
    expect(actions.length).toBeLessThanOrEqual(options.maxActions);
    expect(refs.size).toBe(actions.length);
  });

  it('gives gold for every recommendation of the report, in order, with the same first eight words', () => {
    for (const list of ['localAuthority', 'board'] as ReportList[]) {
      const gold = plan.gold.filter((g) => g.list === list);
      expect(gold.map((g) => g.number)).toEqual(entry[list].map((_, i) => i + 1));
      for (const g of gold) expect(g.first8).toBe(entry[list][g.number - 1].first8);
    }
  });

  it('links only actions of the plan, each with phrases taken from its row', () => {
    for (const g of plan.gold) {
      expect(new Set(g.links.map((l) => l.ref)).size).toBe(g.links.length);
      for (const link of g.links) {
        expect(refs).toContain(link.ref);
        expect(link.because.length).toBeGreaterThan(0);
        const row = visibleRowText(plan, link.ref);
        for (const phrase of link.because) {
          if (!row.includes(phrase.toLowerCase()))
            throw new Error(`${link.ref}: "${phrase}" is not in its row`);
        }
      }
      if (g.links.length === 0) expect(g.noAnswer).toBeTruthy();
    }
  });

  it('says of every action whether it answers something, and never both', () => {
    const linked = linkedRefs(plan);
    for (const ref of plan.answersNothing) {
      expect(refs).toContain(ref);
      expect(linked).not.toContain(ref);
    }
    const nothing = new Set(plan.answersNothing);
    expect(actions.filter((a) => !linked.has(a.ref) && !nothing.has(a.ref)).map((a) => a.ref)).toEqual([]);
  });

  it("agrees with the plan's own explicit links (Ofsted ref column, * markers)", () => {
    const goldFor = (a: EvalAction) => plan.gold.filter((g) => g.links.some((l) => l.ref === a.ref));
    for (const a of actions) {
      if (a.marked) expect(goldFor(a).length).toBeGreaterThan(0);
      if (a.ofstedRef === undefined) continue;
      const m = OFSTED_REF.exec(a.ofstedRef);
      expect(m).not.toBeNull();
      const list: ReportList = m![1] === 'LSCB' ? 'board' : 'localAuthority';
      expect(goldFor(a).map((g) => `${g.list} ${g.number}`)).toContain(`${list} ${m![2]}`);
    }
  });
}

/** Action rows read back from every sheet that carries the plan's header: ref → action cell text. */
async function readActionRows(file: string, plan: EvalPlan, explicitLinks: boolean) {
  const columns = evalColumns(plan, { explicitLinks });
  const headers = columns.map((c) => c.header);
  const refCol = columns.findIndex((c) => c.field === 'ref') + 1;
  const textCol = columns.findIndex((c) => c.field === 'action' || c.field === 'objectiveAndAction') + 1;
  const refs = new Set(planActions(plan).map((a) => a.ref));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: { sheet: string; ref: string; text: string }[] = [];
  const planSheets: string[] = [];
  for (const ws of wb.worksheets) {
    let inPlan = false;
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells = headers.map((_, i) => cellText(row.getCell(i + 1).value));
      if (cells.every((c, i) => c === headers[i])) {
        if (!inPlan) planSheets.push(ws.name);
        inPlan = true;
        return;
      }
      const ref = cellText(row.getCell(refCol).value);
      if (inPlan && refs.has(ref))
        rows.push({ sheet: ws.name, ref, text: cellText(row.getCell(textCol).value) });
    });
  }
  return { wb, rows, planSheets, headers };
}

type Build = (dir: string, options?: { explicitLinks?: boolean }) => Promise<BuiltEvalPlan[]>;

/** Builds every plan of a set, with and without its explicit links, and reads each back. */
export function checkBuiltWorkbooks(plans: readonly EvalPlan[], build: Build): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-plans-'));
  let withLinks: BuiltEvalPlan[] = [];
  let withoutLinks: BuiltEvalPlan[] = [];

  beforeAll(async () => {
    withLinks = await build(path.join(tmp, 'explicit'));
    withoutLinks = await build(path.join(tmp, 'wording-only'), { explicitLinks: false });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each(plans.map((p) => [p.id, p] as const))(
    '%s reads back with one row per action',
    async (_id, plan) => {
      const refHeader = plan.layout.columns.find((c) => c.field === 'ofstedRef')?.header;
      for (const [built, explicitLinks] of [
        [withLinks, true],
        [withoutLinks, false],
      ] as const) {
        const file = built.find((b) => b.id === plan.id)!.path;
        const { rows, planSheets, headers } = await readActionRows(file, plan, explicitLinks);
        const actions = planActions(plan);
        expect(rows.map((r) => r.ref)).toEqual(actions.map((a) => a.ref));
        expect(rows.map((r) => r.text)).toEqual(actions.map((a) => actionCellText(a, { explicitLinks })));
        if (plan.layout.sheets === 'per-theme') expect(planSheets).toEqual(plan.themes.map((t) => t.sheet));
        else expect(planSheets).toEqual([plan.layout.sheetName]);
        if (!explicitLinks) {
          if (refHeader) expect(headers).not.toContain(refHeader);
          expect(rows.filter((r) => r.text.startsWith('*'))).toEqual([]);
        }
      }
    },
  );

  it('keeps the table plan in an Excel table spanning its header and every action', async () => {
    const plan = plans.find((p) => p.layout.table !== undefined)!;
    const file = withLinks.find((b) => b.id === plan.id)!.path;
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const tables = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    expect(tables).toHaveLength(1);
    const xml = await zip.file(tables[0])!.async('string');
    expect(xml).toContain(`name="${plan.layout.table}"`);
    const ref = /\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml)!;
    const { wb } = await readActionRows(file, plan, true);
    const ws = wb.getWorksheet(plan.layout.sheetName!)!;
    const headerRow = Number(ref[2]);
    expect(ws.getRow(headerRow).getCell(1).value).toBe(plan.layout.columns[0].header);
    expect(Number(ref[4]) - headerRow).toBe(planActions(plan).length);
  });
}
