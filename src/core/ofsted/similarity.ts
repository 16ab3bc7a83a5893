/**
 * Text similarity between an Ofsted recommendation and a plan action: the words of both are brought to
 * a common form (UK spelling, the sector's abbreviations written out, a light stemmer), then compared
 * as TF-IDF vectors of words and word pairs. The score is a cosine similarity between 0 and 1.
 *
 * Nothing here knows about any one council's plan: the abbreviations and phrases are those used across
 * English children's services.
 */

/**
 * Abbreviations written out before anything else. Matched case-sensitively on the original text (so
 * 'CIN' is expanded but the word 'cin' in another word is not), with an optional plural 's'.
 */
const ABBREVIATIONS: [string, string][] = [
  ['CWD', 'children with disabilities'],
  ['CP', 'child protection'],
  ['CPC', 'child protection conference'],
  ['ICPC', 'initial child protection conference'],
  ['RCPC', 'review child protection conference'],
  ['CIN', 'child in need'],
  ['LAC', 'looked after children'],
  ['CLA', 'children looked after'],
  ['CSE', 'child sexual exploitation'],
  ['CCE', 'child criminal exploitation'],
  ['MASH', 'multi agency safeguarding hub'],
  ['MAST', 'multi agency support team'],
  ['IRO', 'independent reviewing officer'],
  ['EHA', 'early help assessment'],
  ['CAF', 'common assessment framework early help assessment'],
  ['PARIS', 'electronic case recording system'],
  ['ICS', 'electronic case recording system'],
  ['LCS', 'electronic case recording system'],
  ['QA', 'quality assurance'],
  ['SW', 'social worker'],
  ['PSW', 'principal social worker'],
  ['ASYE', 'newly qualified social worker'],
  ['NQSW', 'newly qualified social worker'],
  ['LADO', 'local authority designated officer'],
  ['SCR', 'serious case review'],
  ['CYP', 'children and young people'],
  ['YP', 'young people'],
  ['LSCB', 'safeguarding children board'],
  ['SCB', 'safeguarding children board'],
  ['DBS', 'disclosure and barring'],
  ['SGO', 'special guardianship order'],
  ['UASC', 'unaccompanied asylum seeking children'],
  ['PEP', 'personal education plan'],
  ['SEND', 'special educational needs and disabilities'],
  ['EDT', 'emergency duty team out of hours'],
];

/** Phrases joined into one word so they count as one idea. Applied to lower-cased text. */
const PHRASES: [RegExp, string][] = [
  [/\bstep(?:ped|ping|s)?[\s-]+down\b/g, ' stepdown '],
  [/\bde-?escalat\w*/g, ' stepdown '],
  [/\b(?:case|work)[\s-]?loads?\b/g, ' caseload '],
  [/\bcase\s+(?:recording|management)\s+system\b/g, ' recording system '],
  [/\b(?:child|children)(?:'s)?\s+(?:with\s+)?disabilit(?:y|ies)\b/g, ' disabled children '],
  [/\bdisabilit(?:y|ies)\s+team\b/g, ' disabled children team '],
  [/\blooked[\s-]+after\b/g, ' lookedafter '],
  [/\bprivate(?:ly)?\s+fost\w*/g, ' privatefostering '],
  [/\bmulti[\s-]+agency\b/g, ' multiagency '],
  [/\bout[\s-]+of[\s-]+hours\b/g, ' outofhours '],
  [/\bfront[\s-]+door\b/g, ' frontdoor '],
  [/\bearly[\s-]+help\b/g, ' earlyhelp '],
  [/\bagency\s+(?:staff|workers?|social\s+workers?)\b/g, ' agency staff '],
];

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

const STOPWORDS = new Set(
  (
    'a about above after again all also an and any are as at be been being both but by can could did do does ' +
    'each for from further had has have having how if in into is it its itself more most must no not of on ' +
    'once only or other our out over own same should so some such than that the their them then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with within would you your ensure ensuring ensured specifically including include includes ' +
    'immediate immediately ofsted requirement requirements recommendation recommendations 2013 2014 ' +
    'undertake undertaken put place able way ways well key new'
  ).split(' '),
);

/** A light English stemmer: enough to bring plurals, tenses and -ation/-ise families together. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  const rules: [RegExp, string][] = [
    [/i[sz]ations?$/, 'is'],
    [/ations?$/, 'at'],
    [/(?<=[ct])ions?$/, ''],
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

function expandAbbreviations(text: string): string {
  let out = text;
  for (const [abbr, full] of ABBREVIATIONS) {
    out = out.replace(new RegExp(`(?<![A-Za-z])${abbr}s?(?![A-Za-z])`, 'g'), ` ${full} `);
  }
  // A named council's safeguarding board ('WSCB', 'BSCB') is still a safeguarding children board.
  out = out.replace(/(?<![A-Za-z])[A-Z]{1,3}SCB(?![A-Za-z])/g, ' safeguarding children board ');
  return out;
}

/** The words of a text in their common form, stop words removed, in order. */
export function terms(text: string): string[] {
  let t = expandAbbreviations(text.replace(/[’‘]/g, "'"));
  t = t.toLowerCase();
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  t = t.replace(/'s\b/g, '');
  const words = t.split(/[^a-z0-9]+/).filter((w) => w !== '');
  const out: string[] = [];
  for (const raw of words) {
    if (/^\d+$/.test(raw)) continue;
    const w = US_TO_UK[raw] ?? raw.replace(/yz(e|ed|es|ing)$/, 'ys$1');
    if (STOPWORDS.has(w) || w.length < 2) continue;
    out.push(stem(w));
  }
  return out;
}

/** Features of a text: its terms, and each adjacent pair of terms (weighted less). */
function features(text: string, weight = 1): Map<string, number> {
  const ts = terms(text);
  const counts = new Map<string, number>();
  const add = (k: string, n: number) => counts.set(k, (counts.get(k) ?? 0) + n);
  for (const t of ts) add(t, weight);
  for (let i = 1; i < ts.length; i++) add(`${ts[i - 1]}_${ts[i]}`, 0.5 * weight);
  return counts;
}

export type Vector = Map<string, number>;

/** A corpus of texts with document frequencies, to weight rare shared words above common ones. */
export class Corpus {
  private readonly docFreq = new Map<string, number>();
  private docs = 0;

  add(featureSets: Map<string, number>[]): void {
    for (const f of featureSets) {
      this.docs++;
      for (const k of f.keys()) this.docFreq.set(k, (this.docFreq.get(k) ?? 0) + 1);
    }
  }

  vector(f: Map<string, number>): Vector {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, tf] of f) {
      const idf = Math.log((1 + this.docs) / (1 + (this.docFreq.get(k) ?? 0))) + 1;
      const w = (tf <= 1 ? tf : 1 + Math.log(tf)) * idf;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
    return v;
  }
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let sum = 0;
  for (const [k, w] of small) sum += w * (large.get(k) ?? 0);
  return Math.max(0, Math.min(1, sum));
}

/** Feature counts of a text, optionally merged with a second, less important text (an objective's title). */
export function textFeatures(main: string, context = '', contextWeight = 0.5): Map<string, number> {
  const f = features(main);
  if (context) for (const [k, n] of features(context, contextWeight)) f.set(k, (f.get(k) ?? 0) + n);
  return f;
}

/** Similarity of two texts on their own (no corpus weighting): for quick checks and tests. */
export function similarity(a: string, b: string): number {
  const fa = textFeatures(a);
  const fb = textFeatures(b);
  const corpus = new Corpus();
  corpus.add([fa, fb]);
  return cosine(corpus.vector(fa), corpus.vector(fb));
}
