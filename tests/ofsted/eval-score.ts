/**
 * Measuring the matcher on the Ofsted evaluation set (tests/ofsted/eval): for each plan, the report is
 * read (by the parser from the corpus text, or taken straight from the corpus key), the plan is read
 * (from the .xlsx built by scripts/build-eval-plans.ts, or as the plan model the data describes), the
 * matcher links them, and its answers are scored against the hand-written gold.
 *
 * - top-1: the first suggestion (explicit links first) is a gold action, over recommendations the gold
 *   answers;
 * - top-3: a gold action is among the first three;
 * - false "not covered": the gold has an answering action but the matcher says nothing plausibly answers;
 * - false "linked": an action the matcher puts forward as an answer (a link, or a strong or possible
 *   suggestion) that the gold does not list for that recommendation, counted per pair, out of all pairs
 *   put forward;
 * - a gold recommendation the parser did not find counts as missed for top-1/top-3 and is counted apart.
 *
 * Shared by bench/ofsted-matcher.bench.ts and tests/ofsted/eval-matcher.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  linkRecommendations,
  parseOfstedReport,
  type ActionLink,
  type LinkResult,
  type OfstedReport,
  type Recommendation,
} from '../../src/core/ofsted';
import type { PlanSheet } from '../../src/core/plan-reader';
import { readWorkbookPlans } from '../../src/core/plan-sheets';
import type { Objective, PlanAction, Theme } from '../../src/core/types';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { EVAL_PLANS, type EvalPlan, type ReportList } from './eval';
import { reportOf } from './fixtures';
import { STATUS_COLOUR } from '../../scripts/build-eval-plans';

export const CORPUS = path.resolve(__dirname, '../../../shared/ofsted-reports/corpus');

/** Plans kept out of the matcher's design: their figures are reported apart (README, issue 10). */
export const HELD_OUT = ['north-east-lincolnshire-2021', 'solihull-2026'];

interface AnswerItem {
  first8: string;
  text: string;
}
interface AnswerEntry {
  name: string;
  authority: string;
  localAuthority: AnswerItem[];
  board?: AnswerItem[];
}

let answersCache: AnswerEntry[] | undefined;
function answers(): AnswerEntry[] {
  answersCache ??= JSON.parse(fs.readFileSync(path.join(CORPUS, 'answers.json'), 'utf8')) as AnswerEntry[];
  return answersCache;
}

/** The corpus key's way of naming an item: its first eight words, lower case, no punctuation. */
export function first8(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .replace(/[-–—]/g, ' ')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 8)
    .join(' ');
}

/** The report as the parser reads it from the corpus text. */
export function parsedReport(plan: EvalPlan): OfstedReport {
  return parseOfstedReport(fs.readFileSync(path.join(CORPUS, 'txt', `${plan.report}.txt`), 'utf8'));
}

/** The report as the corpus key gives it: the council's list, then the board's (no parser involved). */
export function keyReport(plan: EvalPlan): OfstedReport {
  const entry = answers().find((a) => a.name === plan.report);
  if (!entry) throw new Error(`${plan.report} is not in answers.json`);
  const item = (i: AnswerItem, addressee: Recommendation['addressee']): Omit<Recommendation, 'id'> => ({
    text: i.text,
    timescale: 'unspecified',
    addressee,
    paragraph: null,
    dueBy: null,
  });
  const recs = [
    ...entry.localAuthority.map((i) => item(i, 'local-authority')),
    ...(entry.board ?? []).map((i) => item(i, 'safeguarding-board')),
  ].map((r, n) => ({ id: `R${n + 1}`, ...r }));
  return reportOf(recs, { localAuthority: entry.authority.replace(/-/g, ' '), framework: 'unknown' });
}

/**
 * The plan as the plan model should hold it, built from the data rather than read from a sheet: what a
 * reader that reads every layout right (issue 9) gives the matcher. One PlanSheet per plan sheet.
 */
