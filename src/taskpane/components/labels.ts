/** The words the Check view uses for rules, severities and column roles (UK English, plain). */
import type { ColumnRole, RuleId, Severity } from '../../core/types';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABELS: Record<Severity, { plural: string; singular: string }> = {
  error: { plural: 'Errors', singular: 'error' },
  warning: { plural: 'Warnings', singular: 'warning' },
  info: { plural: 'Notes', singular: 'note' },
};

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
};

export const ROLE_LABELS: Record<ColumnRole, string> = {
  ref: 'Reference',
  objective: 'Objective',
  action: 'Action',
  objectiveAction: 'Objective and action',
  lead: 'Lead',
  deadline: 'Deadline',
  leadDeadline: 'Lead and deadline',
  successMeasures: 'Success measures',
  impact: 'Impact',
  progress: 'Progress',
  actionRag: 'Action RAG',
  impactRag: 'Impact RAG',
  evidence: 'Evidence',
  ofstedRef: 'Ofsted reference',
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
