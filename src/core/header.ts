/**
 * Finding the header row of a plan and mapping its columns to roles.
 * Real plans put title rows above the header, leave the ref column's header blank and repeat the
 * header before every block, so detection works on synonyms, not positions.
 */
import { a1, columnIndex, columnLetter } from './address';
import type { CellSnapshot, SheetSnapshot } from './snapshot';
import { isColumnRef } from './refs';
import { normalise } from './text';
import type { ColumnMapping, ColumnRole } from './types';

/**
 * Ordered: the first pattern that matches a header cell decides its role (specific before general).
 * Synonyms come from real plans; README lists every one ("What a plan looks like to the tracker").
 */
export const ROLE_PATTERNS: readonly (readonly [ColumnRole, RegExp])[] = [
  ['ofstedRef', /^(ofsted|inspection)\b.*\b(ref|reference|para|paragraph)s?\b|^ofsted$/],
  // "Ofsted rec." and "Recommendation" hold either short labels or refs: the column's cells decide (see below).
  [
    'ofstedArea',
    /^(ofsted|inspection)\s+(areas?|findings?|themes?|judgements?|recs?\.?|recommendations?)\b|^(recommendations?|inspection findings?|findings?)$/,
  ],
  ['impactRag', /^(impact|outcome)\s*(rag|rating|status)\b/],
  [
    'actionRag',
    /^(action|progress|delivery|overall|current|latest)?\s*(rag|r\/a\/g|b\/r\/a\/g|brag|rag status|rag rating)\b|^(status|rating)\b\s*(\(.*\))?$|^(action|progress|delivery|overall|current|latest)\s+(status|rating)$|^delivery confidence$/,
  ],
  ['successMeasures', /\bsuccess\b|\bmeasures? of success\b|how will we know|\bperformance measures?\b/],
  ['leadDeadline', /\b(lead|owner|responsib\w*)\b.*\b(deadline|date|timescale|by when|when)s?\b/],
  ['objectiveAction', /^objectives?\s*(and|&|\/|\+)\s*actions?\b/],
  [
    'percentComplete',
    /^%\s*(complete|completed|completion|done|progress)\b|^(percent(age)?|per cent)\s*(complete|completed|done)\b|^(progress|completion|complete)\s*(%|\(%\)|percent(age)?)$/,
  ],
  ['progress', /\bprogress\b|\bupdate\b|\bcommentary\b|\bcomments?\b|current position/],
  ['impact', /^impact\b|\bimpact (for|on)\b|\boutcomes? for\b/],
  ['evidence', /^evidence\b/],
  [
    'deadline',
    /^due$|^due (date|by)\b|^(target|due|completion|delivery|review|end)?\s*(date|deadline)s?\b|\bdeadline\b|\btimescales?\b|\btime ?frames?\b|\bby when\b|^when$|\btarget date\b|\bdate due\b|^target completion\b|^(to be )?(complete|completed) by\b/,
  ],
  [
    'lead',
    /^(lead|leads|owner|responsib\w*|accountable|by whom|who)\b|\blead (officer|person|manager|agency)\b|\b(responsible|accountable) (officer|manager|person)\b|\b(action|service) owner\b/,
  ],
  // Fully anchored, so before the action pattern: "Action ref" is the ref.
  [
    'ref',
    /^(ref|ref\.|refs|reference|ref no\.?|no\.?|number|#|id|item|(action|item) (ref|no\.?|id|number))$/,
  ],
  [
    'group',
    /^(work ?streams?|priority|priorities|themes?|strands?|priority areas?|improvement (priorit(y|ies)|themes?|areas?)|key priorit(y|ies)|themes? ?(\/|and|&) ?priorit(y|ies)|programmes?)( (no\.?|number|area|name|title))?$/,
  ],
  [
    'objective',
    /^(objectives?|aims?|outcomes?|areas? for (improvement|development)|improvement objectives?)\b/,
  ],
  ['action', /^(key )?(actions?|tasks?|activity|activities|what we will do|action required)\b/],
];

/**
 * A header as it is matched: normalised, footnote marks ('Deadline¹', 'Due date*', 'Lead (2)', 'Owner †')
 * and a trailing colon taken off; a line break is a space.
 */
export function headerKey(text: string): string {
  return normalise(text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]/g, ''))
    .replace(/^\*+\s*/, '')
    .replace(/(\s*([:*]|\(\d{1,2}\)|\[\d{1,2}\]))+$/, '')
    .trim();
}

