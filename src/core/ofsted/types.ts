/** Structured results of reading an Ofsted inspection report or letter (plain text). */

/** When the report asks for the action: the 2013 frameworks give a timescale; older letters and SIF lists a kind. */
export type Timescale = 'immediate' | '3-months' | '6-months' | 'priority' | 'development' | 'unspecified';

/** Who the recommendation is addressed to. */
export type Addressee = 'local-authority' | 'safeguarding-board';

/** The inspection framework the text was written under. */
export type Framework =
  | 'unannounced-contact-referral-assessment'
  | 'protection-of-children-2013'
  | 'looked-after-children-2013'
  | 'single-inspection-framework'
  | 'ilacs'
  | 'monitoring-or-focused-visit'
  | 'unknown';

export interface Recommendation {
  /** 'R1', 'R2' … in report order. */
  id: string;
  /** The recommendation's wording, wrapped lines joined with single spaces. */
  text: string;
  timescale: Timescale;
  addressee: Addressee;
  /** Report paragraph number(s) when the report gives them, e.g. '24' or '29, 140' (or 'Throughout'). */
  paragraph: string | null;
  /** 'YYYY-MM-DD' from the timescale and publication date (immediate, 3-months, 6-months only). */
  dueBy: string | null;
  /** Anything taken off the end of the text, e.g. 'outcome 1, national framework'. */
  note?: string;
}

export interface Judgement {
  area: string;
  grade: string;
}

export interface OfstedReport {
  localAuthority: string | null;
  /** As written in the report, e.g. '24 June – 3 July 2013'. */
  inspectionDates: string | null;
  /** ISO date: publication date, or the letter's date. */
  publicationDate: string | null;
  framework: Framework;
  judgements: Judgement[];
  recommendations: Recommendation[];
  warnings: string[];
}
