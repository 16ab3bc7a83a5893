/**
 * Links the user has confirmed or rejected, kept in the tracker's hidden state sheet so they travel
 * with the workbook: one row per recommendation, key `ofsted-link:<id>` in column A, JSON in column B.
 * Every other row of that sheet (summary state, `mapping:` keys …) is kept as it is.
 */
import type { Edit } from '../edits';
import type { WorkbookSnapshot } from '../snapshot';
import { readStateEntries, stateSheetSpec } from '../state-sheet';
import type { Recommendation } from './types';

export const LINK_KEY_PREFIX = 'ofsted-link:';

export interface LinkDecision {
  /** Action keys (refs) the user confirmed answer the recommendation. */
  confirmed: string[];
  /** Action keys the user said do not. */
  rejected: string[];
  /**
   * Fingerprint of the recommendation's wording when the decision was made, so a decision about R3 of
   * one report is not applied to R3 of another.
   */
  fingerprint?: string;
}

/** Decisions by recommendation id. */
export type LinkDecisions = Record<string, LinkDecision>;

/** A short, stable fingerprint of a recommendation's wording (FNV-1a of its letters and digits). */
export function recommendationFingerprint(rec: Pick<Recommendation, 'text'>): string {
  const s = rec.text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function readConfirmedLinks(workbook: WorkbookSnapshot): LinkDecisions {
  const out: LinkDecisions = {};
  for (const [key, raw] of readStateEntries(workbook)) {
    if (!key.startsWith(LINK_KEY_PREFIX)) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue; // a damaged or hand-edited value is ignored, never trusted
    }
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const decision: LinkDecision = { confirmed: stringList(v.confirmed), rejected: stringList(v.rejected) };
    if (typeof v.fingerprint === 'string') decision.fingerprint = v.fingerprint;
    out[key.slice(LINK_KEY_PREFIX.length)] = decision;
  }
  return out;
}

/**
 * The edit that stores these decisions: the state sheet rewritten with the `ofsted-link:` rows updated
 * (a null decision removes the row) and every other row kept.
 */
export function confirmedLinkEdits(
  workbook: WorkbookSnapshot,
  links: Record<string, LinkDecision | null>,
): Edit[] {
  const updates: Record<string, unknown> = {};
  for (const [id, decision] of Object.entries(links)) {
    updates[`${LINK_KEY_PREFIX}${id}`] =
      decision === null
        ? null
        : {
            confirmed: [...new Set(decision.confirmed)],
            rejected: [...new Set(decision.rejected)],
            ...(decision.fingerprint ? { fingerprint: decision.fingerprint } : {}),
          };
  }
  return [{ kind: 'writeSheet', spec: stateSheetSpec(workbook, updates) }];
}

/** A decision with one action confirmed (and no longer rejected). */
export function confirmLink(
  previous: LinkDecision | undefined,
  action: string,
  rec: Recommendation,
): LinkDecision {
  return {
    confirmed: [...new Set([...(previous?.confirmed ?? []), action])],
    rejected: (previous?.rejected ?? []).filter((a) => a !== action),
    fingerprint: recommendationFingerprint(rec),
  };
}

/** A decision with one action rejected (and no longer confirmed). */
export function rejectLink(
  previous: LinkDecision | undefined,
  action: string,
  rec: Recommendation,
): LinkDecision {
  return {
    confirmed: (previous?.confirmed ?? []).filter((a) => a !== action),
    rejected: [...new Set([...(previous?.rejected ?? []), action])],
    fingerprint: recommendationFingerprint(rec),
  };
}

/** A decision with one action neither confirmed nor rejected any more (the user's undo). */
export function undoDecision(
  previous: LinkDecision | undefined,
  action: string,
  rec: Recommendation,
): LinkDecision {
  return {
    confirmed: (previous?.confirmed ?? []).filter((a) => a !== action),
    rejected: (previous?.rejected ?? []).filter((a) => a !== action),
    fingerprint: recommendationFingerprint(rec),
  };
}
