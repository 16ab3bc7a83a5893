/**
 * The first, small sync of a read: each sheet's id, name, visibility, protection, tables, and the used
 * range of its values only (getUsedRangeOrNullObject(true): cells that only carry a format would
 * otherwise widen every read). Sheets are walked with worksheets.getFirst() and getNextOrNullObject()
 * (ExcelApi 1.5), which can be queued before anything is known: slots past the last sheet are null
 * objects and cost nothing. A workbook with more sheets than one round holds takes one more sync per
 * SHEETS_PER_SYNC.
 */
import type { UsedArea } from './read-plan';

/** Sheets queued per survey sync. Plans have a handful; the null slots after the last sheet are free. */
export const SHEETS_PER_SYNC = 40;

/** What the survey found about one sheet. */
export interface SurveyedSheet {
  id: string;
  name: string;
  hidden: boolean;
  protected: boolean;
  used: UsedArea | null;
  tables: { name: string; showHeaders: boolean; showTotals: boolean }[];
}

export interface SurveySlot {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableCollection;
}

function queueSurvey(sheet: Excel.Worksheet): SurveySlot {
  sheet.load('id,name,visibility');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const tables = sheet.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  return { sheet, used, tables };
}

function surveyed(slot: SurveySlot): SurveyedSheet {
  const { sheet, used, tables } = slot;
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.visibility !== 'Visible',
    protected: sheet.protection.protected,
    used: used.isNullObject
      ? null
      : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    tables: tables.items.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })),
  };
}

/** One round of the survey, queued: SHEETS_PER_SYNC slots and the sheet after them. */
export interface SurveyRound {
  slots: SurveySlot[];
  overflow: Excel.Worksheet;
}

/** Queues a survey round from the sheet after `after` (the first sheet when omitted); nothing is synced. */
export function queueSurveyRound(context: Excel.RequestContext, after?: string): SurveyRound {
  const all = context.workbook.worksheets;
  let current = after === undefined ? all.getFirst() : all.getItem(after).getNextOrNullObject();
  const slots: SurveySlot[] = [];
  for (let i = 0; i < SHEETS_PER_SYNC; i++) {
    slots.push(queueSurvey(current));
    current = current.getNextOrNullObject();
  }
  // One more sheet after the last slot means another round is needed.
  current.load('name');
  return { slots, overflow: current };
}

/** After the sync: the sheets of a round, and the rest of the survey if there are more. */
export async function finishSurvey(
  context: Excel.RequestContext,
  round: SurveyRound,
): Promise<{ sheets: SurveyedSheet[]; syncs: number }> {
  const sheets = round.slots.filter((slot) => !slot.sheet.isNullObject).map(surveyed);
  if (round.overflow.isNullObject) return { sheets, syncs: 0 };
  const rest = await survey(context, sheets[sheets.length - 1].name);
  return { sheets: [...sheets, ...rest.sheets], syncs: rest.syncs };
}

/** Every sheet from `after` on (the first sheet when omitted): one sync per SHEETS_PER_SYNC sheets. */
export async function survey(
  context: Excel.RequestContext,
  after?: string,
): Promise<{ sheets: SurveyedSheet[]; syncs: number }> {
  const round = queueSurveyRound(context, after);
  await context.sync();
  const rest = await finishSurvey(context, round);
  return { sheets: rest.sheets, syncs: 1 + rest.syncs };
}
