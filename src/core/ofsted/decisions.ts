/**
 * What a decision in the Ofsted review changes: accepting, rejecting or undoing one suggested action,
 * or accepting every suggestion at or above a confidence in one go. Returns the new decision of each
 * recommendation it touches, for confirmedLinkEdits to store in one write.
 */
import {
  confirmLink,
  rejectLink,
  undoDecision,
  type LinkDecision,
  type LinkDecisions,
} from './confirmed-links';
import type { LinkResult } from './link';
import type { OfstedReport } from './types';

export type LinkChange =
  /** One action for one recommendation: accepted, rejected, or neither any more. */
  | { kind: 'decide'; recommendation: string; action: string; how: 'accept' | 'reject' | 'undo' }
  /** Every suggestion put forward for a recommendation still waiting for review, at or above `minConfidence` (0–1). */
  | { kind: 'accept-all'; minConfidence: number };

export interface LinkChanges {
  /** The new decision of each recommendation changed, by id. */
  decisions: Record<string, LinkDecision>;
  /** How many actions were accepted, rejected or undone. */
  count: number;
}

/** The suggestions a batch accepts: those put forward (not weak ones) for recommendations not yet linked. */
function acceptAll(
  report: OfstedReport,
  links: LinkResult,
  decisions: LinkDecisions,
  minConfidence: number,
): LinkChanges {
  const out: Record<string, LinkDecision> = {};
  let count = 0;
  for (const r of links.recommendations) {
    if (r.state !== 'suggested') continue;
    const rec = report.recommendations.find((x) => x.id === r.recommendation);
    if (!rec) continue;
    for (const l of r.answers) {
      if (l.confidence < minConfidence) continue;
      out[rec.id] = confirmLink(out[rec.id] ?? decisions[rec.id], l.action, rec);
      count++;
    }
  }
  return { decisions: out, count };
}

export function linkChanges(
  report: OfstedReport,
  links: LinkResult,
  decisions: LinkDecisions,
  change: LinkChange,
): LinkChanges {
  if (change.kind === 'accept-all') return acceptAll(report, links, decisions, change.minConfidence);
  const rec = report.recommendations.find((r) => r.id === change.recommendation);
  if (!rec) return { decisions: {}, count: 0 };
  const previous = decisions[rec.id];
  const decide = change.how === 'accept' ? confirmLink : change.how === 'reject' ? rejectLink : undoDecision;
  return { decisions: { [rec.id]: decide(previous, change.action, rec) }, count: 1 };
}
