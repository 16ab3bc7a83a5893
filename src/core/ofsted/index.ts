/** Reading Ofsted inspection reports (plain text) into structured recommendations, and linking them to a plan. */
export type { Addressee, Framework, Judgement, OfstedReport, Recommendation, Timescale } from './types';
export { parseOfstedReport, type ParseOptions } from './parse-report';
export { splitFrameworkNote, splitParagraphSuffix, splitSuffixes } from './suffixes';
export { normaliseLines, PAGE_BREAK, BULLET } from './normalise';
export { addMonths, parseDate } from './dates';
export {
  actionKey,
  linkRecommendations,
  markedLines,
  parseOfstedRef,
  TEXT_LINK_THRESHOLD,
  type ActionLink,
  type LinkOptions,
  type LinkResult,
  type LinkSource,
  type RecommendationLinks,
} from './link';
export { cosine, similarity, stem, terms } from './similarity';
export {
  confirmedLinkEdits,
  confirmLink,
  LINK_KEY_PREFIX,
  readConfirmedLinks,
  recommendationFingerprint,
  rejectLink,
  type LinkDecision,
  type LinkDecisions,
} from './confirmed-links';
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
