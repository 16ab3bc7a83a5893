import fc from 'fast-check';
import { parseRatingText, ratingFromColour, readRatingCell, readRatingText } from '../../src/core/rating';
import type { CellSnapshot } from '../../src/core/snapshot';
import type { Rating } from '../../src/core/types';

const WORDS: [string, Rating][] = [
  ['Red', 'red'],
  ['Amber', 'amber'],
  ['Green', 'green'],
  ['Blue', 'blue'],
  ['R', 'red'],
  ['A', 'amber'],
  ['G', 'green'],
  ['B', 'blue'],
  ['Complete', 'blue'],
  ['Completed', 'blue'],
  ['Done', 'blue'],
];

function randomCase(text: string, flips: boolean[]): string {
  return [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
}

describe('parseRatingText', () => {
  it.each([
    ['Red', 'red'],
    ['RED ', 'red'],
    ['  red', 'red'],
    ['amber.', 'amber'],
    ['Amber', 'amber'],
    ['GREEN', 'green'],
    ['g', 'green'],
    ['Blue', 'blue'],
    ['b', 'blue'],
    ['R', 'red'],
    ['A', 'amber'],
    ['Complete', 'blue'],
    ['Completed', 'blue'],
    ['completed.', 'blue'],
    ['Done', 'blue'],
    ['', 'unrated'],
    ['   ', 'unrated'],
    ['Full RAG system in place from Sept 2013', 'invalid'],
    ['Purple', 'invalid'],
    // Issue 9: a combined rating is read as its worse half (and noted by the rules).
    ['Red/Amber', 'red'],
    ['Amber/Green', 'amber'],
    ['Red/Amber/Green', 'invalid'],
    ['Green - on track', 'invalid'],
    ['Green..', 'invalid'],
    ['Greenish', 'invalid'],
    ['N/A', 'invalid'],
    ['__proto__', 'invalid'],
    ['constructor', 'invalid'],
    ['#REF!', 'invalid'],
  ])('%j is %s', (text, rating) => {
    expect(parseRatingText(text)).toBe(rating);
  });

  it('reads every rating word in any case and padding, with or without a full stop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
        fc.constantFrom('', ' ', '  ', '\t', '\n'),
        fc.constantFrom('', ' ', '\u00a0'),
        fc.constantFrom('', '.'),
        ([word, rating], flips, before, after, stop) => {
          expect(parseRatingText(`${before}${randomCase(word, flips)}${stop}${after}`)).toBe(rating);
        },
      ),
    );
  });

  it('never reads a colour rating from text that is not a rating word', () => {
    const words = new Set(WORDS.map(([w]) => w.toLowerCase()));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).filter(
          (s) =>
            // Status words and combined ratings ("A/G") have their own tests (status-mapping.test.ts).
            readRatingText(s.trim()).via === undefined &&
            !words.has(
              s
                .trim()
                .replace(/\s*\.$/, '')
                .toLowerCase(),
            ),
        ),
        (text) => {
          expect(['invalid', 'unrated']).toContain(parseRatingText(text));
        },
      ),
    );
  });
});

describe('ratingFromColour', () => {
  it.each([
    ['#FF0000', 'red'],
    ['#C00000', 'red'],
    ['#FFC7CE', 'red'],
    ['#FFC000', 'amber'],
    ['#FFFF00', 'amber'],
    ['#FFEB9C', 'amber'],
    ['#FF9900', 'amber'],
    ['#C6EFCE', 'green'],
    ['#92D050', 'green'],
    ['#00B050', 'green'],
    ['#00FF00', 'green'],
    ['#00B0F0', 'blue'],
    ['#0070C0', 'blue'],
    ['#9BC2E6', 'blue'],
    ['#BDD7EE', 'blue'],
    ['#0000FF', 'blue'],
    ['#ffc000', 'amber'],
    ['92D050', 'green'],
    ['#FF92D050', 'green'],
  ])('%s is %s', (hex, rating) => {
    expect(ratingFromColour(hex)).toBe(rating);
  });

  it.each([
    undefined,
    '',
    '#FFFFFF',
    '#F2F2F2',
    '#D9D9D9',
    '#808080',
    '#000000',
    '#7030A0',
    '#FF99CC',
    '#CC99FF',
    '#DDEBF7',
    '#FDE9D9',
    'red',
    '#12345',
  ])('%j is not a RAG colour', (hex) => {
    expect(ratingFromColour(hex)).toBeNull();
  });

  it('never calls a grey a rating', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (v) => {
        const h = v.toString(16).padStart(2, '0');
        expect(ratingFromColour(`#${h}${h}${h}`)).toBeNull();
      }),
    );
  });

  it('gives every colour a RAG rating or null, whatever the case of its hex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        const rating = ratingFromColour(hex);
        expect([null, 'red', 'amber', 'green', 'blue']).toContain(rating);
        expect(ratingFromColour(hex.toUpperCase())).toBe(rating);
      }),
    );
  });
});

describe('readRatingCell', () => {
  const cell = (c: Partial<CellSnapshot>): CellSnapshot => ({ value: null, text: '', ...c });

  it('reads a missing cell as unrated', () => {
    expect(readRatingCell(undefined)).toEqual({ rating: 'unrated', text: '', byColour: false });
  });

  it('reads the text first, even when the cell is filled', () => {
    expect(readRatingCell(cell({ value: 'Green ', text: 'Green ', fill: '#FF0000' }))).toEqual({
      rating: 'green',
      text: 'Green',
      byColour: false,
    });
    expect(readRatingCell(cell({ value: 'Purple', text: 'Purple', fill: '#00B050' }))).toEqual({
      rating: 'invalid',
      text: 'Purple',
      byColour: false,
    });
  });

  it('reads an empty cell with a RAG fill by its colour', () => {
    expect(readRatingCell(cell({ fill: '#00B050' }))).toEqual({ rating: 'green', text: '', byColour: true });
    expect(readRatingCell(cell({ fill: '#FFC000', text: '  ' }))).toEqual({
      rating: 'amber',
      text: '',
      byColour: true,
    });
    expect(readRatingCell(cell({ fill: '#FF0000' }))).toEqual({ rating: 'red', text: '', byColour: true });
    expect(readRatingCell(cell({ fill: '#00B0F0' }))).toEqual({ rating: 'blue', text: '', byColour: true });
  });

  it('reads an empty cell with no fill, or a non-RAG fill, as unrated', () => {
    expect(readRatingCell(cell({}))).toEqual({ rating: 'unrated', text: '', byColour: false });
    expect(readRatingCell(cell({ fill: '#FFFFFF' }))).toEqual({
      rating: 'unrated',
      text: '',
      byColour: false,
    });
    expect(readRatingCell(cell({ fill: '#D9D9D9' }))).toEqual({
      rating: 'unrated',
      text: '',
      byColour: false,
    });
  });

  it('takes the text from the value when the display text is missing', () => {
    expect(readRatingCell(cell({ value: 'Amber' }))).toEqual({
      rating: 'amber',
      text: 'Amber',
      byColour: false,
    });
  });
});
