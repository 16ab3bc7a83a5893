/**
 * What may close an item after its wording: a paragraph reference ('(Para 31)', '(paragraphs 57,115)',
 * '(Throughout)') and a national framework tag in any of its forms ('(outcome 1, national framework)',
 * '(Enabler 2)', '(National Framework, Outcome 3)', 'Enabler three: National Framework.').
 */

const PARAGRAPH_SUFFIX_RE =
  /\s*\((?:(?:Paras?|Paragraphs?)\.?\s*(\d[\d,\s–-]*(?:\s*(?:and|&)\s*\d+)?)|(Throughout))\)\s*(\.?)$/i;

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
/** '(outcome 1, national framework)', '(Enabler 2)', '(National Framework, Outcome 3)', '(Enabler: the workforce …, national framework)'. */
const FRAMEWORK_NOTE_RE = new RegExp(
  `\\s*\\(((?:national framework\\b|(?:outcomes?|enablers?|principles?)\\b\\s*(?:${NUMBER_WORD}|:))[^()]*)\\)\\s*(\\.?)$`,
  'i',
);
/** 'Enabler three: National Framework.' written as a sentence of its own. */
const FRAMEWORK_SENTENCE_RE = new RegExp(
  `(?<=[.!?]|^)\\s*((?:outcomes?|enablers?|principles?)\\s+${NUMBER_WORD}(?:\\s*(?:and|&|,)\\s*${NUMBER_WORD})*\\s*[:,]\\s*national framework)\\.?$`,
  'i',
);

/** '(Para 31)', '(Paras 29, 140)', '(Throughout)' at the end of an item → the paragraph reference. */
export function splitParagraphSuffix(text: string): { text: string; paragraph: string | null } {
  const m = PARAGRAPH_SUFFIX_RE.exec(text);
  if (!m) return { text, paragraph: null };
  const paragraph = m[2]
    ? m[2]
    : m[1]
        .replace(/\s+/g, ' ')
        .replace(/\s*,\s*/g, ', ')
        .trim();
  return { text: text.slice(0, m.index) + m[3], paragraph };
}

/** A national framework tag at the end of an item (ILACS from 2023), in any of its forms → a note. */
export function splitFrameworkNote(text: string): { text: string; note: string | null } {
  const m = FRAMEWORK_NOTE_RE.exec(text);
  if (m) return { text: text.slice(0, m.index) + m[2], note: m[1].replace(/\s+/g, ' ').trim() };
  const s = FRAMEWORK_SENTENCE_RE.exec(text);
  if (s) return { text: text.slice(0, s.index).trimEnd(), note: s[1].replace(/\s+/g, ' ').trim() };
  return { text, note: null };
}

/** Paragraph references and framework tags, in whichever order they end the item. */
export function splitSuffixes(text: string): { text: string; paragraph: string | null; note: string | null } {
  let rest = text.trim();
  let paragraph: string | null = null;
  let note: string | null = null;
  for (let guard = 0; guard < 3; guard++) {
    const para = splitParagraphSuffix(rest);
    if (para.paragraph !== null && paragraph === null) {
      paragraph = para.paragraph;
      rest = para.text.trim();
      continue;
    }
    const noted = splitFrameworkNote(rest);
    if (noted.note !== null && note === null) {
      note = noted.note;
      rest = noted.text.trim();
      continue;
    }
    break;
  }
  return { text: rest, paragraph, note };
}
