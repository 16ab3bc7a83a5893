/**
 * Reads a generated workbook back the way every surface does (checkWorkbook over the plan sheets) and
 * puts the result in the model's shape, so the property can require the two to be equal.
 */
import { checkWorkbook, type WorkbookCheck } from '../../src/core/check';
import type { PlanSheet } from '../../src/core/plan-reader';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { ModelSheet, PlanModel } from './model';

/** Any day after the generated deadlines: overdue findings do not matter to the reading. */
export const READ_AS_OF = '2030-01-01';

export function checkGenerated(snapshot: WorkbookSnapshot, model: PlanModel): WorkbookCheck {
  return checkWorkbook(snapshot, {
    asOf: READ_AS_OF,
    ...(model.mappingForRun ? { statusMapping: model.statusMapping } : {}),
  });
}

/** A read sheet in the model's shape: themes with objectives, objectives with actions. */
export function asModel(plan: PlanSheet, withPercent: boolean): ModelSheet {
  return {
    name: plan.sheet,
    themes: plan.themes
      .filter((t) => t.objectives.length > 0)
      .map((t) => ({
        title: t.title,
        objectives: t.objectives.map((o) => ({
          ref: o.ref,
          title: o.title,
          actions: o.actions.map((a) => ({
            ref: a.ref ?? '(none)',
            text: a.text,
            leads: a.leads,
            due: a.deadline.due,
            rating: a.actionRag.rating === 'invalid' ? ('invalid' as never) : a.actionRag.rating,
            percent: withPercent ? a.percentComplete : null,
            ofstedArea: a.ofstedArea,
            hidden: a.hidden,
          })),
        })),
      })),
  };
}
