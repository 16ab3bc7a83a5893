/**
 * What `summary -o` and `flag -o` promise about the files they touch, tested as real processes
 * (issue 12): the copy is written atomically (an interrupt or a full disk leaves the older copy and the
 * input exactly as they were, and no temporary file); the output may not be the input by any link;
 * replacing a copy is said; a user's own sheet named like the tracker's, typed notes in RAG History, a
 * protected plan sheet, emoji in the hidden state and XML comments in workbook.xml are all handled; a
 * reader that closes standard output early ends the command quietly; a bug in the tool says so and exits 4.
 *
 * Faults are injected from outside the tool by tests/support/cli-faults.cjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildRichFixtures, PLAN_SHEET } from '../../scripts/build-rich-fixtures';
import { buildExamples } from '../../scripts/build-examples';
import { buildPackage, type CellIn } from '../../scripts/lib/ooxml-package';
import { runCli } from '../../src/cli/program';
import { computeSummary } from '../../src/core/summary-sheets';
import { stateAfter } from '../../src/core/summary';
import { sheetFrom } from '../support/sheet';
import { ensureCliBuilt, runPlanTracker, type CliRun } from '../support/run-cli';

const BIN = join(__dirname, '..', '..', 'bin', 'plan-tracker.js');
const FAULTS = join(__dirname, '..', 'support', 'cli-faults.cjs');
const REPORT = join(__dirname, '..', '..', '..', 'shared', 'seeds', '004_807445bb4780ee5e.txt');

let dir: string;
let walsall: string;
let examples: string[];

beforeAll(async () => {
  ensureCliBuilt(); // some tests start bin/plan-tracker.js themselves (signals, faults, a shell pipe)
  dir = await mkdtemp(join(tmpdir(), 'plan-safe-output-'));
  examples = await buildExamples(join(dir, 'examples'));
  walsall = examples.find((f) => f.endsWith('walsall-sip-phase2.xlsx'))!;
  await buildRichFixtures(join(dir, 'rich'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tempFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
const noStackTrace = (run: { stdout: string; stderr: string }) =>
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |node_modules|TypeError:/);

function faulty(fault: string, args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: '0', PLAN_TRACKER_FAULT: fault, NODE_OPTIONS: `--require ${FAULTS}` },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder holding an older copy, so a test can see that it survives. */
function withOlderCopy(name: string): { folder: string; out: string; before: string } {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const out = join(folder, 'out.xlsx');
  writeFileSync(out, readFileSync(join(dir, 'rich', 'chart.xlsx'))); // last month's copy
  return { folder, out, before: sha(out) };
}

describe('an interrupted write leaves the older copy and the input as they were', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s in the middle of writing the copy', async (signal, code) => {
    const { folder, out, before } = withOlderCopy(`interrupt-${signal}`);
    const input = sha(walsall);
    const child = spawn(process.execPath, [BIN, 'summary', walsall, '-o', out, '--today', '2013-09-30'], {
      env: { ...process.env, PLAN_TRACKER_FAULT: 'slow-write', NODE_OPTIONS: `--require ${FAULTS}` },
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('plan-tracker-test: writing')) {
          expect(tempFiles(folder)).toHaveLength(1); // the write really is under way
          child.kill(signal);
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`exited before writing: ${stderr}`)));
    });
    expect(await exited).toBe(code);
    expect(sha(out)).toBe(before);
    expect(sha(walsall)).toBe(input);
    expect(tempFiles(folder)).toEqual([]);
  });
});

describe('a full disk leaves the older copy and the input as they were', () => {
  /** A 1 MB tmpfs where the machine lets us mount one (root on Linux); otherwise undefined. */
  function mountSmallDisk(): string | undefined {
    const mount = join(dir, 'small-disk');
    mkdirSync(mount, { recursive: true });
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { encoding: 'utf8' });
    return r.status === 0 ? mount : undefined;
  }

  function expectNothingLost(run: CliRun, folder: string, before: string): void {
    const out = join(folder, 'out.xlsx');
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe(
      `plan-tracker: There is not enough space on the disk to write ${out}. Free some space or choose another folder, then try again. Nothing was written. The older out.xlsx is unchanged.`,
    );
    expect(sha(out)).toBe(before);
    expect(tempFiles(folder)).toEqual([]);
    noStackTrace(run);
  }

  it('on a real 1 MB disk where the machine lets us mount one (else by an injected ENOSPC)', () => {
    const disk = mountSmallDisk();
    if (!disk) {
      const { folder, out, before } = withOlderCopy('enospc-fallback');
      expectNothingLost(
        faulty('enospc', ['summary', walsall, '-o', out, '--today', '2013-09-30']),
        folder,
        before,
      );
      return;
    }
    try {
      const out = join(disk, 'out.xlsx');
      writeFileSync(out, readFileSync(join(dir, 'rich', 'chart.xlsx')));
      const before = sha(out);
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), new Uint8Array(Math.max(0, bavail * bsize - 8 * 1024)));
      const run = runPlanTracker(['summary', walsall, '-o', out, '--today', '2013-09-30']);
      expectNothingLost(run, disk, before);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('when the first write fails with ENOSPC (injected)', () => {
    const { folder, out, before } = withOlderCopy('enospc');
    expectNothingLost(faulty('enospc', ['flag', walsall, '--report', REPORT, '-o', out]), folder, before);
  });
});

