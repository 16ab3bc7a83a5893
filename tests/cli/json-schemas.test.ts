/** Every `--json` output of every command, run as a process, is valid against its schema in docs/schemas. */
import Ajv, { type ValidateFunction } from 'ajv';
import { EXAMPLE_FILES } from '../../scripts/build-examples';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS } from '../ofsted/fixtures';
import { WALSALL_PLAN, WALSALL_REPORT_SEED } from '../ofsted/walsall-truth';
import { runPlanTracker } from '../support/run-cli';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const REPORT = join(SEEDS, WALSALL_REPORT_SEED);
const dir = mkdtempSync(join(tmpdir(), 'plan-schemas-'));

const SCHEMAS = ['validate', 'summary', 'ofsted', 'flag'];

/** One command's schema, compiled beside the others so one may refer to another (flag's report). */
function schema(name: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const other of SCHEMAS) {
    const file = join(ROOT, 'docs', 'schemas', `${other}.schema.json`);
    ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')), `${other}.schema.json`);
  }
  return ajv.getSchema(`${name}.schema.json`)!;
}

function expectValid(validate: ValidateFunction, output: string): unknown {
  const data: unknown = JSON.parse(output);
  const ok = validate(data);
  if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return data;
}

describe('JSON Schemas of the --json outputs', () => {
  const validate = schema('validate');

  // Every example, Dudley's among them (% complete, Ofsted area, hidden rows, a table, several sheets).
  it.each(Object.values(EXAMPLE_FILES).map((f) => f.replace(/\.xlsx$/, '')))(
    'validate --json on %s (one object)',
    (name) => {
      const run = runPlanTracker([
        'validate',
        join(EXAMPLES, `${name}.xlsx`),
        '--today',
        '2013-09-30',
        '--json',
      ]);
      const data = expectValid(validate, run.stdout) as { sheets: unknown[] };
      expect(data.sheets.length).toBeGreaterThan(0);
    },
  );

  it('validate --json on a folder with a broken file (an array with an error entry)', () => {
    const folder = join(dir, 'plans');
    mkdirSync(join(folder, 'east'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'wirral-action-plan-2010.xlsx'), join(folder, 'east', 'wirral.xlsx'));
    writeFileSync(join(folder, 'notes.xlsx'), 'not a workbook');
    const run = runPlanTracker(['validate', folder, '--today', '2013-09-30', '--json']);
    expect(run.code).toBe(2);
    const data = expectValid(validate, run.stdout) as { file: string; error?: string }[];
    expect(data.map((d) => [d.file, 'error' in d])).toEqual([
      [join(folder, 'east', 'wirral.xlsx'), false],
      [join(folder, 'notes.xlsx'), true],
    ]);
  });

  it('the validate schema rejects a report that breaks it', () => {
    const run = runPlanTracker(['validate', join(EXAMPLES, 'wirral-action-plan-2010.xlsx'), '--json']);
    const data = JSON.parse(run.stdout) as { sheets: { actions: { actionRag: string }[] }[] };
    data.sheets[0].actions[0].actionRag = 'purple';
    expect(validate(data)).toBe(false);
  });

  it('summary --json', () => {
    const run = runPlanTracker([
      'summary',
      join(EXAMPLES, 'worcestershire-priority-plan.xlsx'),
      '--json',
      '--today',
      '2013-09-30',
    ]);
    expect(run.code).toBe(0);
    expectValid(schema('summary'), run.stdout);
  });

  it('ofsted --json', () => {
    const run = runPlanTracker(['ofsted', REPORT, '--json']);
    expect(run.code).toBe(0);
    const data = expectValid(schema('ofsted'), run.stdout) as { recommendations: unknown[] };
    expect(data.recommendations.length).toBeGreaterThan(0);
  });

  it('flag --json, with and without -o', () => {
    const plan = join(ROOT, WALSALL_PLAN);
    const flag = schema('flag');
    const run = runPlanTracker(['flag', plan, '--report', REPORT, '--json']);
    expect([0, 1]).toContain(run.code);
    expectValid(flag, run.stdout);
    const out = join(dir, 'flagged.xlsx');
    const written = runPlanTracker([
      'flag',
      plan,
      '--report',
      REPORT,
      '--json',
      '-o',
      out,
      '--today',
      '2013-09-15',
    ]);
    expect((expectValid(flag, written.stdout) as { written?: string }).written).toBe(out);
  });
});
