/**
 * Status words as ratings. Many plans rate actions with words ("On track", "At risk", "Complete")
 * rather than colours. The tracker knows the common ones (DEFAULT_STATUS_MAPPING, listed in README and
 * shown in the pane); a council adds or changes words for its own workbook, saved in the tracker's
 * hidden state sheet (key `status-mapping`, a JSON object of word → rating), or for one run with the
 * CLI option `--status "In progress=amber"`.
 */
import type { Edit } from './edits';
import { readStateRow, stateRowEdits } from './mapping-override';
import type { PlanSheet } from './plan-reader';
import type { WorkbookSnapshot } from './snapshot';
import type { Rating } from './types';

/** What a status word stands for: a rating, or "work has not started" (unrated, and noted as such). */
export type StatusValue = Exclude<Rating, 'unrated' | 'invalid'> | 'not-started';

/** Status words by their key (see statusKey): the council's own words, over the defaults. */
export type StatusMapping = Record<string, StatusValue>;

export const STATUS_VALUES: readonly StatusValue[] = ['red', 'amber', 'green', 'blue', 'not-started'];

/** The words the tracker knows without being told, in the order README and the pane list them. */
export const DEFAULT_STATUS_MAPPING: readonly (readonly [string, StatusValue])[] = [
  ['Complete', 'blue'],
  ['Completed', 'blue'],
  ['Done', 'blue'],
  ['Achieved', 'blue'],
  ['Closed', 'blue'],
  ['On track', 'green'],
  ['At risk', 'amber'],
  ['Some slippage', 'amber'],
  ['Minor issues', 'amber'],
  ['Off track', 'red'],
  ['Behind', 'red'],
  ['Significant issues', 'red'],
  ['Not started', 'not-started'],
  ['Not yet started', 'not-started'],
  ['Planned', 'not-started'],
];

/** The words people see for each value. */
export const STATUS_VALUE_LABELS: Record<StatusValue, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (complete)',
  'not-started': 'Not started (unrated)',
};

/** A status word as it is looked up: lower case, spaces folded, dashes straightened, no trailing full stop. */
export function statusKey(text: string): string {
  return text
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.$/, '')
    .toLowerCase();
}

const DEFAULTS: ReadonlyMap<string, StatusValue> = new Map(
  DEFAULT_STATUS_MAPPING.map(([word, value]) => [statusKey(word), value]),
);

/** The value of a status word: the council's own mapping first, then the defaults; undefined when unknown. */
export function statusValue(key: string, mapping: StatusMapping | undefined): StatusValue | undefined {
  if (mapping && Object.hasOwn(mapping, key)) return mapping[key];
  return DEFAULTS.get(key);
}

/** The four ratings by their words and letters, as typed in a RAG cell (any case). */
export const RAG_WORDS: Readonly<Record<string, 'red' | 'amber' | 'green' | 'blue'>> = {
  red: 'red',
  r: 'red',
  amber: 'amber',
  a: 'amber',
  green: 'green',
  g: 'green',
  blue: 'blue',
  b: 'blue',
};

const VALUE_WORDS: Record<string, StatusValue> = {
  ...RAG_WORDS,
  complete: 'blue',
  'not-started': 'not-started',
  'not started': 'not-started',
  unrated: 'not-started',
  none: 'not-started',
};

/** 'amber', 'Amber', 'A', 'not started', 'unrated' → the value; undefined for anything else. */
export function parseStatusValue(text: string): StatusValue | undefined {
  const key = statusKey(text);
  return Object.hasOwn(VALUE_WORDS, key) ? VALUE_WORDS[key] : undefined;
}

/**
 * A mapping with only non-empty words and known values. Anything else (a hand-edited cell, a value the
 * tracker does not know) is dropped, never guessed.
 */
export function cleanStatusMapping(input: unknown): StatusMapping {
  const out: StatusMapping = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  for (const [word, value] of Object.entries(input as Record<string, unknown>)) {
    const key = statusKey(word);
    const parsed = typeof value === 'string' ? parseStatusValue(value) : undefined;
    if (key !== '' && key.length <= 60 && parsed) out[key] = parsed;
  }
  return out;
}

/**
 * One `--status` option: 'In progress=amber' → ['in progress', 'amber']. Returns a message for the
 * officer when it cannot be read.
 */
export function parseStatusOption(text: string): { key: string; value: StatusValue } | { error: string } {
  const at = text.lastIndexOf('=');
  const word = at > 0 ? statusKey(text.slice(0, at)) : '';
  const value = at > 0 ? parseStatusValue(text.slice(at + 1)) : undefined;
  if (word === '' || !value) {
    return {
      error: `--status "${text}" cannot be read: write it as "word=rating", e.g. --status "In progress=amber" (ratings: red, amber, green, blue, not-started).`,
    };
  }
  return { key: word, value };
}

/** The key of the council's status words in the tracker's hidden state sheet. */
export const STATUS_MAPPING_KEY = 'status-mapping';

/** The council's own status words saved in the workbook (empty when there are none). */
export function readStatusMapping(workbook: WorkbookSnapshot): StatusMapping {
  const raw = readStateRow(workbook, STATUS_MAPPING_KEY);
  if (!raw) return {};
  try {
    return cleanStatusMapping(JSON.parse(raw));
  } catch {
    return {}; // a hand-edited or damaged value is ignored, never trusted
  }
}

/** The edit that saves the council's status words (an empty mapping forgets them). */
export function statusMappingEdits(workbook: WorkbookSnapshot, mapping: StatusMapping): Edit[] {
  const clean = cleanStatusMapping(mapping);
  const sorted = Object.fromEntries(Object.entries(clean).sort(([a], [b]) => a.localeCompare(b)));
  return stateRowEdits(
    workbook,
    STATUS_MAPPING_KEY,
    Object.keys(sorted).length > 0 ? JSON.stringify(sorted) : null,
  );
}

/** No longer than this: a long invalid rating cell is a sentence, not a status word. */
const MAX_UNKNOWN_WORD = 40;

/**
 * The words typed in the plans' rating cells that the tracker could not read, as first typed, once
 * each (by key): the words a council may want to give a rating.
 */
export function unknownStatusWords(plans: readonly PlanSheet[]): string[] {
  const out = new Map<string, string>();
  for (const plan of plans) {
    for (const a of plan.actions) {
      for (const r of [a.actionRag, a.impactRag]) {
        if (r.rating !== 'invalid' || r.text.length > MAX_UNKNOWN_WORD || r.text.includes('\n')) continue;
        const key = statusKey(r.text);
        if (key !== '' && !out.has(key)) out.set(key, r.text.trim());
      }
    }
  }
  return [...out.values()];
}
