/**
 * What a generated plan workbook holds, as the person who typed it meant it: sheets → themes →
 * objectives → actions with their leads, due dates and ratings. The layout generator keeps this beside
 * the workbook it builds, and the property test requires the reader to give it back.
 */

export type ModelRating = 'red' | 'amber' | 'green' | 'blue' | 'unrated';

export interface ModelAction {
  ref: string;
  text: string;
  leads: string[];
  /** 'YYYY-MM-DD', or null for "Ongoing", "TBC" or a blank cell. */
  due: string | null;
  rating: ModelRating;
  /** 0–100 when the plan has a % complete column and the cell is filled. */
  percent: number | null;
  /** The Ofsted area column's text ('' when blank or when there is no such column). */
  ofstedArea: string;
  hidden: boolean;
}

export interface ModelObjective {
  /** The objective's ref as the reader gives it (the parent of its actions' refs). */
  ref: string | null;
  title: string;
  actions: ModelAction[];
}

export interface ModelTheme {
  /** The banner or grouping-column text, the sheet name for a plan over several sheets, or ''. */
  title: string;
  objectives: ModelObjective[];
}

export interface ModelSheet {
  name: string;
  themes: ModelTheme[];
}

export interface PlanModel {
  sheets: ModelSheet[];
  /** Status words the council added, saved in the workbook or given for the run (word → rating). */
  statusMapping: Record<string, 'red' | 'amber' | 'green' | 'blue' | 'not-started'>;
  /** True when the mapping is given for the run (the CLI's --status) rather than saved in the workbook. */
  mappingForRun: boolean;
}
