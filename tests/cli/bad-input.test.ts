/**
 * Bad input, tested as a process: each gets one clear line and never a stack trace, with exit 2 where
 * nothing could be read.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LARGE_ROWS, buildBadInputs } from '../../scripts/build-bad-inputs';
import { FLAT_ACTIONS_PER_OBJECTIVE } from '../../scripts/lib/large-plan';
import { runPlanTracker, type CliRun } from '../support/run-cli';

let files: Record<string, string>;

beforeAll(async () => {
  files = await buildBadInputs(await mkdtemp(join(tmpdir(), 'plan-bad-')), { large100k: true });
}, 180_000);

function expectOneCleanLine(run: CliRun, pattern: RegExp): void {
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:|TypeError|node_modules/);
}

describe('plan-tracker validate on bad input', () => {
  it.each([
    ['not-a-workbook.xlsx', /is not an Excel workbook \(\.xlsx\)/],
    ['old-format.xls', /old Excel 97-2003 workbook \(\.xls\).*save it as "Excel Workbook \(\.xlsx\)"/],
    ['password-protected.xlsx', /is protected with a password/],
    ['truncated.xlsx', /is damaged or incomplete/],
    ['empty-workbook.xlsx', /no improvement plan found/],
    ['no-plan.xlsx', /no improvement plan found/],
  ])('%s: exit 2 with a clear message', (name, pattern) => {
    const run = runPlanTracker(['validate', files[name]]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run, pattern);
  });

  it('a file that does not exist: exit 2', () => {
    const run = runPlanTracker(['validate', join(tmpdir(), 'no-such-plan.xlsx')]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run, /was not found/);
  });

  it('a bad --today: exit 2 and says how to write the date', () => {
    const run = runPlanTracker(['validate', files['header-only.xlsx'], '--today', '31/10/2013']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('a sheet with a header and no rows: read, says there are no actions, exit 0', () => {
    const run = runPlanTracker(['validate', files['header-only.xlsx'], '--today', '2013-09-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 actions/);
    expect(run.stdout).toMatch(/No actions found under the header\./);
    expect(run.stderr).toBe('');
  });

  it('a 100,000-row sheet is read and checked without running out of memory', () => {
    const run = runPlanTracker(['validate', files['large-100k.xlsx'], '--today', '2013-09-30', '--json'], {
      timeoutMs: 300_000,
    });
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout);
    // Rows 2 to 100,000 of the fixture: an objective row, then FLAT_ACTIONS_PER_OBJECTIVE actions, repeated.
    const bodyRows = LARGE_ROWS - 1;
    const objectives = Math.ceil(bodyRows / (FLAT_ACTIONS_PER_OBJECTIVE + 1));
    expect(report.sheets[0].counts).toEqual({ themes: 0, objectives, actions: bodyRows - objectives });
    expect(run.stderr).toBe('');
  }, 300_000);
});
