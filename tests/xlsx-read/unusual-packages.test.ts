/**
 * Valid-but-unusual packages (scripts/build-package-fixtures.ts) read to the same plan as the plain one,
 * hostile packages are refused before anything is inflated, and the cases where the old ExcelJS path was
 * wrong are pinned, one test each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/check';
import { isUserError } from '../../src/core/errors';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookFile, readWorkbookFile } from '../../src/xlsx/open-workbook';
import { Package } from '../../src/xlsx/package/opc';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { PACKAGE_LIMITS } from '../../src/xlsx/zip/archive';
import {
  COUNCIL_THEME,
  ESCAPED_SHEET,
  FIXTURE_ACTIONS,
  HIDDEN_ROWS,
  HOSTILE_FIXTURES,
  PLAN_SHEET,
  TABLE_RANGE,
  VALID_FIXTURES,
  buildPackageFixtures,
} from '../../scripts/build-package-fixtures';
import { ensureCliBuilt, runPlanTracker } from '../support/run-cli';

const AS_OF = '2013-11-15';
let dir: string;
let files: Record<string, string>;
let plain: SheetSnapshot;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-package-fixtures-'));
  files = await buildPackageFixtures(dir);
  plain = (await readWorkbookFile(files['plain.xlsx'])).snapshot.sheets[0];
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function snapshot(name: string): Promise<WorkbookSnapshot> {
  return (await readWorkbookFile(files[name])).snapshot;
}

/** The plan as the core reads it: ref, rating, due date and leads of every action. */
function planOf(workbook: WorkbookSnapshot): string[] {
  const check = checkWorkbook(workbook, { asOf: AS_OF });
  expect(check.sheets).toHaveLength(1);
  return check.sheets[0].plan.actions.map(
    (a) => `${a.ref} ${a.actionRag.rating} ${a.deadline.due ?? a.deadline.text} ${a.leads.join('+')}`,
  );
}

const EXPECTED_PLAN = FIXTURE_ACTIONS.map((a) => {
  const due =
    typeof a.deadline === 'number'
      ? new Date(Date.UTC(1899, 11, 30 + a.deadline)).toISOString().slice(0, 10)
      : a.deadline;
  return `${a.ref} ${a.rag.toLowerCase()} ${due} ${a.lead}`;
});

describe('valid-but-unusual packages', () => {
  it('the plain fixture reads to the plan it was built from', async () => {
    expect(planOf(await snapshot('plain.xlsx'))).toEqual(EXPECTED_PLAN);
    expect(plain.name).toBe(PLAN_SHEET);
    expect(plain.merges).toEqual(['A1:E1']);
    expect(plain.rows[4][3]).toEqual({ value: 41578, text: '31/10/2013', numberFormat: 'dd/mm/yyyy' });
    expect(plain.rows[5][1]?.text).toBe('Weekly MASH\nreferral review');
  });

  it.each(['x-prefixed.xlsx', 'no-cell-refs.xlsx', 'other-rels-prefix.xlsx', 'date-1904.xlsx'])(
    '%s gives exactly the plain snapshot',
    async (name) => {
      expect((await snapshot(name)).sheets).toEqual([plain]);
    },
  );

  it('escaped-names.xlsx: the sheet name keeps its <, >, & and quotes; the cells are the plain ones', async () => {
    const sheets = (await snapshot('escaped-names.xlsx')).sheets;
    expect(sheets).toEqual([{ ...plain, name: ESCAPED_SHEET }]);
  });

  it('inline-strings.xlsx: inline strings, escaped line breaks, an ISO date and a formula read as the plain cells', async () => {
    const [sheet] = (await snapshot('inline-strings.xlsx')).sheets;
    // The only difference: the ref 1.2 is a formula there, with its cached result.
    expect(sheet.rows[5][0]).toEqual({ value: '1.2', text: '1.2', formula: true });
    const rows = sheet.rows.map((r) => [...r]);
    rows[5][0] = plain.rows[5][0];
    expect({ ...sheet, rows }).toEqual(plain);
  });

  it('council-theme.xlsx: RAG shown only by theme fills with tints is read against the workbook’s own theme', async () => {
    const workbook = await snapshot('council-theme.xlsx');
    expect(planOf(workbook)).toEqual(EXPECTED_PLAN);
    const fills = workbook.sheets[0].rows.slice(4).map((r) => r[4]?.fill);
    // accent3 darkened 25%, accent2 lightened 40%, accent1 as it is, accent4 lightened 60% (tints change
    // the HLS luminance; tests/xlsx-read/colours.test.ts checks the method against Office's own palette).
    expect(fills.filter(Boolean)).toEqual(['#005C26', '#FFD477', '#C8102E', '#7DBFFF', '#005C26']);
    expect(COUNCIL_THEME.accent1).toBe('C8102E');
  });

  it('table-hidden-rows.xlsx: the table, its total row and the hidden rows are in the snapshot', async () => {
    const [sheet] = (await snapshot('table-hidden-rows.xlsx')).sheets;
    expect(sheet.tables).toEqual([
      { name: 'Plan', range: TABLE_RANGE, hasHeaderRow: true, hasTotalRow: true },
    ]);
    expect(sheet.hiddenRows).toEqual(HIDDEN_ROWS);
    expect(sheet.rows.slice(0, plain.rows.length)).toEqual(plain.rows);
    expect(sheet.rows[10][4]).toEqual({ value: 5, text: '5', formula: true });
  });

  it.each(VALID_FIXTURES.filter((n) => n !== 'table-hidden-rows.xlsx'))(
    '%s: the core reads the same plan as from the plain package',
    async (name) => {
      expect(planOf(await snapshot(name))).toEqual(EXPECTED_PLAN);
    },
  );

  it('validate, as a process, accepts every one of them', () => {
    for (const name of VALID_FIXTURES) {
      const run = runPlanTracker(['validate', files[name], '--today', AS_OF, '--json']);
      expect({ name, stderr: run.stderr }).toEqual({ name, stderr: '' });
      const report = JSON.parse(run.stdout) as { sheets: { actions: unknown[] }[] };
      expect(report.sheets[0].actions).toHaveLength(FIXTURE_ACTIONS.length);
    }
  });
});

