/** `plan-tracker validate` on the example workbooks, run as a separate process. */
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExamples } from '../../scripts/build-examples';
import { runPlanTracker } from '../support/run-cli';

let files: Record<string, string>;
let warningsOnly: string;

/** A plan whose only findings are warnings: one deadline past, one that cannot be read, one unrated. */
async function buildWarningsOnly(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRows([
    ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
    ['1', 'Objective: Children are seen quickly'],
    ['1.1', 'Review the front door', 'Jo Bloggs', '31/08/2010', 'Amber'], // overdue (warning)
    ['1.2', 'Train duty staff', 'Ann Lee', 'when the budget allows', 'Green'], // unparsed (warning)
    ['1.3', 'Audit strategy meetings', 'Sam Cole', '31/03/2011', ''], // no rating (warning)
  ]);
  const file = join(dir, 'warnings-only.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'plan-cli-'));
  const built = await buildExamples(dir);
  files = Object.fromEntries(built.map((f) => [f.split('/').pop()!.replace('.xlsx', ''), f]));
  warningsOnly = await buildWarningsOnly(dir);
}, 60_000);

describe('plan-tracker validate', () => {
  it('prints the JSON report the issue specifies and exits 1 when errors are found', () => {
    const run = runPlanTracker(['validate', files['walsall-sip-phase2'], '--today', '2013-09-30', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.file).toBe(files['walsall-sip-phase2']);
    expect(report.skipped).toEqual([
      { sheet: 'Ofsted 2013 summary', reason: expect.stringMatching(/no plan header/) },
    ]);
    const sheet = report.sheets[0];
    expect(sheet).toMatchObject({
      sheet: 'SIP Phase 2',
      headerRow: 6,
      columns: {
        ref: 'A',
        objectiveAction: 'B',
        leadDeadline: 'C',
        successMeasures: 'D',
        impact: 'E',
        actionRag: 'F',
        impactRag: 'G',
      },
      counts: { themes: 3, objectives: 9, actions: 27 },
    });
    expect(sheet.actions[2]).toEqual({
      ref: '1.1.3',
      row: 10,
      objective: '1.1',
      leads: ['Robert Lake'],
      deadline: {
        text: 'Nov 2013 & April 2014',
        kind: 'milestones',
        due: '2014-04-30',
        milestones: ['2013-11-30', '2014-04-30'],
      },
      actionRag: 'invalid',
      impactRag: 'invalid',
      ofsted: false,
    });
    expect(Object.keys(sheet.findings[0]).sort()).toEqual(['cell', 'message', 'ref', 'rule', 'severity']);
  });

  it('exits 0 when only warnings are found', () => {
    const run = runPlanTracker(['validate', warningsOnly, '--today', '2010-10-01', '--json']);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout).sheets[0].findings as { rule: string; severity: string }[];
    expect(findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual([
      'missing-rag:warning',
      'overdue:warning',
      'unparsed-deadline:warning',
    ]);
    // The same plan a day before its first deadline has one warning fewer, and still exits 0.
    const early = runPlanTracker(['validate', warningsOnly, '--today', '2010-08-30', '--json']);
    expect(early.code).toBe(0);
    expect(JSON.parse(early.stdout).sheets[0].findings).toHaveLength(2);
  });

  it('--today moves the overdue line', () => {
    const early = runPlanTracker([
      'validate',
      files['wirral-action-plan-2010'],
      '--sheet',
      'Action plan',
      '--today',
      '2010-09-01',
      '--json',
    ]);
    const late = runPlanTracker([
      'validate',
      files['wirral-action-plan-2010'],
      '--sheet',
      'Action plan',
      '--today',
      '2010-12-01',
      '--json',
    ]);
    const overdue = (stdout: string) =>
      JSON.parse(stdout).sheets[0].findings.filter((f: { rule: string }) => f.rule === 'overdue').length;
    expect(overdue(early.stdout)).toBe(0);
    expect(overdue(late.stdout)).toBeGreaterThan(overdue(early.stdout));
  });

  it('prints a readable report grouped by sheet and severity, one block per file', () => {
    const run = runPlanTracker([
      'validate',
      files['wirral-action-plan-2010'],
      files['worcestershire-priority-plan'],
      '--today',
      '2010-10-01',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Sheet "Action plan": header in row 5; 0 themes, 4 objectives, 14 actions');
    expect(run.stdout).toContain(
      'Sheet "Improvement plan": header in row 3; 0 themes, 9 objectives, 23 actions',
    );
    expect(run.stdout).toMatch(
      / {4}Errors \(\d+\)\n {6}G15 +invalid-rag +Action 3\.3: "Purple" in Action RAG is not a rating/,
    );
    expect(run.stdout).toContain('Skipped sheet "Contacts"');
    expect(run.stdout).toMatch(/Total: \d+ errors?, \d+ warnings?, \d+ notes?/);
  });

  it('--sheet with a name that does not exist: exit 2 and names the sheets there are', () => {
    const run = runPlanTracker(['validate', files['wirral-action-plan-2010'], '--sheet', 'Plan']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /there is no sheet called "Plan" \(its sheets are "Action plan", "Contacts"\)/,
    );
  });
});
