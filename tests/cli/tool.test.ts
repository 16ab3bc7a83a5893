/**
 * The CLI as an installed tool: --version, --help with an example per command, colour only where allowed,
 * the progress line, folders for validate, and the plan register (read back by our reader and by
 * LibreOffice, with its file links resolving to the files).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { PLAIN_TERMINAL, PROGRESS_AFTER_MS, Progress, detectTerminal } from '../../src/cli/terminal';
import { readWorkbookFile } from '../../src/xlsx/open-workbook';
import { buildLargePlan } from '../../scripts/build-bad-inputs';
import { runPlanTracker } from '../support/run-cli';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'plan-tool-'));
const profile = join(tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** A folder of plans in sub-folders, with a name that needs escaping in a link, and a broken file. */
function plansFolder(): string {
  const folder = join(dir, `plans-${randomBytes(3).toString('hex')}`);
  mkdirSync(join(folder, 'north'), { recursive: true });
  mkdirSync(join(folder, 'south east'), { recursive: true });
  copyFileSync(join(EXAMPLES, 'walsall-sip-phase2.xlsx'), join(folder, 'north', 'walsall.xlsx'));
  copyFileSync(join(EXAMPLES, 'wirral-action-plan-2010.xlsx'), join(folder, 'south east', 'wirral #2.xlsx'));
  copyFileSync(join(EXAMPLES, 'worcestershire-priority-plan.xlsx'), join(folder, 'worcs.xlsx'));
  writeFileSync(join(folder, 'broken.xlsx'), 'not a workbook');
  writeFileSync(join(folder, '~$worcs.xlsx'), 'an Excel lock file'); // passed over
  writeFileSync(join(folder, 'notes.txt'), 'not an .xlsx'); // passed over
  return folder;
}

