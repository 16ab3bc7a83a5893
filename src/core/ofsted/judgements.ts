/**
 * The judgement table at the head of a report (or its 'Record of main findings'), as area → grade pairs.
 *
 * A table copied from a PDF comes out in pieces: an area over two lines, a grade over two lines
 * ('Requires improvement' / 'to be good', 'Requires' / 'Improvement'), a grade printed between the two
 * lines of its area, or beside it after a tab. So each line (each cell, where a tab separates cells)
 * is read as a piece of an area or a piece of a grade; a piece that starts in lower case carries on
 * the one before; areas and grades are then paired in order. The sentences that state a judgement
 * ('The overall judgement is inadequate', 'Children's services in Exampleton are good', 'The
 * effectiveness of the LSCB is good') give a pair of their own.
 */

import { PAGE_BREAK } from './normalise';
import type { Judgement } from './types';

const GRADE_WORDS =
  '(?:requires? improvement(?: to be good)?|outstanding|good|adequate|inadequate|satisfactory)';

const GRADE_NAMES: [RegExp, string][] = [
  [/^requires? improvement to be good$/i, 'Requires improvement to be good'],
  [/^requires? improvement$/i, 'Requires improvement'],
  [/^outstanding$/i, 'Outstanding'],
  [/^good$/i, 'Good'],
  [/^adequate$/i, 'Adequate'],
  [/^inadequate$/i, 'Inadequate'],
  [/^satisfactory$/i, 'Satisfactory'],
];

function gradeName(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  for (const [re, name] of GRADE_NAMES) if (re.test(t)) return name;
  return null;
}

/** 'Requires improvement to be good' may break anywhere: 'Requires' / 'improvement to be good'. */
const GRADE_START_RE = /^requires?(?: improvement(?: to(?: be)?)?)?$/i;
const GRADE_REST_RE = /^(?:improvement(?: to(?: be)?)?(?: good)?|to(?: be)?(?: good)?|be good)$/i;

/** Does `rest` carry on the grade begun in `grade` ('Requires improvement' + 'to be', + 'good')? */
function continuesGrade(grade: string, rest: string): boolean {
  const joined = `${grade} ${rest}`.toLowerCase().replace(/\s+/g, ' ');
  return /^requires? improvement(?: to(?: be(?: good)?)?)?$/.test(joined);
}

const OVERALL_RES = [
  new RegExp(
    `^The overall judgement is (?:that )?(?:children['’]s services )?(?:are |is )?(${GRADE_WORDS})\\.?$`,
    'i',
  ),
  new RegExp(`^Children['’]s services in .{2,80}? (?:are|is) (${GRADE_WORDS})\\.?$`, 'i'),
];
/** 'The effectiveness of the LSCB is good'; a board review's 'The Local Safeguarding Children Board requires improvement'. */
const BOARD_AREA =
  '(The effectiveness of .{5,120}?|The (?:Local )?Safeguarding Children Board(?: \\(LSCB\\))?|The LSCB)';
const EFFECTIVENESS_RE = new RegExp(
  `^${BOARD_AREA} (?:is (${GRADE_WORDS})|(requires improvement(?: to be good)?))\\.?$`,
  'i',
);
/** 'Children's services in Sefton require improvement to be good': the verb form of the grade. */
const OVERALL_VERB_RE =
  /^(?:The overall judgement is that )?children['’]s services (?:in .{2,80}? )?requires? (improvement(?: to be good)?)\.?$/i;
/** A grade in capitals at the end of an area's line (the two cells of a table row run together). */
const GRADE_BESIDE_RE =
  /^(.{5,}?\S) (Requires improvement(?: to be good)?|Requires|Outstanding|Good|Inadequate|Adequate)$/;

const HEADER_RE =
  /^(?:Judgements?|Grades?|Record of main findings|Summary of judgements?|Services for looked after children|Local authority arrangements for the protection of children)$/i;

type Piece =
  { kind: 'area'; text: string } | { kind: 'grade'; text: string } | { kind: 'pair'; pair: Judgement };

function cleanArea(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/\s+(?:is|are)$/i, '')
    .replace(/:$/, '')
    .trim();
}

/** What one line (or cell) of the table region is; null for prose. */
function pieceOf(text: string): Piece | null | 'reset' {
  const sentence = text.replace(/\s+/g, ' ').trim();
  for (const re of OVERALL_RES) {
    const m = re.exec(sentence);
    if (m) return { kind: 'pair', pair: { area: 'Overall effectiveness', grade: gradeName(m[1]) as string } };
  }
  const verb = OVERALL_VERB_RE.exec(sentence);
  if (verb) {
    return {
      kind: 'pair',
      pair: { area: 'Overall effectiveness', grade: gradeName(`requires ${verb[1]}`) as string },
    };
  }
  const eff = EFFECTIVENESS_RE.exec(sentence);
  if (eff) {
    return { kind: 'pair', pair: { area: cleanArea(eff[1]), grade: gradeName(eff[2] ?? eff[3]) as string } };
  }
  // A line that ends a sentence ('… require improvement.') is prose, not a table's grade.
  const grade = gradeName(sentence) !== null || GRADE_START_RE.test(sentence) || GRADE_REST_RE.test(sentence);
  if (grade && !sentence.endsWith('.')) return { kind: 'grade', text: sentence };
  if (HEADER_RE.test(sentence) || /^[^:]{1,40}:\s/.test(sentence) || sentence.endsWith(':')) return 'reset';
  if (/[.;]\d{0,2}$/.test(sentence) || sentence.length > 90) return null;
  return { kind: 'area', text: sentence };
}

