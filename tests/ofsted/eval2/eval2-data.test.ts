/**
 * The second Ofsted evaluation set is well formed, and is as hard as its README says: every gold
 * recommendation is the report's own (same list, number and first eight words as answers.json), every gold
 * ref is an action of its plan and every justifying phrase is in that action's row, every action either
 * answers something or is declared to answer nothing, no action row borrows a run of five words from its
 * report's recommendations, most actions are terse, and every plan builds to an .xlsx that ExcelJS reads
 * back with one row per action. It never calls the matcher: the set exists to measure it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EVAL2_PLANS, planActions, type EvalAction, type EvalPlan, type ReportList } from '.';
import { EVAL_PLANS } from '../eval';
import {
  actionCellText,
  buildEval2Plans,
  evalColumns,
  type BuiltEvalPlan,
} from '../../../scripts/build-eval-plans';

const CORPUS = path.resolve(__dirname, '../../../../shared/ofsted-reports/corpus');

interface AnswerItem {
  first8: string;
  text: string;
}
interface AnswerEntry {
  name: string;
  type: string;
  listed: string;
  localAuthority: AnswerItem[];
  board: AnswerItem[];
}

const answers: AnswerEntry[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'answers.json'), 'utf8'));
const answerFor = (plan: EvalPlan): AnswerEntry | undefined => answers.find((a) => a.name === plan.report);

/** Each action with the theme and objective it sits under. */
function placedActions(plan: EvalPlan) {
  return plan.themes.flatMap((theme) =>
    theme.objectives.flatMap((objective) =>
      objective.actions.map((action) => ({ theme, objective, action })),
    ),
  );
}

/** What a reader of the plan sees on, or above, an action's row (the explicit Ofsted ref excluded). */
function visibleRowText(plan: EvalPlan, ref: string): string {
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

/** Words as answers.json's first8 reads them: lower case, quotes dropped, other punctuation a space. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** Runs of n consecutive words, joined by spaces (a run never crosses a line of the row). */
function runs(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const w = words(line);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

const hasExplicitLinks = (plan: EvalPlan): boolean =>
  plan.layout.columns.some((c) => c.field === 'ofstedRef') || planActions(plan).some((a) => a.marked);
const hasAreaColumn = (plan: EvalPlan): boolean => plan.layout.columns.some((c) => c.field === 'area');
const linkedRefs = (plan: EvalPlan): Set<string> =>
  new Set(plan.gold.flatMap((g) => g.links.map((l) => l.ref)));

/** A plan's explicit Ofsted ref cell: "Rec 3" names the council's list, "LSCB 2" the board's. */
const OFSTED_REF = /^(Rec|LSCB) (\d+)$/;

const cellText = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v));

