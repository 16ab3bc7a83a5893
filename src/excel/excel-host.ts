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
import { editOps, sheetOfEdit } from './edit-ops';
import { protectedSheetError, toHostError } from './errors';
import { type Op, type OpEnv, planBatches } from './ops';
import { type FormatInfo, readAllSheets } from './read';
import { EXCEL_API, type ExcelFeature, unavailableFeatures } from './requirements';

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

interface KnownSheet {
  name: string;
  protected: boolean;
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
  /** Sheets as of the last read (or apply), by lower-case name; null before the first read. */
  let known: Map<string, KnownSheet> | null = null;
  let lastSyncs = 0;
  let lastReport: ApplyReport | null = null;
  /** Conditional formats as of the last read, so removing the tracker's own needs no extra read. */
  let formatsRead = new Map<string, FormatInfo[]>();

  const remember = (snapshot: WorkbookSnapshot): void => {
    known = new Map(
      snapshot.sheets.map((s) => [s.name.toLowerCase(), { name: s.name, protected: Boolean(s.protected) }]),
    );
  };

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
      remember(result.snapshot);
      return result.snapshot;
    } catch (e) {
      throw toHostError(e, { sheets: [], operation: 'read' });
    }
  }

  /** Refuses, before anything is sent, edits to sheets the host knows are protected. */
  function refuseProtected(sheets: string[]): void {
    for (const name of sheets) {
      const sheet = known?.get(name.toLowerCase());
      if (sheet?.protected) throw protectedSheetError(sheet.name);
    }
  }

  async function applyWithReport(edits: Edit[]): Promise<ApplyReport> {
    const sheets = [...new Set(edits.map(sheetOfEdit))];
    lastSyncs = 0;
    refuseProtected(sheets);
    const report: ApplyReport = { syncs: 0, batches: 0, cellsWritten: 0, skipped: [] };
    if (edits.length === 0) return report;
    const clearing = [
      ...new Set(edits.filter((e) => e.kind === 'clearConditionalFormats').map((e) => e.sheet)),
    ];
    // The last read already lists each sheet's conditional formats; only sheets it did not cover need
    // a read before the write.
    const unread = clearing.filter((name) => !formatsRead.has(name.toLowerCase()));
    const needsPreRead = known === null || (unread.length > 0 && supports('conditionalFormats'));
    try {
      await run(async (context) => {
        const found = new Map<string, Excel.ConditionalFormatCollection>();
        if (needsPreRead) {
          // One read before any write: sheet names and protection (if nothing was read yet) and the
          // conditional formats of the sheets whose tracker rules are to be removed.
          const all = context.workbook.worksheets;
          if (known === null) all.load('items/name,items/protection/protected');
          if (supports('conditionalFormats'))
            for (const name of unread) {
              const formats = all.getItem(name).getRange().conditionalFormats;
              formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
              found.set(name.toLowerCase(), formats);
            }
          await context.sync();
          report.syncs++;
          if (known === null) {
            known = new Map(
              all.items.map((s) => [
                s.name.toLowerCase(),
                { name: s.name, protected: s.protection.protected },
              ]),
            );
            refuseProtected(sheets);
          }
        }
        const env: OpEnv = {
          supports,
          sheetExists: (name) => known?.has(name.toLowerCase()) ?? false,
          trackerFormats: (sheet, tag) => {
            const read = formatsRead.get(sheet.toLowerCase());
            if (read && !found.has(sheet.toLowerCase())) {
              const collection = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
              return read
                .filter((f) => isTrackerFormula(f.formula, tag))
                .map((f) => collection.getItem(f.id));
            }
            return (found.get(sheet.toLowerCase())?.items ?? []).filter(
              (cf) =>
                !cf.customOrNullObject.isNullObject &&
                isTrackerFormula(cf.customOrNullObject.rule.formula, tag),
            );
          },
        };
        const ops: Op[] = edits.flatMap((edit) =>
          editOps(edit, env, chunkCells, (why) => report.skipped.push(why)),
        );
        report.cellsWritten = ops.reduce((n, op) => n + op.weight, 0);
        const batches = planBatches(ops, chunkCells);
        report.batches = batches.length;
        // Batches run one after another without a sync inside a loop: each link of the chain queues
        // one batch and syncs it.
        await batches.reduce(
          (previous, batch) =>
            previous.then(async () => {
              for (const op of batch) op.queue(context);
              await context.sync();
              report.syncs++;
            }),
          Promise.resolve(),
        );
      });
    } catch (e) {
      lastSyncs = report.syncs;
      const error = toHostError(e, { sheets, operation: 'write' });
      if (error.code === 'protected' && sheets.length === 1) {
        const sheet = known?.get(sheets[0].toLowerCase());
        if (sheet) sheet.protected = true;
      }
      throw error;
    }
    lastSyncs = report.syncs;
    // Formats added or removed have ids this host has not read: read again before the next removal.
    for (const edit of edits)
      if (edit.kind === 'conditionalFormat' || edit.kind === 'clearConditionalFormats')
        formatsRead.delete(edit.sheet.toLowerCase());
    for (const edit of edits)
      if (edit.kind === 'writeSheet' && known && !known.has(edit.spec.name.toLowerCase()))
        known.set(edit.spec.name.toLowerCase(), { name: edit.spec.name, protected: false });
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
