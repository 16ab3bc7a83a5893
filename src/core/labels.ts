/** The words people see for column roles and severities, shared by the CLI report and the task pane. */
import type { ColumnRole, Severity } from './types';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABELS: Record<Severity, { plural: string; singular: string }> = {
  error: { plural: 'Errors', singular: 'error' },
  warning: { plural: 'Warnings', singular: 'warning' },
  info: { plural: 'Notes', singular: 'note' },
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
  ofstedArea: 'Ofsted area',
  group: 'Theme (grouping column)',
  percentComplete: '% complete',
};
