/**
 * Which ExcelApi requirement set each thing the adapter does needs. The manifest asks for ExcelApi 1.7;
 * the rest is checked at run time through `isSetSupported` and left out (never half-done) when missing.
 * The plain-English notes for the pane live in src/taskpane/requirements.ts and are re-exported here.
 */
export { unavailableFeatures, type IsSetSupported } from '../taskpane/requirements';

/** The ExcelApi version each feature needs (Microsoft's "Api set" for the members used). */
export const EXCEL_API = {
  /** worksheets.getFirst / getNextOrNullObject, the chain that reads every sheet in one sync. */
  sheetChain: '1.5',
  /** Range.getCellProperties: fills (and italics) of every cell in one call. */
  cellProperties: '1.9',
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
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
