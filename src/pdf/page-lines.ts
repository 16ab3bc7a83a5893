/**
 * Text of a PDF rebuilt from where its pieces sit on the page, as plain lines the report reader can
 * use: the same text a user gets from `pdftotext` (poppler), without the page furniture.
 *
 * - Pieces (pdf.js text items) on one baseline make one line, left to right; a raised, smaller piece
 *   next to a line (a footnote mark) joins that line, as 'improve?1'.
 * - A blank line stands where the gap between two lines is wider than the line spacing, or the type
 *   size changes: the end of a paragraph, a heading. Lines of one paragraph follow each other.
 * - A line that ends in a hyphen runs on into the next line of its paragraph with the hyphen dropped,
 *   as pdftotext does ('multi-' + 'agency' → 'multiagency'), so both give the same words.
 * - Page numbers and running headers and footers (lines in the top or bottom margin that recur on many
 *   pages) are left out; footnotes (small type at the foot of a page, starting with their number) are
 *   taken out of the page and put together after the last one.
 * - Pages are separated by '\f'.
 *
 * Pure: it sees only positions and strings, so it is tested without pdf.js.
 */

/** One piece of text as pdf.js places it: x and y of its baseline's start in points (y upwards). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Type size in points. */
  size: number;
}

export interface PageRuns {
  runs: TextRun[];
  /** Page height in points (for the top and bottom margins). */
  height: number;
}

interface PageLine {
  text: string;
  /** Baseline, points from the bottom of the page. */
  y: number;
  /** Size of the line's main type (not its footnote marks). */
  size: number;
  x0: number;
  x1: number;
  runs: TextRun[];
}

/** Lines whose baselines are this close (as a share of the type size) are one line. */
const SAME_BASELINE = 0.25;
/** A gap wider than this (in ems) between two pieces on a line is a space. */
const SPACE_GAP = 0.15;
/** A gap wider than this (in ems) separates two cells of a table, unless what stands before it is a list marker. */
const CELL_GAP = 1.5;
const MARKER_RE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,3}\)|[^\p{L}\p{N}\s])$/u;
/** Baseline to baseline, in ems, beyond which two lines belong to different paragraphs. */
const PARAGRAPH_GAP = 1.5;
/** Share of the page height, top and bottom, where running headers, footers and page numbers sit. */
const MARGIN = 0.1;

function sizeOf(runs: TextRun[]): number {
  let best = 0;
  let weight = -1;
  const bySize = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + r.str.length);
  }
  for (const [size, w] of bySize) {
    if (w > weight || (w === weight && size > best)) {
      best = size;
      weight = w;
    }
  }
  return best;
}