describe('the second evaluation set as a whole', () => {
  it('has four or five plans, each answering a corpus report the first set does not use', () => {
    expect(EVAL2_PLANS.length).toBeGreaterThanOrEqual(4);
    expect(EVAL2_PLANS.length).toBeLessThanOrEqual(5);
    expect(new Set(EVAL2_PLANS.map((p) => p.id)).size).toBe(EVAL2_PLANS.length);
    expect(new Set(EVAL2_PLANS.map((p) => p.report)).size).toBe(EVAL2_PLANS.length);
    const firstSet = new Set(EVAL_PLANS.map((p) => p.report));
    const firstIds = new Set(EVAL_PLANS.map((p) => p.id));
    for (const plan of EVAL2_PLANS) {
      expect(firstSet).not.toContain(plan.report);
      expect(firstIds).not.toContain(plan.id);
      expect(answerFor(plan)).toBeDefined();
      expect(fs.existsSync(path.join(CORPUS, 'txt', `${plan.report}.txt`))).toBe(true);
    }
  });

  it('mixes frameworks: a SIF report of 2014–18 and ILACS reports from at least three years', () => {
    const entries = EVAL2_PLANS.map((p) => answerFor(p)!);
    const sifYears = entries.filter((e) => e.type === 'sif').map((e) => Number(e.listed.slice(0, 4)));
    expect(sifYears.some((y) => y >= 2014 && y <= 2018)).toBe(true);
    const ilacs = entries.filter((e) => e.type === 'ilacs');
    expect(ilacs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ilacs.map((e) => e.listed.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
  });

  it('leaves at most one recommendation unanswered, with a reason', () => {
    const unanswered = EVAL2_PLANS.flatMap((p) => p.gold.filter((g) => g.links.length === 0));
    expect(unanswered.length).toBeLessThanOrEqual(1);
    for (const g of unanswered) expect(g.noAnswer?.trim()).toBeTruthy();
  });

  it('keeps explicit links to one plan and the Ofsted area column out of at least three', () => {
    expect(EVAL2_PLANS.filter(hasExplicitLinks).length).toBeLessThanOrEqual(1);
    expect(EVAL2_PLANS.filter((p) => !hasAreaColumn(p)).length).toBeGreaterThanOrEqual(3);
  });

  it('has broad actions answering two recommendations, and plans with 10–30% business as usual', () => {
    const doubles = EVAL2_PLANS.flatMap((p) =>
      planActions(p).filter((a) => p.gold.filter((g) => g.links.some((l) => l.ref === a.ref)).length >= 2),
    );
    expect(doubles.length).toBeGreaterThanOrEqual(1);
    const bauShare = EVAL2_PLANS.map((p) => p.answersNothing.length / planActions(p).length);
    expect(bauShare.filter((s) => s >= 0.1 && s <= 0.3).length).toBeGreaterThanOrEqual(2);
  });

  it('has links that only the objective, theme or area justifies, in most plans', () => {
    const plansWithSuch = EVAL2_PLANS.filter((plan) => {
      const textOf = new Map(planActions(plan).map((a) => [a.ref, a.text.toLowerCase()]));
      return plan.gold.some((g) =>
        g.links.some((l) => l.because.every((b) => !textOf.get(l.ref)!.includes(b.toLowerCase()))),
      );
    });
    expect(plansWithSuch.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(EVAL2_PLANS.map((p) => [p.id, p] as const))('%s', (_id, plan) => {
  const entry = answerFor(plan)!;
  const actions = planActions(plan);
  const refs = new Set(actions.map((a) => a.ref));

  it('has a realistic number of actions, each with a unique ref', () => {
    expect(actions.length).toBeGreaterThanOrEqual(10);
    expect(actions.length).toBeLessThanOrEqual(50);
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

  it('borrows no run of five words from any recommendation of its report', () => {
    const recRuns = new Set(
      [...entry.localAuthority, ...entry.board].flatMap((item) => [...runs(item.text, 5)]),
    );
    const borrowed = actions.flatMap((a) =>
      [...runs(visibleRowText(plan, a.ref), 5)].filter((r) => recRuns.has(r)).map((r) => `${a.ref}: ${r}`),
    );
    expect(borrowed).toEqual([]);
  });

  it('writes most actions tersely (at least half in twelve words or fewer)', () => {
    const terse = actions.filter((a) => words(a.text).length <= 12);
    expect(terse.length * 2).toBeGreaterThanOrEqual(actions.length);
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
});

describe('the second set’s built workbooks', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval2-plans-'));
  let withLinks: BuiltEvalPlan[] = [];
  let withoutLinks: BuiltEvalPlan[] = [];

  beforeAll(async () => {
    withLinks = await buildEval2Plans(path.join(tmp, 'explicit'));
    withoutLinks = await buildEval2Plans(path.join(tmp, 'wording-only'), { explicitLinks: false });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const refsOf = (plan: EvalPlan) => new Set(planActions(plan).map((a) => a.ref));

  /** Action rows read back from every sheet that carries the plan's header: ref → action cell text. */
  async function readActionRows(file: string, plan: EvalPlan, explicitLinks: boolean) {
    const columns = evalColumns(plan, { explicitLinks });
    const headers = columns.map((c) => c.header);
    const refCol = columns.findIndex((c) => c.field === 'ref') + 1;
    const textCol = columns.findIndex((c) => c.field === 'action' || c.field === 'objectiveAndAction') + 1;
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
        if (inPlan && refsOf(plan).has(ref))
          rows.push({ sheet: ws.name, ref, text: cellText(row.getCell(textCol).value) });
      });
    }
    return { wb, rows, planSheets, headers };
  }

  it.each(EVAL2_PLANS.map((p) => [p.id, p] as const))(
    '%s reads back with one row per action',
    async (_id, plan) => {
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
          expect(headers).not.toContain('Ofsted ref');
          expect(rows.filter((r) => r.text.startsWith('*'))).toEqual([]);
        }
      }
    },
  );

  it('keeps the table plan in an Excel table spanning its header and every action', async () => {
    const plan = EVAL2_PLANS.find((p) => p.layout.table !== undefined)!;
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
});
