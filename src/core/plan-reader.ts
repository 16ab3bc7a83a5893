/**
 * Reading a sheet snapshot into a plan: classify each row under the header (theme banner, objective,
 * action, repeated header, legend, note, blank) and build themes → objectives → actions.
 */
import { columnLetter, parseRange } from './address';
import { readDeadlineCell, parseDeadlineText } from './deadline';
import { detectHeader, isRepeatedHeader, type HeaderDetection, type MappingOverride } from './header';
import { splitLeadAndDeadline, splitLeads } from './leads';
import { readRatingCell } from './rating';
import type { CellSnapshot, SheetSnapshot } from './snapshot';
import { isRef, normalise, refParts } from './text';
import type {
  ClassifiedRow,
  ColumnMapping,
  ColumnRole,
  Deadline,
  Objective,
  PlanAction,
  RatingReading,
  Theme,
} from './types';

export interface PlanSheet {
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  columns: ColumnMapping[];
  themes: Theme[];
  /** Every action in sheet order, orphans included. */
  actions: PlanAction[];
  /** Every objective in sheet order. */
  objectives: Objective[];
  rows: ClassifiedRow[];
  /** 1-based rows of the cells that belong to the plan table (header to last plan row). */
  firstRow: number;
  lastRow: number;
}

export type ReadResult = { ok: true; plan: PlanSheet } | { ok: false; sheet: string; reason: string };

type Cells = (CellSnapshot | undefined)[];

const LEGEND_START =
  /^(\*\s*(indicates|denotes|=|means)|rag key\b|key\s*[:-]?$|legend\b|rag rating key|notes?:)/i;
const RAG_KEY_LINE = /^(red|amber|green|blue|r|a|g|b)\s*[-–—:=]/i;
const THEME_WORDS = /^(improvement\s+)?(theme|priority|section|strand|workstream|area)\s*\d*\b/i;
const OBJECTIVE_PREFIX = /^objective\s*\d*\s*[:.-]/i;
const OFSTED_WORDING = /ofsted\s+(requirement|recommendation)/i;

/** What a cell says; an Excel error ('#REF!') says nothing (it is reported as a formula error). */
function text(cell: CellSnapshot | undefined): string {
  return cell?.error ? '' : (cell?.text ?? '').trim();
}

/**
 * Copies the value of a vertical merge (a lead or deadline merged down a block of actions) into the
 * cells it covers, so each action reads it. Horizontal banners are left as they are.
 */
function fillVerticalMerges(sheet: SheetSnapshot): { rows: Cells[]; banners: Map<number, number> } {
  // Copy-on-write: only rows under a vertical merge are copied; the snapshot itself is never changed.
  const rows: Cells[] = sheet.rows.slice();
  const copied = new Set<number>();
  const banners = new Map<number, number>(); // row index → merged width
  for (const m of sheet.merges) {
    const r = parseRange(m);
    const width = r.right - r.left + 1;
    if (r.bottom > r.top) {
      const source = rows[r.top]?.[r.left];
      for (let row = r.top + 1; row <= r.bottom; row++) {
        if (!copied.has(row)) {
          rows[row] = rows[row] ? [...rows[row]] : [];
          copied.add(row);
        }
        if (!text(rows[row][r.left])) rows[row][r.left] = source;
      }
    }
    if (width >= 3) banners.set(r.top, Math.max(width, banners.get(r.top) ?? 0));
  }
  return { rows, banners };
}

function isOfstedMarked(s: string): boolean {
  return /\*/.test(s) || OFSTED_WORDING.test(s);
}

/** Column index by role, for quick lookups. */
function columnIndex(columns: ColumnMapping[]): Partial<Record<ColumnRole, number>> {
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const c of columns) out[c.role] = c.col;
  return out;
}

