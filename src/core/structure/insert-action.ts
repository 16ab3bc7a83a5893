/** Inserting a new, numbered action row under an objective. */
import { columnLetter } from '../address';
import type { Edit } from '../edits';
import { UserError } from '../errors';
import type { PlanSheet } from '../plan-reader';
import { refParts } from '../text';

export interface InsertedAction {
  edits: Edit[];
  /** The new action's ref, e.g. '1.2.4'. */
  ref: string;
  /** The new row (1-based). */
  row: number;
}

function cleanRef(ref: string): string {
  return ref.trim().replace(/\.$/, '');
}

/**
 * A new row straight after the objective's last action (or after the objective's own row when it has
 * none), with the next ref typed in the ref column as text: one more than the highest action number
 * under the objective (1.2.3 → 1.2.4; 2.1, 2.2, 2.4, 2.3 → 2.5, so a gap or a step backwards never
 * gives a ref that is already used). The rest of the row is left for the officer to fill in.
 */
export function insertAction(plan: PlanSheet, objectiveRef: string): InsertedAction {
  const wanted = cleanRef(objectiveRef);
  const objectives = plan.objectives.filter((o) => o.ref !== null && cleanRef(o.ref) === wanted);
  if (wanted === '' || objectives.length === 0) {
    throw new UserError(`There is no objective ${wanted || '(blank)'} on the sheet "${plan.sheet}".`);
  }
  const refColumn = plan.columns.find((c) => c.role === 'ref');
  if (!refColumn) {
    throw new UserError(
      `The sheet "${plan.sheet}" has no reference column, so the new action cannot be numbered. Add a "Ref" column first.`,
    );
  }

  const prefix = refParts(wanted);
  const actions = objectives.flatMap((o) => o.actions);
  let highest = 0;
  for (const a of actions) {
    if (!a.ref) continue;
    const parts = refParts(a.ref);
    const sameObjective = parts.length === prefix.length + 1 && prefix.every((p, i) => parts[i] === p);
    if (sameObjective) highest = Math.max(highest, parts[parts.length - 1]);
  }
  const ref = [...prefix, highest + 1].join('.');
  const after = Math.max(...objectives.map((o) => o.row), ...actions.map((a) => a.row));
  const row = after + 1;
  const cell = `${columnLetter(refColumn.col)}${row}`;

  const edits: Edit[] = [
    { kind: 'insertRows', sheet: plan.sheet, row, count: 1 },
    // Text format first, so that '1.10' stays 1.10 and is never turned into the number 1.1.
    { kind: 'setNumberFormat', sheet: plan.sheet, address: cell, format: '@' },
    { kind: 'setValues', sheet: plan.sheet, address: cell, values: [[ref]] },
  ];
  return { edits, ref, row };
}
