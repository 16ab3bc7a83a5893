/**
 * What the tracker reports about a plan against an Ofsted report. Same shape as the plan checks'
 * Finding (src/core/types.ts), with the Ofsted rule ids.
 */
import { compareIso, ukLongDate } from '../dates';
import type { PlanSheet } from '../plan-reader';
import type { Finding } from '../types';
import { actionKey, planParts, type LinkResult } from './link';
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
  plan: PlanSheet | readonly PlanSheet[],
  links: LinkResult,
  options: OfstedFindingOptions = {},
): OfstedFinding[] {
  const plans = planParts(plan);
  const findings: OfstedFinding[] = [];
  const byPlace = new Map(
    plans.flatMap((p) =>
      p.actions.map((a) => [`${p.sheet}\u0000${actionKey(a)}`, { sheet: p.sheet, action: a }] as const),
    ),
  );
  report.recommendations.forEach((rec, index) => {
    const recLinks = links.recommendations.find((l) => l.recommendation === rec.id);
    // Only a recommendation that nothing even plausibly answers is reported; a suggestion waits for review.
    if (!recLinks || recLinks.state === 'not-covered') {
      findings.push({
        rule: 'ofsted-uncovered',
        severity: 'warning',
        sheet: options.recommendationsSheet ? OFSTED_SHEET : (plans[0]?.sheet ?? OFSTED_SHEET),
        cell: options.recommendationsSheet ? `A${recommendationRow(index)}` : 'A1',
        ref: null,
        message: `No action in the plan answers Ofsted recommendation ${rec.id}: "${shorten(rec.text)}"`,
      });
      return;
    }
    const suggested = recLinks.state === 'suggested';
    for (const link of recLinks.answers) {
      const place = byPlace.get(`${link.sheet}\u0000${link.action}`);
      if (!place) continue;
      const { action, sheet } = place;
      const which = suggested
        ? `Action ${link.action} (suggested for Ofsted recommendation ${rec.id})`
        : `Action ${link.action}`;
      const due = action.deadline.due;
      if (rec.dueBy && due && compareIso(due, rec.dueBy) > 0) {
        findings.push({
          rule: 'ofsted-deadline-beyond-timescale',
          severity: 'warning',
          sheet,
          cell: action.cells.deadline ?? action.cells.leadDeadline ?? `A${action.row}`,
          ref: action.ref,
          message: suggested
            ? `${which} is due ${ukLongDate(due)}, after the recommendation is due (${ukLongDate(rec.dueBy)}).`
            : `${which} is due ${ukLongDate(due)}, after Ofsted recommendation ${rec.id} is due (${ukLongDate(rec.dueBy)}).`,
        });
      }
      const rating = action.actionRag.rating;
      if (rating === 'unrated' || rating === 'invalid') {
        const typed = action.actionRag.text;
        const what = suggested
          ? `${which} has no RAG rating`
          : `${which} answers Ofsted recommendation ${rec.id} but has no RAG rating`;
        findings.push({
          rule: 'ofsted-unrated',
          severity: 'warning',
          sheet,
          cell: action.cells.actionRag ?? `A${action.row}`,
          ref: action.ref,
          message: rating === 'unrated' ? `${what}.` : `${what} ("${shorten(typed, 40)}" is not one).`,
        });
      }
    }
  });
  return findings;
}
