/**
 * Action and objective references in the styles councils number their plans:
 *
 *   1   1.1   1.1.1        numbers, one to four levels
 *   1a  1.a   1(a)  1.2a   a letter as the last level (a = 1, b = 2 …)
 *   A1  P1.1  R3.2         a prefix letter (or two) in front: it groups actions like an objective number
 *   Action 3               a word in front (Action, Item, Task, No.): not a level
 *
 * A ref's levels are its prefix letter (when it has one), its numbers and its letter: 'P1.2' has three
 * (P, 1, 2), so 'P1' is its objective just as '1' is the objective of '1.2'. A ref's style is its shape
 * ('1.1', '1(a)', 'P1.1' …): numbering is checked within each style.
 */

export interface ParsedRef {
  /** The prefix letters, upper case ('P' in 'P1.1'), or ''. */
  prefix: string;
  /** The word in front ('Action' in 'Action 3'), as typed, or ''. */
  word: string;
  numbers: number[];
  /** The letter level as a number (a = 1), or null. */
  letter: number | null;
  /** How the letter is written: '1a' → '', '1.a' → '.', '1(a)' → '()'. */
  letterStyle: '' | '.' | '()' | null;
  /** Worked out once, since every rule asks again: the number of levels, the style, the objective key. */
  depth: number;
  style: string;
  parent: string | null;
  key: string;
}

type RefParts = Pick<ParsedRef, 'prefix' | 'word' | 'numbers' | 'letter' | 'letterStyle'>;

function complete(p: RefParts): ParsedRef {
  const depth = (p.prefix ? 1 : 0) + p.numbers.length + (p.letter !== null ? 1 : 0);
  let style = p.word ? 'word ' : p.prefix ? 'L' : '';
  style += p.numbers.map(() => 'n').join('.');
  if (p.letterStyle !== null) style += p.letterStyle === '()' ? '(a)' : `${p.letterStyle}a`;
  let parent: string | null = null;
  if (p.letter !== null) parent = p.prefix + p.numbers.join('.');
  else if (p.numbers.length > 1) parent = p.prefix + p.numbers.slice(0, -1).join('.');
  else if (p.prefix && p.numbers.length === 1 && !p.word) parent = p.prefix;
  let key = p.prefix + p.numbers.join('.');
  if (p.letter !== null) key += `.${p.letter}`;
  return { ...p, depth, style, parent, key };
}

const REF =
  /^(?:(action|item|task|no\.?)\s*|([a-z]{1,2})(?=\d))?(\d{1,3}(?:\.\d{1,3}){0,3})(?:(\.?)([a-z])|\(([a-z])\))?\.?$/i;
/** A lone letter ('A') in the ref column: an objective of A1, A2 … */
const LETTER_ONLY = /^([a-z])\.?$/i;

const cache = new Map<string, ParsedRef | null>();

/** Reads a ref, or null when the text is not one. Remembered: every rule asks again. */
export function parseRef(text: string): ParsedRef | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const t = text.trim();
  let parsed: ParsedRef | null = null;
  const m = REF.exec(t);
  if (m) {
    const letterText = m[5] ?? m[6];
    parsed = complete({
      prefix: (m[2] ?? '').toUpperCase(),
      word: m[1] ?? '',
      numbers: m[3].split('.').map(Number),
      letter: letterText ? letterText.toLowerCase().charCodeAt(0) - 96 : null,
      letterStyle: m[6] ? '()' : m[5] ? (m[4] === '.' ? '.' : '') : null,
    });
  } else {
    const l = LETTER_ONLY.exec(t);
    if (l)
      parsed = complete({
        prefix: l[1].toUpperCase(),
        word: '',
        numbers: [],
        letter: null,
        letterStyle: null,
      });
  }
  // Stryker disable next-line all: equivalent, only bounds the cache
  if (cache.size > 50_000) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

export function isRef(text: string): boolean {
  return parseRef(text) !== null;
}

/** True for refs that say a column holds refs: a lone letter could be a RAG letter, so it does not count. */
export function isColumnRef(text: string): boolean {
  const p = parseRef(text);
  return p !== null && p.numbers.length > 0;
}

export function refDepth(text: string): number {
  return parseRef(text)?.depth ?? 0;
}

/** The number of a ref's last level, for sequence checks: '1.2.3' → 3, '1(b)' → 2, 'A4' → 4. */
export function lastNumber(ref: ParsedRef): number | null {
  if (ref.letter !== null) return ref.letter;
  return ref.numbers.length > 0 ? ref.numbers[ref.numbers.length - 1] : null;
}

/** How a ref is written, with the numbers left out: '1.2' and '3.4' share a style, '1.2' and 'P1.2' do not. */
export function refStyle(ref: ParsedRef): string {
  return ref.style;
}

/** A ref as it is compared: upper case, no spaces, no trailing full stop ('p1.1.' → 'P1.1'). */
export function refKey(text: string): string {
  let key = keys.get(text);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache gives the same key either way
  if (key === undefined) {
    key = text.trim().replace(/\.$/, '').replace(/\s+/g, '').toUpperCase();
    // Stryker disable next-line all: equivalent, only bounds the cache
    if (keys.size > 50_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

const keys = new Map<string, string>();

/**
 * The key of the objective a ref sits under: '1.2.3' → '1.2', '1(a)' → '1', 'P1.1' → 'P1', 'A4' → 'A';
 * null for a one-level ref ('3', 'Action 3').
 */
export function parentKey(text: string): string | null {
  return parseRef(text)?.parent ?? null;
}

/** The key of an objective's own ref, to compare with parentKey of its actions. */
export function objectiveKey(text: string): string | null {
  return parseRef(text)?.key ?? null;
}
