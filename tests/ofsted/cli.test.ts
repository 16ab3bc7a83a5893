/** `plan-tracker ofsted` and `plan-tracker flag` run as real processes, and PDF text extraction. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runPlanTracker } from '../support/run-cli';
import { SEEDS } from './fixtures';
import { IMAGE_ONLY_PAGE, layoutPage, makePdf, textPage, type Placed } from './pdf-fixture';
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

/**
 * A two-page ILACS report laid out as the published PDFs are: a footnote mark on the heading, square
 * bullets in another font, wrapped lines that start with a capital, an item running over the page
 * break, a framework tag, a footnote, a running footer and page numbers.
 */
function ilacsPdf(): Buffer {
  const footer = (n: number): Placed[] => [
    { text: "Inspection of Exampleton local authority children's services", x: 56, y: 40, size: 8 },
    { text: '3 to 14 June 2024', x: 56, y: 30, size: 8 },
    { text: String(n), x: 520, y: 34, size: 20 },
  ];
  const bullet = (y: number): Placed => ({ text: '\u0095', x: 56, y, font: 'F2' });
  const page1: Placed[] = [
    { text: 'Inspection of Exampleton local authority', x: 56, y: 780, size: 16 },
    { text: "children's services", x: 56, y: 760, size: 16 },
    { text: 'Inspection dates: 3 to 14 June 2024', x: 56, y: 730 },
    { text: 'What needs to improve?', x: 56, y: 690, size: 14 },
    { text: '1', x: 208, y: 695, size: 9 },
    bullet(664),
    {
      text: 'The quality of plans for children in need, so that they say what will happen and',
      x: 74,
      y: 664,
    },
    { text: 'Who does it, and by when.', x: 74, y: 649.5 },
    bullet(635),
    { text: 'The timeliness of return home interviews. (Outcome 3, national framework)', x: 74, y: 635 },
    bullet(620.5),
    {
      text: 'The sufficiency of homes for children in care, including homes close to their',
      x: 74,
      y: 620.5,
    },
    { text: '1', x: 56, y: 94, size: 6.5 },
    { text: 'The areas for improvement are listed in no particular order.', x: 62, y: 90, size: 10 },
    ...footer(1),
  ];
  const page2: Placed[] = [
    { text: 'Families and schools.', x: 74, y: 780 },
    { text: 'The experiences and progress of children who need help and', x: 56, y: 740, size: 14 },
    { text: 'protection: good', x: 56, y: 723, size: 14 },
    { text: '1.', x: 56, y: 690 },
    {
      text: 'Children are helped early, and their families know who to ask for help when they need it.',
      x: 84,
      y: 690,
    },
    ...footer(2),
  ];
  return makePdf([layoutPage(page1), layoutPage(page2)]);
}

