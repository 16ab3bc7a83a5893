/** The plan model: what the core reads out of a sheet snapshot, and what it reports. */

/** A RAG rating as the tracker understands it. Blue means complete. */
export type Rating = 'red' | 'amber' | 'green' | 'blue' | 'unrated' | 'invalid';

export interface RatingReading {
  rating: Rating;
  /** The text typed in the cell, trimmed ('' when blank). */
  text: string;
  /** True when the cell had no text and the rating was taken from its fill colour. */
  byColour: boolean;
  /**
   * How the rating was read when it was not a RAG word, letter or colour: a status word ("On track"),
   * two ratings ("Amber/Green") read as the worse, or a blank rating beside 100% complete (Blue).
   */
  via?: 'status' | 'combined' | 'percent';
  /** True for a status saying work has not started ("Not started", "Planned"): unrated, and noted. */
  notStarted?: boolean;
}

/**
 * How a deadline cell was understood.
 * - date: one day ("31/10/2010", a real Excel date)
 * - month: a month ("October 2013", "End Sept 2010"): due on its last day
 * - quarter: a UK financial-year quarter ("Q3 2010/11"): due on the quarter's last day
 * - milestones: several dates ("Nov 2013 & April 2014"): due on the last
 * - recurring: "Monthly through to Dec 2013": due at the end of the run
 * - none: deliberately no date ("Ongoing", "TBC", "Deadlines determined by …")
 * - invalid: looks like a date but is impossible ("15/13/2025"), never guessed
 * - unparsed: text the tracker could not read as a deadline
 * - blank: the cell is empty
 */
export type DeadlineKind =
  'date' | 'month' | 'quarter' | 'milestones' | 'recurring' | 'none' | 'invalid' | 'unparsed' | 'blank';

/** A calendar date as 'YYYY-MM-DD' (no time zone: deadlines are days). */
export type IsoDate = string;

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  /** The day the action is due, or null when there is none. */
  due: IsoDate | null;
  /** Every date named, in order (one for a plain date; several for milestones). */
  milestones: IsoDate[];
}

export type ColumnRole =
  | 'ref'
  | 'objective'
  | 'action'
  | 'objectiveAction'
  | 'lead'
  | 'deadline'
  | 'leadDeadline'
  | 'successMeasures'
  | 'impact'
  | 'progress'
  | 'actionRag'
  | 'impactRag'
  | 'evidence'
  | 'ofstedRef'
  /** Short labels of the Ofsted finding an action answers ("Neglect", "Front door"). */
  | 'ofstedArea'
  /** A grouping column (Workstream, Priority, Theme): its values are the themes. */
  | 'group'
  | 'percentComplete';

export interface ColumnMapping {
  role: ColumnRole;
  /** 0-based column index. */
  col: number;
  /** Column letter, e.g. 'C'. */
  letter: string;
  /** The header text as typed ('' when the role was inferred from the column's contents). */
  header: string;
  /** A1 address of the header cell. */
  cell: string;
}

export interface PlanAction {
  /** The action's reference as typed ('1.2.3'), or null when the row has none. */
  ref: string | null;
  /** 1-based sheet row. */
  row: number;
  /** The sheet the action is on (a plan may be kept over several sheets). */
  sheet: string;
  /** The action text (objective-and-action cell, or action cell). */
  text: string;
  /** Reference of the objective it sits under, or null for an orphan. */
  objectiveRef: string | null;
  /** Title of the theme it sits under, or null. */
  theme: string | null;
  leads: string[];
  deadline: Deadline;
  actionRag: RatingReading;
  impactRag: RatingReading;
  /** True when the action answers the Ofsted report ('*', "Ofsted requirement", an Ofsted ref or area). */
  ofsted: boolean;
  /** Text of the Ofsted ref column, when there is one. */
  ofstedRef: string;
  /** Text of the Ofsted area column ("Neglect", "Front door"), when there is one. */
  ofstedArea: string;
  /** The % complete column (0–100), or null when there is none or it is blank. */
  percentComplete: number | null;
  /** True when the action's row is hidden (filtered out or hidden by hand): still read and counted. */
  hidden: boolean;
  /** A1 address of each mapped cell of this row, by role. */
  cells: Partial<Record<ColumnRole, string>>;
}

export interface Objective {
  ref: string | null;
  title: string;
  /** 1-based row of the objective line (or of its first action in flat layouts). */
  row: number;
  ofsted: boolean;
  actions: PlanAction[];
}

export interface Theme {
  title: string;
  /** 1-based row of the banner; 0 for the implicit theme of a plan with no banners. */
  row: number;
  objectives: Objective[];
}

export type RowKind = 'theme' | 'objective' | 'action' | 'header' | 'legend' | 'blank' | 'note';

export interface ClassifiedRow {
  /** 1-based sheet row. */
  row: number;
  kind: RowKind;
}

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'missing-column'
  | 'missing-lead'
  | 'missing-deadline'
  | 'unparsed-deadline'
  | 'invalid-rag'
  | 'missing-rag'
  | 'rag-by-colour-only'
  | 'rag-not-standard'
  | 'overdue'
  | 'duplicate-ref'
  | 'ref-out-of-sequence'
  | 'orphan-action'
  | 'formula-error'
  | 'no-deadline-date'
  | 'not-started'
  | 'combined-rating'
  | 'hidden-rows';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** The action's ref, when the finding is about an action. */
  ref: string | null;
  /** Plain English, for an officer. */
  message: string;
}