/** Pieces on one line, left to right, with spaces where the gaps are, tabs between table cells. */
function lineText(runs: TextRun[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let out = '';
  let end: number | null = null;
  let prev: TextRun | null = null;
  for (const r of sorted) {
    // Fake bold: the same text printed twice, a fraction of a point apart.
    if (prev && prev.str === r.str && Math.abs(prev.x - r.x) < 1) continue;
    if (end !== null) {
      const em = Math.max(r.size, prev?.size ?? 0);
      const gap = r.x - end;
      if (gap > CELL_GAP * em && !MARKER_RE.test(out.trim())) out = `${out.trimEnd()}\t`;
      else if (gap > SPACE_GAP * em && !/\s$/.test(out) && !/^\s/.test(r.str)) out += ' ';
    }
    out += r.str;
    end = Math.max(end ?? -Infinity, r.x + r.width);
    prev = r;
  }
  return out.replace(/[ \u00A0]+/g, ' ').trim();
}

function makeLine(runs: TextRun[]): PageLine {
  const main = runs.filter((r) => r.str.trim() !== '');
  const size = sizeOf(main);
  const body = main.filter((r) => r.size >= size * 0.8);
  const y = body.length > 0 ? body.reduce((s, r) => s + r.y, 0) / body.length : runs[0].y;
  return {
    text: lineText(main),
    y,
    size,
    x0: Math.min(...main.map((r) => r.x)),
    x1: Math.max(...main.map((r) => r.x + r.width)),
    runs: main,
  };
}

/** Groups a page's pieces into lines, top to bottom. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const visible = runs.filter((r) => r.str.trim() !== '' && r.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const r of sorted) {
    const last = groups[groups.length - 1];
    const ref = last?.[0];
    if (ref && Math.abs(ref.y - r.y) <= SAME_BASELINE * Math.min(ref.size, r.size)) last.push(r);
    else groups.push([r]);
  }
  let lines = groups.map(makeLine);
  // Footnote marks: small type raised above a line's baseline, touching the line, belong to it.
  for (;;) {
    const k = lines.findIndex((small) => lines.some((big) => big !== small && isMarkOf(small, big)));
    if (k < 0) break;
    const small = lines[k];
    const big = lines.find((l) => l !== small && isMarkOf(small, l)) as PageLine;
    lines = lines.filter((l) => l !== small && l !== big).concat(makeLine([...big.runs, ...small.runs]));
  }
  return lines.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function isMarkOf(small: PageLine, big: PageLine): boolean {
  if (small.size >= big.size * 0.8 || small.text.length > 3) return false;
  const raised = small.y - big.y;
  const touches = small.x0 <= big.x1 + big.size && small.x1 >= big.x0 - big.size;
  return raised > 0 && raised <= big.size * 0.75 && touches;
}

/** The type size of most of the text. */
function bodySize(pages: PageLine[][]): number {
  const bySize = new Map<number, number>();
  for (const line of pages.flat()) {
    const key = Math.round(line.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + line.text.length);
  }
  let best = 12;
  let weight = -1;
  for (const [size, w] of bySize) {
    if (w > weight) {
      best = size;
      weight = w;
    }
  }
  return best;
}

const PAGE_NUMBER_RE = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inMargin(line: PageLine, height: number): boolean {
  return line.y > height * (1 - MARGIN) || line.y < height * MARGIN;
}

/** Page numbers and lines in the margins that recur on many pages. */
function furniture(pages: PageLine[][], heights: number[]): Set<PageLine> {
  const out = new Set<PageLine>();
  const seen = new Map<string, number>();
  pages.forEach((lines, p) => {
    const keys = new Set(lines.filter((l) => inMargin(l, heights[p])).map((l) => furnitureKey(l.text)));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  });
  const threshold = Math.max(2, Math.ceil(pages.length * 0.3));
  pages.forEach((lines, p) => {
    for (const line of lines) {
      if (!inMargin(line, heights[p])) continue;
      const cells = line.text.split('\t');
      if (
        cells.every((c) => PAGE_NUMBER_RE.test(c.trim())) ||
        (seen.get(furnitureKey(line.text)) ?? 0) >= threshold
      ) {
        out.add(line);
      }
    }
  });
  return out;
}

/** Footnotes: the lines in small type at the foot of a page, from the first that starts with a number. */
function footnotes(lines: PageLine[], body: number, removed: Set<PageLine>): Set<PageLine> {
  const out = new Set<PageLine>();
  const kept = lines.filter((l) => !removed.has(l));
  let k = kept.length;
  while (k > 0 && kept[k - 1].size < body * 0.92) k--;
  const tail = kept.slice(k);
  const first = tail.findIndex((l) => /^\d{1,2}(?:\s|[A-Z])/.test(l.text) || /^\d{1,2}$/.test(l.text));
  if (first < 0) return out;
  // Nothing but footnotes may sit between the body text and the foot of the page.
  for (const line of tail.slice(first)) out.add(line);
  return out;
}

/** Lines of one page as text, with blank lines between paragraphs and hyphenated words joined. */
function pageText(lines: PageLine[]): string {
  const out: string[] = [];
  let prev: PageLine | null = null;
  for (const line of lines) {
    if (prev) {
      const gap = prev.y - line.y;
      const em = Math.min(prev.size, line.size);
      const newBlock =
        gap > PARAGRAPH_GAP * em || Math.abs(prev.size - line.size) > 0.1 * Math.max(prev.size, line.size);
      const last = out[out.length - 1];
      if (!newBlock && /[\p{L}\p{N}][-\u00AD\u2010]$/u.test(last) && /^[\p{L}\p{N}]/u.test(line.text)) {
        out[out.length - 1] = last.slice(0, -1) + line.text;
        prev = line;
        continue;
      }
      if (newBlock) out.push('');
    }
    out.push(line.text);
    prev = line;
  }
  return out.join('\n');
}

export function pagesToText(pages: PageRuns[]): string {
  const lines = pages.map((p) => pageLines(p.runs));
  const removed = furniture(
    lines,
    pages.map((p) => p.height),
  );
  const body = bodySize(lines.map((page) => page.filter((l) => !removed.has(l))));
  const notes: string[] = [];
  const texts = lines.map((page) => {
    const foot = footnotes(page, body, removed);
    if (foot.size > 0) notes.push(pageText(page.filter((l) => foot.has(l))));
    return pageText(page.filter((l) => !removed.has(l) && !foot.has(l)));
  });
  // Footnotes go after the last page, out of the way of the text they interrupted but still there
  // for what they state ('… were originally published on 11 February 2014').
  if (notes.length > 0) texts.push(notes.join('\n\n'));
  return texts.join('\f');
}
