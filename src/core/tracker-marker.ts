/**
 * How a conditional format is marked as the tracker's own, shared by every adapter (the Excel JavaScript API
 * add-in and the .xlsx package writer), so a rule written by one is found and removed by the other.
 *
 * Every rule the tracker adds is a custom-formula rule whose formula ends in a harmless, always-true
 * marker naming its tag, e.g.
 *   =AND(TRIM(E2)="Red",ISTEXT("PlanTracker:rag-colours"))
 * The marker is readable in Excel's Conditional Formatting Rules Manager, and travels with any copy of
 * the workbook, on any device.
 */
import type { Edit, TrackerTag } from './edits';

export const MARKER_PREFIX = 'PlanTracker:';

/** The formula fragment that marks a tracker rule with its tag. */
export function tagMarker(tag: TrackerTag): string {
  return `ISTEXT("${MARKER_PREFIX}${tag}")`;
}

/** `=TRIM(A1)="x"` → `=AND(TRIM(A1)="x",ISTEXT("PlanTracker:<tag>"))`. A leading '=' is optional. */
export function markFormula(formula: string, tag: TrackerTag): string {
  return `=AND(${formula.replace(/^\s*=/, '')},${tagMarker(tag)})`;
}

/**
 * True when a conditional-format formula carries the tracker's marker for `tag` (with or without the
 * leading '=', as Excel and the .xlsx file store it).
 */
export function isTrackerFormula(formula: string, tag: TrackerTag | (string & {})): boolean {
  return formula.includes(`"${MARKER_PREFIX}${tag}"`);
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The marked custom formula for a tracker conditional format, relative to the range's top-left cell. */
export function trackerRuleFormula(
  address: string,
  rule: Extract<Edit, { kind: 'conditionalFormat' }>['rule'],
  tag: TrackerTag,
): string {
  const topLeft = address.split(/[:,\s]/)[0].replace(/\$/g, '');
  const test =
    rule.type === 'textEquals'
      ? `TRIM(${topLeft})=${quoteText(rule.text)}` // "=" compares text case-insensitively
      : rule.formula;
  return markFormula(test, tag);
}