export function modelPlan(plan: EvalPlan, options: { explicitLinks?: boolean } = {}): PlanSheet[] {
  const explicit = options.explicitLinks ?? true;
  const sheets = new Map<string, PlanSheet>();
  let row = 10;
  for (const theme of plan.themes) {
    const sheetName =
      plan.layout.sheets === 'per-theme' ? (theme.sheet ?? theme.title) : (plan.layout.sheetName ?? 'Plan');
    let sheet = sheets.get(sheetName);
    if (!sheet) {
      sheet = {
        sheet: sheetName,
        headerRow: 9,
        columns: [],
        themes: [],
        actions: [],
        objectives: [],
        rows: [],
        firstRow: 9,
        lastRow: 9,
        suggestions: [],
      };
      sheets.set(sheetName, sheet);
    }
    const t: Theme = { title: theme.title, row: row++, objectives: [] };
    sheet.themes.push(t);
    for (const objective of theme.objectives) {
      const o: Objective = {
        ref: objective.ref ?? null,
        title: objective.text,
        row: row++,
        ofsted: false,
        actions: [],
      };
      for (const a of objective.actions) {
        const rating = STATUS_COLOUR[a.status.trim().toLowerCase()] ?? (a.status ? 'invalid' : 'unrated');
        const action: PlanAction = {
          ref: a.ref,
          row: row++,
          text: explicit && a.marked ? `* ${a.text}` : a.text,
          objectiveRef: o.ref,
          theme: theme.title,
          leads: a.lead ? [a.lead] : [],
          deadline: { text: '', kind: 'blank', due: null, milestones: [] },
          actionRag: { rating, text: a.status, byColour: false },
          impactRag: { rating: 'unrated', text: '', byColour: false },
          ofsted: explicit && (a.marked === true || (a.ofstedRef ?? '') !== ''),
          ofstedRef: explicit ? (a.ofstedRef ?? '') : '',
          ofstedArea: a.area ?? '',
          sheet: sheetName,
          percentComplete: null,
          hidden: false,
          cells: {},
        };
        o.actions.push(action);
        sheet.actions.push(action);
      }
      t.objectives.push(o);
      sheet.objectives.push(o);
    }
    sheet.lastRow = row;
  }
  return [...sheets.values()];
}

/** The plan as the reader reads the built .xlsx: the workbook's plan sheets, as the CLI and pane choose them. */
export async function readBuiltPlan(file: string): Promise<PlanSheet[]> {
  const workbook = snapshotWorkbook(await loadWorkbookFile(file));
  const [first] = readWorkbookPlans(workbook).plans;
  return (first ?? []).filter((p) => p.actions.length > 0);
}

export interface RecScore {
  /** 'localAuthority 3', 'board 1'. */
  gold: string;
  first8: string;
  /** The parsed recommendation's id, or null when the parser did not find it. */
  id: string | null;
  truth: string[];
  top3: string[];
  state: LinkResult['recommendations'][number]['state'] | 'not parsed';
  answers: string[];
}

export interface PlanScore {
  id: string;
  /** Gold recommendations with at least one answering action. */
  answered: number;
  /** Gold recommendations with none. */
  unanswered: number;
  top1: number;
  top3: number;
  falseNotCovered: number;
  /** Pairs put forward that the gold does not list, and all pairs put forward. */
  falseLinked: number;
  putForward: number;
  /** Gold recommendations the parser did not find. */
  notParsed: number;
  /** Actions the plan reader found, and the plan's actions. */
  actionsRead: number;
  actions: number;
  detail: RecScore[];
}

const LIST_OF: Record<Recommendation['addressee'], ReportList> = {
  'local-authority': 'localAuthority',
  'safeguarding-board': 'board',
};

/** Scores one plan's links against its gold. */
/**
 * Which of the plan's actions a link points at, by its text: a reader that does not recognise a layout's
 * refs ('P1.1', 'A1') reports the action as 'row 12', which is still the right action if its row is.
 */
