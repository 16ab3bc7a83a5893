/**
 * The layout property (tests/layouts) on a random seed: how many generated plan layouts read back as
 * the plan they were built from, as snapshots and as real .xlsx files, with the time per layout of each
 * path measured side by side. A failure prints the seed, so it can be replayed in the test.
 */
import fc from 'fast-check';
import { gridSnapshot, xlsxSnapshot } from '../tests/layouts/adapters';
import { layoutArb } from '../tests/layouts/generator';
import { expectReadsBack } from '../tests/layouts/property';

export async function benchLayouts(): Promise<void> {
  const seed = Number(process.env.LAYOUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const runs = Number(process.env.LAYOUT_RUNS ?? 2000);
  const fileRuns = Number(process.env.LAYOUT_FILE_RUNS ?? 100);
  console.log(`Plan layouts (seed ${seed}; replay with LAYOUT_SEED=${seed})`);

  let started = performance.now();
  const direct = fc.check(
    fc.property(layoutArb, (layout) => expectReadsBack(layout, gridSnapshot(layout.grid))),
    { seed, numRuns: runs },
  );
  const directMs = (performance.now() - started) / direct.numRuns;

  started = performance.now();
  const files = await fc.check(
    fc.asyncProperty(layoutArb, async (layout) => expectReadsBack(layout, await xlsxSnapshot(layout.grid))),
    { seed: seed + 1, numRuns: fileRuns },
  );
  const fileMs = (performance.now() - started) / files.numRuns;

  for (const [name, result] of [
    ['snapshots', direct],
    ['.xlsx files', files],
  ] as const) {
    const status = result.failed
      ? `FAILED after ${result.numRuns} (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).split('\n')[0]}`
      : `${result.numRuns} read back as built`;
    console.log(`  ${name.padEnd(12)} ${status}`);
  }
  console.log(
    `  per layout: snapshot ${directMs.toFixed(2)} ms, .xlsx file ${fileMs.toFixed(1)} ms (ratio ${(fileMs / directMs).toFixed(1)})`,
  );
  if (direct.failed || files.failed) process.exitCode = 1;
}
