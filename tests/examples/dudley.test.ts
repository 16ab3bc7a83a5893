/**
 * The Dudley example (issue 9's layout): one plan over three sheets, letter refs, a Status column of
 * words, a Due column, % complete, an Ofsted area column, and a sheet kept in an Excel table with a total
 * row and a filtered-out row. Built fresh from seed 003 into a temporary folder; expected values come from
 * examples/README.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagCommand, type FlagJson } from '../../src/cli/flag-command';
import { runCli } from '../../src/cli/program';
import type { WorkbookCheck } from '../../src/core/check';
import { summarise } from '../../src/core/summary';
import { buildDudley, EXAMPLE_FILES } from '../../scripts/build-examples';
import { checkFile } from '../support/check-file';

const AS_OF = '2011-09-30';
const SHEETS = ['P1 Assessment', 'P2 Workforce', 'P3 Partnerships'];
let dir: string;
let file: string;
let check: WorkbookCheck;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-dudley-'));
  file = join(dir, EXAMPLE_FILES.dudley);
  await buildDudley().xlsx.writeFile(file);
  check = await checkFile(file, AS_OF);
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const rules = (sheet: number) => check.sheets[sheet].findings.map((f) => `${f.rule}@${f.cell}`);

describe('Dudley: one plan over a sheet per priority', () => {
  it('reads the three priority sheets as one plan, each sheet a theme, and skips the areas sheet', () => {
    expect(check.plans).toEqual([SHEETS]);
    expect(check.sheets.map((s) => [s.plan.sheet, s.plan.themes.map((t) => t.title)])).toEqual(
      SHEETS.map((s) => [s, [s]]),
    );
    expect(check.skipped.map((s) => s.sheet)).toEqual(['Areas for development']);
    expect(check.sheets[0].plan.columns.map((c) => `${c.role}:${c.letter}`)).toEqual([
      'ref:A',
      'action:B',
      'lead:C',
      'deadline:D',
      'actionRag:E',
      'percentComplete:F',
      'ofstedArea:G',
      'progress:H',
    ]);
  });

  it('groups the actions by their letter refs and reads status words, % complete and Ofsted areas', () => {
    const actions = check.sheets.flatMap((s) => s.plan.actions);
    expect(actions.map((a) => a.ref)).toEqual([
      'P1.1',
      'P1.2',
      'P1.3',
      'P1.4',
      'P1.5',
      'P2.1',
      'P2.2',
      'P2.3',
      'P2.4',
      'P3.1',
      'P3.2',
      'P3.3',
    ]);
    expect(check.sheets.map((s) => s.plan.objectives.map((o) => o.ref))).toEqual([['P1'], ['P2'], ['P3']]);
    expect(actions.map((a) => a.actionRag.rating)).toEqual([
      'blue',
      'green',
      'amber',
      'invalid',
      'blue',
      'red',
      'green',
      'amber',
      'unrated',
      'blue',
      'green',
      'unrated',
    ]);
    expect(actions.map((a) => a.percentComplete)).toEqual([
      100,
      60,
      70,
      50,
      100,
      25,
      40,
      80,
      0,
      100,
      50,
      null,
    ]);
    expect(actions.map((a) => a.deadline.due)).toEqual([
      '2011-04-30',
      '2011-05-31',
      '2011-03-31',
      '2011-09-30',
      '2011-07-31',
      '2011-06-30',
      '2012-03-31',
      '2011-05-31',
      '2011-09-30',
      '2011-05-31',
      '2011-09-30',
      '2011-12-31',
    ]);
    expect(new Set(actions.map((a) => a.ofstedArea))).toEqual(
      new Set([
        'Diverse needs',
        'Delays in assessment',
        'Quality of assessment',
        'Caseloads',
        'Supervision',
        'Thresholds',
      ]),
    );
  });

  it('reads the third sheet through its Excel table: not its total row, and the filtered-out row is counted', () => {
    const p3 = check.sheets[2].plan;
    expect(p3.table).toBe('PartnershipActions');
    expect(p3.actions.map((a) => [a.ref, a.hidden])).toEqual([
      ['P3.1', false],
      ['P3.2', false],
      ['P3.3', true],
    ]);
  });

  it('reports exactly these findings', () => {
    expect(rules(0)).toEqual(['overdue@D6', 'overdue@D7', 'combined-rating@E7', 'invalid-rag@E8']);
    expect(rules(1)).toEqual(['overdue@D5', 'overdue@D7', 'not-started@E8']);
    expect(rules(2)).toEqual(['hidden-rows@A7', 'not-started@E7']);
  });

  it('summarises every sheet, by the mapped rating, with the sheets as themes', () => {
    const summary = summarise(check.sheets, AS_OF, null);
    expect(summary.totals).toMatchObject({
      actions: 12,
      red: 1,
      amber: 2,
      green: 3,
      blue: 3,
      unrated: 2,
      invalid: 1,
    });
    expect(summary.byTheme.map((t) => t.theme)).toEqual(SHEETS);
  });

  it('validate --status "In progress=amber" maps the council’s word for the run', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['validate', file, '--today', AS_OF, '--status', 'In progress=amber', '--json'],
      { out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`) },
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.plans).toEqual([SHEETS]);
    const p14 = json.sheets[0].actions.find((a: { ref: string }) => a.ref === 'P1.4');
    expect(p14).toMatchObject({
      actionRag: 'amber',
      percentComplete: 50,
      ofstedArea: 'Quality of assessment',
    });
    const bad: string[] = [];
    expect(
      await runCli(['validate', file, '--status', 'In progress'], {
        out: () => undefined,
        err: (t) => bad.push(t),
      }),
    ).toBe(2);
    expect(bad.join('\n')).toContain('write it as "word=rating"');
  });

  it('flag links the letter’s areas for development to actions on every sheet', async () => {
    const out: string[] = [];
    await flagCommand(
      {
        file,
        report: join(__dirname, '../../../shared/seeds/003_f922cd67c00d0474.txt'),
        today: AS_OF,
        json: true,
      },
      { out: (t) => out.push(t), err: (t) => out.push(t) },
    );
    const json = JSON.parse(out.join('\n')) as FlagJson;
    const linked = new Set(json.links.flatMap((l) => l.actions));
    for (const prefix of ['P1.', 'P2.', 'P3.'])
      expect([...linked].some((ref) => ref.startsWith(prefix))).toBe(true);
    // The area for development on thresholds (the sixth) is answered on the Partnerships sheet.
    expect(json.links.find((l) => l.recommendation === 'R6')?.actions.some((a) => a.startsWith('P3.'))).toBe(
      true,
    );
  });
});
