/**
 * The hidden state sheet: long values are split over rows at code-point boundaries only, so an emoji
 * (a surrogate pair) is never cut in two, and the joined value is exactly what was written.
 */
import fc from 'fast-check';
import type { SheetSpec } from '../../src/core/sheet-spec';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readStateJson, splitAtCodePoints, stateSheetSpec, STATE_BANNER } from '../../src/core/state-sheet';
import { stripIllegalXmlChars } from '../../src/xlsx/package/xml-util';

/** The spec as it comes back from a file: XML cannot hold a lone surrogate, so writers drop it. */
function readBack(spec: SheetSpec): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: spec.name,
        merges: [],
        rows: spec.rows.map((row) =>
          row.map((c) => {
            const text = stripIllegalXmlChars(String(c?.value ?? ''));
            return { value: text, text };
          }),
        ),
      },
    ],
  };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Text mixing one-unit characters with astral ones (two units each), where cuts go wrong. */
const textArb = fc
  .array(fc.constantFrom('a', 'é', '–', '🚀', '👩‍👧', '𝒜', '𠀋'), { maxLength: 80 })
  .map((chars) => chars.join(''));

describe('splitAtCodePoints', () => {
  it('never splits a surrogate pair, keeps pieces within the limit, and joins back exactly', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 2, max: 20 }), (text, limit) => {
        const parts = splitAtCodePoints(text, limit);
        const cutsAPair = parts.some(
          (p, i) =>
            i > 0 && isHigh(parts[i - 1].charCodeAt(parts[i - 1].length - 1)) && isLow(p.charCodeAt(0)),
        );
        return parts.join('') === text && parts.every((p) => p.length <= limit) && !cutsAPair;
      }),
    );
  });
});

describe('stateSheetSpec with emoji and other astral characters', () => {
  it.each([
    ['an emoji', '🚀'],
    ['a family emoji (a ZWJ sequence)', '👩‍👧'],
    ['a mathematical letter', '𝒜'],
    ['a CJK extension character', '𠀋'],
  ])('keeps %s that straddles a 30,000-character cut', (_label, char) => {
    // Slide the character across the 30,000th code unit, so every cut through it is tried.
    for (let pad = 29_990; pad <= 30_010; pad++) {
      const value = { note: `${'x'.repeat(pad - 10)}${char}${'y'.repeat(40)}${char}` };
      const spec = stateSheetSpec({ sheets: [] }, { 'summary-state': value });
      expect(spec.rows.length).toBeGreaterThan(2); // it was split
      expect(readStateJson(readBack(spec), 'summary-state')).toEqual(value);
    }
  });

  it('reads a state sheet whose first row is a key, as another writer may leave it', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        {
          name: 'PlanTracker State',
          merges: [],
          rows: [
            [
              { value: 'mapping:Plan', text: 'mapping:Plan' },
              { value: '{"lead":"C"}', text: '{"lead":"C"}' },
            ],
          ],
        },
      ],
    };
    expect(readStateJson(wb, 'mapping:Plan')).toEqual({ lead: 'C' });
    const spec = stateSheetSpec(wb, { other: 1 });
    expect(spec.rows.map((r) => r.map((c) => c?.value))).toEqual([
      [STATE_BANNER],
      ['mapping:Plan', '{"lead":"C"}'],
      ['other', '1'],
    ]);
  });
});
