/**
 * A generated workbook before it is written: plain cells (text, numbers, real dates, fills, number
 * formats), merges, hidden rows, Excel tables and sheet states. adapters.ts writes it through ExcelJS to
 * a real .xlsx, or straight to the snapshot the ExcelJS adapter would make of that file.
 */

export type GridValue = string | number | Date | null;

export interface GridCell {
  value: GridValue;
  /** Excel number format ('dd/mm/yyyy', '0%'). */
  numFmt?: string;
  /** Solid fill as 'RRGGBB'. */
  fill?: string;
  /** True for a formula's cached result (a table's total row). */
  formula?: boolean;
}

export interface GridTable {
  name: string;
  /** 1-based rows and columns of the header row's first cell. */
  top: number;
  left: number;
  /** Number of columns, and of data rows (the total row not counted). */
  width: number;
  dataRows: number;
  /**
   * The total row, when the table has one: a label in its first column (ExcelJS writes one there), and a
   * COUNT in each column given a number (its cached result).
   */
  total?: { label: string; counts: (number | null)[] };
}

export interface GridSheet {
  name: string;
  /** rows[r][c]: row r+1, column c+1. */
  rows: (GridCell | undefined)[][];
  /** 'A3:G3', 'C5:C7'. */
  merges: string[];
  /** 1-based. */
  hiddenRows: number[];
  tables: GridTable[];
  hidden?: boolean;
}

export interface Grid {
  sheets: GridSheet[];
}

export function put(sheet: GridSheet, row: number, col: number, cell: GridCell | undefined): void {
  if (!cell || cell.value === null || cell.value === '') {
    if (!cell?.fill) return;
  }
  const cells = (sheet.rows[row - 1] ??= []);
  cells[col - 1] = cell;
}
