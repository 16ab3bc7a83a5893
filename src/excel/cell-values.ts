/**
 * Writing strings as text. Excel reinterprets what is written through Range.values the way it does what
 * is typed: "=SUM(A1)" becomes a formula, "- ongoing" a formula error, "1.10" the number 1.1,
 * "March 2025" a date. The adapter therefore gives such cells the Text number format ('@') in the same
 * batch, just before their values (an apostrophe prefix would be stored literally by some hosts).
 * Plain words ("Ongoing", "Red") keep their cell's number format, so a deadline cell stays a date cell.
 */

/** True when Excel might read this string as something other than text. */
export function needsTextFormat(value: string): boolean {
  if (value === '') return false;
  return /^[=+\-@'#]/.test(value) || /\d/.test(value) || /^\s*(true|false)\s*$/i.test(value);
}

export interface CellWrite {
  values: (string | number)[][];
  /** '@' where a string must stay text, null (leave unchanged) elsewhere; undefined when no cell needs it. */
  textFormat?: (string | null)[][];
}

/**
 * Values as Office.js wants them. A null in an edit means an empty cell (written as ''), not "leave
 * unchanged" as Office.js would read a null.
 */
export function cellWrite(rows: (string | number | null)[][]): CellWrite {
  let anyText = false;
  const textFormat = rows.map((row) =>
    row.map((v) => {
      if (typeof v === 'string' && needsTextFormat(v)) {
        anyText = true;
        return '@';
      }
      return null;
    }),
  );
  const values = rows.map((row) => row.map((v) => (v === null ? '' : v)));
  return anyText ? { values, textFormat } : { values };
}

/** Queues the writes on a range of exactly the values' shape. */
export function queueCellWrite(range: Excel.Range, write: CellWrite): void {
  if (write.textFormat) range.numberFormat = write.textFormat;
  range.values = write.values;
}
