/**
 * The property every copy the CLI writes must have, over random plan workbooks: run `summary -o`,
 * then `flag -o` on that copy, then both again (summary, flag, both twice), each as the real command
 * in this process (program.ts → the commands → the atomic writer), and check every copy against the
 * original workbook (package-invariants.ts). Shared by the jest property test (200 workbooks) and
 * `npm run bench` (1,000).
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPackage } from '../../scripts/lib/ooxml-package';
import { randomPlanWorkbookArb, type RandomPlanWorkbook } from '../../scripts/lib/random-workbook';
import { runCli } from '../../src/cli/program';
import { copyProblems, snapshotOf, unzipParts } from './package-invariants';

/** A short real report (seed 004: Worcestershire, 9 recommendations), so parsing it costs little. */
export const PROPERTY_REPORT = resolve(__dirname, '../../../shared/seeds/004_807445bb4780ee5e.txt');
const STEPS = ['summary', 'flag', 'summary', 'flag'] as const;

export interface PropertyRun {
  dir: string;
  runs: number;
}

let counter = 0;

/** Runs the chain on one workbook; throws with every broken promise (and the workbook's features). */
export async function checkCopiesOf(w: RandomPlanWorkbook, dir: string): Promise<void> {
  const n = counter++;
  const input = join(dir, `plan-${n}.xlsx`);
  const bytes = await buildPackage(w.workbook);
  await writeFile(input, bytes);
  const original = { parts: await unzipParts(bytes) };
  const planProtected = w.workbook.sheets.some((s) => s.name === w.plan && s.protected);
  let current = input;
  let flagged = false;
  const files = [input];
  try {
    for (const [i, step] of STEPS.entries()) {
      const out = join(dir, `plan-${n}-${i}-${step}.xlsx`);
      files.push(out);
      const said: string[] = [];
      const io = { out: (t: string) => said.push(t), err: (t: string) => said.push(t) };
      const args =
        step === 'summary'
          ? ['summary', current, '-o', out, '--today', '2013-09-30']
          : ['flag', current, '--report', PROPERTY_REPORT, '-o', out, '--today', '2013-09-30'];
      const code = await runCli(args, io);
      if (step === 'flag' && planProtected) {
        // Refused, naming the sheet, and nothing written.
        if (code !== 3 || !said.some((s) => s.includes(`The sheet "${w.plan}" is protected`))) {
          throw new Error(`flag on a protected plan sheet: exit ${code}, said ${JSON.stringify(said)}`);
        }
        if (
          await readFile(out).then(
            () => true,
            () => false,
          )
        )
          throw new Error('flag on a protected plan sheet wrote a copy');
        continue;
      }
      if (code !== 0 && !(step === 'flag' && code === 1)) {
        throw new Error(`${step} exited ${code}: ${said.join(' | ')}`);
      }
      flagged ||= step === 'flag';
      const copy = new Uint8Array(await readFile(out));
      // Cells are compared element by element in the package; as a reader (ExcelJS) sees them, only at
      // the end (the slow part): the tracker never puts a user's cell back, so a change is still there.
      const last = i === STEPS.length - 1;
      const problems = copyProblems({
        input: original.parts,
        output: await unzipParts(copy),
        inputCells: last ? await snapshotOf(bytes) : undefined,
        outputCells: last ? await snapshotOf(copy) : undefined,
        planSheet: flagged ? w.plan : undefined,
      });
      if (problems.length)
        throw new Error(`after ${STEPS.slice(0, i + 1).join(', ')}:\n  ${problems.join('\n  ')}`);
      current = out;
    }
  } catch (e) {
    (e as Error).message = `${(e as Error).message}\n  workbook: ${w.features.join(', ')}`;
    throw e;
  } finally {
    await Promise.all(files.map((f) => rm(f, { force: true })));
  }
}

export async function copyPropertyDir(): Promise<string> {
  // A memory-backed folder where there is one: flushing each copy to a real disk would dominate the run.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return mkdtemp(join(base, 'plan-tracker-property-'));
}

/** The property over `runs` random workbooks, as fast-check reports it (seed and counterexample). */
export function copyProperty(dir: string) {
  return fc.asyncProperty(randomPlanWorkbookArb, (w) => checkCopiesOf(w, dir));
}
