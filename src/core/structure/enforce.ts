/** Everything the "enforce structure" command does to one plan sheet, in one list of edits. */
import { parseRange } from '../address';
import type { Edit } from '../edits';
import type { MappingOverride } from '../header';
import { readPlanSheet, type PlanSheet } from '../plan-reader';
import type { SheetSnapshot } from '../snapshot';
import type { IsoDate } from '../types';
import { deadlineValidation, overdueMarks } from './deadlines';
import { missingColumnEdits, freezeHeaderEdits } from './layout';
import { ragColours, ragDropdowns } from './rag';

export interface EnforceOptions {
  /** Add the headers of missing columns first (default true). */
  addColumns?: boolean;
}

/** A copy of the sheet with the header texts of `edits` written in, as the reader would then see it. */
function withHeaders(sheet: SheetSnapshot, edits: Edit[]): SheetSnapshot {
  const rows = sheet.rows.slice();
  for (const e of edits) {
    if (e.kind !== 'setValues') continue;
    const r = parseRange(e.address);
    const row = [...(rows[r.top] ?? [])];
    e.values[0].forEach((v, i) => {
      row[r.left + i] = v === null ? undefined : { value: v, text: String(v) };
    });
    rows[r.top] = row;
  }
  return { ...sheet, rows };
}

/**
 * Missing column headers, then RAG dropdowns, the deadline date rule, RAG colours, overdue marks and a
 * frozen header. When columns are added, the plan is read again with them (keeping the mapping it was
 * read with), so the new Action RAG or Impact RAG cells get their dropdown and colours in the same go.
 */
export function enforceStructure(
  plan: PlanSheet,
  sheet: SheetSnapshot,
  asOf: IsoDate,
  options: EnforceOptions = {},
): Edit[] {
  const added = options.addColumns === false ? [] : missingColumnEdits(plan, sheet);
  let target = plan;
  if (added.length > 0) {
    const keep: MappingOverride = {};
    for (const c of plan.columns) keep[c.role] = c.letter;
    const reread = readPlanSheet(withHeaders(sheet, added), keep);
    if (reread.ok && reread.plan.headerRow === plan.headerRow) target = reread.plan;
  }
  return [
    ...added,
    ...ragDropdowns(target),
    ...deadlineValidation(target),
    ...ragColours(target),
    ...overdueMarks(target, asOf),
    ...freezeHeaderEdits(target),
  ];
}
