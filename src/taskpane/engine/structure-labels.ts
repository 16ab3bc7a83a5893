/** The Structure commands' names, as their buttons show them (apart from the commands, so the page need not load the core). */
import type { StructureActionId } from './structure-actions';

export const STRUCTURE_LABELS: Record<StructureActionId, string> = {
  ragDropdowns: 'Apply RAG dropdowns and colours',
  overdueMarks: 'Mark overdue deadlines',
  freezeHeader: 'Freeze header row',
  missingColumns: 'Add missing columns',
  insertAction: 'Insert action',
  newPlanSheet: 'New plan sheet',
};
