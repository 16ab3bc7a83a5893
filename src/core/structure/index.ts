/**
 * Structure commands: pure functions from a read plan to the edits that set it up (RAG dropdowns and
 * colours, a date rule on deadlines, overdue marks, a frozen header, missing columns, a new action, a
 * new plan sheet). The core never writes; an adapter applies the edits in one go.
 */
export { actionRanges, cellRanges, runs } from './ranges';
export { RAG_COLOURS, RAG_PROMPT, RAG_WORDS, ragColours, ragDropdownFor, ragDropdowns } from './rag';
export {
  DEADLINE_PROMPT,
  OVERDUE_FILL,
  OVERDUE_FONT,
  deadlineValidation,
  overdueCells,
  overdueMarks,
} from './deadlines';
export { NEEDED_COLUMNS, missingColumnEdits, freezeHeaderEdits, missingColumns } from './layout';
export { insertAction, type InsertedAction } from './insert-action';
export {
  PLAN_COLUMNS,
  TEMPLATE_HEADER_ROW,
  newPlanSheet,
  newPlanSheetEdits,
  sheetNameProblem,
  snapshotOfSpec,
} from './new-sheet';
export { enforceStructure, type EnforceOptions } from './enforce';
