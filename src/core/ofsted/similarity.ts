/**
 * Text similarity between an Ofsted recommendation and a plan action. The words of both are brought to a
 * common form — UK spelling, a light stemmer, and the glossary (glossary.ts), which turns the field's
 * abbreviations and near-synonyms into one term per idea ('LAC', 'CLA' and 'children in care' are all
 * "children in care") — then compared as TF-IDF vectors of terms and adjacent term pairs. The score is a
 * cosine similarity between 0 and 1.
 *
 * Each term keeps the words it was read from (its surface), so a link can say which words it shares.
 */
import { GLOSSARY } from './glossary';

/** American spellings a plan or a pasted text may use. */
const US_TO_UK: Record<string, string> = {
  behavior: 'behaviour',
  behaviors: 'behaviours',
  behavioral: 'behavioural',
  center: 'centre',
  centers: 'centres',
  program: 'programme',
  programs: 'programmes',
  color: 'colour',
  favor: 'favour',
  labor: 'labour',
  judgment: 'judgement',
  judgments: 'judgements',
  defense: 'defence',
  offense: 'offence',
  counselor: 'counsellor',
  enrollment: 'enrolment',
  fulfill: 'fulfil',
  practise: 'practice',
};

/** Words with a plural or form the stemmer cannot reach. */
const IRREGULAR: Record<string, string> = { children: 'child', childrens: 'child' };

const STOPWORDS = new Set(
  (
    'a about above after again all also an and any are as at be been being both but by can could did do does ' +
    'each for from further had has have having how if in into is it its itself more most must no not of on ' +
    'once only or other our out over own same should so some such than that the their them then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with within would you your ensure ensuring ensured specifically including include includes ' +
    'immediate immediately ofsted requirement requirements recommendation recommendations ' +
    'undertake undertaken put place able way ways well key new make makes sure'
  ).split(' '),
);

/** A light English stemmer: enough to bring plurals, tenses and -ation/-ise families together. */
export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  if (w.length <= 3) return w;
  const rules: [RegExp, string][] = [
    [/i[sz]ations?$/, 'is'],
    [/ations?$/, 'at'],
    [/(?<=[cst])ions?$/, ''],
    [/ities$/, 'ity'],
    [/ies$/, 'y'],
    [/sses$/, 'ss'],
    [/ments?$/, ''],
    [/ness$/, ''],
    [/ings?$/, ''],
    [/(?<=[^aeiou])ed$/, ''],
    [/ers?$/, ''],
    [/ly$/, ''],
    [/(?<=[^su])s$/, ''],
  ];
  for (const [re, to] of rules) {
    if (re.test(w) && w.replace(re, to).length >= 3) {
      w = w.replace(re, to);
      // 'planning', 'planned' → 'plan' (but 'staffing' stays 'staff', 'falling' 'fall').
      if (/^(ings?|ed|ers?)$/.test(word.slice(w.length)) && /([^aeioulszf])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // -ise/-ize, -ised, -ising all come to 'is'; a trailing 'e' is dropped (manage/managed/managing).
  w = w
    .replace(/i[sz]e?$/, 'is')
    .replace(/ity$/, '')
    .replace(/e$/, '');
  // 'disabled', 'disability', 'disabilities' share one stem.
  if (w.startsWith('disab')) return 'disabl';
  return w;
}

/** A word's common form: UK spelling, then stemmed. */
function wordStem(lower: string): string {
  return stem(US_TO_UK[lower] ?? lower.replace(/yz(e|ed|es|ing)$/, 'ys$1'));
}

/** A term of a text: its key (a stem, or '@' and a glossary concept) and the words it was read from. */
export interface Term {
  key: string;
  /** The words as typed ('PLO', 'looked after', 'referrals'). */
  surface: string;
  /** The glossary concept, when the glossary made this term. */
  concept?: string;
}

interface Word {
  lower: string;
  stem: string;
  surface: string;
  /** Where the typed word (or the abbreviation it was written out from) is in the text. */
  start: number;
  end: number;
}

/** One word of a glossary term: a stem to equal, or a prefix ('exploit*') to begin with. */
type Matcher = { stem: string } | { prefix: string };

interface CompiledTerm {
  concept: string;
  words: Matcher[];
}

const CONCEPT_PREFIX = '@';

/** The glossary's terms as word matchers, longest first (so 'emergency duty team' wins over 'emergency duty'). */
const COMPILED: CompiledTerm[] = GLOSSARY.flatMap((entry) =>
  entry.terms.map((t) => ({
    concept: entry.concept,
    words: t
      .toLowerCase()
      .split(/[^a-z0-9*]+/)
      .filter((w) => w !== '')
      .map((w): Matcher => (w.endsWith('*') ? { prefix: w.slice(0, -1) } : { stem: wordStem(w) })),
  })),
).sort((a, b) => b.words.length - a.words.length);

/** Abbreviations as typed → the words they stand for. */
const ABBREVIATIONS = new Map<string, string>(
  GLOSSARY.flatMap((entry) => Object.entries(entry.abbreviations ?? {})),
);

const WORD_PATTERNS: [RegExp, string][] = GLOSSARY.flatMap((entry) =>
  entry.wordPattern ? [[entry.wordPattern, entry.concept] as [RegExp, string]] : [],
);

/** The abbreviation a typed word is, allowing a plural 's' ('PEPs', 'IROs'). */
function abbreviation(raw: string): string | undefined {
  return ABBREVIATIONS.get(raw) ?? (raw.endsWith('s') ? ABBREVIATIONS.get(raw.slice(0, -1)) : undefined);
}

function matches(m: Matcher, w: Word): boolean {
  return 'stem' in m ? w.stem === m.stem : w.lower.startsWith(m.prefix);
}

/** A text with apostrophes straightened and possessives dropped ("children's" → "children"). */
function cleaned(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's');
}

/** The typed words of a cleaned text, abbreviations written out (keeping the abbreviation as their surface). */
function words(clean: string): (Word | Term)[] {
  const out: (Word | Term)[] = [];
  for (const m of clean.matchAll(/[A-Za-z0-9]+/g)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const pattern = WORD_PATTERNS.find(([re]) => re.test(raw));
    if (pattern && !ABBREVIATIONS.has(raw)) {
      out.push({ key: CONCEPT_PREFIX + pattern[1], surface: raw, concept: pattern[1] });
      continue;
    }
    const expanded = abbreviation(raw);
    for (const part of (expanded ?? raw).split(/\s+/)) {
      const lower = part.toLowerCase();
      out.push({ lower, stem: wordStem(lower), surface: raw, start, end });
    }
  }
  return out;
}

/** The typed text a run of words was read from ('pre-proceedings', 'MASH'). */
function typedSpan(clean: string, ws: Word[]): string {
  return clean.slice(ws[0].start, ws[ws.length - 1].end);
}

/** The terms of a text in order: glossary concepts, then stems; stop words and bare numbers left out. */
export function analyse(text: string): Term[] {
  const clean = cleaned(text);
  const ws = words(clean);
  const out: Term[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i];
    if ('key' in w) {
      out.push(w);
      i++;
      continue;
    }
    const run: Word[] = [];
    for (let j = i; j < ws.length && !('key' in ws[j]); j++) run.push(ws[j] as Word);
    const hit = COMPILED.find(
      (t) => t.words.length <= run.length && t.words.every((m, k) => matches(m, run[k])),
    );
    if (hit) {
      out.push({
        key: CONCEPT_PREFIX + hit.concept,
        surface: typedSpan(clean, run.slice(0, hit.words.length)),
        concept: hit.concept,
      });
      i += hit.words.length;
      continue;
    }
    i++;
    if (STOPWORDS.has(w.lower) || STOPWORDS.has(w.stem) || /^\d+$/.test(w.lower) || w.lower.length < 2)
      continue;
    out.push({ key: w.stem, surface: w.surface });
  }
  return out;
}

