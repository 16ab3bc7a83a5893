/**
 * Large plans through the Office.js adapter on the strict double, step by step as an officer and a
 * manager would use the add-in: read, each Structure command, Refresh RAG summary, highlight the
 * actions that answer the Ofsted report and take the highlight off. Every step records its syncs and
 * its largest request and response (Excel.run's clean-up batch included), for the scale tests and for
 * `npm run bench`.
 *
 * The plans are the generated Walsall-layout plans of scripts/lib/large-plan.ts (10 actions per
 * objective, 10 objectives per theme, rich-text lead cells, typed and colour-only ratings); the report is
 * Walsall's 2013 Ofsted report from the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { largePlanWorkbook } from '../../scripts/lib/large-plan';
import { refreshOn } from '../../src/commands/refresh';
import { checkWorkbook } from '../../src/core/check';
import type { Edit } from '../../src/core/edits';
import {
  highlightEdits,
  linkRecommendations,
  parseOfstedReport,
  removeHighlightEdits,
  type LinkResult,
} from '../../src/core/ofsted';
import type { PlanSheet } from '../../src/core/plan-reader';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import {
  missingColumnEdits,
  freezeHeaderEdits,
  insertAction,
  newPlanSheetEdits,
  overdueMarks,
  ragColours,
  ragDropdowns,
} from '../../src/core/structure';
import { createExcelHost, type ExcelHost } from '../../src/excel/excel-host';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import {
  cloneState,
  createExcelDouble,
  type ExcelDouble,
  type PlatformId,
  stateFromExcelJs,
  type WorkbookState,
} from '../excel-double';

export const AS_OF = '2013-12-01';
export const PLAN_SHEET = 'SIP generated';
const REPORT = join(__dirname, '../../../shared/seeds/001_417503daf9182b66.txt');

/** What one step cost. */
export interface StepFigures {
  step: string;
  syncs: number;
  /** Largest request and response of the step, in bytes. */
  request: number;
  response: number;
}

/** A generated plan, built once per size and copied for each platform. */
export interface Fixture {
  actions: number;
  state: WorkbookState;
  /** The same workbook as the .xlsx adapter reads it. */
  expected: WorkbookSnapshot;
  /** Links to Walsall's 2013 report (text only: the same on every platform). */
  links: LinkResult;
}

const fixtures = new Map<number, Fixture>();

export function fixture(actions: number): Fixture {
  let f = fixtures.get(actions);
  if (!f) {
    const wb: ExcelJS.Workbook = largePlanWorkbook(actions);
    const expected = snapshotWorkbook(wb);
    const plan = planOf(expected);
    const report = parseOfstedReport(readFileSync(REPORT, 'utf8'));
    f = { actions, state: stateFromExcelJs(wb), expected, links: linkRecommendations(report, plan) };
    fixtures.set(actions, f);
  }
  return f;
}

export function planOf(snapshot: WorkbookSnapshot): PlanSheet {
  const sheet = checkWorkbook(snapshot, { asOf: AS_OF }).sheets.find((s) => s.plan.sheet === PLAN_SHEET);
  if (!sheet?.plan) throw new Error(`no plan read from ${PLAN_SHEET}`);
  return sheet.plan;
}

/** One officer's session on one platform, on its own copy of the plan. */
export class Session {
  readonly double: ExcelDouble;
  readonly host: ExcelHost;
  snapshot: WorkbookSnapshot = { sheets: [] };
  readonly figures: StepFigures[] = [];
  /** Requests Excel refused (a too-large answer the adapter then split, say); none are expected. */
  readonly refused: string[] = [];

  constructor(
    readonly fixture: Fixture,
    readonly platform: PlatformId,
  ) {
    this.double = createExcelDouble(cloneState(fixture.state), { platform, keepMessages: false });
    this.host = createExcelHost({ Excel: this.double.Excel, isSetSupported: this.double.isSetSupported });
  }

  private planned: { snapshot: WorkbookSnapshot; plan: PlanSheet } | null = null;

  /** The plan as the last read shows it (read once per snapshot). */
  get plan(): PlanSheet {
    if (this.planned?.snapshot !== this.snapshot)
      this.planned = { snapshot: this.snapshot, plan: planOf(this.snapshot) };
    return this.planned.plan;
  }

  private async measure(step: string, work: () => Promise<unknown>): Promise<StepFigures> {
    this.double.resetSyncCount();
    await work();
    let request = 0;
    let response = 0;
    for (const r of this.double.requests) {
      request = Math.max(request, r.requestBytes);
      response = Math.max(response, r.responseBytes);
      if (r.error) this.refused.push(`${step}: ${r.error}`);
    }
    const figures = { step, syncs: this.double.syncCount(), request, response };
    this.figures.push(figures);
    return figures;
  }

  read(): Promise<StepFigures> {
    return this.measure('read', async () => {
      this.snapshot = await this.host.readWorkbook();
    });
  }

  apply(step: string, edits: (plan: PlanSheet) => Edit[]): Promise<StepFigures> {
    const list = edits(this.plan);
    return this.measure(step, () => this.host.apply(list));
  }

  /** Every command of the Structure view, in the order an officer would try them. */
  async structure(): Promise<StepFigures[]> {
    const sheet = () => this.snapshot.sheets.find((s) => s.name === PLAN_SHEET)!;
    return [
      await this.apply('RAG dropdowns and colours', (plan) => [...ragDropdowns(plan), ...ragColours(plan)]),
      await this.apply('mark overdue deadlines', (plan) => overdueMarks(plan, AS_OF)),
      await this.apply('freeze header row', (plan) => freezeHeaderEdits(plan)),
      await this.apply('add missing columns', (plan) => missingColumnEdits(plan, sheet())),
      await this.apply('new plan sheet', () =>
        newPlanSheetEdits(
          'New plan',
          this.snapshot.sheets.map((s) => s.name),
          AS_OF,
        ),
      ),
      await this.apply('insert action', (plan) => insertAction(plan, plan.objectives[0].ref!).edits),
    ];
  }

  refresh(): Promise<StepFigures> {
    return this.measure('refresh RAG summary', () =>
      refreshOn(this.host, new Date(Date.UTC(2013, 11, 1, 9))),
    );
  }

  highlight(): Promise<StepFigures> {
    return this.apply('highlight Ofsted actions', (plan) => highlightEdits(plan, this.fixture.links));
  }

  removeHighlight(): Promise<StepFigures> {
    return this.apply('remove highlights', (plan) => removeHighlightEdits(plan));
  }
}

/** Kilobytes, one decimal. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** The tracker's conditional formats on a sheet of the double, by tag. */
export function trackerRuleCount(state: WorkbookState, sheet: string, tag: string): number {
  const s = state.sheets.find((x) => x.name === sheet);
  return (s?.conditionalFormats ?? []).filter((c) =>
    String(c.rule.formula ?? '').includes(`"PlanTracker:${tag}"`),
  ).length;
}
