/**
 * Removing the tracker's own conditional formats, and nothing else.
 *
 * `ConditionalFormat.id` is the format's priority in its collection, not a stable identity (API
 * reference for ConditionalFormat.id): it changes when a format above it is deleted or a new one is
 * added, and after any edit the user makes (office-js #5222 is one way this bites). So the host never
 * deletes by ids from an earlier read. In the apply's own Excel.run it loads the sheet's formats afresh,
 * picks the tracker's by their marker formula (src/core/tracker-marker.ts), and deletes them from the
 * highest priority number down, before anything else in the batch: a delete never shifts the priority
 * of a format still to be deleted, and no format added in the same apply sits above them yet.
 */
import { isTrackerFormula } from '../core/tracker-marker';
import { onRange } from './edit-ops';
import { op, type Op } from './ops';

/** Deletes queued in one op: small enough for any batch, few enough ops for a long list. */
const DELETES_PER_OP = 250;

export interface FormatsToClear {
  sheet: string;
  tags: string[];
}

export type LoadedFormats = Map<
  string,
  { sheet: string; tags: string[]; worksheet: Excel.Worksheet; formats: Excel.ConditionalFormatCollection }
>;

/**
 * Queues the load of each sheet's conditional formats (id, custom formula); sync before removalOps. A
 * sheet that does not exist (yet: the same apply may create it) has nothing to remove.
 */
export function loadFormats(context: Excel.RequestContext, clears: FormatsToClear[]): LoadedFormats {
  const out: LoadedFormats = new Map();
  for (const { sheet, tags } of clears) {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load('name');
    const formats = worksheet.getRange().conditionalFormats;
    formats.load('items/id,items/customOrNullObject/rule/formula');
    out.set(sheet.toLowerCase(), { sheet, tags, worksheet, formats });
  }
  return out;
}

/** The priorities (ids) of the tracker formats with these tags, highest number first. */
export function trackerPriorities(
  items: readonly { id: string; formula: string | null }[],
  tags: readonly string[],
): string[] {
  return items
    .filter((f) => f.formula !== null && tags.some((tag) => isTrackerFormula(f.formula as string, tag)))
    .map((f) => f.id)
    .sort((a, b) => Number(b) - Number(a));
}

/** After the load's sync: the ops deleting the tracker formats found, by fresh id, highest first. */
export function removalOps(loaded: LoadedFormats): Op[] {
  const ops: Op[] = [];
  for (const { sheet, tags, worksheet, formats } of loaded.values()) {
    if (worksheet.isNullObject) continue;
    const ids = trackerPriorities(
      formats.items.map((cf) => ({
        id: cf.id,
        formula: cf.customOrNullObject.isNullObject ? null : cf.customOrNullObject.rule.formula,
      })),
      tags,
    );
    for (let start = 0; start < ids.length; start += DELETES_PER_OP) {
      const chunk = ids.slice(start, start + DELETES_PER_OP);
      ops.push(
        op((context) =>
          onRange(context.workbook.worksheets.getItem(sheet).getRange(), (range) => {
            for (const id of chunk) range.conditionalFormats.getItem(id).delete();
          }),
        ),
      );
    }
  }
  return ops;
}
