/**
 * Deciding, before anything is queued, what an apply() needs: which sheets it writes, whether one of
 * them is known to be protected (then nothing is sent), which sheets' tracker formats are removed, and
 * whether a short read must come first. Pure: the host's SheetCache in, a plan out.
 */
import type { Edit } from '../core/edits';
import { sheetOfEdit } from './edit-ops';
import type { SheetCache } from './sheet-cache';
import type { FormatsToClear } from './tracker-formats';

export interface ApplyPlan {
  /** The sheets the edits write to, each once, in the order they first appear. */
  sheets: string[];
  /** A sheet the host knows is protected: the whole list is refused (null when none is). */
  refused: string | null;
  /** Sheets whose tracker conditional formats are removed, with the tags (empty when Excel has none). */
  clearing: FormatsToClear[];
  /** True when a read must come before the writes (nothing read yet, or formats to find). */
  needsPreRead: boolean;
}

export function planApply(edits: readonly Edit[], cache: SheetCache, conditionalFormats: boolean): ApplyPlan {
  const sheets = [...new Set(edits.map(sheetOfEdit))];
  const refused = cache.protectedAmong(sheets)?.name ?? null;
  const bySheet = new Map<string, FormatsToClear>();
  if (conditionalFormats)
    for (const e of edits) {
      if (e.kind !== 'clearConditionalFormats') continue;
      const entry = bySheet.get(e.sheet.toLowerCase()) ?? { sheet: e.sheet, tags: [] };
      if (!entry.tags.includes(e.tag)) entry.tags.push(e.tag);
      bySheet.set(e.sheet.toLowerCase(), entry);
    }
  const clearing = [...bySheet.values()];
  const needsPreRead = edits.length > 0 && (!cache.known || clearing.length > 0);
  return { sheets, refused, clearing, needsPreRead };
}
