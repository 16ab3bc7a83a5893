/**
 * Reads one list of recommendations from where its heading ends: bulleted or numbered items, wrapped
 * lines, sub-bullets and items that run over a page break, up to the line that is not part of the list.
 */

import {
  isFinished,
  isGap,
  isHeadingAt,
  isPageBreak,
  isSectionHeading,
  isWrapped,
  itemNumber,
  skipGaps,
  startsLower,
  type Doc,
} from './layout';
import { joinLines, type Line } from './normalise';
import { splitSuffixes } from './suffixes';

export interface RawItem {
  text: string;
  /** The item's own number ('24.' → '24'), when the list is numbered. */
  number: string | null;
}

export interface ListOptions {
  /** A line that ends the list whatever comes before it (the next heading of the format). */
  isBoundary?: (line: Line) => boolean;
  /** Headings between items that the items carry on after (SIF 2013–2015 themes) are passed over. */
  subHeadings?: boolean;
  /** Numbered items must count up by one (report paragraph numbers, or 1, 2, 3 …). */
  consecutive?: boolean;
  /** A paragraph that is not a heading is an item too (2009–2011 letters). */
  paragraphs?: boolean;
  /** Sentences that close a list (a letter's 'Yours sincerely'). */
  closing?: RegExp[];
  /** Lines of introduction allowed before the first item. */
  intro?: number;
}

export interface ListRead {
  items: RawItem[];
  /** Index of the first line after the list. */
  end: number;
}

interface Open {
  parts: string[];
  number: string | null;
  /** The last line of text added, for deciding whether the next one carries it on. */
  last: string;
}

type Gap = 'none' | 'blank' | 'page';

/** The item is complete: it ends a sentence, or ends with a paragraph reference or framework tag. */
function itemFinished(item: Open): boolean {
  const last = item.parts[item.parts.length - 1];
  if (isFinished(last)) return true;
  const split = splitSuffixes(item.parts.join(' '));
  return split.paragraph !== null || split.note !== null;
}

/**
 * Is `line` the next line of the open item's paragraph, after `gap`? A line goes on when the one before
 * it reached the page's width (it wrapped), or when the item is unfinished and the line is not a
 * heading; a finished item is never carried on into a heading.
 */
function continues(doc: Doc, item: Open, line: Line, gap: Gap, heading: boolean): boolean {
  if (item.parts.length === 0) return true;
  const finished = itemFinished(item);
  if (startsLower(line.text) && !finished) return true;
  if (heading && (finished || isSectionHeading(doc, line.text))) return false;
  const wrapped = isWrapped(doc, item.last, line.text);
  switch (gap) {
    case 'none':
      return wrapped || (!finished && !heading);
    case 'blank':
      // pdftotext sometimes leaves a blank line inside a paragraph that wrapped.
      return !finished && wrapped && !heading;
    case 'page':
      return wrapped || (!finished && !heading);
  }
}

/** A heading of one or two lines at i: the index of the line after it, or -1. */
function headingEnd(doc: Doc, i: number): number {
  const lines = doc.lines;
  if (!isHeadingAt(doc, i)) return -1;
  const next = lines[i + 1];
  // 'The experiences and progress of children who need help and' / 'protection: good'
  if (next && !isGap(next) && next.glyph === null && !itemNumber(next) && startsLower(next.text)) {
    return next.text.length <= doc.width * 0.85 && !/[.,;]$/.test(next.text) ? i + 2 : -1;
  }
  return i + 1;
}

export function readList(doc: Doc, start: number, options: ListOptions = {}): ListRead {
  const lines = doc.lines;
  const items: RawItem[] = [];
  let mode: 'bullets' | 'numbered' | null = null;
  let glyph: string | null = null;
  let lastNumber: number | null = null;
  let cur: Open | null = null;
  let gap: Gap = 'none';
  let intro = 0;

  const close = () => {
    if (cur && cur.parts.length > 0) items.push({ text: joinLines(cur.parts), number: cur.number });
    cur = null;
  };
  const open = (text: string, number: string | null) => {
    close();
    cur = { parts: text === '' ? [] : [text], number, last: text };
  };
  const add = (text: string) => {
    const c = cur as Open | null;
    if (!c) return;
    c.parts.push(text);
    c.last = text;
  };
  /** Does the line at j start the next item of this list? */
  const startsNext = (j: number): boolean => {
    const line = lines[j];
    if (!line) return false;
    if (mode === 'bullets') return line.glyph === glyph;
    if (mode === null && line.glyph !== null) return true;
    const n = itemNumber(line);
    return n !== null && (lastNumber === null || Number(n.num) === lastNumber + 1);
  };

  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isGap(line)) {
      if (isPageBreak(line)) gap = 'page';
      else if (gap === 'none') gap = 'blank';
      continue;
    }
    if (options.isBoundary?.(line)) break;
    if (options.closing?.some((re) => re.test(line.text))) break;
    const lineGap = gap;
    gap = 'none';

    if (line.glyph !== null) {
      if (mode === null) mode = 'bullets';
      if (mode === 'bullets' && (glyph === null || line.glyph === glyph || cur === null)) {
        glyph ??= line.glyph;
        open(line.text, null);
        continue;
      }
      // Another glyph, or a bullet inside a numbered item: a sub-item of the open item.
      if (cur !== null) {
        add(line.text);
        continue;
      }
      break;
    }

    const numbered = mode !== 'bullets' ? itemNumber(line) : null;
    if (numbered) {
      const n = Number(numbered.num);
      if (options.consecutive && lastNumber !== null && n !== lastNumber + 1) break;
      mode = 'numbered';
      lastNumber = n;
      open(numbered.rest, numbered.num);
      continue;
    }

    const c = cur as Open | null;
    const heading = isHeadingAt(doc, i);
    if (c !== null && continues(doc, c, line, lineGap, heading)) {
      add(line.text);
      continue;
    }
    if (options.subHeadings && heading && !isSectionHeading(doc, line.text)) {
      const after = headingEnd(doc, i);
      if (after > 0) {
        const next = skipGaps(lines, after);
        if (startsNext(next)) {
          close();
          i = next - 1;
          continue;
        }
      }
    }
    if (c === null && items.length === 0 && mode === null && !options.paragraphs) {
      // Introduction before the first item ('In order to improve … the local authority should:').
      if (++intro <= (options.intro ?? 6)) continue;
      break;
    }
    if (options.paragraphs && mode !== 'numbered' && headingEnd(doc, i) < 0) {
      open(line.text, null);
      continue;
    }
    break;
  }
  close();
  return { items, end: i };
}
