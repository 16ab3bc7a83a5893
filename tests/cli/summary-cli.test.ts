/** `plan-tracker summary` as a process: the copy, the JSON, and the input left alone. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExamples } from '../../scripts/build-examples';
import { workbookWithChartAndImageBytes } from '../../scripts/lib/chart-fixture';
import { runPlanTracker } from '../support/run-cli';
import { writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

let dir: string;
let walsall: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-summary-cli-'));
  walsall = (await buildExamples(dir)).find((f) => f.endsWith('walsall-sip-phase2.xlsx'))!;
}, 60_000);

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('plan-tracker summary', () => {
  it('writes a copy with the summary sheets and never touches the input', async () => {
    const before = await sha(walsall);
    const out = join(dir, 'walsall-summary.xlsx');
    const run = runPlanTracker(['summary', walsall, '-o', out, '--today', '2013-09-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/RAG Summary of 27 actions .*overdue 2/);
    expect(await sha(walsall)).toBe(before);
    const zip = await JSZip.loadAsync(await readFile(out));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/name="RAG Summary"/);
    expect(workbook).toMatch(/name="RAG History"/);
    expect(workbook).toMatch(/name="PlanTracker State" sheetId="\d+" state="hidden"/);
  });

  it('--json prints the computed summary in the shape the issue gives', () => {
    const run = runPlanTracker(['summary', walsall, '--today', '2013-09-30', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['asOf', 'totals', 'byTheme', 'exceptions', 'movement', 'impact']),
    );
    expect(json.totals).toEqual({
      actions: 27,
      red: 0,
      amber: 0,
      green: 0,
      blue: 0,
      unrated: 0,
      invalid: 27,
      overdue: 2,
    });
    expect(json.byTheme[0].objectives[0]).toMatchObject({ ref: '1.1', counts: { invalid: 3 } });
    expect(json.exceptions).toEqual({
      red: [],
      overdue: ['2.1.3', '3.3.2'],
      dueSoon: expect.any(Array),
      incomplete: expect.any(Array),
    });
    expect(json.dueSoonDays).toBe(30);
    expect(json.movement).toEqual([]);
  });

  it('keeps charts, images and notes of the input package byte for byte', async () => {
    const input = join(dir, 'with-chart.xlsx');
    await writeFile(input, await workbookWithChartAndImageBytes());
    const out = join(dir, 'with-chart-summary.xlsx');
    const run = runPlanTracker(['summary', input, '-o', out, '--today', '2013-09-30']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const a = await JSZip.loadAsync(await readFile(input));
    const b = await JSZip.loadAsync(await readFile(out));
    const mayChange = new Set([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      'docProps/app.xml',
    ]);
    const kept = Object.keys(a.files).filter((name) => !a.files[name].dir && !mayChange.has(name));
    expect(kept.some((n) => n.startsWith('xl/charts/'))).toBe(true);
    expect(kept.some((n) => n.startsWith('xl/media/'))).toBe(true);
    for (const name of kept) {
      expect([name, await b.file(name)?.async('base64')]).toEqual([
        name,
        await a.file(name)!.async('base64'),
      ]);
    }
  });

  it('refuses to overwrite its input, and says so', () => {
    const run = runPlanTracker(['summary', walsall, '-o', walsall]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `plan-tracker: -o ${walsall} is the input file ${walsall}; choose another file name (the input is never changed).`,
    );
  });
});
