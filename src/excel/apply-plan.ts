/**
 * Deciding, before anything is queued, what an apply() needs: which sheets it writes, whether one of
 * them is known to be protected (then nothing is sent), and whether a short read must come first.
 * Pure: the host's SheetCache in, a plan out.
 */
import type { Edit } from '../core/edits';
import { sheetOfEdit } from './edit-ops';
import type { SheetCache } from './sheet-cache';

export interface ApplyPlan {
  /** The sheets the edits write to, each once, in the order they first appear. */
  sheets: string[];
  /** A sheet the host knows is protected: the whole list is refused (null when none is). */
  refused: string | null;
  /** Sheets whose tracker conditional formats are removed but were not covered by the last read. */
  unread: string[];
  /** True when a read must come before the writes (nothing read yet, or formats to find). */
  needsPreRead: boolean;
}

export function planApply(
  edits: readonly Edit[],
  cache: SheetCache,
  formatsRead: ReadonlySet<string>,
  conditionalFormats: boolean,
): ApplyPlan {
  const sheets = [...new Set(edits.map(sheetOfEdit))];
  const refused = cache.protectedAmong(sheets)?.name ?? null;
  const clearing = [
    ...new Set(edits.filter((e) => e.kind === 'clearConditionalFormats').map((e) => e.sheet)),
  ];
  // The last read already lists each sheet's conditional formats; only sheets it did not cover need
  // a read before the write.
  const unread = clearing.filter((name) => !formatsRead.has(name.toLowerCase()));
  const needsPreRead = edits.length > 0 && (!cache.known || (unread.length > 0 && conditionalFormats));
  return { sheets, refused, unread, needsPreRead };
}
