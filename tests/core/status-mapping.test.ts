/** Status words as ratings: the default vocabulary, a council's own mapping, combined ratings. */
import fc from 'fast-check';
import { readRatingText } from '../../src/core/rating';
import {
  DEFAULT_STATUS_MAPPING,
  cleanStatusMapping,
  parseStatusOption,
  statusKey,
} from '../../src/core/status-mapping';

describe('the default status words', () => {
  it.each(DEFAULT_STATUS_MAPPING.map(([word, value]) => [word, value]))('%s → %s', (word, value) => {
    const reading = readRatingText(word);
    if (value === 'not-started') expect(reading).toMatchObject({ rating: 'unrated', notStarted: true });
    else expect(reading).toMatchObject({ rating: value, via: 'status' });
  });

  it('reads them in any case, spacing, hyphenation, with a trailing full stop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_STATUS_MAPPING),
        fc.boolean(),
        fc.constantFrom(' ', '  ', '-', '\n'),
        fc.constantFrom('', '.'),
        ([word, value], upper, space, stop) => {
          const typed = `${upper ? word.toUpperCase() : word.toLowerCase()}`.replace(/ /g, space) + stop;
          const reading = readRatingText(typed);
          expect(reading.rating).toBe(value === 'not-started' ? 'unrated' : value);
        },
      ),
    );
  });

  it('reads two RAG words as the worse, and nothing else as combined', () => {
    expect(readRatingText('Amber/Green')).toMatchObject({ rating: 'amber', via: 'combined' });
    expect(readRatingText('Red - Amber')).toMatchObject({ rating: 'red', via: 'combined' });
    expect(readRatingText('G/A')).toMatchObject({ rating: 'amber', via: 'combined' });
    expect(readRatingText('Green/Blue')).toMatchObject({ rating: 'green', via: 'combined' });
    expect(readRatingText('Green - on track').rating).toBe('invalid');
    expect(readRatingText('In progress').rating).toBe('invalid');
  });
});

describe("a council's own mapping", () => {
  it('adds words and overrides the defaults', () => {
    const mapping = cleanStatusMapping({ 'In progress': 'amber', Planned: 'green', Closed: 'not-started' });
    expect(readRatingText('in progress', mapping)).toMatchObject({ rating: 'amber', via: 'status' });
    expect(readRatingText('Planned', mapping).rating).toBe('green');
    expect(readRatingText('Closed', mapping)).toMatchObject({ rating: 'unrated', notStarted: true });
    expect(readRatingText('Closed').rating).toBe('blue');
  });

  it('drops what it cannot read rather than guessing', () => {
    expect(cleanStatusMapping({ 'In progress': 'purple', '': 'red', ok: 'GREEN', n: 3 })).toEqual({
      ok: 'green',
    });
    expect(cleanStatusMapping(['red'])).toEqual({});
    expect(cleanStatusMapping(null)).toEqual({});
  });

  it('reads the --status option', () => {
    expect(parseStatusOption('In progress=amber')).toEqual({ key: 'in progress', value: 'amber' });
    expect(parseStatusOption('Done = Blue')).toEqual({ key: 'done', value: 'blue' });
    expect(parseStatusOption('Parked=not-started')).toEqual({ key: 'parked', value: 'not-started' });
    expect(parseStatusOption('In progress')).toHaveProperty('error');
    expect(parseStatusOption('In progress=purple')).toHaveProperty('error');
    expect(statusKey('  On   Track. ')).toBe('on track');
  });
});