/** Reads a sheet as a plan; `override` is a column mapping the user corrected (see detectHeader). */
export function readPlanSheet(sheet: SheetSnapshot, override?: MappingOverride): ReadResult {
  const detection = detectHeader(sheet, override);
  if (!detection) {
    return {
      ok: false,
      sheet: sheet.name,
      reason:
        'no plan header row found (looked for a row naming the objective or action, the lead, the deadline and the RAG rating)',
    };
  }
  return { ok: true, plan: buildPlan(sheet, detection) };
}

function buildPlan(sheet: SheetSnapshot, detection: HeaderDetection): PlanSheet {
  const { columns, headerRow } = detection;
  const col = columnIndex(columns);
  const { rows, banners } = fillVerticalMerges(sheet);
  const textCol = col.objectiveAction ?? col.action ?? col.objective;
  const hasSeparateObjective =
    col.objective !== undefined && (col.action !== undefined || col.objectiveAction !== undefined);

  // The deepest ref level on rows that carry action content tells objective refs (shallower) from action refs.
  const deepest = deepestActionRefLevel(rows, headerRow, col);

  const classified: ClassifiedRow[] = [{ row: headerRow, kind: 'header' }];
  const themes: Theme[] = [];
  const objectives: Objective[] = [];
  const actions: PlanAction[] = [];
  // The first theme's banner often sits above the first header row (the header repeats under each banner).
  let theme: Theme | null = bannerAbove(rows, headerRow);
  if (theme) themes.push(theme);
  let objective: Objective | null = null;
  let inLegend = false;
  let lastPlanRow = headerRow;

  const contentCols = [
    col.lead,
    col.deadline,
    col.leadDeadline,
    col.actionRag,
    col.impactRag,
    col.progress,
    col.successMeasures,
  ].filter((c): c is number => c !== undefined);
  const rowsWithActionContent = (cells: Cells): boolean =>
    contentCols.some((c) => {
      const cell = cells[c];
      return cell !== undefined && (text(cell) !== '' || cell.fill !== undefined || cell.error !== undefined);
    });
  const reader = new CellReader(col);

  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const rowNo = r + 1;
    // One pass over the row: how many cells say something, the first text, and whether the texts differ.
    let filledCount = 0;
    let first = '';
    let oneText = true;
    for (const c of cells) {
      if (c === undefined) continue;
      const t = text(c);
      if (t === '' && !c.error) continue;
      if (filledCount === 0) first = t;
      else if (t !== first) oneText = false;
      filledCount++;
    }
    const refText = col.ref !== undefined ? text(cells[col.ref]) : '';
    const ref = refText !== '' && isRef(refText) ? refText.replace(/\.$/, '') : null;
    const mainText = textCol !== undefined ? text(cells[textCol]) : '';

    // Whether the lead, deadline, RAG or progress cells say anything: asked several times per row.
    const content = rowsWithActionContent(cells);
    if (filledCount === 0 && !content) {
      classified.push({ row: rowNo, kind: 'blank' });
      continue;
    }
    if (isRepeatedHeader(cells, detection)) {
      classified.push({ row: rowNo, kind: 'header' });
      inLegend = false;
      lastPlanRow = rowNo;
      continue;
    }
    if (!ref && (LEGEND_START.test(first) || (inLegend && (RAG_KEY_LINE.test(first) || filledCount <= 2)))) {
      inLegend = true;
      classified.push({ row: rowNo, kind: 'legend' });
      continue;
    }
    if (!ref && RAG_KEY_LINE.test(first) && filledCount <= 2 && !content) {
      classified.push({ row: rowNo, kind: 'legend' });
      continue;
    }
    inLegend = false;

    const bannerWidth = banners.get(r) ?? 0;
    if (
      !ref &&
      oneText &&
      !OBJECTIVE_PREFIX.test(first) &&
      (bannerWidth >= 3 || THEME_WORDS.test(first) || (first.length > 10 && first === first.toUpperCase()))
    ) {
      theme = { title: first, row: rowNo, objectives: [] };
      themes.push(theme);
      objective = null;
      classified.push({ row: rowNo, kind: 'theme' });
      lastPlanRow = rowNo;
      continue;
    }

    const depth = ref ? refParts(ref).length : 0;
    const objectiveText = col.objective !== undefined ? text(cells[col.objective]) : '';
    const actionText = hasSeparateObjective
      ? text(cells[(col.action ?? col.objectiveAction) as number])
      : mainText;
    const isObjectiveRow =
      (OBJECTIVE_PREFIX.test(mainText) && !content) ||
      (ref !== null && depth < deepest && !content && (actionText === '' || !hasSeparateObjective)) ||
      (hasSeparateObjective && actionText === '' && objectiveText !== '' && !content);

    if (isObjectiveRow) {
      objective = {
        ref,
        title: (hasSeparateObjective ? objectiveText || mainText : mainText)
          .replace(OBJECTIVE_PREFIX, '')
          .trim(),
        row: rowNo,
        ofsted: isOfstedMarked(mainText),
        actions: [],
      };
      objectives.push(objective);
      ensureTheme().objectives.push(objective);
      classified.push({ row: rowNo, kind: 'objective' });
      lastPlanRow = rowNo;
      continue;
    }

    const looksLikeAction = ref !== null || (actionText !== '' && content);
    if (!looksLikeAction) {
      classified.push({ row: rowNo, kind: 'note' });
      continue;
    }

    // Flat layouts: the objective is named on the action's own row (repeated, or only on the first row).
    if (
      hasSeparateObjective &&
      objectiveText !== '' &&
      normalise(objectiveText) !== normalise(objective?.title ?? '')
    ) {
      const parts = ref ? refParts(ref) : [];
      objective = {
        ref: parts.length > 1 ? parts.slice(0, -1).join('.') : null,
        title: objectiveText,
        row: rowNo,
        ofsted: isOfstedMarked(objectiveText),
        actions: [],
      };
      objectives.push(objective);
      ensureTheme().objectives.push(objective);
    }

    const action = reader.readAction(cells, r, ref, actionText || mainText);
    action.objectiveRef = objective?.ref ?? null;
    action.theme = theme?.title ?? null;
    if (objective) {
      action.ofsted ||= objective.ofsted;
      objective.actions.push(action);
    }
    actions.push(action);
    classified.push({ row: rowNo, kind: 'action' });
    lastPlanRow = rowNo;
  }

  function ensureTheme(): Theme {
    if (!theme) {
      // A plan without banners gets one implicit theme (row 0) so every objective has a home.
      theme = { title: '', row: 0, objectives: [] };
      themes.push(theme);
    }
    return theme;
  }

  // An objective that was never given a ref takes it from its actions (flat layouts).
  for (const o of objectives) {
    if (o.ref === null && o.actions[0]?.ref) {
      const parts = refParts(o.actions[0].ref);
      if (parts.length > 1) o.ref = parts.slice(0, -1).join('.');
    }
    for (const a of o.actions) a.objectiveRef = o.ref;
  }

  return {
    sheet: sheet.name,
    headerRow,
    columns,
    themes,
    actions,
    objectives,
    rows: classified,
    firstRow: headerRow,
    lastRow: lastPlanRow,
  };
}