describe('plan-tracker as a tool', () => {
  it('--version prints the package version', () => {
    const run = runPlanTracker(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--help gives one example per command, and each command help gives its own', () => {
    const run = runPlanTracker(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['validate', 'summary', 'ofsted', 'flag']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+plan-tracker ${command} \\S`, 'm'));
      const own = runPlanTracker([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`Example:\\n\\s+plan-tracker ${command} \\S`));
    }
  });

  it('runs compiled JavaScript only: the bundle exists and ExcelJS and tsx are never loaded', () => {
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `const M=require('module');const seen=[];const load=M._load;M._load=function(r){seen.push(r);return load.apply(this,arguments)};
         process.argv=[process.argv[0],'plan-tracker','validate',${JSON.stringify(join(EXAMPLES, 'wirral-action-plan-2010.xlsx'))},'--today','2013-09-30'];
         require(${JSON.stringify(join(ROOT, 'bin', 'plan-tracker.js'))});
         process.on('exit',()=>{process.stderr.write(JSON.stringify(seen))});`,
      ],
      { encoding: 'utf8' },
    );
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toEqual(expect.arrayContaining(['saxes', 'yauzl']));
    expect(loaded.filter((m) => /exceljs|tsx|jszip|typescript|\.ts$/.test(m))).toEqual([]);
  });

  it('colours the text report only when allowed (FORCE_COLOR on a pipe; NO_COLOR wins)', () => {
    const file = join(EXAMPLES, 'wirral-action-plan-2010.xlsx');
    const coloured = runPlanTracker(['validate', file, '--today', '2013-09-30'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(coloured.stdout).toContain('\u001b[31m    Errors (2)\u001b[39m');
    const plain = runPlanTracker(['validate', file, '--today', '2013-09-30'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('    Errors (2)');
    const json = runPlanTracker(['validate', file, '--json'], { env: { FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain('\u001b[');
  });

  it('colours a terminal by default (through a pseudo-terminal)', () => {
    const file = join(EXAMPLES, 'wirral-action-plan-2010.xlsx');
    const command = `${process.execPath} ${join(ROOT, 'bin', 'plan-tracker.js')} validate '${file}' --today 2013-09-30`;
    const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env });
    expect(tty.stdout).toContain('\u001b[31m');
    const noColour = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });
    expect(noColour.stdout).not.toContain('\u001b[31m');
  });

  it('shows a progress line on a terminal for work over a second, and not on a pipe', async () => {
    const folder = join(dir, 'big-plans');
    mkdirSync(folder, { recursive: true });
    await buildLargePlan(join(folder, 'a.xlsx'), 5000);
    // Sixteen 5,000-action plans: well over a second of work even on a fast machine.
    for (let i = 2; i <= 16; i++) copyFileSync(join(folder, 'a.xlsx'), join(folder, `plan-${i}.xlsx`));
    const command = `${process.execPath} ${join(ROOT, 'bin', 'plan-tracker.js')} validate '${folder}' --today 2013-12-01 >/dev/null`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    const clear = '\r\u001b[K'; // carriage return, erase to the end of the line
    const drawn = tty.stdout.split(clear);
    expect(drawn.slice(1, -1).every((line) => /^Checking \d+ of 16: \/\S+$/.test(line))).toBe(true);
    expect(drawn.length).toBeGreaterThanOrEqual(3); // at least one line drawn, then cleared
    expect(drawn[drawn.length - 1].trim()).toBe(''); // nothing left after the clear
    const piped = runPlanTracker(['validate', folder, '--today', '2013-12-01']);
    expect(piped.stderr).toBe('');
  }, 120_000);

  it('detects the terminal from the environment', () => {
    expect(detectTerminal({ NO_COLOR: '1', FORCE_COLOR: '1' }).colour).toBe(false);
    expect(detectTerminal({ FORCE_COLOR: '1' }).colour).toBe(true);
    expect(detectTerminal({ FORCE_COLOR: '0' }).colour).toBe(false);
    expect(detectTerminal({ NO_COLOR: '', FORCE_COLOR: '1' }).colour).toBe(true);
  });

  it('shows a progress line only for work over a second, and clears it', () => {
    jest.useFakeTimers();
    try {
      const written: string[] = [];
      const terminal = { ...PLAIN_TERMINAL, progress: true, writeErr: (t: string) => written.push(t) };
      const quick = new Progress(terminal);
      quick.update('Checking 1 of 2: a.xlsx');
      jest.advanceTimersByTime(PROGRESS_AFTER_MS - 1);
      quick.done();
      expect(written).toEqual([]);

      const slow = new Progress(terminal);
      slow.update('Checking 1 of 2: a.xlsx');
      jest.advanceTimersByTime(PROGRESS_AFTER_MS);
      slow.update('Checking 2 of 2: b.xlsx');
      slow.done();
      expect(written).toEqual([
        '\r\u001b[KChecking 1 of 2: a.xlsx',
        '\r\u001b[KChecking 2 of 2: b.xlsx',
        '\r\u001b[K',
      ]);

      const off = new Progress(PLAIN_TERMINAL);
      off.update('x');
      jest.advanceTimersByTime(5 * PROGRESS_AFTER_MS);
      off.done();
      expect(written).toHaveLength(3);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('plan-tracker validate on folders, with --register', () => {
  it('recurses into folders for .xlsx files, in name order, and reports the broken one', () => {
    const folder = plansFolder();
    const run = runPlanTracker(['validate', folder, '--today', '2013-09-30', '--json']);
    expect(run.code).toBe(2);
    const files = (JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file);
    expect(files.sort()).toEqual(
      [
        join(folder, 'broken.xlsx'),
        join(folder, 'north', 'walsall.xlsx'),
        join(folder, 'south east', 'wirral #2.xlsx'),
        join(folder, 'worcs.xlsx'),
      ].sort(),
    );
    expect(run.stderr.trim().split('\n')).toEqual([
      "plan-tracker: broken.xlsx is not an Excel workbook (.xlsx). Choose the plan's .xlsx file.",
    ]);
  });

  it('an empty folder is a plain error', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const run = runPlanTracker(['validate', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`plan-tracker: ${empty}: the folder holds no .xlsx workbooks.`);
  });

  it('writes a register with one row per plan sheet, matching the JSON report, linked to each file', async () => {
    const folder = plansFolder();
    const out = join(dir, 'board', `register-${randomBytes(3).toString('hex')}.xlsx`);
    mkdirSync(join(dir, 'board'), { recursive: true });
    const run = runPlanTracker(['validate', folder, '--today', '2013-09-30', '--json', '--register', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Wrote the plan register ${out}: 3 plan sheets from 4 files.`);
    type Report = {
      file: string;
      sheets?: {
        sheet: string;
        actions: { actionRag: string }[];
        findings: { severity: string; rule: string }[];
      }[];
    };
    const reports = JSON.parse(run.stdout) as Report[];

    const { snapshot } = await readWorkbookFile(out);
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe('Plan register');
    const header = sheet.rows[2].map((c) => c?.text);
    expect(header.slice(0, 7)).toEqual([
      'File',
      'Sheet',
      'Actions',
      'Errors',
      'Warnings',
      'Overdue',
      'Due in next 30 days',
    ]);
    const body = sheet.rows.slice(3).map((r) => r.map((c) => c?.value ?? ''));
    expect(body).toHaveLength(4); // three plan sheets and the broken file

    for (const report of reports) {
      for (const s of report.sheets ?? []) {
        const row = body.find((r) => r[0] === report.file && r[1] === s.sheet);
        expect(row).toBeDefined();
        const count = (sev: string) => s.findings.filter((f) => f.severity === sev).length;
        expect(row!.slice(2, 6)).toEqual([
          s.actions.length,
          count('error'),
          count('warning'),
          s.findings.filter((f) => f.rule === 'overdue').length,
        ]);
        const rag = ['red', 'amber', 'green', 'blue', 'unrated', 'invalid'].map(
          (k) => s.actions.filter((a) => a.actionRag === k).length,
        );
        expect(row!.slice(7, 13)).toEqual(rag);
      }
    }
    expect(body.find((r) => r[0] === join(folder, 'broken.xlsx'))?.[13]).toMatch(/not an Excel workbook/);

    // Each file cell links to its file, relative to the register's folder.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    const targets = new Map(
      [...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"[^>]*TargetMode="External"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const links = [...sheetXml.matchAll(/<hyperlink ref="(A\d+)" r:id="([^"]+)"/g)];
    expect(links).toHaveLength(4);
    for (const [, cell, id] of links) {
      const row = Number(cell.slice(1)) - 1;
      const file = String(sheet.rows[row][0]?.value);
      expect(resolve(join(dir, 'board'), decodeURIComponent(targets.get(id)!))).toBe(resolve(file));
    }
  });

  it('the register opens in LibreOffice, with working links', () => {
    const folder = plansFolder();
    const out = join(dir, `lo-register-${randomBytes(3).toString('hex')}.xlsx`);
    expect(runPlanTracker(['validate', folder, '--today', '2013-09-30', '--register', out]).code).toBe(2);
    const html = join(dir, 'lo');
    const lo = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'html',
        '--outdir',
        html,
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(lo.status).toBe(0);
    const page = readFileSync(join(html, out.split('/').pop()!.replace('.xlsx', '.html')), 'utf8');
    expect(page).toContain('Plan register');
    expect(page).toContain(
      `href="file://${encodeURI(join(folder, 'south east', 'wirral #2.xlsx')).replace(/#/g, '%23')}"`,
    );
    expect(page).toContain('SIP Phase 2');
  });

  it('a register in a folder that does not exist is one plain line', () => {
    const out = join(dir, 'no-such-folder', 'register.xlsx');
    const run = runPlanTracker([
      'validate',
      join(EXAMPLES, 'wirral-action-plan-2010.xlsx'),
      '--register',
      out,
    ]);
    expect(run.code).toBe(3); // the copy could not be written (the exit-code table)
    expect(run.stderr.trim()).toBe(
      `plan-tracker: The folder ${join(dir, 'no-such-folder')} does not exist. Create it or choose another, then try again. Nothing was written.`,
    );
  });

  it('refuses a register that would overwrite one of the inputs', () => {
    const folder = plansFolder();
    const input = join(folder, 'worcs.xlsx');
    const before = readFileSync(input);
    const run = runPlanTracker(['validate', folder, '--register', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is one of the workbooks being checked/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
