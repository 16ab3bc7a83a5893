/**
 * When the header names no deadline, lead or RAG column, the column that most likely is one, from what
 * its cells hold on the action rows: dates → the deadline, people and job titles → the lead, rating or
 * status words → the RAG. The pane offers each as a one-click mapping, the rules name it, and the
 * structure tools do not add a new column beside it.
 */
import { a1, columnLetter } from './address';
import { readDeadlineCell, parseDeadlineText } from './deadline';
import { text, type Cells } from './plan-rows';
import { readRatingCell } from './rating';
import type { StatusMapping } from './status-mapping';
import type { ColumnMapping, ColumnRole, DeadlineKind } from './types';

/** The roles a plan needs, with the roles that count as having each. */
const NEEDED: readonly (readonly [SuggestedRole, ColumnRole[]])[] = [
  ['deadline', ['deadline', 'leadDeadline']],
  ['lead', ['lead', 'leadDeadline']],
  ['actionRag', ['actionRag']],
];

export type SuggestedRole = 'deadline' | 'lead' | 'actionRag';

export interface ColumnSuggestion {
  role: SuggestedRole;
  /** 0-based column. */
  col: number;
  letter: string;
  /** The column's header as typed ('' when blank). */
  header: string;
  /** A1 address of the header cell. */
  cell: string;
  /** What the cells hold, for the officer: "dates", "people and job titles", "ratings". */
  holds: string;
  /** The share of the column's filled cells on action rows that read as the role (0–1). */
  share: number;
}

const HOLDS: Record<SuggestedRole, string> = {
  deadline: 'dates',
  lead: 'people and job titles',
  actionRag: 'ratings',
};

/** The words people see for each role in a suggestion ("Use column E as the deadline"). */
export const SUGGESTED_ROLE_NAMES: Record<SuggestedRole, string> = {
  deadline: 'deadline',
  lead: 'lead',
  actionRag: 'Action RAG',
};

/** At least this share of the filled cells, and this many of them, must read as the role. */
const MIN_SHARE = 0.6;
const MIN_CELLS = 2;

const DATED: ReadonlySet<DeadlineKind> = new Set(['date', 'month', 'quarter', 'milestones', 'recurring']);

/** Job titles and teams ("Head of Service", "Principal Social Worker", "MASH team"). */
const POST =
  /\b(head|director|manager|officer|lead|chair|principal|deputy|team|coordinator|co-ordinator|adviser|advisor|consultant|commissioner|social worker|partnership|board|service)s?\b/i;
/** A person: two to four capitalised words ("Jo Bloggs", "Mary-Ann O'Neill"). */
const PERSON = /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]*){1,3}$/u;

function isLead(t: string): boolean {
  if (t.length > 120 || /\d/.test(t)) return false;
  return t
    .split(/\s*(?:[\n;,&/]|\band\b)\s*/)
    .filter((part) => part !== '')
    .every((part) => PERSON.test(part) || POST.test(part));
}

function fits(role: SuggestedRole, cell: Cells[number], mapping: StatusMapping | undefined): boolean {
  const t = text(cell);
  switch (role) {
    case 'deadline':
      return DATED.has(
        (typeof cell?.value === 'number' ? readDeadlineCell(cell) : parseDeadlineText(t)).kind,
      );
    case 'lead':
      return isLead(t);
    case 'actionRag': {
      const r = readRatingCell(cell, mapping);
      return (r.rating !== 'invalid' && r.rating !== 'unrated') || r.notStarted === true;
    }
  }
}

/**
 * The likely column of each role the header does not name, among the columns it leaves unnamed,
 * judged on the cells of the action rows (0-based row indexes).
 */
export function suggestColumns(
  rows: Cells[],
  headerIndex: number,
  columns: ColumnMapping[],
  actionRows: number[],
  mapping?: StatusMapping,
): ColumnSuggestion[] {
  const roles = new Set(columns.map((c) => c.role));
  const taken = new Set(columns.map((c) => c.col));
  const width = Math.max(0, ...actionRows.map((r) => rows[r]?.length ?? 0), rows[headerIndex]?.length ?? 0);
  const out: ColumnSuggestion[] = [];
  for (const [role, satisfiedBy] of NEEDED) {
    if (satisfiedBy.some((r) => roles.has(r))) continue;
    let best: ColumnSuggestion | null = null;
    for (let col = 0; col < width; col++) {
      if (taken.has(col)) continue;
      let filled = 0;
      let hits = 0;
      for (const r of actionRows) {
        const cell = rows[r]?.[col];
        if (!cell || cell.error || (text(cell) === '' && !(role === 'actionRag' && cell.fill))) continue;
        filled++;
        if (fits(role, cell, mapping)) hits++;
      }
      const share = filled === 0 ? 0 : hits / filled;
      if (hits >= MIN_CELLS && share >= MIN_SHARE && (!best || share > best.share)) {
        best = {
          role,
          col,
          letter: columnLetter(col),
          header: text(rows[headerIndex]?.[col]),
          cell: a1(headerIndex, col),
          holds: HOLDS[role],
          share: Math.round(share * 100) / 100,
        };
      }
    }
    if (best) {
      out.push(best);
      taken.add(best.col);
    }
  }
  return out;
}

/** "Column E ("Milestone") holds dates": how the officer is told about a suggestion. */
export function suggestionText(s: ColumnSuggestion): string {
  const named = s.header ? `Column ${s.letter} ("${s.header}")` : `Column ${s.letter}`;
  return `${named} holds ${s.holds}`;
}
