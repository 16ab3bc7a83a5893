/**
 * LibreOffice opens the output and prints it to PDF: an independent reader of the package.
 * CI installs libreoffice-calc; without it this test fails (it does not skip).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSheetsIntoPackage } from '../../src/xlsx/package/write-sheets';
import { chartFixture, ragSummary, stateSheet } from './helpers';
import { refreshSummary } from '../../src/core/summary-sheets';
import { loadWorkbookBytes } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { buildRichFixtures } from '../../scripts/build-rich-fixtures';
import { runCli } from '../../src/cli/program';
import { PROPERTY_REPORT } from '../support/copy-property';

function sofficeAvailable(): boolean {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return !probe.error && probe.status === 0;
}

describe('writeSheetsIntoPackage: LibreOffice', () => {
  let dir: string;
  let profile: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-tracker-lo-'));
    profile = join(tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('converts the output to a PDF with at least one page', async () => {
    if (!sofficeAvailable()) {
      throw new Error(
        'LibreOffice (soffice) is not installed, so this test cannot check the output. ' +
          'Install it with: apt-get install -y --no-install-recommends libreoffice-calc (CI installs it).',
      );
    }
    const first = await writeSheetsIntoPackage(await chartFixture(), [ragSummary(), stateSheet()]);
    const output = await writeSheetsIntoPackage(first, [ragSummary('second run'), stateSheet('{"run":2}')]);
    const file = join(dir, 'summary.xlsx');
    writeFileSync(file, output);

    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { encoding: 'utf8', timeout: 110_000 },
    );
    if (run.error) throw run.error;
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });

    const pdfPath = join(dir, 'summary.pdf');
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('converts the real RAG Summary copy of the Walsall plan, and it prints more pages than the plan alone', async () => {
    const input = readFileSync(join(__dirname, '..', '..', 'examples', 'walsall-sip-phase2.xlsx'));
    const { specs } = refreshSummary(
      snapshotWorkbook(await loadWorkbookBytes(input, 'walsall.xlsx')),
      '2013-09-30',
      '2013-09-30 09:00',
    );
    const pagesOf = (bytes: Uint8Array, name: string): number => {
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 110_000 },
      );
      expect(run.status).toBe(0);
      const pdf = readFileSync(join(dir, `${name}.pdf`)).toString('latin1');
      return (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    };
    const plain = pagesOf(input, 'walsall-plain');
    const summarised = pagesOf(await writeSheetsIntoPackage(input, specs), 'walsall-summary');
    expect(summarised).toBeGreaterThan(plain);
  }, 240_000);

  it('opens and prints the rich fixture with everything in it after summary and flag', async () => {
    const [everything] = (await buildRichFixtures(join(dir, 'rich'))).filter((f) =>
      f.endsWith('everything.xlsm'),
    );
    const summarised = join(dir, 'everything-summary.xlsm');
    const flagged = join(dir, 'everything-flagged.xlsm');
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(['summary', everything, '-o', summarised, '--today', '2013-09-30'], io)).toBe(0);
    expect([0, 1]).toContain(
      await runCli(
        ['flag', summarised, '--report', PROPERTY_REPORT, '-o', flagged, '--today', '2013-09-30'],
        io,
      ),
    );
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        flagged,
      ],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(run.status).toBe(0);
    const text = spawnSync('pdftotext', [join(dir, 'everything-flagged.pdf'), '-'], {
      encoding: 'utf8',
    }).stdout;
    expect(text).toContain('Ofsted recommendations and the actions that answer them');
    expect(text).toContain('Where the plan stands');
    expect(text).toContain('Walsall Children’s Services Strategic Improvement Plan');
  }, 120_000);
});
