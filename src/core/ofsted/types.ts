/** Structured results of reading an Ofsted inspection report or letter (plain text). */

/** When the report asks for the action: the 2013 frameworks give a timescale; older letters and SIF lists a kind. */
export type Timescale = 'immediate' | '3-months' | '6-months' | 'priority' | 'development' | 'unspecified';

/** Who the recommendation is addressed to. */
export type Addressee = 'local-authority' | 'safeguarding-board';

/**
 * The inspection framework the text was written under: one vocabulary, used by every surface.
 *
 * - `ilacs`: inspection of local authority children's services (ILACS), 2018 onwards.
 * - `sif`: single inspection framework (inspection of services for children in need of help and
 *   protection, children looked after and care leavers), November 2013 – 2018, usually published with
 *   the review of the local safeguarding children board.
 * - `lscb-review`: a review of the effectiveness of a local safeguarding children board published alone.
 * - `protection-of-children`: inspection of local authority arrangements for the protection of children, 2012–2013.
 * - `looked-after-children`: inspection of looked after children services, 2012–2013.
 * - `unannounced-visit`: unannounced inspection of contact, referral and assessment arrangements (letters), 2009–2012.
 * - `monitoring-visit`, `focused-visit`: letters after a monitoring or focused visit.
 * - `unknown`: none of these was recognised.
 */
export type Framework =
  | 'ilacs'
  | 'sif'
  | 'lscb-review'
  | 'protection-of-children'
  | 'looked-after-children'
  | 'unannounced-visit'
  | 'monitoring-visit'
  | 'focused-visit'
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
  /** ISO date: publication date, or the letter's date; the caller's `published` option when given. */
  publicationDate: string | null;
  /** Where publicationDate came from: the report's own text, the caller, or nowhere (null date). */
  publicationDateSource: 'report' | 'given' | null;
  framework: Framework;
  judgements: Judgement[];
  recommendations: Recommendation[];
  warnings: string[];
}
