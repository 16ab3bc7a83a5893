/** Reading Ofsted inspection reports (plain text) into structured recommendations. */
export type { Addressee, Framework, Judgement, OfstedReport, Recommendation, Timescale } from './types';
export {
  parseOfstedReport,
  splitFrameworkNote,
  splitParagraphSuffix,
  type ParseOptions,
} from './parse-report';
export { normaliseLines, PAGE_BREAK, BULLET } from './normalise';
export { addMonths, parseDate } from './dates';
