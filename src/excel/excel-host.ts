/**
 * The PlanHost for Excel (Office.js). Reads the whole workbook in one context.sync() and applies a list
 * of edits in one more (split into batches only when the values written exceed `chunkCells`, standing for
 * Excel on the web's ~5 MB request limit). Features this Excel lacks are left out and reported, never
 * half-done; every error Excel raises comes back as a HostError with a plain-English message.
 *
 * Sync counts (measured against the strict double in tests/excel-adapter):
 *   readWorkbook            1 (one more per 40 sheets beyond the first 40)
 *   apply                   1 per batch; +1 when the list clears tracker conditional formats or when
 *                           nothing has been read yet (a short pre-read of sheet names, protection and
 *                           the tracker's conditional formats)
 *   edits refused because the last read said the sheet is protected: 0
 */
import type { Edit } from '../core/edits';
import { type PlanHost } from '../core/host';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isTrackerFormula } from '../core/tracker-marker';
import { type ApplyPlan, planApply } from './apply-plan';
import { editOps } from './edit-ops';
import { protectedSheetError, toHostError } from './errors';
import { type Op, type OpEnv, planBatches, runBatches } from './ops';
import { type FormatInfo, readAllSheets } from './read';
import { EXCEL_API, type ExcelFeature, unavailableFeatures } from './requirements';
import { SheetCache } from './sheet-cache';

/** Values written per request before the list is split (about 5 MB of JSON on Excel on the web). */
export const DEFAULT_CHUNK_CELLS = 200_000;

export interface ExcelHostDeps {
  /** The Excel namespace (the global one in the add-in, the double's in tests). */
  Excel: typeof Excel;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  chunkCells?: number;
}

export interface ApplyReport {
  /** context.sync() calls made (each one a request to Excel). */
  syncs: number;
  /** Batches the edits were split into (1 unless the values written exceeded chunkCells). */
  batches: number;
  /** Cells written through setValues and writeSheet. */
  cellsWritten: number;
  /** Edits (or parts of them) left out because this Excel lacks the feature, in plain English. */
  skipped: string[];
}

export interface ExcelHost extends PlanHost {
  /** apply() that also says how it went (PlanHost.apply resolves to nothing). */
  applyWithReport(edits: Edit[]): Promise<ApplyReport>;
  onChanged(callback: () => void): Promise<() => Promise<void>>;
  /** Calls back when the user selects other cells (the pane re-checks after a drop-down pick). */
  onSelectionChanged(callback: () => void): Promise<() => Promise<void>>;
  /** Syncs made by the last readWorkbook() or apply() (also when it failed). */
  lastSyncCount(): number;
  /** The report of the last apply() that succeeded, or null. */
  lastApplyReport(): ApplyReport | null;
}

