/**
 * Due soon: due on the as-of day or within the next few weeks (30 days unless chosen otherwise), and
 * not Blue. Kept apart from standing.ts so the pane can check a chosen window without the rules.
 */
import { compareIso, isoToSerial, serialToIso } from './dates';
import type { IsoDate, PlanAction } from './types';

/** How far ahead "due soon" looks unless the officer (or `--due-soon-days`) says otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 30;
/** The longest window offered: a year. */
export const MAX_DUE_SOON_DAYS = 366;

/** `asOf` plus `days` calendar days. */
export function addDays(asOf: IsoDate, days: number): IsoDate {
  return serialToIso(isoToSerial(asOf) + days);
}

/** A whole number of days from 0 to MAX_DUE_SOON_DAYS, or null when `value` is not one. */
export function dueSoonDaysFrom(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DUE_SOON_DAYS ? n : null;
}

/** Due on the as-of day or within `days` after it, and not Blue (complete). Never overdue as well. */
export function isDueSoon(action: PlanAction, asOf: IsoDate, days: number = DEFAULT_DUE_SOON_DAYS): boolean {
  const due = action.deadline.due;
  return (
    due !== null &&
    compareIso(due, asOf) >= 0 &&
    compareIso(due, addDays(asOf, days)) <= 0 &&
    action.actionRag.rating !== 'blue'
  );
}
