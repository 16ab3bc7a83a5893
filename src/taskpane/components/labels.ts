/** The words the Check view uses for rules, severities and column roles (UK English, plain). */
import { SEVERITY_LABELS } from '../../core/labels';
import type { RuleId, Severity } from '../../core/types';

export { ROLE_LABELS, SEVERITY_LABELS, SEVERITY_ORDER } from '../../core/labels';

/** A short title for each rule's group of findings. */
export const RULE_TITLES: Record<RuleId, string> = {
  'missing-column': 'Missing columns',
  'missing-lead': 'No lead named',
  'missing-deadline': 'No deadline',
  'unparsed-deadline': 'Deadlines that cannot be read',
  'no-deadline-date': 'Deadlines with no date',
  'invalid-rag': 'Ratings that are not Red, Amber, Green or Blue',
  'rag-not-standard': 'Ratings written another way',
  'missing-rag': 'No Action RAG rating',
  'rag-by-colour-only': 'RAG shown only by colour',
  overdue: 'Overdue actions',
  'duplicate-ref': 'References used twice',
  'ref-out-of-sequence': 'References out of sequence',
  'orphan-action': 'Actions before any objective',
  'formula-error': 'Excel errors in plan cells',
  'not-started': 'Actions not started',
  'combined-rating': 'Two ratings in one cell',
  'hidden-rows': 'Actions in hidden rows',
};

/** '14:32:05' (24-hour clock, the pane's own time zone). */
export function clockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}

/** '1 error', '3 warnings', '0 notes'. */
export function countText(n: number, severity: Severity): string {
  const word = SEVERITY_LABELS[severity].singular;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The text of a finding's button: 'C12 · 1.2.3 · message'. */
export function findingText(cell: string, ref: string | null, message: string): string {
  return [cell, ref, message].filter(Boolean).join(' · ');
}
