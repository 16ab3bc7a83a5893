/**
 * The Structure view's commands as plain data: each is a pure function from a fresh read of the
 * workbook (and what the officer chose) to the edits it makes and the sentence that says what happened.
 * Nothing here reads or writes; tasks.ts reads, calls one, applies its edits in one go and re-reads.
 * Protected sheets are refused by the host before anything is sent, in its own words.
 */
import { checkWorkbook, type SheetCheck } from '../../core/check';
import type { Edit } from '../../core/edits';
import { UserError } from '../../core/errors';
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import {
  freezeHeaderEdits,
  insertAction,
  missingColumnEdits,
  newPlanSheetEdits,
  overdueCells,
  overdueMarks,
  ragColours,
  ragDropdowns,
} from '../../core/structure';
import type { IsoDate } from '../../core/types';
import { STRUCTURE_LABELS } from './structure-labels';

/** What a command works out from a fresh read of the workbook. */
export interface Work {
  edits: Edit[];
  /** Shown once the edits are in (or when there was nothing to do). */
  done: string;
}

/** What the officer chose in the view. */
export interface StructureRequest {
  asOf: IsoDate;
  /** The plan sheet chosen (the first plan sheet when absent or gone). */
  sheet?: string | null;
  /** For "Insert action": the objective's ref. */
  objectiveRef?: string | null;
  /** For "New plan sheet": the new sheet's name. */
  newName?: string;
}

export type StructureActionId =
  'ragDropdowns' | 'overdueMarks' | 'freezeHeader' | 'missingColumns' | 'insertAction' | 'newPlanSheet';

export interface StructureAction {
  /** The button's text, also the title of what it reports. */
  label: string;
  work(workbook: WorkbookSnapshot, request: StructureRequest): Work;
}

/** A plan sheet the view offers, with its numbered objectives. */
export interface PlanChoice {
  sheet: string;
  objectives: { ref: string; title: string }[];
}

export const NO_PLAN_MESSAGE =
  'None of this workbook’s sheets looks like an improvement plan: the tracker needs a header row naming the actions, the lead, the deadline and the RAG rating.';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The plan sheets of a workbook as the Check view sees them (tracker sheets skipped, corrected mappings used). */
export function planChecks(workbook: WorkbookSnapshot, asOf: IsoDate): SheetCheck[] {
  return checkWorkbook(workbook, { asOf }).sheets;
}

/** The chosen plan sheet (or the first), read afresh. */
function planIn(
  workbook: WorkbookSnapshot,
  request: StructureRequest,
): { check: SheetCheck; sheet: SheetSnapshot } {
  const checks = planChecks(workbook, request.asOf);
  const check = checks.find((s) => s.plan.sheet === request.sheet) ?? checks[0];
  if (!check) throw new UserError(NO_PLAN_MESSAGE, 'not-found');
  const sheet = workbook.sheets.find((s) => s.name === check.plan.sheet)!;
  return { check, sheet };
}

/** A title cut at a word boundary, so the objective list never ends mid-word. */
export function shortTitle(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export function planChoices(workbook: WorkbookSnapshot, asOf: IsoDate): PlanChoice[] {
  return planChecks(workbook, asOf).map(({ plan }) => ({
    sheet: plan.sheet,
    objectives: plan.objectives
      .filter((o): o is typeof o & { ref: string } => o.ref !== null)
      .map((o) => ({ ref: o.ref, title: shortTitle(o.title) })),
  }));
}

export const STRUCTURE_ACTIONS: Record<StructureActionId, StructureAction> = {
  ragDropdowns: {
    label: STRUCTURE_LABELS.ragDropdowns,
    work(workbook, request) {
      const { check } = planIn(workbook, request);
      const dropdowns = ragDropdowns(check.plan);
      if (dropdowns.length === 0) {
        return { edits: [], done: 'This plan has no RAG column yet. Use "Add missing columns" first.' };
      }
      return {
        edits: [...dropdowns, ...ragColours(check.plan)],
        done: `The RAG cells of ${plural(check.plan.actions.length, 'action')} on "${check.plan.sheet}" now offer Red, Amber, Green and Blue, each in its colour.`,
      };
    },
  },
  overdueMarks: {
    label: STRUCTURE_LABELS.overdueMarks,
    work(workbook, request) {
      const { check } = planIn(workbook, request);
      const count = overdueCells(check.plan, request.asOf).length;
      return {
        edits: overdueMarks(check.plan, request.asOf),
        done:
          count === 0
            ? 'No deadline has passed without the action being marked Blue (complete).'
            : `${plural(count, 'overdue deadline')} marked in light red. The marks are refreshed each time you use this button.`,
      };
    },
  },
  freezeHeader: {
    label: STRUCTURE_LABELS.freezeHeader,
    work(workbook, request) {
      const { check } = planIn(workbook, request);
      return {
        edits: freezeHeaderEdits(check.plan),
        done: `Rows 1 to ${check.plan.headerRow} stay in view while you scroll.`,
      };
    },
  },
  missingColumns: {
    label: STRUCTURE_LABELS.missingColumns,
    work(workbook, request) {
      const { check, sheet } = planIn(workbook, request);
      const edits = missingColumnEdits(check.plan, sheet);
      const added = edits.flatMap((e) =>
        e.kind === 'setValues' ? [`${e.values[0].join(', ')} (${e.address})`] : [],
      );
      return {
        edits,
        done:
          edits.length === 0
            ? 'The plan already has every column the tracker needs.'
            : `Added the header ${added.join('; ')} to row ${check.plan.headerRow}. Nothing else was moved or changed.`,
      };
    },
  },
  insertAction: {
    label: STRUCTURE_LABELS.insertAction,
    work(workbook, request) {
      if (!request.objectiveRef) throw new UserError('Choose the objective to add an action under.', 'other');
      const { check } = planIn(workbook, request);
      const { edits, ref, row } = insertAction(check.plan, request.objectiveRef);
      const textColumn = check.plan.columns.find((c) => ['objectiveAction', 'action'].includes(c.role));
      const select: Edit[] = textColumn
        ? [{ kind: 'select', sheet: check.plan.sheet, address: `${textColumn.letter}${row}` }]
        : [];
      return {
        edits: [...edits, ...select],
        done: `Added action ${ref} in row ${row}. Type the action, lead, deadline and rating.`,
      };
    },
  },
  newPlanSheet: {
    label: STRUCTURE_LABELS.newPlanSheet,
    work(workbook, request) {
      const name = (request.newName ?? '').trim();
      const edits = newPlanSheetEdits(
        name,
        workbook.sheets.map((s) => s.name),
        request.asOf,
      );
      return {
        edits: [...edits, { kind: 'select', sheet: name, address: 'B4' }],
        done: `Created the sheet "${name}" with the standard columns and an example objective and action to type over.`,
      };
    },
  },
};
