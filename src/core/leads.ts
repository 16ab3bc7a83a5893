/**
 * Reading lead cells ("(c) Keith Whittlestone (Secondary), Jenny Garratt (Primary) & Sue Morgan") and
 * combined "Lead & delivery deadline" cells, where the deadline is usually in italics.
 */
import { parseDeadlineText } from './deadline';
import type { CellSnapshot } from './snapshot';
import type { DeadlineKind } from './types';

/** A list marker in brackets: (a), (iv), (2). */
const BRACKET_MARKER = /^\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*$/i;
/** A list marker or bullet at the start of a line: "a) ", "iv) ", "2. ", "• ". */
const LINE_MARKER = /^(?:(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[•·*\-–—])\s+/i;
const LEAD_LABEL = /^(?:leads?|lead officers?|responsible officers?|owners?)\s*:\s*/i;

/** Words that make a fragment a job title or a body rather than the tail of one ("Families"). */
const ROLE_WORDS =
  /\b(?:head|director|manager|managers|officer|officers|lead|leads|chair|principal|assistant|deputy|team|coordinator|co-ordinator|advisor|adviser|consultant|commissioner|nurse|doctor|paediatrician|executive|chief|senior|strategic|board|partnership|group|panel|members?|all)\b/i;

/**
 * Replaces each top-level bracketed group: list markers ("(a)") start a new line, anything else (a role
 * such as "(Secondary)") is dropped. Brackets inside brackets go with their group.
 */
function liftBrackets(text: string): string {
  const open = '([{';
  const close = ')]}';
  let out = '';
  let group = '';
  let depth = 0;
  for (const ch of text) {
    if (open.includes(ch)) {
      depth += 1;
      if (depth === 1) {
        group = '';
        continue;
      }
    } else if (close.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        out += BRACKET_MARKER.test(group) ? '\n' : ' ';
        continue;
      }
    }
    if (depth > 0) group += ch;
    else out += ch;
  }
  // An unclosed bracket: keep its text rather than lose a name.
  return depth > 0 ? out + ' ' + group : out;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** True when the fragment after ' and ' / '&' / ',' carries on a job title instead of naming someone new. */
function continuesTitle(left: string, right: string): boolean {
  if (ROLE_WORDS.test(right) || /^[A-Z]{2,}\b/.test(right)) return false;
  if (/\b(?:in|of|for|the|with|to|on|at)\b/.test(right)) return true; // "Service Manager, Children in Need"
  const n = words(right).length;
  if (n === 1) return true; // "Director of Children and Families"
  return /\b(?:of|for)\s/i.test(left) && n <= 3; // "Head of Safeguarding and Quality Assurance"
}

/** Splits one line on ',', '&', ' and ', '/' between names, keeping job titles whole. */
function splitNames(line: string): string[] {
  const parts = line.split(/(\s*,\s*|\s+&\s+|\s+and\s+|\s*&\s*|\s+\/\s+|\/)/i);
  const names: string[] = [];
  let current = parts[0] ?? '';
  let lastFragment = current;
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i];
    const next = (parts[i + 1] ?? '').trim();
    if (next === '') continue;
    const tightSlash = sep === '/';
    const split = tightSlash
      ? words(lastFragment).length >= 2 && words(next).length >= 2
      : current.trim() !== '' && !continuesTitle(current, next);
    if (split) {
      names.push(current);
      current = next;
    } else {
      current = current.trim() === '' ? next : current + sep + next;
    }
    lastFragment = next;
  }
  names.push(current);
  return names;
}

function looksLikePerson(text: string): boolean {
  const person = words(text);
  return (
    person.length >= 2 &&
    person.length <= 4 &&
    person.every((w) => /^[A-Z][\p{L}'’-]*$/u.test(w)) &&
    !ROLE_WORDS.test(text)
  );
}

/**
 * A person named beside their role keeps only the name: "Sue Morgan – Head of Early Years" and
 * "Head of Service – Anne Lee" both give the person; a dash between two roles or two names is kept.
 */
function dropRoleSuffix(name: string): string {
  const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(name);
  if (!m) return name;
  if (looksLikePerson(m[1]) && ROLE_WORDS.test(m[2])) return m[1];
  if (looksLikePerson(m[2]) && (ROLE_WORDS.test(m[1]) || /^[A-Z]{2,}\b/.test(m[1]))) return m[2];
  return name;
}

function tidy(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.&/-]+|[\s,;:&/\-–—]+$/g, '')
    .trim();
}