describe('plan-tracker ofsted, a PDF laid out as the published reports are', () => {
  it('reads every item whole, by layout, and takes the publication date it is given', () => {
    const file = path.join(dir, 'ilacs-layout.pdf');
    fs.writeFileSync(file, ilacsPdf());
    const run = runPlanTracker(['ofsted', file, '--json', '--published', '2024-07-26']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      localAuthority: 'Exampleton',
      framework: 'ilacs',
      inspectionDates: '3 to 14 June 2024',
      publicationDate: '2024-07-26',
      publicationDateSource: 'given',
    });
    expect(json.recommendations.map((r: { text: string; note?: string }) => [r.text, r.note])).toEqual([
      [
        'The quality of plans for children in need, so that they say what will happen and Who does it, and by when.',
        undefined,
      ],
      ['The timeliness of return home interviews.', 'Outcome 3, national framework'],
      [
        'The sufficiency of homes for children in care, including homes close to their Families and schools.',
        undefined,
      ],
    ]);
  });

  it('says when the report gives no publication date, and refuses a date that is not YYYY-MM-DD', () => {
    const file = path.join(dir, 'ilacs-layout.pdf');
    fs.writeFileSync(file, ilacsPdf());
    const plain = runPlanTracker(['ofsted', file]);
    expect(plain.stdout).toContain('Published: not stated in the report');
    expect(plain.stdout).toContain('--published YYYY-MM-DD');
    const bad = runPlanTracker(['ofsted', file, '--published', '26/07/2024']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
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
    expect(json.links[0]).toMatchObject({
      recommendation: 'R1',
      state: 'linked',
      actions: ['2.1.3'],
      confidence: 1,
      source: 'marker',
    });
    expect(json.links[0].answers[0].why).toMatch(
      /^marked as an Ofsted requirement in the plan; shares "caseloads"/,
    );
    expect(json.links[0].answers[0].shared[0]).toMatchObject({ plan: 'caseloads', column: 'action' });
    expect(json.links).toHaveLength(11);
    expect(json.uncovered).toEqual([]);
    expect(json.counts).toEqual({ linked: 11, suggested: 0, 'not-covered': 0 });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['ofsted-deadline-beyond-timescale', 'ofsted-unrated']),
    );
  });

  it('--published overrides the date for due dates, and says the report stated another', () => {
    const run = runPlanTracker(['flag', PLAN, '--report', REPORT, '--json', '--published', '2013-09-01']);
    const json = JSON.parse(run.stdout);
    expect(json.report).toMatchObject({ publicationDate: '2013-09-01', publicationDateSource: 'given' });
    expect(json.report.recommendations[0].dueBy).toBe('2013-09-01');
    expect(json.report.warnings.join(' ')).toContain('2013-08-02');
  });

  it('with -o writes a copy with the Ofsted Recommendations sheet and leaves the input alone', async () => {
    const before = sha(PLAN);
    const out = path.join(dir, 'flagged.xlsx');
    const run = runPlanTracker(['flag', PLAN, '--report', REPORT, '-o', out, '--today', '2013-09-15']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('R1   Immediately      → Linked: 2.1.3 (marker, 1.00)');
    expect(run.stdout).toContain(
      '2.1.3: marked as an Ofsted requirement in the plan; shares "caseloads" (action)',
    );
    expect(run.stdout).toContain('All 11 recommendations are linked to actions in the plan.');
    expect(sha(PLAN)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'SIP Phase 2',
      'Ofsted 2013 summary',
      'Ofsted Recommendations',
      'PlanTracker State', // hidden: it marks the Ofsted sheet as the tracker's own
    ]);
    const sheet = wb.getWorksheet('Ofsted Recommendations')!;
    expect(sheet.getCell('A6').value).toBe('R1');
    expect(sheet.getCell('E6').text).toBe('2.1.3');
    expect(sheet.getCell('G16').value).toBe('Linked');
    expect(sheet.getCell('H6').text).toMatch(
      /^2\.1\.3: marked as an Ofsted requirement in the plan; shares "caseloads"/,
    );
  });

  it('exits 1 when a recommendation is uncovered, 2 for unreadable input or -o onto the input', () => {
    // An ILACS-style list of two: caseloads (the plan answers it), interpreters (nothing in it does).
    const twoRecs = path.join(dir, 'two-recommendations.txt');
    fs.writeFileSync(
      twoRecs,
      [
        'Inspection of Walsall local authority',
        'children’s services',
        'Inspection dates: 6 to 17 March 2023',
        '',
        'What needs to improve?',
        '◼ The manageability of social workers’ caseloads, so that they have time to see',
        'children regularly.',
        '◼ The availability of interpreters for families whose first language is not English.',
        '',
        'The experiences and progress of children who need help and',
        'protection: requires improvement to be good',
        '',
      ].join('\n'),
    );
    const uncovered = runPlanTracker([
      'flag',
      PLAN,
      '--report',
      twoRecs,
      '--published',
      '2023-04-20',
      '--json',
    ]);
    expect(uncovered.code).toBe(1);
    const json = JSON.parse(uncovered.stdout);
    expect(json.uncovered).toEqual(['R2']);
    expect(json.counts).toEqual({ linked: 1, suggested: 0, 'not-covered': 1 });
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'ofsted-uncovered')).toHaveLength(1);

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