export function roleOfHeader(text: string): ColumnRole | null {
  const t = headerKey(text);
  if (t === '' || t.length > 80) return null;
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(t)) return role;
  return null;
}

/** How many rows from the top are searched for a header (plans put a few title rows first). */
const HEADER_SEARCH_ROWS = 60;

export interface HeaderDetection {
  /** 1-based header row. */
  headerRow: number;
  columns: ColumnMapping[];
  /** The normalised header texts by column, used to recognise the header when it is repeated. */
  signature: string[];
}

function cellText(cell: CellSnapshot | undefined): string {
  return cell?.text ?? '';
}

function mapRow(cells: (CellSnapshot | undefined)[], rowIndex: number): ColumnMapping[] {
  const used = new Set<ColumnRole>();
  const columns: ColumnMapping[] = [];
  cells.forEach((cell, col) => {
    const header = cellText(cell).trim();
    const role = roleOfHeader(header);
    if (!role) return;
    // A second 'RAG' column after an Action RAG column is the Impact RAG.
    const effective =
      role === 'actionRag' && used.has('actionRag') && !used.has('impactRag') ? 'impactRag' : role;
    if (used.has(effective)) return;
    used.add(effective);
    columns.push({ role: effective, col, letter: columnLetter(col), header, cell: a1(rowIndex, col) });
  });
  return columns;
}

function looksLikeHeader(columns: ColumnMapping[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  const hasWhat = roles.has('action') || roles.has('objectiveAction') || roles.has('objective');
  const hasWhoWhen =
    roles.has('lead') || roles.has('deadline') || roles.has('leadDeadline') || roles.has('actionRag');
  return columns.length >= 3 && hasWhat && hasWhoWhen;
}

/** A column with a blank header whose cells below are mostly refs ('1.1', '1.1.1') is the ref column. */
function inferRefColumn(
  sheet: SheetSnapshot,
  headerIndex: number,
  columns: ColumnMapping[],
): ColumnMapping | null {
  const taken = new Set(columns.map((c) => c.col));
  const below = sheet.rows.slice(headerIndex + 1, headerIndex + 400);
  const width = Math.max(sheet.rows[headerIndex]?.length ?? 0, ...below.map((r) => r?.length ?? 0));
  // How many cells of each row say something: a cell alone on its row (a title, a banner, a line of
  // the RAG key) tells nothing about its column.
  const filledInRow = below.map((r) => (r ?? []).filter((c) => cellText(c).trim() !== '').length);
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const header = cellText(sheet.rows[headerIndex]?.[col]).trim();
    if (header !== '') continue;
    let refs = 0;
    let filled = 0;
    below.forEach((row, i) => {
      const t = cellText(row?.[col]).trim();
      if (t === '' || filledInRow[i] < 2) return;
      filled++;
      if (isColumnRef(t)) refs++;
    });
    if (refs >= 2 && refs / filled >= 0.5) {
      return { role: 'ref', col, letter: columnLetter(col), header: '', cell: a1(headerIndex, col) };
    }
  }
  return null;
}

/** What an Ofsted ref cell looks like: short, with a number ('R3', 'Rec 3', 'Para 24', '3, 5'). */
const OFSTED_REF_CELL = /^(?=.*\d)[a-z¶.\s]{0,16}\d[\d\s,;&/.()a-z–-]{0,20}$/i;

/**
 * A column headed "Ofsted rec." or "Recommendation" is read as the Ofsted refs when most of its cells
 * are refs ('R3', 'Para 24'), and as the Ofsted area ("Neglect", the recommendation's words) otherwise.
 */