function bannerAbove(rows: Cells[], headerRow: number): Theme | null {
  for (let r = headerRow - 2; r >= 0; r--) {
    const texts = (rows[r] ?? []).map(text).filter((t) => t !== '');
    if (texts.length === 1 && THEME_WORDS.test(texts[0]))
      return { title: texts[0], row: r + 1, objectives: [] };
  }
  return null;
}

function deepestActionRefLevel(
  rows: Cells[],
  headerRow: number,
  col: Partial<Record<ColumnRole, number>>,
): number {
  if (col.ref === undefined) return 0;
  let deepest = 0;
  for (let r = headerRow; r < rows.length; r++) {
    const t = text(rows[r]?.[col.ref]);
    if (isRef(t)) deepest = Math.max(deepest, refParts(t).length);
  }
  return deepest;
}

function freezeDeadline(d: Deadline): Deadline {
  Object.freeze(d.milestones);
  return Object.freeze(d);
}

const UNRATED: RatingReading = { rating: 'unrated', text: '', byColour: false };

/**
 * Reads the cells of action rows. Plans repeat the same lead and deadline texts on many rows, so the
 * parsed results are remembered for the length of one read.
 */
class CellReader {
  private readonly roles: [ColumnRole, string][];
  private readonly deadlines = new Map<string, Deadline>();
  private readonly leads = new Map<string, string[]>();
  private readonly combined = new Map<string, { leads: string[]; deadline: Deadline }>();

