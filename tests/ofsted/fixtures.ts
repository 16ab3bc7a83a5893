import * as fs from 'fs';
import * as path from 'path';
import type { OfstedReport, Recommendation, Timescale } from '../../src/core/ofsted';

export const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
export const REPORTS = path.resolve(__dirname, '../../../shared/ofsted-reports');

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

export function readReport(name: string): string {
  return fs.readFileSync(path.join(REPORTS, name), 'utf8');
}

/** Count of recommendations per timescale, in a stable shape for toEqual. */
export function timescaleSplit(report: OfstedReport): Partial<Record<Timescale, number>> {
  const out: Partial<Record<Timescale, number>> = {};
  for (const r of report.recommendations) out[r.timescale] = (out[r.timescale] ?? 0) + 1;
  return out;
}

/** Page furniture, markup and bullet glyphs that must never reach a recommendation's text. */
export function expectClean(recs: Recommendation[], extraForbidden: string[] = []): void {
  for (const r of recs) {
    expect(r.text).not.toMatch(/\bPage\b/);
    expect(r.text).not.toMatch(/[\f\n\r\t]/);
    expect(r.text).not.toMatch(/ {2}/);
    expect(r.text).not.toMatch(/[•▪◼\uF06E\uF0A7\uF0B7]/);
    expect(r.text).not.toMatch(/<\/?(?:li|ul|p|b)\b/i);
    expect(r.text).not.toMatch(/^[-.\s]/);
    // a page number left between words ('… of the child or 7 young person …') or at the end
    expect(r.text).not.toMatch(/[a-z] \d{1,2} [a-z]/);
    expect(r.text).not.toMatch(/\s\d{1,3}$/);
    expect(r.text).toBe(r.text.trim());
    for (const f of extraForbidden) expect(r.text).not.toContain(f);
  }
}

export function ids(report: OfstedReport): string[] {
  return report.recommendations.map((r) => r.id);
}

/** A recommendation for the council with no timescale, paragraph or date unless given. */
export function recommendation(
  id: string,
  text: string,
  extra: Partial<Recommendation> = {},
): Recommendation {
  return {
    id,
    text,
    timescale: 'unspecified',
    addressee: 'local-authority',
    paragraph: null,
    dueBy: null,
    ...extra,
  };
}

/** A report that holds only these recommendations (an ILACS report unless said otherwise). */
export function reportOf(
  recommendations: Recommendation[],
  {
    localAuthority = 'Anyshire',
    framework = 'ilacs',
  }: Partial<Pick<OfstedReport, 'localAuthority' | 'framework'>> = {},
): OfstedReport {
  return {
    localAuthority,
    inspectionDates: null,
    publicationDate: null,
    publicationDateSource: null,
    framework,
    judgements: [],
    warnings: [],
    recommendations,
  };
}
