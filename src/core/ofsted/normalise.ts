/**
 * Turns report text (from a PDF text layer, a web page or a word-processed letter) into clean lines.
 *
 * Output conventions, relied on by the section readers:
 * - every line is trimmed; '' is a blank line;
 * - PAGE_BREAK ('\f') stands for a page break, with its running header, page number and footnotes removed;
 * - readLines gives each line with the shape of the bullet that started it ('square', 'round', 'dash' …,
 *   whatever glyph, HTML or '.' it was); normaliseLines writes every bullet as BULLET ('• ').
 */

export const PAGE_BREAK = '\f';
export const BULLET = '• ';

/** Glyphs that start a bullet when followed by white space (or alone on a line). */
const BULLET_GLYPHS = '\\-−―•▪◼■□●○◦∙·►▶➢✓*\\u2022\\u25AA\\u25A0\\u25FC\\u25FE\\u25CF\\uF000-\\uF0FF';

/**
 * Bullet glyphs by shape. Fonts write one shape with different characters (Wingdings' U+F0A7 and
 * U+F06E are squares, Symbol's U+F0B7 a round bullet, U+F02D a dash), so a list's items are known by
 * shape: a line with another shape inside an item is a sub-item of it.
 */
const GLYPH_SHAPES: [RegExp, string][] = [
  [/[▪◼■◾\u25AA\u25A0\u25FC\u25FE\uF0A7\uF06E\uF0A8]/, 'square'],
  [/[•●∙·\u2022\u25CF\uF0B7\uF06C\uF09F]/, 'round'],
  [/[◦○□\uF06F\uF071\uF0A1]/, 'hollow'],
  [/[-−―\uF02D\uF0BE]/, 'dash'],
  [/[►▶➢\uF0D8\uF0E0]/, 'arrow'],
  [/[✓\uF0FC]/, 'tick'],
];

function glyphShape(glyph: string): string {
  for (const [re, shape] of GLYPH_SHAPES) if (re.test(glyph)) return shape;
  return glyph;
}
const BULLET_RE = new RegExp(`^[${BULLET_GLYPHS}](?:\\s+|$)`);
const PUA_GLUED_RE = /^[\uF000-\uF0FF](?=\S)/;
/** A '.' paragraph ('.The range of …'), as some letters mark their list items. */
const DOT_PARAGRAPH_RE = /^\.\s*(?=[A-Z])/;

const PAGE_NUMBER_RES: RegExp[] = [
  /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i,
  /^[-–]\s*\d{1,3}\s*[-–]$/,
  /^.{0,150}\S\s+Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/,
];

const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  bull: '•',
};

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/** HTML list and paragraph markup → lines and bullets; other inline tags dropped. */
function stripMarkup(text: string): string {
  return decodeEntities(
    text
      .replace(/<\s*li\b[^>]*>/gi, `\n${BULLET}`)
      .replace(/<\s*\/\s*li\s*>/gi, '\n')
      .replace(/<\s*\/?\s*(?:ul|ol|p|div|table|tr|h[1-6])\b[^>]*>/gi, '\n')
      .replace(/<\s*br\s*\/?\s*>/gi, '\n')
      .replace(/<\s*\/?\s*(?:b|i|u|em|strong|span|font|sup|sub|a|td|th)\b[^>]*>/gi, ''),
  );
}

/** A line after cleaning: its text, and the glyph that marked it as a list item (null when none). */
export interface Line {
  text: string;
  /** The bullet's shape ('square', 'round', 'dash' …, '.' for a '.' paragraph): a list's items share one. */
  glyph: string | null;
}

/** One line, trimmed, with markdown emphasis and heading marks taken off and its bullet glyph taken out. */
function cleanLine(raw: string): Line {
  let line = raw
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .trim();
  line = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  let glyph: string | null = null;
  for (;;) {
    const m = BULLET_RE.exec(line) ?? PUA_GLUED_RE.exec(line) ?? DOT_PARAGRAPH_RE.exec(line);
    if (!m) break;
    // A lone '*' stays as it is; a lone dash is a sub-bullet whose text is on the next line.
    if (m[0].length === line.length && line === '*') break;
    glyph ??= glyphShape(m[0].trim().charAt(0) || '.');
    line = line.slice(m[0].length).trim();
  }
  if (line.startsWith('•')) {
    glyph ??= 'round';
    line = line.replace(/^•\s*/, '');
  }
  return { text: line, glyph };
}

/** The canonical string form of a line: bullets become BULLET whatever their glyph. */
function lineString(line: Line): string {
  return line.glyph !== null ? `${BULLET}${line.text}`.trimEnd() : line.text;
}

function isPageNumber(line: string): boolean {
  return PAGE_NUMBER_RES.some((re) => re.test(line));
}

function pageNumberValue(line: string): number | null {
  const m = /(\d{1,3})(?:\s+of\s+\d{1,3})?\s*[-–]?$/.exec(line);
  return m ? Number(m[1]) : null;
}

/** Is footnote number n glued to a word somewhere ('board1', 'improve?1')? */
function hasFootnoteMarker(text: string, n: number): boolean {
  return new RegExp(`[a-z?)’'”:]${n}(?=[\\s.,;:]|$)`, 'm').test(text);
}