export function createExcelHost(deps: ExcelHostDeps): ExcelHost {
  const { Excel: excel } = deps;
  const chunkCells = deps.chunkCells ?? DEFAULT_CHUNK_CELLS;
  const supported = new Map<ExcelFeature, boolean>();
  const supports = (feature: ExcelFeature): boolean => {
    let ok = supported.get(feature);
    if (ok === undefined) {
      try {
        ok = deps.isSetSupported('ExcelApi', EXCEL_API[feature]);
      } catch {
        ok = false; // an Office too old to answer has none of the newer sets
      }
      supported.set(feature, ok);
    }
    return ok;
  };
  const cache = new SheetCache();
  let lastSyncs = 0;
  let lastReport: ApplyReport | null = null;
  /** Conditional formats as of the last read, so removing the tracker's own needs no extra read. */
  let formatsRead = new Map<string, FormatInfo[]>();

  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    supports('delayForCellEdit') ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);

  async function readWorkbook(): Promise<WorkbookSnapshot> {
    try {
      const result = await excel.run((context) =>
        readAllSheets(context, {
          cellProperties: supports('cellProperties'),
          mergedAreas: supports('mergedAreas'),
          conditionalFormats: supports('conditionalFormats'),
        }),
      );
      lastSyncs = result.syncs;
      formatsRead = result.formats;
      cache.remember(result.snapshot.sheets);
      return result.snapshot;
    } catch (e) {
      throw toHostError(e, { sheets: [], operation: 'read' });
    }
  }

  /**
   * The read before any write, in the apply's own Excel.run: sheet names and protection (if nothing
   * was read yet) and the conditional formats of the sheets whose tracker rules are to be removed.
   */
  async function preRead(
    context: Excel.RequestContext,
    plan: ApplyPlan,
    onSync: () => void,
  ): Promise<Map<string, Excel.ConditionalFormatCollection>> {
    const found = new Map<string, Excel.ConditionalFormatCollection>();
    const all = context.workbook.worksheets;
    const unknown = !cache.known;
    if (unknown) all.load('items/name,items/protection/protected');
    if (supports('conditionalFormats'))
      for (const name of plan.unread) {
        const formats = all.getItem(name).getRange().conditionalFormats;
        formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
        found.set(name.toLowerCase(), formats);
      }
    await context.sync();
    onSync();
    if (unknown) {
      cache.remember(all.items.map((s) => ({ name: s.name, protected: s.protection.protected })));
      const refused = cache.protectedAmong(plan.sheets);
      if (refused) throw protectedSheetError(refused.name);
    }
    return found;
  }

  /** The tracker's conditional formats with this tag, from the pre-read or (by id) from the last read. */
  function trackerFormats(
    context: Excel.RequestContext,
    found: Map<string, Excel.ConditionalFormatCollection>,
    sheet: string,
    tag: string,
  ): Excel.ConditionalFormat[] {
    const read = formatsRead.get(sheet.toLowerCase());
    if (read && !found.has(sheet.toLowerCase())) {
      const collection = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
      return read.filter((f) => isTrackerFormula(f.formula, tag)).map((f) => collection.getItem(f.id));
    }
    return (found.get(sheet.toLowerCase())?.items ?? []).filter(
      (cf) =>
        !cf.customOrNullObject.isNullObject && isTrackerFormula(cf.customOrNullObject.rule.formula, tag),
    );
  }

  async function applyWithReport(edits: Edit[]): Promise<ApplyReport> {
    const plan = planApply(edits, cache, new Set(formatsRead.keys()), supports('conditionalFormats'));
    lastSyncs = 0;
    if (plan.refused) throw protectedSheetError(plan.refused);
    const report: ApplyReport = { syncs: 0, batches: 0, cellsWritten: 0, skipped: [] };
    if (edits.length === 0) return report;
    try {
      await run(async (context) => {
        const found = plan.needsPreRead
          ? await preRead(context, plan, () => report.syncs++)
          : new Map<string, Excel.ConditionalFormatCollection>();
        const env: OpEnv = {
          supports,
          sheetExists: (name) => cache.exists(name),
          trackerFormats: (sheet, tag) => trackerFormats(context, found, sheet, tag),
        };
        const ops: Op[] = edits.flatMap((edit) =>
          editOps(edit, env, chunkCells, (why) => report.skipped.push(why)),
        );
        report.cellsWritten = ops.reduce((n, op) => n + op.weight, 0);
        const batches = planBatches(ops, chunkCells);
        report.batches = batches.length;
        await runBatches(context, batches, () => report.syncs++);
      });
    } catch (e) {
      lastSyncs = report.syncs;
      const error = toHostError(e, { sheets: plan.sheets, operation: 'write' });
      if (error.code === 'protected' && plan.sheets.length === 1) cache.markProtected(plan.sheets[0]);
      throw error;
    }
    lastSyncs = report.syncs;
    // Formats added or removed have ids this host has not read: read again before the next removal.
    for (const edit of edits)
      if (edit.kind === 'conditionalFormat' || edit.kind === 'clearConditionalFormats')
        formatsRead.delete(edit.sheet.toLowerCase());
    cache.afterApply(edits);
    lastReport = report;
    return report;
  }

  async function subscribe(
    feature: ExcelFeature | null,
    add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<unknown>,
  ): Promise<() => Promise<void>> {
    if (feature && !supports(feature))
      throw toHostError(
        { code: 'ApiNotFound', message: `ExcelApi ${EXCEL_API[feature]} is needed for change events.` },
        { sheets: [], operation: 'read' },
      );
    try {
      const handler = await excel.run(async (context) => {
        const result = add(context);
        await context.sync();
        return result;
      });
      return () =>
        excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        });
    } catch (e) {
      throw toHostError(e, { sheets: [], operation: 'read' });
    }
  }

  return {
    readWorkbook,
    apply: async (edits) => {
      await applyWithReport(edits);
    },
    applyWithReport,
    unavailableFeatures: () => unavailableFeatures(deps.isSetSupported),
    onChanged: (callback) =>
      subscribe('changeEvents', (context) =>
        context.workbook.worksheets.onChanged.add(async () => {
          callback();
        }),
      ),
    onSelectionChanged: (callback) =>
      subscribe(null, (context) =>
        context.workbook.onSelectionChanged.add(async () => {
          callback();
        }),
      ),
    lastSyncCount: () => lastSyncs,
    lastApplyReport: () => lastReport,
  };
}
