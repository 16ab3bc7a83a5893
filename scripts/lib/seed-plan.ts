/**
 * Reads the seed documents (../shared/seeds, relative to the repository root) into plain structures
 * the example builders lay out in Excel. Nothing here knows about ExcelJS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MONTH_NAMES } from '../../src/core/dates';

/** The repository root (this file lives in scripts/lib). */
export const REPO_ROOT = resolve(__dirname, '..', '..');
/** Where the seed documents live: ../shared/seeds relative to the repository root. */
export const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');

export const WALSALL_SEED = '001_417503daf9182b66.txt';
export const WIRRAL_SEED = '002_6b564b44eaa108f6.txt';
export const WORCESTERSHIRE_SEED = '004_807445bb4780ee5e.txt';
export const DUDLEY_SEED = '003_f922cd67c00d0474.txt';

export function readSeed(file: string): string {
  return readFileSync(resolve(SEEDS_DIR, file), 'utf8').replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// Walsall Strategic Improvement Plan, Phase 2 (seed 001)
// ---------------------------------------------------------------------------------------------

/** One line of the plan table in the seed, in order. Cell texts are still the seed's HTML-ish markup. */
export type SeedPlanRow =
  | { kind: 'blank' }
  | { kind: 'theme'; number: number; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'header'; cells: string[] }
  | { kind: 'objective'; ref: string; text: string }
  | { kind: 'action'; ref: string; cells: string[] };

export interface SeedPlan {
  /** e.g. "STRATEGIC IMPROVEMENT PLAN FOR SAFEGUARDING CHILDREN - PHASE 2" */
  title: string;
  /** e.g. "Updated August 2013" */
  updated: string;
  /** the plan table, line by line from the first theme banner to the last action, blank lines kept */
  rows: SeedPlanRow[];
  /** 1-based line number in the seed of the first theme banner */
  firstLine: number;
  /** "Record of main findings" from the Ofsted report at the end of the seed: area → judgement */
  judgements: { area: string; grade: string }[];
  /** the heading above the judgements table, e.g. "Local authority arrangements for the protection of children" */
  judgementsHeading: string;
}

const THEME_RE = /^IMPROVEMENT THEME (\d+):/;
const NOTE_RE = /^\* indicates /;
const OBJECTIVE_RE = /^(\d+\.\d+)\t/;
const ACTION_RE = /^(\d+\.\d+\.\d+)\t/;
/** the seed's plan columns: ref, objective/action, lead & deadline, success measures, impact, Action RAG, Impact RAG */
export const WALSALL_COLUMNS = 7;

function isHeaderLine(line: string): boolean {
  const cells = line.split('\t');
  return cells[0].trim() === '' && cells[1]?.trim() === 'Objective and actions';
}

function trimTrailingEmpties(cells: string[]): string[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return out;
}

/** Parses the Walsall SIP Phase 2 out of seed 001. Throws if the seed does not look as expected. */
export function parseWalsallPlan(text: string = readSeed(WALSALL_SEED)): SeedPlan {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => THEME_RE.test(l));
  if (start < 0) throw new Error('seed 001: no "IMPROVEMENT THEME" line found');

  const rows: SeedPlanRow[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const theme = THEME_RE.exec(line);
    const action = ACTION_RE.exec(line);
    const objective = OBJECTIVE_RE.exec(line);
    if (line.trim() === '') rows.push({ kind: 'blank' });
    else if (theme) rows.push({ kind: 'theme', number: Number(theme[1]), text: line.split('\t')[0].trim() });
    else if (NOTE_RE.test(line)) rows.push({ kind: 'note', text: line.split('\t')[0].trim() });
    else if (isHeaderLine(line)) rows.push({ kind: 'header', cells: line.split('\t').map((c) => c.trim()) });
    else if (action) {
      const cells = line.split('\t');
      if (cells.length !== WALSALL_COLUMNS) {
        throw new Error(
          `seed 001 line ${i + 1}: action ${action[1]} has ${cells.length} cells, expected ${WALSALL_COLUMNS}`,
        );
      }
      rows.push({ kind: 'action', ref: action[1], cells: cells.slice(1) });
    } else if (objective) {
      const cells = trimTrailingEmpties(line.split('\t'));
      if (cells.length !== 2)
        throw new Error(`seed 001 line ${i + 1}: objective ${objective[1]} has more than one text cell`);
      rows.push({ kind: 'objective', ref: objective[1], text: cells[1].trim() });
    } else break; // the first line that is not part of the plan table ends it
  }
  while (rows.length > 0 && rows[rows.length - 1].kind === 'blank') rows.pop();

  // the title: the last non-blank line before the table ("… - PHASE 2: HOW IT WORKS"), without its subtitle
  let t = start - 1;
  while (t >= 0 && lines[t].trim() === '') t--;
  const title = (lines[t] ?? '').replace(/:\s*HOW IT WORKS\s*$/i, '').trim();
  if (!/STRATEGIC IMPROVEMENT PLAN/.test(title))
    throw new Error(`seed 001: unexpected title line "${lines[t]}"`);

  const updatedMatch =
    /Updated (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(
      text,
    );
  if (!updatedMatch) throw new Error('seed 001: no "Updated <month> <year>" found');

  // "Record of main findings": a heading line, then "area<TAB>grade" lines to the end of the file
  const rec = lines.findIndex((l) => l.trim() === 'Record of main findings');
  if (rec < 0) throw new Error('seed 001: no "Record of main findings" found');
  const judgements: { area: string; grade: string }[] = [];
  let judgementsHeading = '';
  for (const line of lines.slice(rec + 1)) {
    if (line.trim() === '') continue;
    const [area, grade] = line.split('\t').map((c) => c.trim());
    if (!grade) {
      if (judgements.length > 0) break;
      judgementsHeading = area;
      continue;
    }
    judgements.push({ area, grade });
  }

  return { title, updated: updatedMatch[0], rows, firstLine: start + 1, judgements, judgementsHeading };
}

// ---------------------------------------------------------------------------------------------
// Ofsted letters (seeds 002, 004)
// ---------------------------------------------------------------------------------------------

export interface SeedLetter {
  /** e.g. "18 August 2010" */
  dateText: string;
  /** the letter date at midnight UTC */
  date: Date;
  /** e.g. "Wirral Metropolitan Borough Council" */
  council: string;
  /** the "Areas for development" bullets, each as one paragraph of text */
  areasForDevelopment: string[];
  /** the "Area for priority action" paragraph, if the letter has one */
  priorityAction?: string;
}

const MONTHS: readonly string[] = MONTH_NAMES;

/**
 * The paragraphs between a heading line and the first line that starts with `until`, split into items:
 * a paragraph beginning "- " starts a new item; one beginning with a lower-case letter or with white space
 * continues the item before it (text carried over a page break); any other paragraph starts a new item.
 */
function itemsBetween(lines: string[], heading: string, until: RegExp): string[] {
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`seed letter: no "${heading}" heading`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (until.test(line)) break;
    if (line.trim() === '') continue;
    if (/^- /.test(line)) items.push(line.slice(2).trim());
    else if ((/^[a-z\s]/.test(line) || /^\s/.test(line)) && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${line.trim()}`;
    } else items.push(line.trim());
  }
  return items;
}

export function parseLetter(text: string): SeedLetter {
  const lines = text.split('\n');
  const dateLine = lines.find((l) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(l.trim()));
  if (!dateLine) throw new Error('seed letter: no date line');
  const [d, m, y] = dateLine.trim().split(' ');
  const month = MONTHS.indexOf(m);
  if (month < 0) throw new Error(`seed letter: unknown month in "${dateLine}"`);
  const councilMatch = /Director of Children's Services\s+(.+? Council)\b/.exec(text);
  if (!councilMatch) throw new Error('seed letter: no council name after "Director of Children\'s Services"');

  const areasForDevelopment = itemsBetween(
    lines,
    'Areas for development',
    /^(The areas for development identified above|This visit has identified)/,
  );
  let priorityAction: string | undefined;
  if (lines.some((l) => l.trim() === 'Area for priority action')) {
    priorityAction = itemsBetween(lines, 'Area for priority action', /^Any areas for development/).join(' ');
  }
  return {
    dateText: dateLine.trim(),
    date: new Date(Date.UTC(Number(y), month, Number(d))),
    council: councilMatch[1],
    areasForDevelopment,
    priorityAction,
  };
}

/** The first sentence of a paragraph (up to the first ". " or the end). */
export function firstSentence(paragraph: string): string {
  const m = /^(.*?[.;])(\s|$)/.exec(paragraph);
  return (m ? m[1] : paragraph).trim();
}
