/**
 * What an adapter (the Excel JavaScript API or ExcelJS) hands the core: a plain copy of a worksheet.
 * The core never reads Excel itself; everything it decides is decided from this.
 */

/** One run of rich text inside a cell ("Robert Lake" then an italic "Nov 2013"). */
export interface RichRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
}

export interface CellSnapshot {
  /**
   * The raw value. Dates are Excel serial numbers (days since 1899-12-30), as the Excel JavaScript API returns them;
   * `numberFormat` says whether a number is shown as a date. Errors are in `error`, not here.
   */
  value: string | number | boolean | null;
  /** The text Excel displays (what an officer sees). */
  text: string;
  numberFormat?: string;
  /** Solid fill colour as '#RRGGBB', when the cell has one. */
  fill?: string;
  /** Excel error value such as '#REF!' or '#DIV/0!'. */
  error?: string;
  /** True when the cell holds a formula (its value is the cached result). */
  formula?: boolean;
  /** Rich-text runs, when the cell has mixed formatting. */
  rich?: RichRun[];
}

export interface SheetSnapshot {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1 (A1 is rows[0][0]); missing entries are empty cells. */
  rows: (CellSnapshot | undefined)[][];
  /** Merged ranges in A1 notation, e.g. 'A3:G3'. */
  merges: string[];
  /** Hidden or very hidden sheets are kept but may be skipped by callers. */
  hidden?: boolean;
  /** True when the sheet is protected (the add-in then refuses to write to it). */
  protected?: boolean;
  /** Excel tables (ListObjects) on the sheet, in sheet order. Absent when the adapter read none. */
  tables?: TableSnapshot[];
  /** 1-based rows that are hidden (filtered out or hidden by hand). Absent or empty when none are. */
  hiddenRows?: number[];
}

/** An Excel table (ListObject): a plan kept in one is read through it. */
export interface TableSnapshot {
  name: string;
  /** The whole table in A1 notation, header row and total row included, e.g. 'A3:H120'. */
  range: string;
  /** False when the table has no header row shown (Excel allows hiding it). */
  hasHeaderRow: boolean;
  /** True when the last row of `range` is the table's total row (never read as an action). */
  hasTotalRow: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}