export function evalRefOf(plan: EvalPlan, sheets: PlanSheet[]): (link: ActionLink) => string {
  const clean = (t: string) =>
    t
      .replace(/^\*\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const byText = new Map(
    plan.themes.flatMap((t) =>
      t.objectives.flatMap((o) => o.actions.map((a) => [clean(a.text), a.ref] as const)),
    ),
  );
  return (link) => {
    const action = sheets.find((s) => s.sheet === link.sheet)?.actions.find((a) => a.row === link.row);
    return (action && byText.get(clean(action.text))) ?? link.action;
  };
}

/** Scores one plan's links against its gold. */
export function scorePlan(
  plan: EvalPlan,
  report: OfstedReport,
  links: LinkResult,
  actionsRead: number,
  refOf: (link: ActionLink) => string = (l) => l.action,
): PlanScore {
  const byId = new Map(links.recommendations.map((l) => [l.recommendation, l]));
  const score: PlanScore = {
    id: plan.id,
    answered: 0,
    unanswered: 0,
    top1: 0,
    top3: 0,
    falseNotCovered: 0,
    falseLinked: 0,
    putForward: 0,
    notParsed: 0,
    actionsRead,
    actions: plan.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions)).length,
    detail: [],
  };
  for (const gold of plan.gold) {
    const truth = gold.links.map((l) => l.ref);
    if (truth.length > 0) score.answered++;
    else score.unanswered++;
    const rec = report.recommendations.find(
      (r) => LIST_OF[r.addressee] === gold.list && first8(r.text) === gold.first8,
    );
    const recLinks = rec ? byId.get(rec.id) : undefined;
    const ranked = recLinks?.suggestions.map(refOf) ?? [];
    const put = recLinks?.answers.map(refOf) ?? [];
    if (!rec) score.notParsed++;
    if (truth.length > 0) {
      if (ranked.length > 0 && truth.includes(ranked[0])) score.top1++;
      if (ranked.slice(0, 3).some((a) => truth.includes(a))) score.top3++;
      if (recLinks?.state === 'not-covered') score.falseNotCovered++;
    }
    score.putForward += put.length;
    score.falseLinked += put.filter((a) => !truth.includes(a)).length;
    score.detail.push({
      gold: `${gold.list} ${gold.number}`,
      first8: gold.first8,
      id: rec?.id ?? null,
      truth,
      top3: ranked.slice(0, 3),
      state: recLinks?.state ?? 'not parsed',
      answers: put,
    });
  }
  return score;
}

export type ReportSource = 'parser' | 'key';
export type PlanSource = { kind: 'model' } | { kind: 'xlsx'; dir: string };

/** Links and scores every plan of the set. */
export async function scoreEvalSet(
  reportSource: ReportSource,
  planSource: PlanSource,
  explicitLinks: boolean,
  plans: readonly EvalPlan[] = EVAL_PLANS,
): Promise<PlanScore[]> {
  const out: PlanScore[] = [];
  for (const plan of plans) {
    const report = reportSource === 'parser' ? parsedReport(plan) : keyReport(plan);
    const sheets =
      planSource.kind === 'model'
        ? modelPlan(plan, { explicitLinks })
        : await readBuiltPlan(path.join(planSource.dir, `${plan.id}.xlsx`));
    const links = linkRecommendations(report, sheets, { explicit: explicitLinks });
    const read = sheets.reduce((n, s) => n + s.actions.length, 0);
    out.push(scorePlan(plan, report, links, read, evalRefOf(plan, sheets)));
  }
  return out;
}

/** The totals of several plans' scores. */
export function totalScore(scores: PlanScore[], id = 'total'): PlanScore {
  const sum = (k: keyof PlanScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  return {
    id,
    answered: sum('answered'),
    unanswered: sum('unanswered'),
    top1: sum('top1'),
    top3: sum('top3'),
    falseNotCovered: sum('falseNotCovered'),
    falseLinked: sum('falseLinked'),
    putForward: sum('putForward'),
    notParsed: sum('notParsed'),
    actionsRead: sum('actionsRead'),
    actions: sum('actions'),
    detail: scores.flatMap((s) => s.detail),
  };
}
