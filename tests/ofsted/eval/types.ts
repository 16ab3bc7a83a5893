/**
 * The Ofsted evaluation set: improvement plans written by hand to answer real reports from the corpus
 * (../shared/ofsted-reports/corpus), each with hand-written gold links. README.md in this folder says
 * how the set was made. These types are the data format; scripts/build-eval-plans.ts turns a plan into
 * an .xlsx laid out as its `layout` says.
 */

/** Which of a report's lists a recommendation is in (answers.json's `localAuthority` / `board`). */
export type ReportList = 'localAuthority' | 'board';

/** A deadline as the plan officer typed it, or a real Excel date (ISO yyyy-mm-dd). */
export type Due = string | { date: string };

export interface EvalAction {
  ref: string;
  text: string;
  /** Job titles or names, as typed (several may be joined with ';', '&' or 'and'). */
  lead: string;
  due: Due;
  /** The Action RAG or status cell as typed: 'Green', 'On track', 'Amber/Green', 'Complete'; '' when blank. */
  status: string;
  /** Impact RAG, where the layout has one. */
  impact?: string;
  progress?: string;
  /** Success measure / "How will we know", where the layout has one. */
  measure?: string;
  /** The row's *Ofsted area* label, or its *Recommendation* paraphrase, where the layout has that column. */
  area?: string;
  /** A label that is no plan role (the national framework outcome an action serves), where the layout has it. */
  framework?: string;
  /** % complete, 0–100, where the layout has that column. */
  percent?: number;
  /** The plan's own Ofsted ref cell ("Rec 4"): an explicit link, left out when plans are built without them. */
  ofstedRef?: string;
  /** Marked `*` (arises from the inspection report): an explicit marker, left out likewise. */
  marked?: boolean;
}

export interface EvalObjective {
  /** The objective's ref ('1.2') where the plan numbers objectives. */
  ref?: string;
  /** The objective's wording; '' for a plan with no objective level (actions sit straight under the theme). */
  text: string;
  actions: EvalAction[];
}

export interface EvalTheme {
  /** The theme / priority / workstream as the plan names it. */
  title: string;
  /** The sheet's name, for a plan kept over several sheets (one per priority). */
  sheet?: string;
  objectives: EvalObjective[];
}

/** What a column of the plan holds. */
export type EvalField =
  | 'ref'
  | 'theme'
  | 'objective'
  | 'action'
  | 'objectiveAndAction'
  | 'lead'
  | 'due'
  | 'status'
  | 'impact'
  | 'progress'
  | 'measure'
  | 'area'
  | 'percent'
  | 'ofstedRef'
  /** A label per row that is no plan role (the national framework outcome or enabler). */
  | 'framework';

export interface EvalColumn {
  header: string;
  field: EvalField;
  width: number;
}

export interface EvalLayout {
  columns: EvalColumn[];
  /**
   * `banners`: a merged theme banner row, then an objective row (ref and text, bold) over its actions.
   * `flat`: one row per action; the theme and objective, if shown, sit in their own columns on every row.
   */
  rows: 'banners' | 'flat';
  /** `per-theme`: one sheet per theme, each with its own title rows and header. */
  sheets: 'one' | 'per-theme';
  /** The plan sheet's name when there is one sheet. */
  sheetName?: string;
  /** Title rows above the header (the first is bold); a sheet per theme adds the theme's title. */
  titleRows: string[];
  /** Notes between the title rows and the header, in italics ("* indicates …"). */
  notes?: string[];
  /** The header is repeated under each theme banner (banners layout only). */
  repeatHeader?: boolean;
  /** The plan is kept in an Excel table of this name (flat layout, one sheet). */
  table?: string;
  /** How the status cell shows the rating: typed words (default), words on a matching fill, or the fill alone. */
  statusStyle?: 'text' | 'text-and-fill' | 'fill-only';
  /** Sheets that are not the plan (contents, RAG key, judgements), written as given; `before` puts one first. */
  extraSheets?: { name: string; rows: string[][]; before?: boolean }[];
}

/** One action answering one recommendation, with the words in its row that justify the link. */
export interface GoldLink {
  ref: string;
  /** Fragments copied from the action's row (its text, objective, theme or Ofsted area), each verbatim. */
  because: string[];
}

export interface GoldRecommendation {
  list: ReportList;
  /** 1-based position in that list, in answers.json order. */
  number: number;
  /** answers.json's first8 for that item, to catch a wrong number. */
  first8: string;
  links: GoldLink[];
  /** Why no action answers it, when `links` is empty (deliberately, for very few). */
  noAnswer?: string;
}

export interface EvalPlan {
  /** Short id, also the .xlsx file name: 'essex-2014'. */
  id: string;
  /** The report's name in the corpus (answers.json `name`; txt/NAME.txt, pdf/NAME.pdf). */
  report: string;
  council: string;
  /** When the plan was last updated (ISO date): the workbook's stamp. */
  updated: string;
  /** One line on the plan's style, for the README. */
  style: string;
  layout: EvalLayout;
  themes: EvalTheme[];
  /** Every recommendation in the report, in order, each with the actions that answer it. */
  gold: GoldRecommendation[];
  /** Refs of the actions that answer no recommendation (business as usual). */
  answersNothing: string[];
}
