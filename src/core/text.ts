/** Small text helpers shared by the readers. */
import { parseRef } from './refs';

/** Lower case, curly quotes and dashes straightened, runs of white space folded, trimmed. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The first line of a cell, for messages. */
export function firstLine(text: string, max = 80): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const t = line.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A plan reference in any of the styles in refs.ts ('1.2', '1(a)', 'P1.1', 'Action 3' …). */
export { isRef } from './refs';

/**
 * The numeric levels of a ref: '1.2.3' → [1, 2, 3], '1.2a' → [1, 2, 1]; a prefix letter is left out
 * ('P1.2' → [1, 2]). For sequence checks and grouping, use refs.ts, which knows the prefix.
 */
export function refParts(ref: string): readonly number[] {
  const p = parseRef(ref);
  if (!p) return [];
  return p.letter === null ? p.numbers : [...p.numbers, p.letter];
}
