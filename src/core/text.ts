/** Small text helpers shared by the readers. */

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

/** A plan reference: '1', '1.2', '1.2.3', optionally with a trailing full stop or letter ('1.2a'). */
export const REF_PATTERN = /^(\d{1,3}(?:\.\d{1,3}){0,3})[a-z]?\.?$/i;

export function isRef(text: string): boolean {
  return REF_PATTERN.test(text.trim());
}

const partsCache = new Map<string, readonly number[]>();

/** The numeric parts of a ref: '1.2.3' → [1, 2, 3]. Remembered, since every rule asks again. */
export function refParts(ref: string): readonly number[] {
  let parts = partsCache.get(ref);
  if (parts) return parts;
  const m = REF_PATTERN.exec(ref.trim());
  parts = m ? m[1].split('.').map(Number) : [];
  if (partsCache.size > 50_000) partsCache.clear();
  partsCache.set(ref, parts);
  return parts;
}
