/**
 * Validation rules over a read plan. Each rule returns findings with a stable id, a severity, the cell
 * and a message an officer understands; nothing here changes the sheet.
 */
import { a1 } from './address';
import { SUGGESTED_ROLE_NAMES, suggestionText } from './column-suggestions';
import { compareIso, ukLongDate } from './dates';
import type { PlanSheet } from './plan-reader';
import type { SheetSnapshot } from './snapshot';
import { lastNumber, objectiveKey, parseRef, refKey, type ParsedRef } from './refs';
import { firstLine } from './text';
import type {
  ColumnRole,
  Finding,
  IsoDate,
  Objective,
  PlanAction,
  RatingReading,
  RuleId,
  Severity,
} from './types';

export interface ValidateOptions {
  /** The day against which deadlines are judged ('YYYY-MM-DD'). */
  asOf: IsoDate;
  /** True for a later sheet of a plan kept over several sheets: refs such as 'Action 7' carry on. */
  carriesOnNumbering?: boolean;
}

/** Severity of every rule, in one place so the README and the code agree. */
export const RULES: Record<RuleId, { severity: Severity; summary: string }> = {
  'missing-column': {
    severity: 'error',
    summary: 'A column the plan needs (action, lead, deadline, Action RAG) is not there.',
  },
  'missing-lead': { severity: 'error', summary: 'An action has no lead named.' },
  'missing-deadline': { severity: 'error', summary: 'An action has no deadline.' },
  'unparsed-deadline': {
    severity: 'warning',
    summary: 'A deadline could not be read as a date, or is not a real date.',
  },
  'no-deadline-date': {
    severity: 'info',
    summary: 'A deadline says "Ongoing", "TBC" or similar, so it has no date to track.',
  },
  'invalid-rag': {
    severity: 'error',
    summary: 'A RAG cell holds something other than Red, Amber, Green or Blue.',
  },
  'missing-rag': { severity: 'warning', summary: 'An action has no Action RAG rating.' },
  'rag-by-colour-only': { severity: 'warning', summary: 'A RAG cell is coloured but has no text.' },
  'rag-not-standard': {
    severity: 'info',
    summary:
      'A RAG cell is understood but not typed as Red, Amber, Green or Blue ("g", "AMBER", "Complete").',
  },
  overdue: { severity: 'warning', summary: 'The deadline has passed and the action is not Blue (complete).' },
  'duplicate-ref': { severity: 'error', summary: 'The same reference is used twice.' },
  'ref-out-of-sequence': {
    severity: 'warning',
    summary: 'Numbering within an objective skips a number or goes backwards.',
  },
  'orphan-action': { severity: 'error', summary: 'An action comes before any objective.' },
  'formula-error': {
    severity: 'error',
    summary: 'A plan cell shows an Excel error such as #REF! or #DIV/0!.',
  },
  'not-started': {
    severity: 'info',
    summary: 'An action is marked "Not started" (or "Planned"): it is counted as unrated.',
  },
  'combined-rating': {
    severity: 'info',
    summary: 'A RAG cell holds two ratings ("Amber/Green"): the worse is used.',
  },
  'hidden-rows': {
    severity: 'info',
    summary: 'Some actions are in hidden or filtered-out rows: they are still checked and counted.',
  },
};

const RAG_NAMES: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue' };

