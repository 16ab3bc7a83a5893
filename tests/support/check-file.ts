/** Reads an .xlsx through the same path as the CLI and checks it. */
import { checkWorkbook, type WorkbookCheck } from '../../src/core/check';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';

export async function checkFile(path: string, asOf: string): Promise<WorkbookCheck> {
  return checkWorkbook(snapshotWorkbook(await loadWorkbookFile(path)), { asOf });
}
