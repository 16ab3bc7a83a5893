/**
 * Reading and validating a 5,000-action plan inside one process (warm): ExcelJS loading the file alone,
 * next to the package reader's load and the whole `validate` path (read + snapshot + plan + rules),
 * measured side by side in one run. bench/reader.bench.ts measures the same as whole processes.
 */
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import { readWorkbookFile } from '../src/xlsx/open-workbook';
import { buildLargePlan } from '../scripts/build-bad-inputs';
import { interleaved, ms, time } from './measure';

export async function benchValidate(rounds = 5): Promise<{ ratio: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-bench-'));
  const file = join(dir, 'plan-5000.xlsx');
  const built = await time(() => buildLargePlan(file, 5000));
  const asOf = '2013-12-01';

  let actions = 0;
  let findings = 0;
  const medians = await interleaved(
    {
      load: async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
      },
      reader: async () => {
        await readWorkbookFile(file);
      },
      validate: async () => {
        const { snapshot } = await readWorkbookFile(file);
        const result = checkWorkbook(snapshot, { asOf });
        actions = result.sheets.reduce((n, s) => n + s.plan.actions.length, 0);
        findings = result.sheets.reduce((n, s) => n + s.findings.length, 0);
      },
    },
    rounds,
  );

  // The core alone, on a snapshot already in memory.
  const { snapshot } = await readWorkbookFile(file);
  const core = await interleaved({ core: () => checkWorkbook(snapshot, { asOf }) }, rounds);

  const ratio = medians.validate / medians.load;
  console.log(
    `validate: 5,000-action plan (${actions} actions read, ${findings} findings; file built in ${ms(built)})`,
  );
  console.log(`  ExcelJS load alone        ${ms(medians.load)}`);
  console.log(
    `  package reader load       ${ms(medians.reader)}   ratio ${(medians.reader / medians.load).toFixed(3)}`,
  );
  console.log(`  whole validate            ${ms(medians.validate)}`);
  console.log(`  core only (snapshot→findings) ${ms(core.core)}`);
  console.log(
    `  ratio validate / load     ${ratio.toFixed(3)}  (warm, in one process; the ≤ 0.6 target is for whole processes: see reader)`,
  );
  return { ratio };
}
