/**
 * The PlanHost for Excel (Office.js), sized to stay inside Excel's limits (5 MB per request and per
 * response on Excel on the web, 5 million cells per read): reads survey the used ranges first and then
 * read in bands (read.ts); after the first read only what changed is read again (incremental.ts); edits
 * become ops with an estimated payload, batched well under 5 MB (ops.ts, payload.ts). Features this Excel
 * lacks are left out and reported, never half-done; every error Excel raises comes back as a HostError
 * with a plain-English message.
 *
 * Sync counts (measured against the strict double in tests/excel-adapter; the scale tests pin them for
 * 500, 5,000 and 20,000 actions on each platform):
 *   readWorkbook, first      1 survey (one more per 40 sheets) + 1 for the first 60 rows of every sheet
 *                            + 1 per band of the rest (none for a sheet of 60 rows or fewer)
 *   readWorkbook, later      1 (the survey, the changed rows and the header rows) while the host's change
 *                            events run (ExcelApi 1.9); the first read's count when a sheet was added,
 *                            removed or renamed, or a header changed
 *   apply                    1 per batch; +1 when the list removes tracker conditional formats (they are
 *                            loaded afresh in the same Excel.run) or nothing has been read yet
 *   edits refused because the last read said the sheet is protected: 0
 */
import type { Edit } from '../core/edits';
import { type PlanHost } from '../core/host';
import type { WorkbookSnapshot } from '../core/snapshot';
import { type ApplyPlan, planApply } from './apply-plan';
import { editOps } from './edit-ops';
import { protectedSheetError, toHostError } from './errors';
import { type BatchLimits, DEFAULT_LIMITS, type Op, type OpEnv, planBatches, runBatches } from './ops';
import { ChangeLog, readChanges } from './incremental';
import { readAllSheets, type ReadOptions, type ReadResult } from './read';
import { EXCEL_API, type ExcelFeature, unavailableFeatures } from './requirements';
import { SheetCache } from './sheet-cache';
import { loadFormats, removalOps } from './tracker-formats';

export { DEFAULT_CHUNK_CELLS } from './ops';

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
  /** Batches the edits were split into (1 unless they would pass the payload budget or chunkCells). */
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
  const limits: BatchLimits = { ...DEFAULT_LIMITS, cells: deps.chunkCells ?? DEFAULT_LIMITS.cells };
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

  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    supports('delayForCellEdit') ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);

  /** The last read, kept so the next one can re-read only what changed; null forces a full read. */
  let last: ReadResult | null = null;
  /** What changed since, as the host's own change events and its own edits record it. */
  const changes = new ChangeLog();
  /** True once the host's own onChanged / onFormatChanged handlers are registered (ExcelApi 1.9). */
  let watching = false;

  /** Queues the host's change handlers; they ride the read's first sync. */
  function watchChanges(context: Excel.RequestContext): void {
    const sheets = context.workbook.worksheets;
    sheets.onChanged.add(async (event) => changes.record(event.worksheetId, event.address, event.changeType));
    sheets.onFormatChanged.add(async (event) => changes.record(event.worksheetId, event.address));
  }

  async function readWorkbook(): Promise<WorkbookSnapshot> {
    const options: ReadOptions = {
      cellProperties: supports('cellProperties'),
      mergedAreas: supports('mergedAreas'),
      specialCells: supports('specialCells'),
    };
    const pending = changes.take();
    try {
      const result = await excel.run(async (context) => {
        const subscribe = !watching && supports('changeEvents');
        if (subscribe) watchChanges(context);
        const previous = watching && !pending.everything ? last : null;
        const read = previous
          ? await readChanges(context, previous, pending.sheets, options)
          : await readAllSheets(context, options);
        if (subscribe) watching = true;
        return read;
      });
      lastSyncs = result.syncs;
      last = result;
      cache.remember(result.snapshot.sheets);
      return result.snapshot;
    } catch (e) {
      last = null; // what this read missed is read in full next time
      throw toHostError(e, { sheets: [], operation: 'read' });
    }
  }

  /** The id of a sheet of the last read, by name. */
  const idOf = (name: string): string | undefined =>
    last?.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.id;

  /**
   * The read before any write, in the apply's own Excel.run: sheet names and protection (if nothing
   * was read yet) and, afresh, the conditional formats of the sheets whose tracker rules are removed.
   */
  async function preRead(context: Excel.RequestContext, plan: ApplyPlan, onSync: () => void): Promise<Op[]> {
    const all = context.workbook.worksheets;
    const unknown = !cache.known;
    if (unknown) all.load('items/name,items/protection/protected');
    const loaded = loadFormats(context, plan.clearing);
    await context.sync();
    onSync();
    if (unknown) {
      cache.remember(all.items.map((s) => ({ name: s.name, protected: s.protection.protected })));
      const refused = cache.protectedAmong(plan.sheets);
      if (refused) throw protectedSheetError(refused.name);
    }
    return removalOps(loaded);
  }

  async function applyWithReport(edits: Edit[]): Promise<ApplyReport> {
    const plan = planApply(edits, cache, supports('conditionalFormats'));
    lastSyncs = 0;
    if (plan.refused) throw protectedSheetError(plan.refused);
    const report: ApplyReport = { syncs: 0, batches: 0, cellsWritten: 0, skipped: [] };
    if (edits.length === 0) return report;
    try {
      await run(async (context) => {
        const removals = plan.needsPreRead ? await preRead(context, plan, () => report.syncs++) : [];
        const env: OpEnv = { supports, sheetExists: (name) => cache.exists(name) };
        const ops: Op[] = [
          ...removals,
          ...edits.flatMap((edit) => editOps(edit, env, limits, (why) => report.skipped.push(why))),
        ];
        report.cellsWritten = ops.reduce((n, o) => n + o.cells, 0);
        const batches = planBatches(ops, limits);
        report.batches = batches.length;
        await runBatches(context, batches, () => report.syncs++);
      });
    } catch (e) {
      lastSyncs = report.syncs;
      changes.markEverything(); // some of it may have been written
      const error = toHostError(e, { sheets: plan.sheets, operation: 'write' });
      if (error.code === 'protected' && plan.sheets.length === 1) cache.markProtected(plan.sheets[0]);
      throw error;
    }
    lastSyncs = report.syncs;
    changes.recordEdits(edits, idOf);
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
