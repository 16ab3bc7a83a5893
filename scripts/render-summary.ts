/**
 * Renders the RAG Summary of an example plan the way LibreOffice prints it, for the README:
 * plan-tracker summary → a workbook holding only the summary → PDF (soffice) → PNG (pdftoppm).
 * Run: npx tsx scripts/render-summary.ts [plan.xlsx] [--today YYYY-MM-DD]
 * Needs Debian's libreoffice-calc and poppler-utils.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { refreshSummary } from '../src/core/summary-sheets';
import { loadWorkbookBytes } from '../src/xlsx/open-workbook';
import { writeSheetsIntoPackage } from '../src/xlsx/package/write-sheets';
import { snapshotWorkbook } from '../src/xlsx/snapshot-from-exceljs';

async function main(): Promise<void> {
  const input = process.argv[2] ?? 'examples/worcestershire-priority-plan.xlsx';
  const today = process.argv.includes('--today')
    ? process.argv[process.argv.indexOf('--today') + 1]
    : '2010-10-01';
  const bytes = readFileSync(input);
  const { specs } = refreshSummary(
    snapshotWorkbook(await loadWorkbookBytes(bytes, basename(input))),
    today,
    `${today} 09:00`,
  );

  // A workbook with one empty sheet (LibreOffice prints no page for it) and the summary.
  const shell = new ExcelJS.Workbook();
  shell.addWorksheet('Cover');
  const only = await writeSheetsIntoPackage(
    new Uint8Array(await shell.xlsx.writeBuffer()),
    specs.filter((s) => s.name === 'RAG Summary'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'plan-render-'));
  const xlsx = join(dir, 'rag-summary.xlsx');
  writeFileSync(xlsx, only);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    join(dir, 'rag-summary.pdf'),
    join(dir, 'page'),
  ]);
  copyFileSync(join(dir, 'page-1.png'), 'docs/rag-summary.png');
  console.log(`docs/rag-summary.png written (PDF: ${join(dir, 'rag-summary.pdf')})`);
}

main().catch((e: unknown) => {
  console.error(`render-summary: ${(e as Error).message}`);
  process.exitCode = 1;
});