function label(action: PlanAction): string {
  return action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`;
}

export function validatePlan(plan: PlanSheet, sheet: SheetSnapshot, options: ValidateOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleId, cell: string, ref: string | null, message: string) =>
    findings.push({ rule, severity: RULES[rule].severity, sheet: plan.sheet, cell, ref, message });
  const roles = new Set(plan.columns.map((c) => c.role));
  const headerCell = (col = 0) => a1(plan.headerRow - 1, col);

  // Structure: the columns every plan needs.
  const required: [string, ColumnRole[], string][] = [
    ['action', ['action', 'objectiveAction'], 'Action'],
    ['lead', ['lead', 'leadDeadline'], 'Lead'],
    ['deadline', ['deadline', 'leadDeadline'], 'Deadline'],
    ['Action RAG', ['actionRag'], 'Action RAG'],
  ];
  const lastCol = Math.max(...plan.columns.map((c) => c.col));
  for (const [what, options, heading] of required) {
    if (!options.some((r) => roles.has(r))) {
      // A column that holds what is missing is offered rather than a new column beside it.
      const suggested = plan.suggestions.find((s) => options.includes(s.role));
      add(
        'missing-column',
        suggested ? suggested.cell : headerCell(lastCol + 1),
        null,
        suggested
          ? `The plan has no column headed as the ${what}. ${suggestionText(suggested)}: use it as the ${SUGGESTED_ROLE_NAMES[suggested.role]} (Check view, or save it in the column mapping), or head it "${heading}".`
          : `The plan has no ${what} column. Add a column headed "${heading}" to the header in row ${plan.headerRow}.`,
      );
    }
  }
  if (!roles.has('ref')) {
    findings.push({
      rule: 'missing-column',
      severity: 'warning',
      sheet: plan.sheet,
      cell: headerCell(0),
      ref: null,
      message: `The plan has no reference column (such as 1.1, 1.1.1), so actions cannot be told apart. Add a "Ref" column.`,
    });
  }

  const placed = new Set(plan.objectives.flatMap((o) => o.actions));
  const statusColumns = statusWordColumns(plan);
  // A cell showing an Excel error is reported once, as a formula error, not also as empty.
  const errorCells = new Set<string>();
  for (let r = plan.firstRow - 1; r < plan.lastRow; r++) {
    sheet.rows[r]?.forEach((cell, c) => {
      if (cell?.error) errorCells.add(a1(r, c));
    });
  }
  const reportMissing = (rule: RuleId, cell: string, ref: string | null, message: string) => {
    if (!errorCells.has(cell)) add(rule, cell, ref, message);
  };
  // Refs are compared as keys ('p1.1' is P1.1).
  const seen = new Map<string, number>();
  for (const o of plan.objectives) if (o.ref) seen.set(refKey(o.ref), o.row);

  for (const action of plan.actions) {
    const cells = action.cells;
    const name = label(action);
    const leadCell = cells.lead ?? cells.leadDeadline;
    const deadlineCell = cells.deadline ?? cells.leadDeadline;

    if (plan.objectives.length > 0 && !placed.has(action)) {
      add(
        'orphan-action',
        cells.ref ?? a1(action.row - 1, 0),
        action.ref,
        `${name} comes before any objective. Move it under the objective it belongs to.`,
      );
    }
    if (action.ref) {
      const key = refKey(action.ref);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        add(
          'duplicate-ref',
          cells.ref!,
          action.ref,
          `Reference ${action.ref} is used twice (rows ${earlier} and ${action.row}). Give each action its own reference.`,
        );
      } else seen.set(key, action.row);
    }
    if (leadCell && action.leads.length === 0) {
      reportMissing(
        'missing-lead',
        leadCell,
        action.ref,
        `${name} has no lead. Name the officer responsible.`,
      );
    }
    if (deadlineCell) checkDeadline(action, deadlineCell, name, options.asOf, reportMissing);
    if (cells.actionRag) {
      const words = statusColumns.has('actionRag');
      checkRating(action.actionRag, 'Action RAG', cells.actionRag, action, name, reportMissing, true, words);
    }
    if (cells.impactRag) {
      const words = statusColumns.has('impactRag');
      checkRating(action.impactRag, 'Impact RAG', cells.impactRag, action, name, reportMissing, false, words);
    }
  }
  checkHiddenRows(plan, add);

  checkSequence(plan, add, options.carriesOnNumbering === true);
  checkFormulaErrors(plan, sheet, add);

  return inSheetOrder(findings);
}

/** Sheet order: by row, then column; findings on the same cell keep the order they came in (sort is stable). */
export function inSheetOrder(findings: Finding[]): Finding[] {
  const keys = findings.map((f) => sheetOrder(f.cell));
  const order = findings.map((_, i) => i);
  order.sort((a, b) => keys[a] - keys[b]);
  return order.map((i) => findings[i]);
}

/**
 * A plan kept over several sheets: a ref used on an earlier sheet of the plan is a duplicate, reported
 * at the second use, on its own sheet. Returns the findings by sheet name.
 */
export function crossSheetFindings(sheets: PlanSheet[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const seen = new Map<string, { sheet: string; row: number }>();
  for (const plan of sheets) {
    const own = new Map<string, number>();
    for (const a of plan.actions) {
      if (!a.ref || !a.cells.ref) continue;
      const key = refKey(a.ref);
      const earlier = seen.get(key);
      if (earlier && !own.has(key)) {
        const list = out.get(plan.sheet) ?? [];
        list.push({
          rule: 'duplicate-ref',
          severity: RULES['duplicate-ref'].severity,
          sheet: plan.sheet,
          cell: a.cells.ref,
          ref: a.ref,
          message: `Reference ${a.ref} is also used on the sheet "${earlier.sheet}" (row ${earlier.row}) of the same plan. Give each action its own reference across the plan's sheets.`,
        });
        out.set(plan.sheet, list);
      }
      own.set(key, a.row);
    }
    for (const [key, row] of own) if (!seen.has(key)) seen.set(key, { sheet: plan.sheet, row });
  }
  return out;
}

const longDates = new Map<IsoDate, string>();
/** '31 October 2013', remembered: a large plan repeats the same few deadlines thousands of times. */
function longDate(iso: IsoDate): string {
  let text = longDates.get(iso);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache gives the same text either way
  if (text === undefined) {
    text = ukLongDate(iso);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, only bounds the cache
    if (longDates.size > 10_000) longDates.clear();
    longDates.set(iso, text);
  }
  return text;
}

