/**
 * `npm run mutation`: Stryker over the core, one file at a time, each against the unit-level tests that
 * exercise it (the table below), so a mutant takes about a second instead of a minute on two cores.
 *
 *   npm run mutation                      the files in DEFAULT (about 30 minutes on two cores)
 *   npm run mutation -- src/core/rating.ts   one or more named core files (a file not in TESTS_FOR
 *                                            runs against all the core's unit-level tests: slower)
 *
 * Prints a score per file and writes reports/mutation/<file>.json (Stryker's report) and
 * reports/mutation/scores.json. Not part of CI: it takes too long there. The scores are a lower bound:
 * a mutant that only the CLI, Excel-double, package or browser tests would catch counts as survived.
 * Mutants known to be equivalent carry a `// Stryker disable` comment with the reason, and are listed
 * in tests/mutation-equivalents.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const ROOT = join(__dirname, '..');
const REPORTS = join(ROOT, 'reports/mutation');

/** Which tests (globs under tests/) exercise each core file. */
const TESTS_FOR: Record<string, string[]> = {
  'src/core/deadline.ts': [
    'core/deadline*.test.ts',
    'core/leads.test.ts',
    'core/dates.test.ts',
    'core/validate*.test.ts',
    'core/plan-reader.test.ts',
  ],
  'src/core/rating.ts': [
    'core/rating*.test.ts',
    'core/status-mapping.test.ts',
    'core/plan-reader.test.ts',
    'core/validate*.test.ts',
  ],
  'src/core/summary.ts': ['core/summarise*.test.ts', 'summary/summary.test.ts', 'summary/due-soon.test.ts'],
  'src/core/validate.ts': [
    'core/validate*.test.ts',
    'core/plan-reader.test.ts',
    'core/plan-layouts.test.ts',
    'core/refs.test.ts',
    'structure/fixes.test.ts',
  ],
  'src/core/status-mapping.ts': [
    'core/status-mapping*.test.ts',
    'core/rating*.test.ts',
    'core/plan-reader.test.ts',
  ],
  'src/core/refs.ts': [
    'core/refs*.test.ts',
    'core/validate*.test.ts',
    'core/plan-reader.test.ts',
    'core/plan-rows.test.ts',
  ],
  'src/core/header.ts': ['core/header*.test.ts', 'core/plan-reader.test.ts', 'core/plan-layouts.test.ts'],
  'src/core/leads.ts': ['core/leads*.test.ts', 'core/plan-reader.test.ts'],
  'src/core/dates.ts': ['core/dates.test.ts', 'core/deadline*.test.ts'],
  'src/core/ofsted/assign.ts': ['ofsted/assign*.test.ts', 'ofsted/link*.test.ts'],
  'src/core/ofsted/link.ts': [
    'ofsted/link*.test.ts',
    'ofsted/assign.test.ts',
    'ofsted/glossary.test.ts',
    'ofsted/eval/*.test.ts',
    'ofsted/eval2/*.test.ts',
    'ofsted/corrected-mapping-flag.test.ts',
    'ofsted/edge-cases.test.ts',
  ],
};

/** The files `npm run mutation` runs with no arguments: the five the tests were strengthened for. */
const DEFAULT = [
  'src/core/deadline.ts',
  'src/core/rating.ts',
  'src/core/summary.ts',
  'src/core/validate.ts',
  'src/core/ofsted/link.ts',
];

interface StrykerReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

interface Score {
  file: string;
  killed: number;
  survived: number;
  /** Mutants marked equivalent in the source. */
  ignored: number;
  score: number;
}

function scoreOf(file: string, report: StrykerReport): Score {
  const mutants = report.files[file]?.mutants ?? [];
  const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived', 'NoCoverage');
  return { file, killed, survived, ignored: count('Ignored'), score: (100 * killed) / (killed + survived) };
}

function run(file: string): Score {
  // A file not in the table runs against all the core's unit-level tests: slower, same meaning.
  const tests = TESTS_FOR[file] ?? [];
  const name = basename(file, '.ts');
  const base = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
  const configFile = join(REPORTS, `${name}.stryker.json`);
  const reportFile = join(REPORTS, `${name}.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      ...base,
      $schema: undefined,
      mutate: [file],
      reporters: ['progress', 'json'],
      jsonReporter: { fileName: reportFile },
    }),
  );
  const result = spawnSync('npx', ['stryker', 'run', configFile], {
    cwd: ROOT,
    stdio: 'inherit',
    env: tests.length > 0 ? { ...process.env, MUTATION_TESTS: tests.join(',') } : process.env,
  });
  rmSync(configFile, { force: true });
  if (result.status !== 0) throw new Error(`Stryker failed on ${file} (exit ${result.status}).`);
  return scoreOf(file, JSON.parse(readFileSync(reportFile, 'utf8')) as StrykerReport);
}

function main(): void {
  mkdirSync(REPORTS, { recursive: true });
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT;
  const scores = files.map(run);
  const total = scores.reduce(
    (t, s) => ({ killed: t.killed + s.killed, survived: t.survived + s.survived }),
    {
      killed: 0,
      survived: 0,
    },
  );
  console.log(
    '\n| file | killed | survived | equivalent (ignored) | score |\n| --- | --- | --- | --- | --- |',
  );
  for (const s of scores) {
    console.log(
      `| \`${s.file.replace('src/core/', '')}\` | ${s.killed} | ${s.survived} | ${s.ignored} | ${s.score.toFixed(1)}% |`,
    );
  }
  console.log(
    `| all of these | ${total.killed} | ${total.survived} | | ${((100 * total.killed) / (total.killed + total.survived)).toFixed(1)}% |`,
  );
  writeFileSync(join(REPORTS, 'scores.json'), JSON.stringify(scores, null, 2));
}

main();