describe('where the old ExcelJS path was wrong (each case pinned)', () => {
  async function old(name: string): Promise<WorkbookSnapshot | Error> {
    try {
      return snapshotWorkbook(await loadWorkbookFile(files[name]));
    } catch (e) {
      return e as Error;
    }
  }

  it.each(['x-prefixed.xlsx', 'no-cell-refs.xlsx'])('%s was refused as damaged', async (name) => {
    expect(await old(name)).toBeInstanceOf(Error);
  });

  it('other-rels-prefix.xlsx lost every sheet (so "no improvement plan found")', async () => {
    const wb = (await old('other-rels-prefix.xlsx')) as WorkbookSnapshot;
    expect(checkWorkbook(wb, { asOf: AS_OF }).sheets).toHaveLength(0);
  });

  it('inline-strings.xlsx: an ISO-dated cell (t="d") was misread', async () => {
    const wb = (await old('inline-strings.xlsx')) as WorkbookSnapshot;
    expect(checkWorkbook(wb, { asOf: AS_OF }).sheets[0].plan.actions[0].deadline.due).not.toBe('2013-10-31');
  });

  it('council-theme.xlsx: theme fills were read against Office’s default theme, so the ratings were wrong', async () => {
    const wb = (await old('council-theme.xlsx')) as WorkbookSnapshot;
    expect(planOf(wb)).not.toEqual(EXPECTED_PLAN);
  });
});

describe('hostile packages', () => {
  function timedRun(args: string[]): { code: number | null; stderr: string; ms: number; maxRssMb: number } {
    ensureCliBuilt();
    const bin = join(__dirname, '..', '..', 'bin', 'plan-tracker.js');
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `process.argv=[process.argv[0],'plan-tracker',...${JSON.stringify(args)}];
         process.on('exit',()=>process.stdout.write('\\nmaxRSS='+(()=>{try{return Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])}catch{return process.resourceUsage().maxRSS}})()));
         require(${JSON.stringify(bin)});`,
      ],
      { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
    );
    const rss = Number(/maxRSS=(\d+)/.exec(run.stdout)?.[1] ?? NaN);
    return { code: run.status, stderr: run.stderr, ms: Date.now() - started, maxRssMb: rss / 1024 };
  }

  it.each([
    ['bomb-size.xlsx', /one part \(xl\/media\/huge\.bin\) would unpack to 2,048 MB/],
    ['bomb-count.xlsx', /holds 20,008 files, more than the 10,000 a workbook may have/],
  ])('%s is refused from its declared sizes, quickly and in little memory', (name, message) => {
    for (const command of [
      ['validate', files[name]],
      ['summary', files[name], '-o', join(dir, `out-${name}`)],
    ]) {
      const run = timedRun(command);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.ms).toBeLessThan(5_000);
      expect(run.maxRssMb).toBeLessThan(200);
    }
  });

  it('bomb-lying.xlsx: a part that inflates past its declared size stops the copy with a plain message', async () => {
    // Reading never opens the part (it is no part a snapshot needs) …
    expect(planOf(await snapshot('bomb-lying.xlsx'))).toEqual(EXPECTED_PLAN);
    // … but copying it into a summary does, and the inflater stops at the declared size.
    const out = join(dir, 'lying-out.xlsx');
    const run = timedRun(['summary', files['bomb-lying.xlsx'], '-o', out, '--today', AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/damaged or incomplete/);
    expect(run.maxRssMb).toBeLessThan(200);
  });

  it('unsafe-names.xlsx: entries that are absolute or climb out are never parts and never copied', async () => {
    const pkg = await Package.open(await readFile(files['unsafe-names.xlsx']));
    expect([...pkg.unsafeNames].sort()).toEqual(['../../evil.txt', '/etc/evil.txt']);
    const out = join(dir, 'unsafe-out.xlsx');
    const run = runPlanTracker(['summary', files['unsafe-names.xlsx'], '-o', out, '--today', AS_OF]);
    expect(run.code).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(await readFile(out))).files);
    expect(names.filter((n) => n.includes('evil'))).toEqual([]);
    expect(names).toContain('xl/worksheets/sheet1.xml');
  });

  it('the bounds are documented numbers, and a lower bound refuses a plain package', async () => {
    expect(PACKAGE_LIMITS).toEqual({
      maxEntries: 10_000,
      maxPartBytes: 512 * 2 ** 20,
      maxTotalBytes: 2 ** 30,
    });
    const bytes = await readFile(files['plain.xlsx']);
    await expect(Package.open(bytes, { ...PACKAGE_LIMITS, maxTotalBytes: 1000 })).rejects.toThrow(
      /would unpack to more than/,
    );
    const refused = await Package.open(bytes, { ...PACKAGE_LIMITS, maxEntries: 3 }).catch((e: unknown) => e);
    expect(isUserError(refused) && refused.code).toBe('too-large');
  });

  it.each(HOSTILE_FIXTURES)('%s is built', (name) => {
    expect(files[name]).toBeDefined();
  });
});