/** Indices of page numbers, running headers/footers and footnotes, found from the page numbers. */
function findPageFurniture(lines: string[]): Set<number> {
  const removed = new Set<number>();
  const pages = lines.map((l, i) => (isPageNumber(l) ? i : -1)).filter((i) => i >= 0);
  if (pages.length === 0) return removed;

  const blockAround = (p: number, step: 1 | -1): number[] => {
    const out: number[] = [];
    let i = p + step;
    while (i >= 0 && i < lines.length && lines[i] === '') i += step;
    while (i >= 0 && i < lines.length && lines[i] !== '' && out.length < 3) {
      out.push(i);
      i += step;
    }
    return out;
  };

  // Running headers and footers: lines next to many page numbers.
  const adjacency = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const i of [...blockAround(p, -1), ...blockAround(p, 1)]) {
      const text = lines[i];
      if (text.startsWith('•') || isPageNumber(text) || text.length > 150) continue;
      seen.add(text);
    }
    for (const t of seen) adjacency.set(t, (adjacency.get(t) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.3));
  const headers = new Set([...adjacency].filter(([, n]) => n >= threshold).map(([t]) => t));

  const whole = lines.join('\n');
  const prevNonBlank = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && (lines[j] === '' || (removed.has(j) && !isPageNumber(lines[j])))) j--;
    return j;
  };

  for (const p of pages) {
    removed.add(p);
    // Headers/footers after the page number (top of the next page).
    let j = p + 1;
    for (;;) {
      while (j < lines.length && lines[j] === '') j++;
      if (j < lines.length && headers.has(lines[j])) {
        removed.add(j);
        j++;
      } else break;
    }
    // Headers/footers before the page number (foot of this page).
    let i = p - 1;
    for (;;) {
      while (i >= 0 && lines[i] === '') i--;
      if (i >= 0 && headers.has(lines[i])) {
        removed.add(i);
        i--;
      } else break;
    }
    // Footnotes at the foot of the page: 'N' then text, or 'N text', where N is glued to a word above.
    const page = pageNumberValue(lines[p]);
    for (let guard = 0; guard < 5; guard++) {
      let end = i;
      while (end >= 0 && (lines[end] === '' || removed.has(end))) end--;
      if (end < 0) break;
      let start = end;
      while (start - 1 >= 0 && lines[start - 1] !== '' && !removed.has(start - 1)) start--;
      if (end - start > 7) break;
      const inline = /^(\d{1,2})\s+\S/.exec(lines[start]);
      const before = prevNonBlank(start);
      const alone = before >= 0 && /^\d{1,2}$/.test(lines[before]) ? Number(lines[before]) : null;
      const n = inline ? Number(inline[1]) : alone;
      if (n === null || n === 0 || !hasFootnoteMarker(whole, n)) break;
      // 'N' may instead be the previous page's number, with this page's first lines after it.
      const text = inline ? lines[start].replace(/^\d+\s+/, '') : lines[start];
      if (page !== null && n === page - 1 && !/^[A-Z]/.test(text)) break;
      for (let k = start; k <= end; k++) removed.add(k);
      if (!inline && before >= 0) removed.add(before);
      i = (inline ? start : before) - 1;
    }
  }
  return removed;
}

const GAP: Line = { text: '', glyph: null };
const BREAK: Line = { text: PAGE_BREAK, glyph: null };

function isGapLine(line: Line): boolean {
  return line.glyph === null && (line.text === '' || line.text === PAGE_BREAK);
}

/** Bullet glyphs alone on a line (common in PDF text) are joined to the text that follows. */
function joinLoneBullets(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.glyph !== null && line.text === '') {
      let j = i + 1;
      while (j < lines.length && lines[j].glyph === null && lines[j].text === '') j++;
      const next = lines[j];
      if (next && next.text !== PAGE_BREAK && next.glyph === null && next.text !== '') {
        out.push({ text: next.text, glyph: line.glyph });
        i = j;
      }
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Runs of blank lines become one blank; a run holding a page break (or 3+ blanks) becomes one PAGE_BREAK. */
function collapseGaps(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isGapLine(lines[i])) {
      out.push(lines[i]);
      i++;
      continue;
    }
    let blanks = 0;
    let breaks = 0;
    while (i < lines.length && isGapLine(lines[i])) {
      if (lines[i].text === PAGE_BREAK) breaks++;
      else blanks++;
      i++;
    }
    out.push(breaks > 0 || blanks >= 3 ? BREAK : GAP);
  }
  return out;
}

/**
 * Clean lines of a report, each with its bullet glyph; see the module comment for the conventions.
 * A blank line is { text: '' }, a page break { text: PAGE_BREAK }, both with glyph null.
 */
export function readLines(text: string): Line[] {
  const marked = stripMarkup(text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\f\n'));
  const raw = marked.split('\n').map((l) => (l.includes('\f') ? BREAK : cleanLine(l)));
  const removed = findPageFurniture(raw.map(lineString));
  const kept = raw.map((l, i) => (removed.has(i) ? BREAK : l));
  return collapseGaps(joinLoneBullets(kept));
}

/** Clean lines of a report as strings: bullets as BULLET + text; see the module comment. */
export function normaliseLines(text: string): string[] {
  return readLines(text).map(lineString);
}

/** Wrapped lines joined with single spaces ('multi-' + 'agency' → 'multi-agency'). */
export function joinLines(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.replace(/\s+/g, ' ').trim();
    if (part === '') continue;
    if (out === '') out = part;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(part)) out += part;
    else out += ` ${part}`;
  }
  return out;
}

/** The whole text on one line, page breaks dropped: for phrase searches across line breaks. */
export function flatten(lines: string[]): string {
  return lines
    .filter((l) => l !== PAGE_BREAK)
    .join(' ')
    .replace(/\s+/g, ' ');
}
