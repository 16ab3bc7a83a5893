/**
 * Which sheets of a workbook are the tracker's own (RAG Summary, RAG History, Ofsted Recommendations and
 * the hidden state sheet). Every surface asks here, so the CLI, the pane and the ribbon agree on it; no
 * other module compares sheet names with the tracker's.
 *
 * Today a sheet is the tracker's by its name. (Issue 12 replaces this with a marker the tracker writes.)
 */
import { STATE_SHEET } from './edits';
import type { WorkbookSnapshot } from './snapshot';

/** The names the tracker gives its sheets when it creates them. */
export const SUMMARY_SHEET = 'RAG Summary';
export const HISTORY_SHEET = 'RAG History';
export const OFSTED_SHEET = 'Ofsted Recommendations';
/** Every name above, and the hidden state sheet's. */
export const TRACKER_SHEETS: readonly string[] = [SUMMARY_SHEET, HISTORY_SHEET, OFSTED_SHEET, STATE_SHEET];

/** The names of the tracker's own sheets in this workbook. */
export function trackerSheetNames(workbook: WorkbookSnapshot): Set<string> {
  return new Set(workbook.sheets.filter((s) => TRACKER_SHEETS.includes(s.name)).map((s) => s.name));
}
