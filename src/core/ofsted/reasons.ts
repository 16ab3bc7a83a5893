/**
 * Links and their states in words, the same in the CLI, the Ofsted Recommendations sheet and the pane:
 * "Linked", "Suggested", "Not covered", and why each link was made.
 */
import type { ActionLink, LinkResult, LinkSource, LinkState, SharedTerm } from './link';
import type { RowColumn } from './row-similarity';

export const STATE_LABELS: Record<LinkState, string> = {
  linked: 'Linked',
  suggested: 'Suggested',
  'not-covered': 'Not covered',
};

export const SOURCE_LABELS: Record<LinkSource, string> = {
  confirmed: 'confirmed by you',
  'ref-column': 'Ofsted ref column',
  marker: 'marked in the plan',
  text: 'similar wording',
};

const COLUMN_LABELS: Record<RowColumn, string> = {
  action: 'action',
  'ofsted area': 'Ofsted area',
  objective: 'objective',
  theme: 'theme',
};

/** One shared term: '"neglect" (Ofsted area)', or '"PLO" = "pre-proceedings" (action)' when the glossary joined them. */
export function sharedTermText(t: SharedTerm): string {
  const words = t.concept ? `"${t.plan}" = "${t.report}"` : `"${t.plan}"`;
  return `${words} (${COLUMN_LABELS[t.column]})`;
}

/** The terms behind a link, the most telling first: 'shares "neglect" (Ofsted area), "GCP2" = "neglect" (action)'. */
export function sharedText(link: ActionLink, max = 4): string {
  const shared = link.reasons.shared.slice(0, max);
  return shared.length === 0 ? 'no words in common' : `shares ${shared.map(sharedTermText).join(', ')}`;
}

/** Why a link was made, in one line: its explicit source, the words it shares and any hint. */
export function reasonText(link: ActionLink, max = 4): string {
  const parts: string[] = [];
  if (link.reasons.explicit) parts.push(link.reasons.explicit);
  parts.push(sharedText(link, max));
  parts.push(...link.reasons.hints);
  return parts.join('; ');
}

/** "7 of 12 recommendations linked, 3 suggested, 2 not covered" */
export function progressLine(links: LinkResult): string {
  const total = links.recommendations.length;
  const { linked, suggested } = links.counts;
  return `${linked} of ${total} recommendation${total === 1 ? '' : 's'} linked, ${suggested} suggested, ${links.counts['not-covered']} not covered`;
}

/**
 * What the whole plan answers, in one sentence: "All 11 recommendations are linked to actions in the
 * plan." only when every one is linked (a suggestion is not yet an answer).
 */
export function coverageSentence(links: LinkResult): string {
  const total = links.recommendations.length;
  if (total > 0 && links.counts.linked === total)
    return `All ${total} recommendation${total === 1 ? ' is' : 's are'} linked to actions in the plan.`;
  return `${progressLine(links)}.`;
}