/** Row-major order of an A1 address without allocating: 'C12' → 12 * 20,000 + 2. */
function sheetOrder(cell: string): number {
  let col = 0;
  let row = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one more pass reads NaN, which is neither
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      col = col * 26 + (c - 64);
      continue;
    }
    // Stryker disable next-line all: equivalent, after the letters only digits are left in an A1 address
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return row * 20_000 + col;
}

type Add = (rule: RuleId, cell: string, ref: string | null, message: string) => void;

/** Due before the as-of day and not Blue (complete): the one definition the rules and the summary share. */
export function isOverdue(action: PlanAction, asOf: IsoDate): boolean {
  const due = action.deadline.due;
  return due !== null && compareIso(due, asOf) < 0 && action.actionRag.rating !== 'blue';
}

function checkDeadline(action: PlanAction, cell: string, name: string, asOf: IsoDate, add: Add): void {
  const d = action.deadline;
  switch (d.kind) {
    case 'blank':
      add(
        'missing-deadline',
        cell,
        action.ref,
        `${name} has no deadline. Add a date such as 31/10/2025 or "October 2025".`,
      );
      return;
    case 'invalid':
      add(
        'unparsed-deadline',
        cell,
        action.ref,
        `${name}: the deadline "${d.text}" is not a real date. Check the day and month (dates are read day first, e.g. 31/10/2025).`,
      );
      return;
    case 'unparsed':
      add(
        'unparsed-deadline',
        cell,
        action.ref,
        `${name}: the deadline "${firstLine(d.text)}" could not be read as a date. Use a date such as 31/10/2025 or "October 2025".`,
      );
      return;
    case 'none':
      add(
        'no-deadline-date',
        cell,
        action.ref,
        `${name}: the deadline "${firstLine(d.text)}" gives no date, so progress cannot be tracked against it.`,
      );
      return;
    default:
      if (d.due && isOverdue(action, asOf)) {
        add(
          'overdue',
          cell,
          action.ref,
          `${name} was due by ${longDate(d.due)} and is not marked Blue (complete).`,
        );
      }
  }
}

/**
 * The rating columns kept in status words ("On track", "At risk"): at least half of their typed cells
 * are status words. There the words are the council's vocabulary, so they are not "not standard".
 */
export function statusWordColumns(plan: PlanSheet): Set<'actionRag' | 'impactRag'> {
  const out = new Set<'actionRag' | 'impactRag'>();
  for (const role of ['actionRag', 'impactRag'] as const) {
    let typed = 0;
    let words = 0;
    for (const a of plan.actions) {
      const r = a[role];
      if (r.text === '') continue;
      typed++;
      if (r.via === 'status') words++;
    }
    // Stryker disable next-line all: equivalent, with nothing typed no finding depends on the answer
    if (typed === 0) continue;
    if (words * 2 >= typed) out.add(role);
  }
  return out;
}

function checkRating(
  reading: RatingReading,
  column: string,
  cell: string,
  action: PlanAction,
  name: string,
  add: Add,
  isAction: boolean,
  statusWords: boolean,
): void {
  const typed = firstLine(reading.text, 60);
  if (reading.rating === 'invalid') {
    add(
      'invalid-rag',
      cell,
      action.ref,
      statusWords
        ? `${name}: "${typed}" in ${column} is not a status the tracker knows. Use a status such as On track, At risk, Off track or Complete, or say what it means in the Check view (Status words) or with --status "${typed}=amber".`
        : `${name}: "${typed}" in ${column} is not a rating. Use Red, Amber, Green or Blue (complete).`,
    );
  } else if (reading.byColour) {
    add(
      'rag-by-colour-only',
      cell,
      action.ref,
      `${name}: ${column} is shown only by the cell colour (${RAG_NAMES[reading.rating]}). Type the rating so it survives printing, filtering and screen readers.`,
    );
  } else if (reading.notStarted) {
    add(
      'not-started',
      cell,
      action.ref,
      `${name} is marked "${typed}" in ${column}: it is counted as not started (unrated) until it is rated.`,
    );
  } else if (reading.via === 'combined') {
    add(
      'combined-rating',
      cell,
      action.ref,
      `${name}: "${typed}" in ${column} holds two ratings; it is read as ${RAG_NAMES[reading.rating]}, the worse of the two.`,
    );
  } else if (
    Object.hasOwn(RAG_NAMES, reading.rating) &&
    reading.text !== '' &&
    reading.text !== RAG_NAMES[reading.rating] &&
    !(statusWords && reading.via === 'status')
  ) {
    const word = RAG_NAMES[reading.rating];
    add(
      'rag-not-standard',
      cell,
      action.ref,
      `${name}: "${typed}" in ${column} is read as ${word}. Type "${word}" so that filters, counts and colours treat it the same as every other ${word}.`,
    );
  } else if (reading.rating === 'unrated' && isAction) {
    add(
      'missing-rag',
      cell,
      action.ref,
      `${name} has no ${column}. Rate it Red, Amber, Green or Blue (complete).`,
    );
  }
}

