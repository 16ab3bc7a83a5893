/**
 * Refresh RAG summary on a 5,000-action plan: the core (check + summarise + lay out the sheets) next to
 * loading the file with ExcelJS, and writing the copy's package, measured side by side in one run.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshSummary } from '../src/core/summary-sheets';
import { writeSheetsIntoPackage } from '../src/xlsx/package/write-sheets';
import { snapshotWorkbook } from '../src/xlsx/snapshot-from-exceljs';
import { buildLargePlan } from '../scripts/build-bad-inputs';
import { interleaved, ms } from './measure';

export async function benchSummary(rounds = 7): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-bench-summary-'));
  const file = join(dir, 'plan-5000.xlsx');
  await buildLargePlan(file, 5000);
  const bytes = await readFile(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const snapshot = snapshotWorkbook(wb);
  const specs = refreshSummary(snapshot, '2013-12-01', '2013-12-01 09:00').specs;

  const medians = await interleaved(
    {
      load: async () => {
        const w = new ExcelJS.Workbook();
        await w.xlsx.load(bytes as unknown as ArrayBuffer);
      },
      core: () => refreshSummary(snapshot, '2013-12-01', '2013-12-01 09:00'),
      write: () => writeSheetsIntoPackage(bytes, specs),
    },
    rounds,
  );
  const rows = specs.find((s) => s.name === 'RAG Summary')!.rows.length;
  console.log(`summary: refresh of a 5,000-action plan (RAG Summary of ${rows} rows)`);
  console.log(`  ExcelJS load alone            ${ms(medians.load)}`);
  console.log(`  core refresh (check+summary+layout) ${ms(medians.core)}`);
  console.log(`  write the copy's package      ${ms(medians.write)}`);
  console.log(`  ratio core / load             ${(medians.core / medians.load).toFixed(3)}`);
}
