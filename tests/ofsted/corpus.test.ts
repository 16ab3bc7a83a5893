/**
 * Every report of the corpus (../shared/ofsted-reports/corpus), read from its text, against the answer
 * key: the local authority's list and the board's, each compared on the count and the first eight words
 * of every item. A report whose key is known to be wrong is listed, with the reason, in
 * corpus-known-differences.txt; any other mismatch fails, and so does a listed report that now matches.
 */
import { parseOfstedReport } from '../../src/core/ofsted';
import { compareWithAnswers, corpusText, halfOf, loadAnswers, readKnownDifferences } from './corpus';

const entries = loadAnswers();
const known = readKnownDifferences();

describe('the Ofsted corpus, read from text', () => {
  it('has the 131 reports the README describes, each in one half of the split', () => {
    expect(entries).toHaveLength(131);
    const halves = new Set(entries.map((e) => halfOf(e.name)));
    expect(halves).toEqual(new Set(['development', 'held-out']));
    for (const name of known.keys()) expect(entries.map((e) => e.name)).toContain(name);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const report = parseOfstedReport(corpusText(entry.name));
    const result = compareWithAnswers(entry, report);
    expect({ name: entry.name, authority: result.authority, framework: result.framework }).toEqual({
      name: entry.name,
      authority: true,
      framework: true,
    });
    if (known.has(entry.name)) {
      // A listed difference must still be there: a stale entry hides nothing but is wrong all the same.
      expect(result.exact).toBe(false);
      return;
    }
    expect(result.differences).toEqual([]);
    for (const r of report.recommendations) {
      expect(r.text).not.toMatch(/[\f\n\t]|\s{2}/);
      expect(r.text).not.toMatch(/national framework\)?\.?$/i);
    }
  });
});
