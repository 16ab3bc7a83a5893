/** Small ExcelJS helpers shared by the example and fixture builders. */
import type ExcelJS from 'exceljs';
import type { HtmlCell } from './html-cell';

/** Solid fills in the colours Excel's own RAG palettes use. */
export const RAG_FILL = {
  red: 'FFFF0000',
  amber: 'FFFFC000',
  green: 'FF00B050',
  blue: 'FF00B0F0',
} as const;
export type RagColour = keyof typeof RAG_FILL;

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** A converted seed cell as an ExcelJS value: rich text when part of it is italic, plain text otherwise. */
export function cellValue(cell: HtmlCell): ExcelJS.CellValue {
  if (cell.text === '') return null;
  if (!cell.hasItalic) return cell.text;
  return {
    richText: cell.runs.map((r) => (r.italic ? { text: r.text, font: { italic: true } } : { text: r.text })),
  };
}

/** Fixed document properties, so a rebuild only differs from the committed file where the content does. */
export function stampWorkbook(wb: ExcelJS.Workbook, when: Date): void {
  wb.creator = 'Plan Tracker (scripts/build-examples.ts)';
  wb.lastModifiedBy = 'Plan Tracker (scripts/build-examples.ts)';
  wb.created = when;
  wb.modified = when;
}

export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
