/** Reads an .xlsx through the same path as the CLI (the package reader) and checks it. */
import { checkWorkbook, type WorkbookCheck } from '../../src/core/check';
import { readWorkbookFile } from '../../src/xlsx/open-workbook';

export async function checkFile(path: string, asOf: string): Promise<WorkbookCheck> {
  return checkWorkbook((await readWorkbookFile(path)).snapshot, { asOf });
}
