/** Loading the example workbooks as snapshots, and applying simple edits to a snapshot by hand. */
import { join } from 'node:path';
import { parseRange } from '../../src/core/address';
import type { Edit } from '../../src/core/edits';
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import type { SheetSpec } from '../../src/core/sheet-spec';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');

export async function example(name: string): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbookFile(join(EXAMPLES, name)));
}

export function sheetOf(workbook: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function planOf(sheet: SheetSnapshot): PlanSheet {
  const read = readPlanSheet(sheet);
  if (!read.ok) throw new Error(read.reason);
  return read.plan;
}

/** Every cell an address covers, as 'F8', 'G8', … */
export function cellsOf(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      out.push(`${String.fromCharCode(65 + col)}${row + 1}`);
    }
  }
  return out;
}

/** The rows (1-based) an address covers. */
export function rowsOf(address: string): number[] {
  const r = parseRange(address);
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + 1 + i);
}

/** A sheet as written from a spec (values and text only). */
export function sheetFromSpec(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name,
    merges: [...(spec.merges ?? [])],
    hidden: spec.state === 'hidden',
    rows: spec.rows.map((row) =>
      row.map((c): CellSnapshot | undefined =>
        !c || c.value === null ? undefined : { value: c.value, text: String(c.value) },
      ),
    ),
  };
}

/**
 * Applies setValues and writeSheet edits to a copy of a workbook snapshot, as an adapter would for
 * values (formats, validation and conditional formats are not part of a snapshot and are ignored).
 */
export function applyByHand(workbook: WorkbookSnapshot, edits: Edit[]): WorkbookSnapshot {
  const sheets = workbook.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) }));
  for (const e of edits) {
    if (e.kind === 'writeSheet') {
      const written = sheetFromSpec(e.spec);
      const at = sheets.findIndex((s) => s.name === e.spec.name);
      if (at >= 0) sheets[at] = written;
      else sheets.push(written);
    } else if (e.kind === 'setValues') {
      const sheet = sheets.find((s) => s.name === e.sheet)!;
      const r = parseRange(e.address);
      e.values.forEach((values, i) => {
        const row = (sheet.rows[r.top + i] ??= []);
        values.forEach((v, j) => {
          row[r.left + j] = v === null ? undefined : { value: v, text: String(v) };
        });
      });
    }
  }
  return { sheets };
}
