/**
 * The list reader on generated reports: lists laid out as the formats lay them out (wrapped at the
 * page's width, wrapped lines starting with capitals, numbers on their own line or inline, theme
 * headings between items, sub-bullets, framework tags), followed by the next section with no blank line
 * or by paragraphs that carry the numbering on. Every generated list must come back item for item.
 */
import * as fc from 'fast-check';
import { parseOfstedReport } from '../../src/core/ofsted';

const WIDTH = 80;

/** Words of prose; some capitalised (names, acronyms), as a wrapped line may start with one. */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{2,10}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{2,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('MASH', 'IROs', 'LSCB', 'Public Law Outline', 'Children’s') },
);

/** An item's wording: starts with a capital, ends with a full stop. */
const sentence = fc.array(word, { minLength: 4, maxLength: 40 }).map((ws) => {
  const text = ws.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
});

/** Lines as a page sets them: as many words as fit in WIDTH characters. */
function wrap(text: string, width = WIDTH, first = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    const room = width - (lines.length === 0 ? first : 0);
    if (line !== '' && line.length + 1 + w.length > room) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Title-case theme headings made of words that no section of the formats begins with. */
const theme = fc
  .array(
    fc.constantFrom('Quality', 'of', 'practice', 'Workforce', 'planning', 'and', 'Partnerships', 'Care'),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((ws) => `Theme ${ws.join(' ')}`);

/** Filler prose: sentences set in lines close to the page's width, so the reader measures the page. */
function prose(n: number): string[] {
  return Array.from(
    { length: n },
    (_, k) => `Inspectors found that the work described in paragraph ${k} was of a steady kind.`,
  );
}

describe('SIF 2013–2015 lists: numbered by report paragraph, theme headings between items', () => {
  it('property: every item, its paragraph and its timescale; themes and the next section stay out', () => {
    const list = fc.array(fc.record({ theme: fc.option(theme, { nil: null }), text: sentence }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        list,
        list,
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.constantFrom('Strengths we saw in the service', 'Leadership review of the area'),
        (priority, areas, first, ownLine, section) => {
          let n = first;
          const body: string[] = [];
          const expected: [string, string, string][] = [];
          for (const [heading, items, timescale] of [
            ['Priority and immediate action', priority, 'priority'],
            ['Areas for improvement', areas, 'development'],
          ] as const) {
            body.push(heading, '');
            for (const item of items) {
              if (item.theme) body.push(item.theme);
              const lines = wrap(item.text, WIDTH, ownLine ? 0 : 4);
              if (ownLine) body.push(`${n}.`, '', ...lines, '');
              else body.push(`${n}. ${lines[0]}`, ...lines.slice(1));
              expected.push([item.text, String(n), timescale]);
              n++;
            }
          }
          // The next section carries the paragraph numbers on; the contents page names it.
          body.push(section, `${n}. ${prose(1)[0]}`, ...prose(3), `${n + 1}. ${prose(1)[0]}`);
          const text = [
            'Exampleton Borough Council',
            'Inspection of services for children in need of help and',
            'protection, children looked after and care leavers',
            'Inspection date: 3 March 2014 – 27 March 2014',
            'Report published: 2 May 2014',
            '',
            'Contents',
            'What does the local authority need to improve?',
            '4',
            section,
            '6',
            '',
            // Pages of findings, each ending with its page number.
            ...Array.from({ length: 10 }, (_, k) => [...prose(3), '', String(k + 2), '\f']).flat(),
            'What does the local authority need to improve?',
            ...body,
          ].join('\n');
          const recs = parseOfstedReport(text).recommendations;
          expect(recs.map((r) => [r.text, r.paragraph, r.timescale])).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("drops 'There are no areas for priority action' where the list would be", () => {
    const text = [
      'Exampleton Borough Council',
      'Inspection of services for children in need of help and protection, children looked after and care leavers',
      'What does the local authority need to improve?',
      'Priority and immediate action',
      '18. There are no areas for priority or immediate action.',
      'Areas for improvement',
      '19. Ensure that strategy discussions include the police.',
      'Information about this inspection',
    ].join('\n');
    expect(parseOfstedReport(text).recommendations.map((r) => [r.paragraph, r.timescale])).toEqual([
      ['19', 'development'],
    ]);
  });
});

describe('ILACS lists: bullets, sub-bullets, framework tags, the next heading straight after', () => {
  const tag = fc.constantFrom(
    null,
    '(Outcome 3, national framework)',
    '(outcome 1, National Framework)',
    '(Enabler 2)',
    '(National Framework, Outcome 4)',
    '(enabler: the workforce is equipped and effective, national framework)',
    'Enabler three: National Framework.',
  );
  const glyph = fc.constantFrom('◼', '\uF06E', '\uF0A7', '•');

  it('property: every item whole, sub-bullets inside it, tags as notes, nothing from the next section', () => {
    const item = fc.record({
      text: sentence,
      tag,
      subs: fc.array(fc.array(word, { minLength: 2, maxLength: 12 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), glyph, fc.boolean(), (items, g, blank) => {
        const body: string[] = [];
        const expected: [string, string | null][] = [];
        for (const it of items) {
          // 'The support for care leavers, including:' / '− housing' / '− health histories.' (tag)
          const lead = it.subs.length > 0 ? `${it.text.slice(0, -1)}, including:` : it.text;
          const subs = it.subs.map((ws, k) => `${ws.join(' ')}${k === it.subs.length - 1 ? '.' : ';'}`);
          const parts = [lead, ...subs];
          const tagged = it.tag ? [...parts.slice(0, -1), `${parts[parts.length - 1]} ${it.tag}`] : parts;
          const [first, ...rest] = tagged;
          const lines = wrap(first, WIDTH - 2);
          body.push(`${g} ${lines[0]}`, ...lines.slice(1));
          for (const sub of rest) body.push(...wrap(sub, WIDTH - 4).map((l, k) => (k === 0 ? `− ${l}` : l)));
          expected.push([parts.join(' '), it.tag ? it.tag.replace(/^\(|\)$|\.$/g, '') : null]);
        }
        const text = [
          'Inspection of Exampleton local authority',
          'children’s services',
          'Inspection dates: 9 to 20 January 2026',
          ...prose(20),
          'What needs to improve?1',
          ...body,
          ...(blank ? [''] : []),
          'The experiences and progress of children who need help and',
          'protection: good',
          '1. Children are helped early, and their families know who to ask for help.',
        ].join('\n');
        const recs = parseOfstedReport(text).recommendations;
        expect(recs.map((r) => [r.text, r.note ?? null])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
