/**
 * The glossary (src/core/ofsted/glossary.ts), one test per entry: each of its terms and abbreviations
 * reads as the entry's concept, and its example pair (a report's wording, a plan's wording) meets through
 * it. A new entry is tested as soon as it is added.
 */
import { analyse, GLOSSARY, similarity, terms } from '../../src/core/ofsted';

const conceptKey = (concept: string) => `@${concept}`;

describe.each(GLOSSARY.map((e) => [e.concept, e] as const))('glossary: %s', (concept, entry) => {
  it('reads every term and abbreviation as this concept, and its example pair meets through it', () => {
    for (const term of entry.terms) {
      // A prefix term ('exploit*') is tried as the bare prefix and with an ending.
      const forms = term.endsWith('*') ? [term.slice(0, -1), `${term.slice(0, -1)}ed`] : [term];
      for (const form of forms)
        expect({ form, terms: terms(form) }).toEqual({
          form,
          terms: expect.arrayContaining([conceptKey(concept)]),
        });
    }
    for (const abbr of Object.keys(entry.abbreviations ?? {})) {
      expect({ abbr, terms: terms(abbr) }).toEqual({
        abbr,
        terms: expect.arrayContaining([conceptKey(concept)]),
      });
      expect({ abbr, terms: terms(`${abbr}s`) }).toEqual({
        abbr,
        terms: expect.arrayContaining([conceptKey(concept)]),
      });
    }
    const report = analyse(entry.example.report);
    const plan = analyse(entry.example.plan);
    expect(report.map((t) => t.key)).toContain(conceptKey(concept));
    expect(plan.map((t) => t.key)).toContain(conceptKey(concept));
    // The two wordings differ (the glossary is what joins them), and they are more similar with the
    // plan's words than with a nonsense word in their place.
    const planTerm = plan.find((t) => t.key === conceptKey(concept))!;
    const reportTerm = report.find((t) => t.key === conceptKey(concept))!;
    expect(reportTerm.surface.toLowerCase()).not.toBe(planTerm.surface.toLowerCase());
    const typed = new RegExp(planTerm.surface.split(' ').join('[^A-Za-z0-9]+'));
    const without = entry.example.plan.replace(typed, 'qqq');
    expect(without).not.toBe(entry.example.plan);
    expect(similarity(entry.example.report, entry.example.plan)).toBeGreaterThan(
      similarity(entry.example.report, without),
    );
  });
});

describe('the glossary as a whole', () => {
  it('names each concept once and each abbreviation once', () => {
    const concepts = GLOSSARY.map((e) => e.concept);
    expect(new Set(concepts).size).toBe(concepts.length);
    const abbreviations = GLOSSARY.flatMap((e) => Object.keys(e.abbreviations ?? {}));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it('matches abbreviations as typed: "CIN" is children in need, the letters inside another word are not', () => {
    expect(terms('CIN plans')).toContain('@children in need (CIN)');
    expect(terms('medicine')).not.toContain('@children in need (CIN)');
    expect(terms('Cin')).not.toContain('@children in need (CIN)');
  });

  it("reads a named council's safeguarding board or partnership ('WSCB', 'BDSCP') as the partnership", () => {
    for (const name of ['WSCB', 'BDSCP', 'HSCP', 'LSCB'])
      expect(terms(`${name} to publish its annual report`)).toContain('@safeguarding partnership (LSCB)');
  });

  it('leaves words outside every entry as their stems', () => {
    expect(terms('Supervision of practice')).toEqual(terms('supervising practice'));
    expect(terms('planning')).toEqual(terms('plans'));
  });
});