/** One note per sheet: actions in hidden rows are easy to miss, but they are read and counted. */
function checkHiddenRows(plan: PlanSheet, add: Add): void {
  const hidden = plan.actions.filter((a) => a.hidden);
  if (hidden.length === 0) return;
  const first = hidden[0];
  const refs = hidden.slice(0, 8).map((a) => a.ref ?? `row ${a.row}`);
  const more = hidden.length > refs.length ? ` and ${hidden.length - refs.length} more` : '';
  add(
    'hidden-rows',
    first.cells.ref ?? a1(first.row - 1, 0),
    null,
    `${hidden.length === 1 ? '1 action is' : `${hidden.length} actions are`} in hidden or filtered-out rows (${refs.join(', ')}${more}): ${hidden.length === 1 ? 'it is' : 'they are'} still checked and counted. Clear the filter in Excel to see ${hidden.length === 1 ? 'it' : 'them'}.`,
  );
}

/** The ref with its last level replaced: ('1.2.3', 4) → '1.2.4'; ('1(b)', 1) → '1(a)'; ('P1.3', 2) → 'P1.2'. */
function withLast(ref: ParsedRef, n: number): string {
  const numbers = ref.letter === null ? [...ref.numbers.slice(0, -1), n] : ref.numbers;
  let out = (ref.word ? `${ref.word} ` : '') + ref.prefix + numbers.join('.');
  if (ref.letter !== null) {
    const letter = String.fromCharCode(96 + Math.min(Math.max(n, 1), 26));
    out += ref.letterStyle === '()' ? `(${letter})` : `${ref.letterStyle}${letter}`;
  }
  return out;
}

/**
 * Refs count up by one in their last level, separately for each style of ref:
 * - a ref with an objective part (1.2.1, 1(a), A1, P1.1) within its objective, starting at 1, and it
 *   must start with its objective's ref;
 * - a ref without one ('3', 'Action 3') through the whole sheet, starting at 1 on the first sheet of
 *   the plan (a later sheet of a plan kept over several sheets carries on from the one before).
 */
function checkSequence(plan: PlanSheet, add: Add, carriesOn: boolean): void {
  const runs: [Objective | null, PlanAction[]][] = plan.objectives.map((o) => [o, o.actions]);
  if (plan.objectives.length === 0) runs.push([null, plan.actions]);
  const throughSheet = new Map<string, number>(); // by style
  for (const [o, actions] of runs) {
    const objective = o?.ref ? objectiveKey(o.ref) : null;
    const withinObjective = new Map<string, number>(); // by style
    for (const a of actions) {
      const parsed = a.ref ? parseRef(a.ref) : null;
      const last = parsed ? lastNumber(parsed) : null;
      if (!a.ref || !parsed || last === null) continue;
      const { style, parent } = parsed;
      const run = parent === null ? throughSheet : withinObjective;
      const before = run.get(style) ?? null;
      const cell = a.cells.ref!;
      if (objective !== null && parent !== null && parent !== objective) {
        add(
          'ref-out-of-sequence',
          cell,
          a.ref,
          `Reference ${a.ref} sits under objective ${o!.ref}, but does not start with ${o!.ref}.`,
        );
      } else if (before === null ? last !== 1 && !(parent === null && carriesOn) : last !== before + 1) {
        const expected = withLast(parsed, before === null ? 1 : before + 1);
        const why = before !== null && last <= before ? 'goes backwards' : 'skips a number';
        const where = o && parent !== null ? ` under objective ${o.ref ?? '(unnumbered)'}` : '';
        add(
          'ref-out-of-sequence',
          cell,
          a.ref,
          `Reference ${a.ref} ${why}: the next action${where} would be ${expected}.`,
        );
      }
      run.set(style, last);
    }
  }
}

function checkFormulaErrors(plan: PlanSheet, sheet: SheetSnapshot, add: Add): void {
  const refByRow = new Map(plan.actions.map((a) => [a.row, a.ref]));
  for (let r = plan.firstRow - 1; r < plan.lastRow; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    cells.forEach((cell, c) => {
      if (!cell?.error) return;
      const ref = refByRow.get(r + 1) ?? null;
      add(
        'formula-error',
        a1(r, c),
        ref,
        `Cell ${a1(r, c)} shows the Excel error ${cell.error}${ref ? ` (action ${ref})` : ''}. Fix or remove the formula.`,
      );
    });
  }
}