describe('-o may not be the input, by any name', () => {
  it('refuses a symbolic link and a hard link to the input, and an input reached through a link', () => {
    const folder = join(dir, 'links');
    mkdirSync(folder);
    const plan = join(folder, 'plan.xlsx');
    writeFileSync(plan, readFileSync(walsall));
    symlinkSync('plan.xlsx', join(folder, 'soft.xlsx'));
    linkSync(plan, join(folder, 'hard.xlsx'));
    const before = sha(plan);
    for (const [input, out] of [
      [plan, join(folder, 'soft.xlsx')],
      [plan, join(folder, 'hard.xlsx')],
      [join(folder, 'soft.xlsx'), plan],
    ]) {
      const run = runPlanTracker(['summary', input, '-o', out, '--today', '2013-09-30']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(
        `plan-tracker: -o ${out} is the input file ${input} (through a link); choose another file name (the input is never changed).`,
      );
    }
    const flagged = runPlanTracker(['flag', plan, '--report', REPORT, '-o', join(folder, 'hard.xlsx')]);
    expect(flagged.code).toBe(2);
    expect(sha(plan)).toBe(before);
    expect(tempFiles(folder)).toEqual([]);
  });

  it('replaces an older copy and says so; through a symbolic link it replaces the file and keeps the link', () => {
    const folder = join(dir, 'replace');
    mkdirSync(folder);
    writeFileSync(join(folder, 'last-month.xlsx'), 'an older copy');
    symlinkSync('last-month.xlsx', join(folder, 'latest.xlsx'));
    const run = runPlanTracker([
      'summary',
      walsall,
      '-o',
      join(folder, 'latest.xlsx'),
      '--today',
      '2013-09-30',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Replaced ${join(folder, 'latest.xlsx')}.`);
    expect(readFileSync(join(folder, 'last-month.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(folder).sort()).toEqual(['last-month.xlsx', 'latest.xlsx']);
  });
});

/** A worksheet part of a copy, found by sheet name, edited as text. */
async function editSheet(
  path: string,
  sheet: string,
  edit: (xml: string) => string,
  to: string,
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet name="${sheet}" [^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(rels)![1];
  const part = `xl/${target}`;
  zip.file(part, edit(await zip.file(part)!.async('string')));
  writeFileSync(to, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const addToRow = (xml: string, row: number, cell: string) =>
  xml.replace(new RegExp(`(<row r="${row}"[^>]*>.*?)(</row>)`), `$1${cell}$2`);

describe("the tracker's sheets and the user's", () => {
  it("a user sheet named like the tracker's: left alone, the summary written beside it, and said", () => {
    const input = join(dir, 'rich', 'user-rag-summary.xlsx');
    const out = join(dir, 'user-sheet-out.xlsx');
    const run = runPlanTracker(['summary', input, '-o', out, '--today', '2013-09-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Your own sheet "rag summary" was left as it is; the tracker\'s RAG Summary sheet is "RAG Summary (2)".',
    );
  });

  it('typed notes in RAG History are kept; typed text in RAG Summary stops the refresh', async () => {
    const once = join(dir, 'history-once.xlsx');
    expect(
      await runCli(['summary', walsall, '-o', once, '--today', '2013-09-30'], {
        out: () => {},
        err: () => {},
      }),
    ).toBe(0);
    const noted = join(dir, 'history-noted.xlsx');
    await editSheet(
      once,
      'RAG History',
      (x) =>
        addToRow(
          addToRow(x, 1, inline('K1', 'Board comment')),
          2,
          inline('K2', 'Chair asked for a deep dive'),
        ),
      noted,
    );
    const out = join(dir, 'history-twice.xlsx');
    const run = runPlanTracker(['summary', noted, '-o', out, '--today', '2013-10-31']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const history = Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/sheet'));
    const texts = await Promise.all(history.map((f) => zip.file(f)!.async('string')));
    const sheet = texts.find((t) => t.includes('Board comment'))!;
    expect(sheet).toMatch(/<c r="K2"[^>]*><is><t[^>]*>Chair asked for a deep dive<\/t>/);
    expect(sheet).toMatch(/<c r="A3"[^>]*><is><t[^>]*>\d{4}-\d\d-\d\d \d\d:\d\d<\/t>/); // the new refresh

    const typed = join(dir, 'summary-typed.xlsx');
    await editSheet(once, 'RAG Summary', (x) => addToRow(x, 5, inline('M5', 'Discuss at the board')), typed);
    const refused = join(dir, 'summary-typed-out.xlsx');
    const stop = runPlanTracker(['summary', typed, '-o', refused, '--today', '2013-10-31']);
    expect(stop.code).toBe(3);
    expect(stop.stderr.trim()).toBe(
      'plan-tracker: Sheet "RAG Summary" has text typed into it that the tracker did not write (M5). The tracker rebuilds that sheet, so move the text to a sheet of your own (or clear those cells), then try again. Nothing was changed.',
    );
    expect(existsSync(refused)).toBe(false);
  });

  it('flag refuses a protected plan sheet and names it', () => {
    const out = join(dir, 'protected-out.xlsx');
    const run = runPlanTracker([
      'flag',
      join(dir, 'rich', 'protected-plan.xlsx'),
      '--report',
      REPORT,
      '-o',
      out,
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe(
      `plan-tracker: The sheet "${PLAN_SHEET}" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('an XML comment in workbook.xml moves no print area, filter or print titles', async () => {
    const once = join(dir, 'comment-once.xlsx');
    const io = { out: () => {}, err: () => {} };
    expect(
      await runCli(
        ['summary', join(dir, 'rich', 'xml-comment.xlsx'), '-o', once, '--today', '2013-09-30'],
        io,
      ),
    ).toBe(0);
    const twice = join(dir, 'comment-twice.xlsx');
    expect(runPlanTracker(['summary', once, '-o', twice, '--today', '2013-10-31']).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(twice))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Chart Data&apos;!$A$1:$B$6</definedName>`,
    );
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="2">&apos;Notes&apos;!$A$1:$A$1</definedName>`,
    );
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Notes&apos;!$1:$1</definedName>`,
    );
  });
});

describe('emoji in the hidden state', () => {
  /** A plan on a sheet named with emoji, long enough that its state is cut through an emoji. */
  function emojiPlan(): { rows: CellIn[][]; name: string } {
    const name = '🚀 Plan 🚀';
    for (let n = 1200; n < 1600; n++) {
      const rows: CellIn[][] = [['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG']];
      for (let i = 0; i < n; i++) {
        rows.push([
          `${Math.floor(i / 9) + 1}.${(i % 9) + 1}`,
          `Action ${i + 1}`,
          'Jane Smith',
          '31/10/2013',
          ['Red', 'Amber', 'Green', 'Blue'][i % 4],
        ]);
      }
      const sheet = sheetFrom(
        name,
        rows.map((r) => r.map((c) => (typeof c === 'string' ? c : null))),
      );
      const { check, summary } = computeSummary({ sheets: [sheet] }, '2013-09-30');
      const json = JSON.stringify(stateAfter(summary, check.sheets, '2013-09-30 09:00'));
      const at = json.charCodeAt(29_999);
      if (at >= 0xd800 && at <= 0xdbff) return { rows, name };
    }
    throw new Error('no plan size puts an emoji across the cut');
  }

  it('a second refresh reports no false movement', async () => {
    const { rows, name } = emojiPlan();
    const input = join(dir, 'emoji.xlsx');
    writeFileSync(input, await buildPackage({ sheets: [{ name, rows }] }));
    const out = join(dir, 'emoji-once.xlsx');
    expect(runPlanTracker(['summary', input, '-o', out, '--today', '2013-09-30']).code).toBe(0);
    const again = runPlanTracker(['summary', out, '--json', '--today', '2013-09-30']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json.previous).not.toBeNull();
    expect(json.movement).toEqual([]);
  }, 60_000);
});

describe('standard output closed early, and a bug in the tool', () => {
  it('ends quietly with exit 0 when the reader goes away (validate … | head -c 10)', () => {
    // A real shell pipe, as a user types it: the command prints far more than the pipe holds.
    const files = [...examples, ...examples, ...examples].map((f) => `'${f}'`).join(' ');
    const errors = join(dir, 'epipe-stderr.txt');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `'${process.execPath}' '${BIN}' validate ${files} --json --today 2013-09-30 2>'${errors}' | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect([r.stdout.trim(), readFileSync(errors, 'utf8')]).toEqual(['0', '']);
  });

  it('says a fault is a fault in Plan Tracker, exits 4, and leaves no copy and no temporary file', () => {
    const folder = join(dir, 'bug');
    mkdirSync(folder);
    const out = join(folder, 'out.xlsx');
    const run = faulty('bug', ['summary', walsall, '-o', out, '--today', '2013-09-30']);
    expect(run.code).toBe(4);
    expect(run.stderr.trim()).toBe(
      "plan-tracker: something went wrong inside Plan Tracker. This is a fault in the tool, not in your file; nothing was written. Please report it with the command you ran. (Cannot read properties of undefined (reading 'compression'))",
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
