/**
 * A sample of the corpus PDFs, two of every type and year, read through pdf.js as an officer's upload
 * is: each must give what its text gives (the same recommendations, word for word, and the same report
 * details) and so match the answer key. The whole corpus is read by PDF in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseOfstedReport, type OfstedReport } from '../../src/core/ofsted';
import {
  compareWithAnswers,
  corpusPdfPath,
  corpusText,
  loadAnswers,
  readKnownDifferences,
  type CorpusEntry,
} from './corpus';
import type { PdfReading } from './read-pdf-reports';

const ROOT = path.resolve(__dirname, '../..');

/** The first and last report (by name) of every type and year. */
function sample(entries: CorpusEntry[]): CorpusEntry[] {
  const groups = new Map<string, CorpusEntry[]>();
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${e.type} ${e.listed.slice(0, 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].flatMap((g) => (g.length > 1 ? [g[0], g[g.length - 1]] : g));
}

/** What must be the same whichever way the report was read. */
function details(report: OfstedReport) {
  return {
    localAuthority: report.localAuthority,
    framework: report.framework,
    inspectionDates: report.inspectionDates,
    publicationDate: report.publicationDate,
    judgements: report.judgements,
    recommendations: report.recommendations,
  };
}

const entries = sample(loadAnswers());
const known = readKnownDifferences();
let readings: PdfReading[] = [];

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      'tsx/cjs',
      path.join(__dirname, 'read-pdf-reports.ts'),
      ...entries.map((e) => corpusPdfPath(e.name)),
    ],
    { encoding: 'utf8', cwd: ROOT, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  readings = JSON.parse(run.stdout) as PdfReading[];
}, 120_000);

describe('the Ofsted corpus, read from PDF', () => {
  it('samples every type and year', () => {
    const groups = new Set(loadAnswers().map((e) => `${e.type} ${e.listed.slice(0, 4)}`));
    expect(new Set(entries.map((e) => `${e.type} ${e.listed.slice(0, 4)}`))).toEqual(groups);
    expect(readings).toHaveLength(entries.length);
  });

  it.each(entries.map((e, k) => [e.name, e, k] as const))('%s', (_name, entry, k) => {
    const reading = readings[k];
    expect(reading.error).toBeUndefined();
    const fromPdf = reading.report as OfstedReport;
    expect(details(fromPdf)).toEqual(details(parseOfstedReport(corpusText(entry.name))));
    const result = compareWithAnswers(entry, fromPdf);
    expect(result.authority && result.framework).toBe(true);
    expect(result.exact).toBe(!known.has(entry.name));
  });
});
