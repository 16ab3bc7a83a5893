/**
 * What the tracker reports about a plan against an Ofsted report. Same shape as the plan checks'
 * Finding (src/core/types.ts), with the Ofsted rule ids.
 */
import { compareIso, ukLongDate } from '../dates';
import type { PlanSheet } from '../plan-reader';
import type { Finding } from '../types';
import { actionKey, type LinkResult } from './link';
import { OFSTED_SHEET, recommendationRow } from './recommendations-sheet';
import type { OfstedReport } from './types';

export type OfstedRuleId = 'ofsted-uncovered' | 'ofsted-deadline-beyond-timescale' | 'ofsted-unrated';

export type OfstedFinding = Omit<Finding, 'rule'> & { rule: OfstedRuleId };

export interface OfstedFindingOptions {
  /**
   * True when the workbook has (or is being given) the Ofsted Recommendations sheet: uncovered
   * recommendations then point at their row there; otherwise at A1 of the plan.
   */
  recommendationsSheet?: boolean;
}

function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function ofstedFindings(
  report: OfstedReport,
  plan: PlanSheet,
  links: LinkResult,
  options: OfstedFindingOptions = {},
): OfstedFinding[] {
  const findings: OfstedFinding[] = [];
  const byKey = new Map(plan.actions.map((a) => [actionKey(a), a]));
  report.recommendations.forEach((rec, index) => {
    const recLinks = links.recommendations.find((l) => l.recommendation === rec.id);
    const linked = recLinks?.linked ?? [];
    if (linked.length === 0) {
      findings.push({
        rule: 'ofsted-uncovered',
        severity: 'warning',
        sheet: options.recommendationsSheet ? OFSTED_SHEET : plan.sheet,
        cell: options.recommendationsSheet ? `A${recommendationRow(index)}` : 'A1',
        ref: null,
        message: `No action in the plan answers Ofsted recommendation ${rec.id}: "${shorten(rec.text)}"`,
      });
      return;
    }
    for (const link of linked) {
      const action = byKey.get(link.action);
      if (!action) continue;
      const due = action.deadline.due;
      if (rec.dueBy && due && compareIso(due, rec.dueBy) > 0) {
        findings.push({
          rule: 'ofsted-deadline-beyond-timescale',
          severity: 'warning',
          sheet: action.sheet,
          cell: action.cells.deadline ?? action.cells.leadDeadline ?? `A${action.row}`,
          ref: action.ref,
          message: `Action ${link.action} is due ${ukLongDate(due)}, after Ofsted recommendation ${rec.id} is due (${ukLongDate(rec.dueBy)}).`,
        });
      }
      const rating = action.actionRag.rating;
      if (rating === 'unrated' || rating === 'invalid') {
        const typed = action.actionRag.text;
        findings.push({
          rule: 'ofsted-unrated',
          severity: 'warning',
          sheet: action.sheet,
          cell: action.cells.actionRag ?? `A${action.row}`,
          ref: action.ref,
          message:
            rating === 'unrated'
              ? `Action ${link.action} answers Ofsted recommendation ${rec.id} but has no RAG rating.`
              : `Action ${link.action} answers Ofsted recommendation ${rec.id} but has no RAG rating ("${shorten(typed, 40)}" is not one).`,
        });
      }
    }
  });
  return findings;
}
