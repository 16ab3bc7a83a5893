/**
 * Highlighting the actions that answer the Ofsted report, in a way that can be taken off cleanly.
 *
 * The highlight is one conditional format per plan (tag 'ofsted-highlight') over the action text
 * column, true on the rows whose ref is in the list of refs that answer the report (linked, or suggested
 * and not yet reviewed); nothing else on the sheet is formatted. Where the plan has an Ofsted ref
 * column, the ids of explicitly linked recommendations are also written into its EMPTY cells (never over
 * what is typed there). Removing the highlight clears the tagged
 * conditional format only: the sheet's formatting is back exactly as it was. The ids written into
 * the Ofsted ref column stay — they are the user's confirmed links, now part of the plan.
 */
import { columnLetter } from '../address';
import type { Edit } from '../edits';
import type { PlanSheet } from '../plan-reader';
import type { ColumnRole } from '../types';
import { actionKey, type LinkResult } from './link';

export const HIGHLIGHT_FILL = '#FFF2CC';
/** Excel keeps a conditional-format formula to 255 characters. */
const MAX_FORMULA = 255;

const TEXT_ROLES: ColumnRole[] = ['objectiveAction', 'action', 'objective'];

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** One or more `OR(TRIM($A8)="1.2",…)` formulas, each within Excel's length limit. */
function refFormulas(refLetter: string, firstRow: number, refs: string[]): string[] {
  const out: string[] = [];
  let terms: string[] = [];
  const cell = `TRIM($${refLetter}${firstRow})`;
  const build = (t: string[]) => `=OR(${t.join(',')})`;
  for (const ref of refs) {
    const term = `${cell}=${quote(ref)}`;
    if (terms.length > 0 && build([...terms, term]).length > MAX_FORMULA) {
      out.push(build(terms));
      terms = [];
    }
    terms.push(term);
  }
  if (terms.length > 0) out.push(build(terms));
  return out;
}

/**
 * The recommendations each action answers, by action key: the explicit links and the suggestions put
 * forward (`answers`), or the explicit links only. With `sheet`, only the actions on that sheet.
 */
export function linkedActions(
  links: LinkResult,
  options: { sheet?: string; explicitOnly?: boolean } = {},
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of links.recommendations) {
    for (const l of options.explicitOnly ? r.linked : r.answers) {
      if (options.sheet !== undefined && l.sheet !== options.sheet) continue;
      out.set(l.action, [...(out.get(l.action) ?? []), r.recommendation]);
    }
  }
  return out;
}

/**
 * Highlights the actions that answer the report (links and the suggestions put forward); writes the
 * recommendation ids only for explicit links, so a suggestion nobody confirmed never becomes an Ofsted
 * ref the next time the plan is read.
 */
export function highlightEdits(plan: PlanSheet, links: LinkResult): Edit[] {
  // A plan kept over several sheets is highlighted sheet by sheet.
  if (plan.parts) return plan.parts.flatMap((part) => highlightEdits(part, links));
  const sheet = plan.sheet;
  const edits: Edit[] = [{ kind: 'clearConditionalFormats', sheet, tag: 'ofsted-highlight' }];
  const byAction = linkedActions(links, { sheet });
  const explicitByAction = linkedActions(links, { sheet, explicitOnly: true });
  const actions = plan.actions.filter((a) => byAction.has(actionKey(a)));
  if (actions.length === 0) return edits;

  const textColumn = plan.columns.find((c) => TEXT_ROLES.includes(c.role));
  const refColumn = plan.columns.find((c) => c.role === 'ref');
  const textLetter = textColumn?.letter ?? 'A';
  const withRefs = actions.filter((a) => a.ref !== null);
  if (refColumn && withRefs.length > 0) {
    // One rule over the text column, driven by the refs: it follows the rows if lines are inserted.
    const first = plan.firstRow + 1;
    const last = Math.max(plan.lastRow, first);
    const refs = [...new Set(withRefs.map((a) => a.ref as string))];
    for (const formula of refFormulas(refColumn.letter, first, refs)) {
      edits.push({
        kind: 'conditionalFormat',
        sheet,
        address: `${textLetter}${first}:${textLetter}${last}`,
        tag: 'ofsted-highlight',
        rule: { type: 'formula', formula },
        fill: HIGHLIGHT_FILL,
      });
    }
  }
  // Actions without a ref are highlighted by their own cell.
  for (const a of actions) {
    if (refColumn && a.ref !== null) continue;
    edits.push({
      kind: 'conditionalFormat',
      sheet,
      address: `${textLetter}${a.row}`,
      tag: 'ofsted-highlight',
      rule: { type: 'formula', formula: '=TRUE' },
      fill: HIGHLIGHT_FILL,
    });
  }

  const ofstedColumn = plan.columns.find((c) => c.role === 'ofstedRef');
  if (ofstedColumn) {
    for (const a of actions) {
      const ids = explicitByAction.get(actionKey(a));
      if (!ids || a.ofstedRef.trim() !== '') continue; // never overwrite what is typed there
      edits.push({
        kind: 'setValues',
        sheet,
        address: `${columnLetter(ofstedColumn.col)}${a.row}`,
        values: [[ids.join(', ')]],
      });
    }
  }
  return edits;
}

/** Takes the highlight off: the tagged conditional formats only. */
export function removeHighlightEdits(plan: PlanSheet): Edit[] {
  return (plan.parts ?? [plan]).map((part) => ({
    kind: 'clearConditionalFormats',
    sheet: part.sheet,
    tag: 'ofsted-highlight',
  }));
}