  constructor(private readonly col: Partial<Record<ColumnRole, number>>) {
    this.roles = (Object.entries(col) as [ColumnRole, number][]).map(([role, c]) => [role, columnLetter(c)]);
  }

  private at(cells: Cells, role: ColumnRole): CellSnapshot | undefined {
    const c = this.col[role];
    const cell = c === undefined ? undefined : cells[c];
    // An error value is reported by the formula-error rule; it is not read as a lead, date or rating.
    return cell?.error ? undefined : cell;
  }

  private deadlineText(t: string): Deadline {
    let d = this.deadlines.get(t);
    if (!d) this.deadlines.set(t, (d = freezeDeadline(parseDeadlineText(t))));
    return d;
  }

  private leadAndDeadline(cell: CellSnapshot | undefined): { leads: string[]; deadline: Deadline } {
    let key = `t${cell?.text ?? ''}`;
    if (cell?.rich) {
      key = '';
      for (const run of cell.rich) key += (run.italic ? '\u0001i' : '\u0001n') + run.text;
    }
    let v = this.combined.get(key);
    if (!v) {
      const split = splitLeadAndDeadline(cell);
      v = { leads: Object.freeze(split.leads) as string[], deadline: this.deadlineText(split.deadlineText) };
      this.combined.set(key, v);
    }
    return v;
  }

  private leadNames(t: string): string[] {
    let v = this.leads.get(t);
    if (!v) this.leads.set(t, (v = Object.freeze(splitLeads(t)) as string[]));
    return v;
  }

  readAction(cells: Cells, r: number, ref: string | null, actionText: string): PlanAction {
    const col = this.col;
    const addresses: Partial<Record<ColumnRole, string>> = {};
    const rowNo = String(r + 1);
    for (const [role, letter] of this.roles) addresses[role] = letter + rowNo;

    let leads: string[] = [];
    let deadline = readDeadlineCell(undefined);
    if (col.leadDeadline !== undefined)
      ({ leads, deadline } = this.leadAndDeadline(this.at(cells, 'leadDeadline')));
    if (col.lead !== undefined) leads = this.leadNames(text(this.at(cells, 'lead')));
    if (col.deadline !== undefined) {
      const cell = this.at(cells, 'deadline');
      // Typed text goes through the cache; a number may be a real Excel date and is read as a cell.
      const typed =
        cell && typeof cell.value !== 'number' ? cell.text.trim() || String(cell.value ?? '') : null;
      deadline = typed !== null ? this.deadlineText(typed) : readDeadlineCell(cell);
    }

    const ofstedRef = text(this.at(cells, 'ofstedRef'));
    return {
      ref,
      row: r + 1,
      text: actionText,
      objectiveRef: null,
      theme: null,
      // Shared between rows with the same text, and frozen so that sharing is safe.
      leads,
      deadline,
      actionRag: col.actionRag !== undefined ? readRatingCell(this.at(cells, 'actionRag')) : UNRATED,
      impactRag: col.impactRag !== undefined ? readRatingCell(this.at(cells, 'impactRag')) : UNRATED,
      ofsted: isOfstedMarked(actionText) || ofstedRef !== '',
      ofstedRef,
      cells: addresses,
    };
  }
}
