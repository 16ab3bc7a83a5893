/**
 * A sheet the tracker owns (RAG Summary, RAG History, its hidden state), described as plain data.
 * The core decides what goes where; the Excel and .xlsx adapters only lay it down.
 * Text is always written as text, never as a formula, even when it starts with '='.
 */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Solid fill as '#RRGGBB'. */
  fill?: string;
  /** Font colour as '#RRGGBB'. */
  fontColour?: string;
  /** Excel number format, e.g. '0.0%' or 'dd/mm/yyyy'. */
  numberFormat?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A thin border on all four sides. */
  border?: boolean;
}

export interface SpecCell {
  value: string | number | null;
  style?: CellStyle;
  /** An internal hyperlink to a cell of another sheet (e.g. an action's row in the plan). */
  link?: { sheet: string; cell: string };
}

export interface DataBar {
  /** A1 range of the cells that get an in-cell bar. */
  range: string;
  /** Bar colour '#RRGGBB'. */
  colour: string;
}

export interface SheetSpec {
  name: string;
  /** rows[r][c] is row r+1, column c+1; missing entries are empty cells. */
  rows: (SpecCell | undefined)[][];
  /** Column widths in characters, by column index. */
  columnWidths?: number[];
  /** Merged ranges, A1 notation. */
  merges?: string[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; columns: number };
  /** 'hidden' for the tracker's own state sheet. */
  state?: 'visible' | 'hidden';
  /** Print set-up: A4 landscape, fit to one page wide, these rows repeated on each page (1-based, inclusive). */
  print?: { landscape: boolean; fitToWidth: boolean; repeatRows?: [number, number] };
  dataBars?: DataBar[];
}
