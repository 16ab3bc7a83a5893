/**
 * A strict in-memory Excel for adapter tests, built on Microsoft's own client library.
 *
 *   const double = createExcelDouble(state);
 *   await double.run(async (context) => { ... await context.sync(); });
 *   expect(double.syncCount()).toBe(1);
 *
 * The `Excel` namespace is the real one from `@microsoft/office-js` (proxies, load/sync rules,
 * PropertyNotLoaded errors, request batching); only the host is replaced, by backend.ts.
 */
import { type BackendOptions, ExcelBackend, type RequestMessage, type SyncRecord } from './backend';
import { loadOfficeJs } from './load-office-js';
import type { WorkbookState } from './workbook-state';

export interface ExcelDouble {
  /** The real Excel namespace, living in its own vm context. */
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** `Excel.run` bound to this double. */
  run: typeof Excel.run;
  /** The workbook the double reads and writes (mutated in place). */
  state: WorkbookState;
  /** Requests sent by context.sync() calls that had work queued (Excel.run's clean-up excluded). */
  syncCount(): number;
  /** Excel.run's closing `_RemoveReference` batches, counted apart from syncCount. */
  cleanupCount(): number;
  resetSyncCount(): void;
  /** One record per request (syncs and clean-ups): readable action names, error code if any. */
  requests: SyncRecord[];
  /** Raw request messages (deep copies) as the client sent them. */
  rawMessages: RequestMessage[];
  /** Every "not supported by the test double" message raised so far. */
  unsupported: string[];
  backend: ExcelBackend;
}

export function createExcelDouble(state: WorkbookState, options: BackendOptions = {}): ExcelDouble {
  const { Excel: ExcelNs, OfficeExtension: OE } = loadOfficeJs();
  const backend = new ExcelBackend(state, options);
  const session = {
    _resolveRequestUrlAndHeaderInfo: () =>
      Promise.resolve({ url: 'https://excel-double.invalid', headers: {} }),
    _createRequestExecutorOrNull: () => backend,
  };
  (OE as unknown as { SessionBase: { _overrideSession: unknown } }).SessionBase._overrideSession = session;
  return {
    Excel: ExcelNs,
    OfficeExtension: OE,
    run: ExcelNs.run.bind(ExcelNs) as typeof Excel.run,
    state,
    syncCount: () => backend.syncCount,
    cleanupCount: () => backend.cleanupCount,
    resetSyncCount: () => {
      backend.syncCount = 0;
      backend.cleanupCount = 0;
      backend.requests.length = 0;
      backend.rawMessages.length = 0;
    },
    requests: backend.requests,
    rawMessages: backend.rawMessages,
    unsupported: backend.unsupported,
    backend,
  };
}

export * from './workbook-state';
export { ACCESS_DENIED_MESSAGE, ACTION_TYPE, DOUBLE_ERROR, OBJECT_PATH_TYPE } from './backend';
export type { BackendOptions, SyncRecord } from './backend';