/**
 * The people (or posts) named in a lead cell, in order, without roles in brackets, list markers or
 * repeats. Splits on new lines, ';', ',', '&', ' and ', '/' between names, and "(a)", "a)", "(i)" markers;
 * never inside brackets.
 */
export function splitLeads(text: string): string[] {
  const lines = liftBrackets(text.replace(/\r\n?/g, '\n')).split(/[\n;]/);
  const seen = new Set<string>();
  const leads: string[] = [];
  for (const raw of lines) {
    let line = raw.trim();
    for (let before = ''; before !== line;) {
      before = line;
      line = line.replace(LINE_MARKER, '').replace(LEAD_LABEL, '').trim();
    }
    for (const piece of splitNames(line)) {
      const name = tidy(dropRoleSuffix(tidy(piece)));
      const key = name.toLowerCase();
      if (name === '' || seen.has(key)) continue;
      seen.add(key);
      leads.push(name);
    }
  }
  return leads;
}

/** Deadline readings that mean a line is deadline text rather than a name. */
const DEADLINE_KINDS = new Set<DeadlineKind>([
  'date',
  'month',
  'quarter',
  'milestones',
  'recurring',
  'none',
  'invalid',
]);

function isDeadline(text: string): boolean {
  return DEADLINE_KINDS.has(parseDeadlineText(text).kind);
}

/** Splits one line into a name and a date phrase after it ("Rose Collinson November 2013") or before it. */
function splitLine(line: string): { lead: string; deadline: string } {
  const trimmed = line.trim();
  if (trimmed === '') return { lead: '', deadline: '' };
  if (isDeadline(trimmed)) return { lead: '', deadline: trimmed };
  const w = words(trimmed);
  for (let i = 1; i < w.length; i += 1) {
    const tail = w.slice(i).join(' ');
    if (isDeadline(tail)) return { lead: w.slice(0, i).join(' '), deadline: tail };
  }
  for (let i = w.length - 1; i >= 1; i -= 1) {
    const head = w.slice(0, i).join(' ');
    if (isDeadline(head)) return { lead: w.slice(i).join(' '), deadline: head };
  }
  return { lead: trimmed, deadline: '' };
}

/** Groups rich-text runs into blocks of the same italic-ness; blank runs join the block they are in. */
function richBlocks(runs: NonNullable<CellSnapshot['rich']>): { italic: boolean; text: string }[] {
  const blocks: { italic: boolean; text: string }[] = [];
  for (const run of runs) {
    const italic = Boolean(run.italic);
    const last = blocks[blocks.length - 1];
    if (run.text.trim() === '') {
      if (last) last.text += run.text;
    } else if (last && last.italic === italic) {
      last.text += run.text;
    } else {
      blocks.push({ italic, text: run.text });
    }
  }
  return blocks;
}

/**
 * A combined "Lead & delivery deadline" cell: the leads, and the deadline text (pieces joined by '\n', so
 * that several become milestones). With rich text, italic runs are the deadline and the rest the leads;
 * otherwise lines (or the end or start of a line) that read as a deadline are the deadline.
 */
export function splitLeadAndDeadline(cell: CellSnapshot | undefined): {
  leads: string[];
  deadlineText: string;
} {
  if (!cell) return { leads: [], deadlineText: '' };
  const blocks = cell.rich ? richBlocks(cell.rich) : [];
  if (blocks.some((b) => b.italic)) {
    return {
      leads: splitLeads(
        blocks
          .filter((b) => !b.italic)
          .map((b) => b.text)
          .join('\n'),
      ),
      deadlineText: blocks
        .filter((b) => b.italic)
        .map((b) => b.text.trim())
        .join('\n'),
    };
  }
  const text = cell.text !== '' ? cell.text : typeof cell.value === 'string' ? cell.value : '';
  const leadLines: string[] = [];
  const deadlines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const { lead, deadline } = splitLine(line);
    if (lead !== '') leadLines.push(lead);
    if (deadline !== '') deadlines.push(deadline);
  }
  return { leads: splitLeads(leadLines.join('\n')), deadlineText: deadlines.join('\n') };
}