function ofstedColumnsByContent(
  sheet: SheetSnapshot,
  headerIndex: number,
  columns: ColumnMapping[],
): ColumnMapping[] {
  if (columns.some((c) => c.role === 'ofstedRef')) return columns;
  return columns.map((c) => {
    if (c.role !== 'ofstedArea') return c;
    let refs = 0;
    let filled = 0;
    for (let r = headerIndex + 1; r < Math.min(sheet.rows.length, headerIndex + 400); r++) {
      const t = cellText(sheet.rows[r]?.[c.col]).trim();
      if (t === '') continue;
      filled++;
      if (OFSTED_REF_CELL.test(t)) refs++;
    }
    return filled > 0 && refs / filled >= 0.6 ? { ...c, role: 'ofstedRef' as const } : c;
  });
}

/**
 * A column mapping the user has corrected: role → column letter ('H'). An empty string means "this plan
 * has no such column" (the detected one is dropped).
 */
export type MappingOverride = Partial<Record<ColumnRole, string>>;

/**
 * Applies a user's corrected mapping over a detected one: each role it names takes the column it gives
 * (and that column loses any role it had been given), the other roles stay as detected.
 */
function applyOverride(
  columns: ColumnMapping[],
  override: MappingOverride,
  cells: (CellSnapshot | undefined)[],
  rowIndex: number,
): ColumnMapping[] {
  const wanted = new Map<ColumnRole, number | null>();
  for (const [role, letter] of Object.entries(override) as [ColumnRole, string | undefined][]) {
    if (letter === undefined) continue;
    const l = letter.trim().toUpperCase();
    if (l === '') wanted.set(role, null);
    else if (/^[A-Z]{1,3}$/.test(l)) wanted.set(role, columnIndex(l));
  }
  if (wanted.size === 0) return columns;
  const takenCols = new Set([...wanted.values()].filter((c): c is number => c !== null));
  const out = columns.filter((c) => !wanted.has(c.role) && !takenCols.has(c.col));
  for (const [role, col] of wanted) {
    if (col === null) continue;
    out.push({
      role,
      col,
      letter: columnLetter(col),
      header: cellText(cells[col]).trim(),
      cell: a1(rowIndex, col),
    });
  }
  return out;
}

/** The header detection of one row (0-based), or null when the row is not a plan header. */
export function detectHeaderAt(
  sheet: SheetSnapshot,
  r: number,
  override?: MappingOverride,
): HeaderDetection | null {
  const cells = sheet.rows[r] ?? [];
  let columns = mapRow(cells, r);
  if (!looksLikeHeader(columns)) return null;
  if (!columns.some((c) => c.role === 'ref') && !(override && override.ref !== undefined)) {
    const ref = inferRefColumn(sheet, r, columns);
    if (ref) columns.push(ref);
  }
  columns = ofstedColumnsByContent(sheet, r, columns);
  if (override) columns = applyOverride(columns, override, cells, r);
  columns.sort((a, b) => a.col - b.col);
  const signature = cells.map((c) => normalise(cellText(c)));
  return { headerRow: r + 1, columns, signature };
}

/**
 * Finds the header row and maps its columns. `override` (a mapping the user corrected, saved in the
 * workbook) replaces the detected column of each role it names; the header row is still detected.
 */
export function detectHeader(sheet: SheetSnapshot, override?: MappingOverride): HeaderDetection | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const found = detectHeaderAt(sheet, r, override);
    if (found) return found;
  }
  return null;
}

function firstLetter(t: string): string {
  return t.trimStart().charAt(0).toLowerCase();
}

/** True when a row repeats the header (most of the header's named cells say the same again). */
export function isRepeatedHeader(cells: (CellSnapshot | undefined)[], detection: HeaderDetection): boolean {
  let named = 0;
  let same = 0;
  const signature = detection.signature;
  for (let col = 0; col < signature.length; col++) {
    const text = signature[col];
    if (!text) continue; // blank or a hole in a sparse row
    named++;
    const t = cellText(cells[col]);
    // Cheap tests first: most rows are long action text that cannot equal a header.
    if (
      t.length > 0 &&
      t.length <= text.length * 2 + 8 &&
      firstLetter(t) === text[0] &&
      normalise(t) === text
    )
      same++;
  }
  return named > 0 && same / named >= 0.6;
}
