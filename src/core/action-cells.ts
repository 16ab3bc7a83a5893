/**
 * Reading the cells of an action row: leads, deadline, ratings, % complete, Ofsted ref and area. Plans
 * repeat the same lead and deadline texts on many rows, so the parsed results are remembered for the
 * length of one read.
 */
import { columnLetter } from './address';
import { readDeadlineCell, parseDeadlineText } from './deadline';
import { splitLeadAndDeadline, splitLeads } from './leads';
import { text, type Cells, type ColumnIndex, type RowFacts } from './plan-rows';
import { isOfstedMarked } from './plan-tree';
import { readRatingCell } from './rating';
import type { CellSnapshot } from './snapshot';
import type { StatusMapping } from './status-mapping';
import type { ColumnRole, Deadline, PlanAction, RatingReading } from './types';

function freezeDeadline(d: Deadline): Deadline {
  Object.freeze(d.milestones);
  return Object.freeze(d);
}

const UNRATED: RatingReading = { rating: 'unrated', text: '', byColour: false };
const COMPLETE_BY_PERCENT: RatingReading = { rating: 'blue', text: '', byColour: false, via: 'percent' };

export interface ActionCellOptions {
  sheet: string;
  /** The council's own status words (over the defaults). */
  statusMapping?: StatusMapping;
  /** 1-based rows hidden by a filter or by hand. */
  hiddenRows: ReadonlySet<number>;
}

/**
 * A % complete cell: 75% (a number shown as a percentage, stored as 0.75), "75%", 75, or a fraction
 * 0.75 typed without a format. Null when blank or not a percentage.
 */
export function readPercent(cell: CellSnapshot | undefined): number | null {
  if (!cell || cell.error) return null;
  let n: number;
  if (typeof cell.value === 'number') {
    const fraction = /%/.test(cell.numberFormat ?? '') || (cell.value > 0 && cell.value < 1);
    n = fraction ? cell.value * 100 : cell.value;
  } else {
    const m = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(text(cell));
    if (!m) return null;
    n = Number(m[1]);
  }
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  return Math.round(n * 10) / 10;
}

/** Reads the cells of action rows, remembering what it parsed. */
export class CellReader {
  private readonly roles: [ColumnRole, string][];
  private readonly deadlines = new Map<string, Deadline>();
  private readonly leads = new Map<string, string[]>();
  private readonly combined = new Map<string, { leads: string[]; deadline: Deadline }>();
  private readonly ratings = new Map<string, RatingReading>();

  constructor(
    private readonly col: ColumnIndex,
    private readonly options: ActionCellOptions,
  ) {
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

  /** A rating cell's reading: typed text through the cache (its words are looked up once), else its fill. */
  private rating(cell: CellSnapshot | undefined): RatingReading {
    const typed = cell
      ? cell.text.trim() !== ''
        ? cell.text
        : typeof cell.value === 'string'
          ? cell.value
          : ''
      : '';
    const key = typed.trim();
    if (key === '') return readRatingCell(cell, this.options.statusMapping);
    let v = this.ratings.get(key);
    if (!v) this.ratings.set(key, (v = Object.freeze(readRatingCell(cell, this.options.statusMapping))));
    return v;
  }

  private leadNames(t: string): string[] {
    let v = this.leads.get(t);
    if (!v) this.leads.set(t, (v = Object.freeze(splitLeads(t)) as string[]));
    return v;
  }

  readAction(facts: RowFacts, actionText: string): PlanAction {
    const { cells, index: r, ref } = facts;
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
    const ofstedArea = text(this.at(cells, 'ofstedArea'));
    const percentComplete =
      col.percentComplete !== undefined ? readPercent(this.at(cells, 'percentComplete')) : null;
    let actionRag = col.actionRag !== undefined ? this.rating(this.at(cells, 'actionRag')) : UNRATED;
    // 100% complete with no rating typed is complete.
    if (
      percentComplete === 100 &&
      actionRag.rating === 'unrated' &&
      !actionRag.notStarted &&
      !actionRag.byColour
    )
      actionRag = COMPLETE_BY_PERCENT;
    return {
      ref,
      row: r + 1,
      sheet: this.options.sheet,
      text: actionText,
      objectiveRef: null,
      theme: null,
      // Shared between rows with the same text, and frozen so that sharing is safe.
      leads,
      deadline,
      actionRag,
      impactRag: col.impactRag !== undefined ? this.rating(this.at(cells, 'impactRag')) : UNRATED,
      percentComplete,
      ofsted: isOfstedMarked(actionText) || ofstedRef !== '' || ofstedArea !== '',
      ofstedRef,
      ofstedArea,
      hidden: this.options.hiddenRows.has(r + 1),
      cells: addresses,
    };
  }
}
