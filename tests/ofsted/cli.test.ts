/** `plan-tracker ofsted` and `plan-tracker flag` run as real processes, and PDF text extraction. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runPlanTracker } from '../support/run-cli';
import { SEEDS } from './fixtures';
import { IMAGE_ONLY_PAGE, makePdf, textPage } from './pdf-fixture';
import { WALSALL_PLAN, WALSALL_REPORT_SEED } from './walsall-truth';

const ROOT = path.resolve(__dirname, '../..');
const PLAN = path.join(ROOT, WALSALL_PLAN);
const REPORT = path.join(SEEDS, WALSALL_REPORT_SEED);
const NO_TEXT =
  "This PDF has no text layer (it looks like a scanned image). Use the report's text version from the Ofsted website, or paste the text.";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ofsted-cli-'));
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function oneLineError(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^plan-tracker: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('plan-tracker ofsted', () => {
  it('prints the report grouped by addressee and timescale', () => {
    const run = runPlanTracker(['ofsted', REPORT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Local authority: Walsall');
    expect(run.stdout).toContain('Published: 2 August 2013');
    expect(run.stdout).toContain('Overall effectiveness: Adequate');
    expect(run.stdout).toContain('Immediately (due by 2 August 2013)');
    expect(run.stdout).toContain('Within 6 months (due by 2 February 2014)');
    expect(run.stdout).toMatch(/R11\s+ensure suitable succession arrangements/);
  });

  it('--json gives the parsed report', () => {
    const run = runPlanTracker(['ofsted', REPORT, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.framework).toBe('protection-of-children');
    expect(json.recommendations).toHaveLength(11);
    expect(json.recommendations[0]).toMatchObject({ id: 'R1', timescale: 'immediate', dueBy: '2013-08-02' });
  });

  it('exits 2 with one line for a missing file, and 1 when no recommendations are found', () => {
    const missing = runPlanTracker(['ofsted', path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    oneLineError(missing.stderr);
    const empty = path.join(dir, 'note.txt');
    fs.writeFileSync(empty, 'A note that is not an inspection report.\n');
    const none = runPlanTracker(['ofsted', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no recommendations were found');
  });

  it('reads a PDF report and refuses a scanned one with a clear message', () => {
    const text = path.join(dir, 'one-line.pdf');
    fs.writeFileSync(text, makePdf([textPage(['Ofsted inspection of Testshire County Council'])]));
    const ok = runPlanTracker(['ofsted', text, '--json']);
    expect(ok.code).toBe(1); // read fine, but one line holds no recommendations
    expect(ok.stderr).not.toContain('text layer');

    const scanned = path.join(dir, 'scanned.pdf');
    fs.writeFileSync(scanned, makePdf([IMAGE_ONLY_PAGE]));
    const run = runPlanTracker(['ofsted', scanned]);
    expect(run.code).toBe(2);
    oneLineError(run.stderr);
    expect(run.stderr).toContain(NO_TEXT);
  });
});

describe('PDF text extraction', () => {
  function extract(file: string): { text?: string; error?: string } {
    const run = spawnSync(
      process.execPath,
      ['-r', 'tsx/cjs', path.join(__dirname, 'print-pdf-text.ts'), file],
      { encoding: 'utf8', cwd: ROOT, timeout: 60_000 },
    );
    return JSON.parse(run.stdout);
  }

  it('returns the text layer, pages separated by a form feed', () => {
    const file = path.join(dir, 'two-pages.pdf');
    fs.writeFileSync(
      file,
      makePdf([textPage(['Recommendations', 'Within three months:']), textPage(['ensure (R1) works'])]),
    );
    expect(extract(file)).toEqual({ text: 'Recommendations\nWithin three months:\fensure (R1) works' });
  });

  it('says a PDF with no text is a scanned image', () => {
    const file = path.join(dir, 'image-only.pdf');
    fs.writeFileSync(file, makePdf([IMAGE_ONLY_PAGE, IMAGE_ONLY_PAGE]));
    expect(extract(file)).toMatchObject({ error: NO_TEXT });
  });
});

describe('plan-tracker flag', () => {
  it('prints links, uncovered recommendations and findings as JSON', () => {
    const run = runPlanTracker(['flag', PLAN, '--report', REPORT, '--json', '--today', '2013-09-15']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.report).toMatchObject({ localAuthority: 'Walsall', publicationDate: '2013-08-02' });
    expect(json.links[0]).toEqual({
      recommendation: 'R1',
      actions: ['2.1.3'],
      confidence: 1,
      source: 'marker',
    });
    expect(json.links).toHaveLength(11);
    expect(json.uncovered).toEqual([]);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['ofsted-deadline-beyond-timescale', 'ofsted-unrated']),
    );
  });

  it('with -o writes a copy with the Ofsted Recommendations sheet and leaves the input alone', async () => {
    const before = sha(PLAN);
    const out = path.join(dir, 'flagged.xlsx');
    const run = runPlanTracker(['flag', PLAN, '--report', REPORT, '-o', out, '--today', '2013-09-15']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('R1   Immediately      → 2.1.3 (marker, 1.00)');
    expect(sha(PLAN)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'SIP Phase 2',
      'Ofsted 2013 summary',
      'Ofsted Recommendations',
    ]);
    const sheet = wb.getWorksheet('Ofsted Recommendations')!;
    expect(sheet.getCell('A6').value).toBe('R1');
    expect(sheet.getCell('E6').text).toBe('2.1.3');
    expect(sheet.getCell('G16').value).toBe('Covered');
  });

  it('exits 1 when a recommendation is uncovered, 2 for unreadable input or -o onto the input', () => {
    const other = runPlanTracker([
      'flag',
      path.join(ROOT, 'examples/wirral-action-plan-2010.xlsx'),
      '--report',
      REPORT,
      '--json',
    ]);
    expect([0, 1]).toContain(other.code);
    if (other.code === 1) expect(JSON.parse(other.stdout).uncovered.length).toBeGreaterThan(0);

    const same = runPlanTracker(['flag', PLAN, '--report', REPORT, '-o', PLAN]);
    expect(same.code).toBe(2);
    oneLineError(same.stderr);
    const noReport = runPlanTracker(['flag', PLAN, '--report', path.join(dir, 'missing.txt')]);
    expect(noReport.code).toBe(2);
    oneLineError(noReport.stderr);
    const notXlsx = runPlanTracker(['flag', REPORT, '--report', REPORT]);
    expect(notXlsx.code).toBe(2);
    oneLineError(notXlsx.stderr);
  });
});
