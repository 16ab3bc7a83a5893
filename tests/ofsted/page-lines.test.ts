/** Lines rebuilt from positioned pieces of text (what pdf.js gives for a page), without pdf.js. */
import * as fc from 'fast-check';
import { pagesToText, type PageRuns, type TextRun } from '../../src/pdf/page-lines';

/** Helvetica-like advance: a fixed share of the size per character, so widths are predictable. */
const ADVANCE = 0.5;

function run(str: string, x: number, y: number, size = 12): TextRun {
  return { str, x, y, width: str.length * size * ADVANCE, size };
}

/** A line of words starting at x, as one piece per word with a space's gap between them. */
function words(text: string, x: number, y: number, size = 12): TextRun[] {
  const out: TextRun[] = [];
  let at = x;
  for (const w of text.split(' ')) {
    out.push(run(w, at, y, size));
    at += (w.length + 1) * size * ADVANCE;
  }
  return out;
}

function page(runs: TextRun[], height = 842): PageRuns {
  return { runs, height };
}

describe('pagesToText', () => {
  it('joins the pieces of a baseline left to right, whatever order they come in', () => {
    const runs = words('Ensure that plans are reviewed', 70, 700).reverse();
    expect(pagesToText([page(runs)])).toBe('Ensure that plans are reviewed');
  });

  it('joins pieces that touch without a space (a word split by a font change)', () => {
    const runs = [run('o', 100, 700), run('utstanding', 106, 700)];
    expect(pagesToText([page(runs)])).toBe('outstanding');
  });

  it('puts a raised, smaller footnote mark on its line', () => {
    const heading = run('What needs to improve?', 70, 700, 14);
    const mark = run('1', 70 + heading.width, 705, 9);
    expect(pagesToText([page([mark, heading])])).toBe('What needs to improve?1');
  });

  it('leaves a blank line where the gap is a paragraph’s, not where lines are at their pitch', () => {
    const runs = [
      ...words('The first paragraph runs over', 70, 700),
      ...words('two lines.', 70, 685.5),
      ...words('The second paragraph.', 70, 659),
    ];
    expect(pagesToText([page(runs)])).toBe(
      'The first paragraph runs over\ntwo lines.\n\nThe second paragraph.',
    );
  });

  it('leaves a blank line where the type size changes (a heading above its text)', () => {
    const runs = [...words('Recommendations', 70, 700, 14), ...words('1. Ensure that', 70, 684)];
    expect(pagesToText([page(runs)])).toBe('Recommendations\n\n1. Ensure that');
  });

  it('joins a hyphenated word within a paragraph as pdftotext does, not across paragraphs', () => {
    const runs = [
      ...words('so that multi-', 70, 700),
      ...words('agency plans are', 70, 685.5),
      ...words('made well-', 70, 659),
      ...words('Known heading', 70, 632.5),
    ];
    expect(pagesToText([page(runs)])).toBe('so that multiagency plans are\n\nmade well-\n\nKnown heading');
  });

  it('separates table cells with a tab, but not a list marker from its hanging text', () => {
    const runs = [
      run('Overall effectiveness', 79, 700, 11),
      run('Good', 395, 700, 11),
      run('1.', 70.9, 670),
      run('Ensure that plans are clear.', 99.3, 670),
    ];
    expect(pagesToText([page(runs)])).toBe('Overall effectiveness\tGood\n\n1. Ensure that plans are clear.');
  });

  it('drops page numbers and running footers, and moves footnotes after the last page', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        ...words(`Body text of page ${n} that says what page it is on.`, 70, 700),
        ...(n === 2 ? [run('1', 70, 118, 6.5), ...words('A footnote in small type.', 77, 114, 10)] : []),
        ...words('Inspection of Exampleton local authority children’s services', 70, 40, 8),
        run(String(n), 513, 34, 20),
      ]),
    );
    expect(pagesToText(pages)).toBe(
      [
        'Body text of page 1 that says what page it is on.',
        'Body text of page 2 that says what page it is on.',
        'Body text of page 3 that says what page it is on.',
        '1 A footnote in small type.',
      ].join('\f'),
    );
  });

  it('property: a paragraph cut into pieces anywhere, in any order, reads back word for word', () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (lines, cuts, seed) => {
          const runs: TextRun[] = [];
          lines.forEach((ws, k) => {
            const text = ws.join(' ');
            const y = 700 - k * 14.5;
            // Cut the line's text into pieces at the given offsets; each piece sits where it would print.
            const at = [...new Set(cuts.map((c) => c % text.length))]
              .filter((c) => c > 0)
              .sort((a, b) => a - b);
            let from = 0;
            for (const to of [...at, text.length]) {
              const str = text.slice(from, to);
              if (str.trim() !== '') runs.push(run(str, 70 + from * 12 * ADVANCE, y));
              from = to;
            }
          });
          // pdf.js gives pieces in content-stream order, which need not be reading order.
          const shuffled = runs
            .map((r, k) => ({ r, key: (k * 7919 + seed) % 104729 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.r);
          expect(pagesToText([page(shuffled)])).toBe(lines.map((ws) => ws.join(' ')).join('\n'));
        },
      ),
    );
  });
});