/** The pieces of a line: its cells, and an overall sentence split over two lines joined first. */
function piecesOf(lines: string[], i: number): { pieces: (Piece | null | 'reset')[]; used: number } {
  const line = lines[i];
  const next = lines[i + 1] ?? '';
  if (next !== '' && next !== PAGE_BREAK) {
    const joined = `${line} ${next}`;
    const piece = pieceOf(joined);
    if (piece && piece !== 'reset' && piece.kind === 'pair') return { pieces: [piece], used: 2 };
  }
  const cells = line
    .split(/\t| {3,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const last = cells[cells.length - 1] ?? '';
  if (cells.length >= 2 && gradeName(last)) {
    // A row of a table: whatever stands before the grade is its area, however long.
    const area = cells.slice(0, -1).join(' ');
    const head = pieceOf(area);
    const piece: Piece =
      head !== null && head !== 'reset' && head.kind !== 'area' ? head : { kind: 'area', text: area };
    return { pieces: [piece, { kind: 'grade', text: last }], used: 1 };
  }
  return { pieces: cells.map(pieceOf), used: 1 };
}

interface Row {
  area: string | null;
  grade: string | null;
}

/**
 * Area → grade pairs from the table starting near `from`. Areas open rows in order; each grade goes to
 * the first row still waiting for one (a table copied column by column lists its areas, then its grades).
 */
export function readJudgements(lines: string[], from: number, limit = 80): Judgement[] {
  const out: Judgement[] = [];
  let rows: Row[] = [];
  let lastGraded: Row | null = null;
  let prose = 0;
  let seen = 0;
  /** Was the piece before part of the table (not prose)? Only then may a piece carry it on. */
  let inTable = false;

  const add = (pair: Judgement) => {
    if (!out.some((j) => j.area === pair.area)) out.push(pair);
  };
  const settle = () => {
    for (const row of rows) {
      const grade = row.grade ? gradeName(row.grade) : null;
      if (grade && row.area) add({ area: cleanArea(row.area), grade });
    }
    rows = [];
    lastGraded = null;
  };
  const graded = () => out.length + rows.filter((r) => r.grade !== null && r.area !== null).length;

  for (let i = from; i < lines.length && seen < limit; i++) {
    const line = lines[i];
    if (line === '') continue;
    if (line === PAGE_BREAK) {
      // The table ends with its page, unless pdftotext printed the page number inside it.
      let j = i + 1;
      while (j < lines.length && (lines[j] === '' || lines[j] === PAGE_BREAK)) j++;
      const next = pieceOf(lines[j] ?? '');
      if (graded() >= 2 && !(next && next !== 'reset' && next.kind === 'grade')) break;
      continue;
    }
    seen++;
    if (/^(?:Table of )?Contents$/i.test(line)) break;
    const { pieces, used } = piecesOf(lines, i);
    i += used - 1;
    for (const piece of pieces) {
      if (piece === null || piece === 'reset') {
        // Prose, or a 'Label: value' line: rows still waiting for a grade were not part of the table.
        rows = rows.filter((r) => r.grade !== null && r.area !== null);
        if (piece === null) prose++;
        inTable = false;
        continue;
      }
      prose = 0;
      const carriesOn = inTable;
      inTable = piece.kind !== 'area' || !/^[a-z]/.test(piece.text);
      if (piece.kind === 'pair') {
        settle();
        add(piece.pair);
        continue;
      }
      const last: Row | null = lastGraded;
      if (piece.kind === 'grade') {
        const open = rows.find((r) => r.grade === null);
        if (last !== null && last.grade !== null && continuesGrade(last.grade, piece.text)) {
          last.grade = `${last.grade} ${piece.text}`;
        } else if (open) {
          open.grade = piece.text;
          lastGraded = open;
        } else {
          // A grade printed a little above its area's line comes first.
          rows.push({ area: null, grade: piece.text });
          lastGraded = rows[rows.length - 1];
        }
      } else if (/^[a-z]/.test(piece.text)) {
        // An area goes on in lower case, even after its grade was printed beside its first line.
        const row = rows[rows.length - 1];
        if (row && row.area !== null && carriesOn && row.area.length + piece.text.length < 150) {
          row.area = `${row.area} ${piece.text}`;
          inTable = true;
        }
      } else {
        // 'The experiences … need help Requires improvement': a grade set close beside its area.
        const beside = GRADE_BESIDE_RE.exec(piece.text);
        const area = beside ? beside[1] : piece.text;
        const waiting = rows.find((r) => r.area === null);
        if (waiting) waiting.area = area;
        else rows.push({ area, grade: null });
        if (beside && !waiting) {
          const row = rows[rows.length - 1];
          const open = rows.find((r) => r.grade === null) ?? row;
          open.grade = beside[2];
          lastGraded = open;
        }
      }
    }
    if (prose >= 3 && graded() > 0) break;
  }
  settle();
  return out;
}

/** Judgements: the 2013 frameworks' 'Record of main findings', else the table at the report's head. */
export function findJudgements(lines: string[], start: number): Judgement[] {
  for (let i = lines.length - 1; i >= start; i--) {
    if (/^Record of main findings$/i.test(lines[i])) {
      const found = readJudgements(lines, i + 1, 40);
      if (found.length > 0) return found;
    }
  }
  return readJudgements(lines, start);
}
