/**
 * A small plan whose Ofsted reference column has a header the tracker does not recognise ("Link to
 * inspection"), and whose user has corrected the mapping in the Check view (saved in the hidden state
 * sheet: `mapping:Plan` → `{"ofstedRef":"G"}`). Every surface that links the plan to the Ofsted report
 * must read that column as the Ofsted refs. The action texts share no words with the recommendations,
 * so a link can only come from the corrected column.
 */
import ExcelJS from 'exceljs';

export const CORRECTED_SHEET = 'Plan';

/** ref, objective, action, lead, deadline, rating, Ofsted ref (column G). */
const ROWS: string[][] = [
  ['1.1', 'Governance', 'Refresh the intranet pages', 'Jo Bloggs', '31/10/2013', 'Green', 'R1'],
  ['1.2', 'Governance', 'Replace the printers on floor two', 'Sam Patel', '30/11/2013', 'Amber', 'R2'],
  ['2.1', 'Estates', 'Repaint the meeting rooms', 'Ali Khan', '31/12/2013', 'Green', ''],
];

export function correctedOfstedPlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(CORRECTED_SHEET);
  ws.addRow(['Ref', 'Objective', 'Action', 'Lead', 'Deadline', 'RAG', 'Link to inspection']);
  for (const row of ROWS) ws.addRow(row);
  const state = wb.addWorksheet('PlanTracker State', { state: 'hidden' });
  state.addRow(['Plan Tracker keeps its own data here. Please do not edit.']);
  state.addRow([`mapping:${CORRECTED_SHEET}`, '{"ofstedRef":"G"}']);
  return wb;
}
