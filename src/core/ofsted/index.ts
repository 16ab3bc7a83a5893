/** Reading Ofsted inspection reports (plain text) into structured recommendations, and linking them to a plan. */
export type { Addressee, Framework, Judgement, OfstedReport, Recommendation, Timescale } from './types';
export { parseOfstedReport, type ParseOptions } from './parse-report';
export { splitFrameworkNote, splitParagraphSuffix, splitSuffixes } from './suffixes';
export { normaliseLines, PAGE_BREAK, BULLET } from './normalise';
export { addMonths, parseDate } from './dates';
export {
  actionKey,
  LINE_WEIGHT,
  linkRecommendations,
  markedLines,
  markerConfidence,
  MIN_MARKER,
  parseOfstedRef,
  PLAUSIBLE_SCORE,
  rowParts,
  STRONG_SCORE,
  TEXT_LINK_THRESHOLD,
  TIMESCALE_MATCH,
  TIMESCALE_MISMATCH,
  timescaleBoost,
  type ActionLink,
  type LinkOptions,
  type LinkReasons,
  type LinkResult,
  type LinkSource,
  type LinkState,
  type RecommendationLinks,
  type SharedTerm,
  type Strength,
} from './link';
export {
  assignSuggestions,
  CLOSE_TO_BEST,
  COMPETITION,
  ORDER_HINT,
  orderFactor,
  rankCorrelation,
  type AssignInput,
  type Assignment,
  type Candidate,
} from './assign';
export { COLUMN_WEIGHTS, rowSimilarities, type RowColumn, type RowPart } from './row-similarity';
export { GLOSSARY, type GlossaryEntry } from './glossary';
export {
  coverageSentence,
  progressLine,
  reasonText,
  sharedTermText,
  sharedText,
  SOURCE_LABELS,
  STATE_LABELS,
} from './reasons';
export { analyse, cosine, similarity, stem, terms, type Term } from './similarity';
export {
  confirmedLinkEdits,
  confirmLink,
  LINK_KEY_PREFIX,
  readConfirmedLinks,
  recommendationFingerprint,
  rejectLink,
  undoDecision,
  type LinkDecision,
  type LinkDecisions,
} from './confirmed-links';
export { linkChanges, type LinkChange, type LinkChanges } from './decisions';
export { ofstedFindings, type OfstedFinding, type OfstedFindingOptions, type OfstedRuleId } from './findings';
export {
  FRAMEWORK_LABELS,
  OFSTED_SHEET,
  recommendationRow,
  recommendationsSheetSpec,
  RECOMMENDATIONS_HEADER_ROW,
  TIMESCALE_LABELS,
  type RecommendationsSheetOptions,
} from './recommendations-sheet';
export { HIGHLIGHT_FILL, highlightEdits, linkedActions, removeHighlightEdits } from './highlight';