/** The term keys of a text, in order (for tests and quick checks). */
export function terms(text: string): string[] {
  return analyse(text).map((t) => t.key);
}

/** Feature weights of a text: each term, and each adjacent pair of terms at half weight. */
export type Features = Map<string, number>;

/** Joins the two term keys of a pair feature (a character no term key contains). */
const PAIR = '\u0001';

export function features(text: string | Term[], weight = 1): Features {
  const ts = typeof text === 'string' ? analyse(text) : text;
  const f: Features = new Map();
  const add = (k: string, n: number) => f.set(k, (f.get(k) ?? 0) + n);
  for (const t of ts) add(t.key, weight);
  for (let i = 1; i < ts.length; i++) add(`${ts[i - 1].key}${PAIR}${ts[i].key}`, 0.5 * weight);
  return f;
}

/** The term keys a feature is made of: one for a term, two for a pair of terms side by side. */
export function featureTerms(key: string): string[] {
  return key.split(PAIR);
}

export type Vector = Map<string, number>;

/** Documents with their feature frequencies, to weight rare shared words above common ones (IDF). */
export class Corpus {
  private readonly docFreq = new Map<string, number>();
  private docs = 0;

  add(featureSets: Features[]): void {
    for (const f of featureSets) {
      this.docs++;
      for (const k of f.keys()) this.docFreq.set(k, (this.docFreq.get(k) ?? 0) + 1);
    }
  }

  idf(key: string): number {
    return Math.log((1 + this.docs) / (1 + (this.docFreq.get(key) ?? 0))) + 1;
  }

  /** Un-normalised TF-IDF weights (so weighted parts of a row can be summed before normalising). */
  weights(f: Features): Vector {
    const v: Vector = new Map();
    for (const [k, tf] of f) v.set(k, (tf <= 1 ? tf : 1 + Math.log(tf)) * this.idf(k));
    return v;
  }

  vector(f: Features): Vector {
    return normalised(this.weights(f));
  }
}

/** A vector scaled to length 1. */
export function normalised(v: Vector): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  const out: Vector = new Map();
  if (norm > 0) for (const [k, w] of v) out.set(k, w / norm);
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let sum = 0;
  for (const [k, w] of small) sum += w * (large.get(k) ?? 0);
  return Math.max(0, Math.min(1, sum));
}

/** Similarity of two texts on their own (IDF over just the two): for quick checks and tests. */
export function similarity(a: string, b: string): number {
  const fa = features(a);
  const fb = features(b);
  const corpus = new Corpus();
  corpus.add([fa, fb]);
  return cosine(corpus.vector(fa), corpus.vector(fb));
}
