/**
 * The edges of reading a rating that the tables in rating.test.ts do not reach: fills exactly on a hue,
 * saturation or lightness boundary (colours found by searching all 16.7 million 8-bit fills for those
 * that land exactly on each boundary), malformed colour strings, and the whole reading object a status
 * word or combined rating gives. Each row was added because mutation testing showed the rule unpinned.
 */
import { ratingFromColour, readRatingCell, readRatingText } from '../../src/core/rating';

describe('a fill exactly on a boundary', () => {
  it.each([
    ['#752539', 345, 'red'], // red runs from 345° …
    ['#753925', 15, 'amber'], // … up to, not including, 15°, where amber starts
    ['#677426', 70, 'green'],
    ['#009C75', 165, 'blue'],
    ['#27009C', 255, null], // purples are not a rating
  ])('%s (hue %i°) is %s', (hex, _hue, rating) => {
    expect(ratingFromColour(hex)).toBe(rating);
  });

  it('reads a fill of exactly 25% saturation as a colour, and less as a grey', () => {
    expect(ratingFromColour('#643C3C')).toBe('red');
    expect(ratingFromColour('#603C3C')).toBeNull();
  });

  it('reads a fill of exactly 90% lightness as too pale to be a rating', () => {
    expect(ratingFromColour('#F4D7D7')).toBeNull();
    expect(ratingFromColour('#F4D0D0')).toBe('red');
  });

  it('reads a saturated but nearly black fill as no rating', () => {
    expect(ratingFromColour('#330000')).toBeNull();
    expect(ratingFromColour('#600000')).toBe('red');
  });

  it('places greens and yellows by where green is strongest', () => {
    // Both have green as their strongest channel; the hue formula decides which band they fall in.
    expect(ratingFromColour('#B0C000')).toBe('amber');
    expect(ratingFromColour('#00A08C')).toBe('blue');
  });
});

describe('a colour string that is not a plain hex fill', () => {
  it.each(['#FF00000', '##FF0000', 'x#FF0000', '#FF0000x'])('%j is not read', (hex) => {
    expect(ratingFromColour(hex)).toBeNull();
  });

  it('ignores spaces round a fill', () => {
    expect(ratingFromColour(' #FF0000 ')).toBe('red');
  });
});

describe('the whole reading', () => {
  it('of a not-started status word is unrated, typed, and says not started', () => {
    expect(readRatingText('Not started')).toEqual({
      rating: 'unrated',
      text: 'Not started',
      byColour: false,
      via: 'status',
      notStarted: true,
    });
  });

  it('of an empty text is unrated and not by colour', () => {
    expect(readRatingText('')).toEqual({ rating: 'unrated', text: '', byColour: false });
  });

  it('of a combined rating is its worse half, typed', () => {
    expect(readRatingText('Amber/Green')).toEqual({
      rating: 'amber',
      text: 'Amber/Green',
      byColour: false,
      via: 'combined',
    });
  });

  it('of a cell whose display text was not captured comes from its value', () => {
    expect(readRatingCell({ value: 'Red', text: ' ' })).toEqual({
      rating: 'red',
      text: 'Red',
      byColour: false,
    });
  });
});
