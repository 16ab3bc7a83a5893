/**
 * The package reader against ExcelJS, as whole processes (start-up included, as a user runs them),
 * measured side by side in one run, interleaved, medians of `rounds`:
 *
 * - on the 5,000-action plan: ExcelJS loading the file alone; the new reader loading it alone; the whole
 *   `plan-tracker validate` (the installed, compiled command). Target: validate ≤ 0.6 × ExcelJS's load.
 * - on a 100,000-row sheet: peak memory (max RSS) of ExcelJS's load, the reader's load and validate.
 *   Target: the reader below ExcelJS.
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildLargePlan, writeFlatPlanStream } from '../scripts/build-bad-inputs';
import { ms, median, time } from './measure';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'plan-tracker.js');
const AS_OF = '2013-12-01';

interface Run {
  ms: number;
  maxRssMb: number;
}

/** Runs `node script args…` and reports its wall time and peak memory (reported by the child itself). */
function runProcess(script: string, args: string[]): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const elapsed = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${script} ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  }
  const rss = /maxRSS=(\d+)/.exec(child.stderr)?.[1];
  return { ms: elapsed, maxRssMb: Number(rss) / 1024 };
}

/** A wrapper that runs a command module and prints its peak memory on stderr when the process exits. */
function wrapper(target: string, argvPrefix: string[]): string {
  return [
    // Peak resident memory from /proc (VmHWM starts afresh at exec; getrusage's maxrss does not on Linux).
    `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + (()=>{try{return Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])}catch{return process.resourceUsage().maxRSS}})() + '\\n'));`,
    `process.argv = [process.argv[0], ${JSON.stringify(argvPrefix[0] ?? 'x')}, ...${JSON.stringify(argvPrefix.slice(1))}, ...process.argv.slice(2)];`,
    `require(${JSON.stringify(target)});`,
  ].join('\n');
}

export async function benchReader(rounds = 7): Promise<{ ratio: number; memoryRatio: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-reader-bench-'));
  try {
    const plan = join(dir, 'plan-5000.xlsx');
    const large = join(dir, 'large-100k.xlsx');
    const built = await time(async () => {
      await buildLargePlan(plan, 5000);
      await writeFlatPlanStream(large, 100_000);
    });
    // The CLI as installed, and the reader alone, both compiled JavaScript.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build script `npm run build:cli` runs
    (require('../scripts/build-cli.js') as { buildCli(): string }).buildCli();
    const readerEntry = join(dir, 'reader-entry.ts');
    await writeFile(
      readerEntry,
      `import { readWorkbookFile } from ${JSON.stringify(join(ROOT, 'src', 'xlsx', 'open-workbook'))};\n` +
        `readWorkbookFile(process.argv[2]).then((r) => { if (!r.snapshot.sheets.length) process.exitCode = 3; });\n`,
    );
    // Inside the repository, so its npm packages resolve at run time as the CLI's do.
    const readerBundle = join(ROOT, 'build', 'bench', 'reader-load.js');
    buildSync({
      entryPoints: [readerEntry],
      outfile: readerBundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
    const exceljsLoad = join(dir, 'exceljs-load.js');
    await writeFile(
      exceljsLoad,
      `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\n` +
        `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((e) => { console.error(e); process.exitCode = 3; });\n`,
    );
    const scripts = {
      exceljs: join(dir, 'exceljs.js'),
      reader: join(dir, 'reader.js'),
      validate: join(dir, 'validate.js'),
    };
    await writeFile(scripts.exceljs, wrapper(exceljsLoad, ['exceljs-load']));
    await writeFile(scripts.reader, wrapper(readerBundle, ['reader-load']));
    await writeFile(scripts.validate, wrapper(BIN, ['plan-tracker', 'validate']));

    const commands: Record<keyof typeof scripts, (file: string) => string[]> = {
      exceljs: (file) => [file],
      reader: (file) => [file],
      validate: (file) => [file, '--today', AS_OF],
    };
    // Interleaved: one warm-up round, then `rounds` rounds of A B C.
    const samples: Record<string, number[]> = { exceljs: [], reader: [], validate: [] };
    for (let round = 0; round <= rounds; round++) {
      for (const name of Object.keys(scripts) as (keyof typeof scripts)[]) {
        const run = runProcess(scripts[name], commands[name](plan));
        if (round > 0) samples[name].push(run.ms);
      }
    }
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof scripts,
      number
    >;

    const memory: Record<string, number[]> = { exceljs: [], reader: [], validate: [] };
    const memoryRounds = Math.max(1, Math.min(3, rounds));
    for (let round = 0; round < memoryRounds; round++) {
      for (const name of Object.keys(scripts) as (keyof typeof scripts)[]) {
        memory[name].push(runProcess(scripts[name], commands[name](large)).maxRssMb);
      }
    }
    const mem = Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof scripts,
      number
    >;

    const ratio = m.validate / m.exceljs;
    const memoryRatio = mem.reader / mem.exceljs;
    const mb = (v: number) => `${v.toFixed(0)} MB`;
    console.log(
      `reader: whole processes, medians of ${rounds} interleaved rounds (files built in ${ms(built)})`,
    );
    console.log('  5,000-action plan (wall time)');
    console.log(`    ExcelJS load alone          ${ms(m.exceljs)}`);
    console.log(
      `    package reader load alone   ${ms(m.reader)}   ratio ${(m.reader / m.exceljs).toFixed(2)}`,
    );
    console.log(
      `    whole plan-tracker validate ${ms(m.validate)}   ratio ${ratio.toFixed(2)}  (target ≤ 0.60: ${ratio <= 0.6 ? 'met' : 'NOT met'})`,
    );
    console.log(`  100,000-row sheet (peak memory, max RSS, median of ${memoryRounds})`);
    console.log(`    ExcelJS load alone          ${mb(mem.exceljs)}`);
    console.log(
      `    package reader load alone   ${mb(mem.reader)}   ratio ${memoryRatio.toFixed(2)}  (target < 1: ${memoryRatio < 1 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `    whole plan-tracker validate ${mb(mem.validate)}   ratio ${(mem.validate / mem.exceljs).toFixed(2)}`,
    );
    return { ratio, memoryRatio };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchReader(Number(process.env.BENCH_ROUNDS ?? 7)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
