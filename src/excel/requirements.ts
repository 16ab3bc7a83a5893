/**
 * Which ExcelApi requirement set each thing the adapter does needs, and what this copy of Excel cannot
 * do, in plain English, for the pane to show. The manifest asks for ExcelApi 1.7; the rest is checked at
 * run time through `isSetSupported` and left out (never half-done) when missing. The checks live here,
 * beside the adapter that depends on them; the pane imports them (never the other way round).
 */
export type IsSetSupported = (name: string, version: string) => boolean;

interface Requirement {
  version: string;
  note: string;
}

/** Newest first, so the most noticeable gap is listed first. */
const EXCEL_REQUIREMENTS: readonly Requirement[] = [
  {
    version: '1.9',
    note:
      'This version of Excel cannot read cell colours in bulk (ExcelApi 1.9), so RAG ratings shown only by ' +
      'a cell’s colour are not recognised. Type Red, Amber or Green in the cell as well.',
  },
  {
    version: '1.8',
    note:
      'This version of Excel cannot add drop-down lists (data validation) or conditional formatting ' +
      '(ExcelApi 1.8), so Structure will set up the columns without them.',
  },
  {
    version: '1.7',
    note: 'This version of Excel cannot freeze panes (ExcelApi 1.7), so the header row will scroll out of view.',
  },
];

/** One note for each ExcelApi feature the pane would use but this copy of Excel does not support. */
export function unavailableFeatures(isSetSupported: IsSetSupported): string[] {
  return EXCEL_REQUIREMENTS.filter(({ version }) => {
    try {
      return !isSetSupported('ExcelApi', version);
    } catch {
      return true;
    }
  }).map(({ note }) => note);
}

/** The ExcelApi version each feature needs (Microsoft's "Api set" for the members used). */
export const EXCEL_API = {
  /** worksheets.getFirst / getNextOrNullObject, the chain that reads every sheet in one sync. */
  sheetChain: '1.5',
  /** Range.getCellProperties: the fills of many cells in one call. */
  cellProperties: '1.9',
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
  /**
   * Worksheet.tables with showHeaders / showTotals (1.3) and Table.getRange (1.1): every Excel that runs
   * the add-in has them, so they are read without a check.
   */
  tables: '1.3',
  /** Range.getSpecialCellsOrNullObject('Visible'): which rows are hidden (by hand or by a filter). */
  specialCells: '1.9',
  /** Range.conditionalFormats (text, custom formula, data bars). */
  conditionalFormats: '1.6',
  /** Range.dataValidation (lists, dates, prompts, error alerts). */
  dataValidation: '1.8',
  /** Worksheet.freezePanes. */
  freezePanes: '1.7',
  /** Range.hyperlink. */
  hyperlinks: '1.7',
  /** ChartSeries formatting (series colours). */
  chartSeriesFormat: '1.7',
  /** Worksheet.pageLayout (A4 landscape, fit to width, print titles). */
  pageLayout: '1.9',
  /** worksheets.onChanged. */
  changeEvents: '1.9',
  /** Excel.run({ delayForCellEdit }) waits for the user to leave cell-edit mode instead of failing. */
  delayForCellEdit: '1.11',
} as const;

export type ExcelFeature = keyof typeof EXCEL_API;
