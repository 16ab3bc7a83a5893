/**
 * Turns one HTML-ish table cell from the seed documents into what a person would see in Excel:
 * plain text (paragraphs and list items on their own lines) plus rich-text runs for the italic parts.
 *
 * Rules (they follow how the seeds are written):
 * - `<p>…</p>` is a paragraph: it starts and ends a line;
 * - `<ul …>` starts a list; every `•` inside it starts a new line beginning "• " (the seeds never close their lists);
 *   a `<p>` after a list ends the list;
 * - `<i>…</i>` is italic; every other tag is dropped;
 * - entities (`&amp;`, `&#8211;`, …) are decoded;
 * - runs of white space become one space; lines are trimmed; empty lines are dropped.
 */

/** One piece of text with the same formatting. */
export interface TextRun {
  text: string;
  italic: boolean;
}

/** A converted cell. `runs` covers `text` exactly; line breaks sit at the end of the run before them. */
export interface HtmlCell {
  text: string;
  runs: TextRun[];
  /** true when some of the text is italic (the cell should be written as rich text) */
  hasItalic: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  pound: '£',
  hellip: '…',
};

/** Decodes the HTML entities the seeds may hold; an unknown entity is left as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

type Token = { kind: 'tag'; name: string; closing: boolean } | { kind: 'text'; text: string };

function tokenise(html: string): Token[] {
  const tokens: Token[] = [];
  const re = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
  let last = 0;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    if (m.index > last) tokens.push({ kind: 'text', text: html.slice(last, m.index) });
    tokens.push({ kind: 'tag', name: m[2].toLowerCase(), closing: m[1] === '/' });
    last = re.lastIndex;
  }
  if (last < html.length) tokens.push({ kind: 'text', text: html.slice(last) });
  return tokens;
}

/** Converts one seed cell. Plain text without tags comes back as one normal run. */
export function htmlCell(html: string): HtmlCell {
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let italic = false;
  let inList = false;

  const endLine = (): void => {
    if (line.length > 0) lines.push(line);
    line = [];
  };
  const addText = (raw: string): void => {
    const text = decodeEntities(raw).replace(/\s+/g, ' ');
    if (text === '') return;
    const prev = line[line.length - 1];
    if (prev && prev.italic === italic) prev.text += text;
    else line.push({ text, italic });
  };

  for (const token of tokenise(html)) {
    if (token.kind === 'tag') {
      switch (token.name) {
        case 'p':
        case 'br':
        case 'div':
        case 'li':
          if (token.name === 'p' && !token.closing) inList = false;
          endLine();
          break;
        case 'ul':
        case 'ol':
          endLine();
          inList = !token.closing;
          break;
        case 'i':
        case 'em':
          italic = !token.closing;
          break;
        default:
          break; // any other tag is dropped, its text kept
      }
      continue;
    }
    if (!inList) {
      addText(token.text);
      continue;
    }
    // inside a list: every bullet starts a new line; text before the first bullet is kept as its own line
    const parts = token.text.split('•');
    parts.forEach((part, i) => {
      if (i > 0) {
        endLine();
        addText('• ');
        addText(part.replace(/^\s+/, ''));
      } else addText(part);
    });
  }
  endLine();

  // trim each line (the start of its first run, the end of its last run) and drop lines left empty
  const cleaned: TextRun[][] = [];
  for (const runs of lines) {
    const copy = runs.map((r) => ({ ...r }));
    copy[0].text = copy[0].text.replace(/^\s+/, '');
    copy[copy.length - 1].text = copy[copy.length - 1].text.replace(/\s+$/, '');
    const kept = copy.filter((r) => r.text !== '');
    if (kept.length > 0 && kept.map((r) => r.text).join('') !== '•') cleaned.push(kept);
  }

  const runs: TextRun[] = [];
  cleaned.forEach((lineRuns, i) => {
    lineRuns.forEach((r, j) => {
      const text = j === lineRuns.length - 1 && i < cleaned.length - 1 ? `${r.text}\n` : r.text;
      const prev = runs[runs.length - 1];
      if (prev && prev.italic === r.italic) prev.text += text;
      else runs.push({ text, italic: r.italic });
    });
  });
  const text = runs.map((r) => r.text).join('');
  return { text, runs, hasItalic: runs.some((r) => r.italic) };
}
