/**
 * The CLI's copies: the property of tests/xlsx-package/random-workbooks.test.ts over 1,000 random plan
 * workbooks (summary, flag and both twice; foreign parts, cells, well-formed XML, unique ids), printing
 * the count and, on failure, fast-check's seed; then what the atomic write costs, measured side by side
 * with writing the same copy in place (the old way) on the same disk.
 */
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLargePlan } from '../scripts/build-bad-inputs';
import { writeOutputFile } from '../src/cli/output-file';
import { refreshSummary } from '../src/core/summary-sheets';
import { loadWorkbookBytes } from '../src/xlsx/open-workbook';
import { writeSheetsIntoPackage } from '../src/xlsx/package/write-sheets';
import { snapshotWorkbook } from '../src/xlsx/snapshot-from-exceljs';
import { copyProperty, copyPropertyDir } from '../tests/support/copy-property';
import { interleaved, ms } from './measure';

export async function benchSafeCopies(
  rounds = 7,
  runs = Number(process.env.BENCH_PROPERTY_RUNS ?? 1000),
): Promise<void> {
  const dir = await copyPropertyDir();
  const seed = Number(process.env.BENCH_PROPERTY_SEED ?? Date.now() % 2 ** 31);
  const started = performance.now();
  const result = await fc.check(copyProperty(dir), { numRuns: runs, seed });
  const checked = result.numRuns;
  const seconds = (performance.now() - started) / 1000;
  await rm(dir, { recursive: true, force: true });
  console.log(`copies: ${checked} random plan workbooks, summary, flag and both twice (seed ${seed})`);
  if (result.failed) {
    console.log(
      `  FAILED after ${result.numRuns} workbooks: seed ${result.seed}, path ${result.counterexamplePath}`,
    );
    console.log(`  ${String(result.errorInstance).split('\n').slice(0, 6).join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`  all kept their foreign parts, cells, well-formed XML and unique ids`);
  }
  console.log(
    `  ${seconds.toFixed(1)} s, ${((seconds * 1000) / Math.max(1, checked)).toFixed(0)} ms a workbook`,
  );

  // The price of never losing a file: atomic (temporary file, flush, rename) against in place.
  const work = await mkdtemp(join(tmpdir(), 'plan-bench-copies-'));
  const plan = join(work, 'plan-5000.xlsx');
  await buildLargePlan(plan, 5000);
  const bytes = new Uint8Array(await readFile(plan));
  const specs = refreshSummary(
    snapshotWorkbook(await loadWorkbookBytes(bytes, 'plan-5000.xlsx')),
    '2013-12-01',
    '2013-12-01 09:00',
  ).specs;
  const copy = await writeSheetsIntoPackage(bytes, specs);
  const medians = await interleaved(
    {
      inPlace: () => writeFile(join(work, 'in-place.xlsx'), copy),
      atomic: () => writeOutputFile(join(work, 'atomic.xlsx'), copy, { inputs: [plan] }),
    },
    rounds,
  );
  console.log(`  writing the 5,000-action copy (${(copy.length / 1024).toFixed(0)} KB) to ${tmpdir()}:`);
  console.log(`    in place (as before)        ${ms(medians.inPlace)}`);
  console.log(
    `    atomic (temp, flush, rename) ${ms(medians.atomic)}   ratio ${(medians.atomic / medians.inPlace).toFixed(2)}`,
  );
  await rm(work, { recursive: true, force: true });
}
