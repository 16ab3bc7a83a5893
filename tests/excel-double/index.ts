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
import { isSetSupportedOn, type Platform, PLATFORMS, type PlatformId } from './platforms';
import { findSheet, type WorkbookState } from './workbook-state';

export interface DoubleOptions extends BackendOptions {
  /** The Excel to stand in for: its requirement sets are enforced (default Microsoft 365 / the web). */
  platform?: PlatformId;
}

/** Excel.EventType ids of the worksheet-collection events, and the workbook target id (office-js). */
const EVENT_TYPE = { changed: 10, formatChanged: 18 } as const;
const EVENT_MESSAGE_CATEGORY = 65536;

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
  /** The platform simulated, and its `isSetSupported` (hand the same one to the code under test). */
  platform: Platform;
  isSetSupported(name: string, version: string): boolean;
  /** Largest request and response (bytes) of the syncs so far. */
  largestPayload(): { request: number; response: number };
  /**
   * Changes the workbook as the user would (`change` edits the state) and raises worksheets.onChanged
   * (RangeEdited, or another change type) for `address` when a handler is registered. Resolves once the
   * handlers have run.
   */
  userEdit(sheet: string, address: string, change?: () => void, changeType?: string): Promise<void>;
  /** The same for a formatting change (worksheets.onFormatChanged). */
  userFormat(sheet: string, address: string, change?: () => void): Promise<void>;
}

export function createExcelDouble(state: WorkbookState, options: DoubleOptions = {}): ExcelDouble {
  const platform = PLATFORMS[options.platform ?? 'microsoft365'];
  const isSetSupported = isSetSupportedOn(platform);
  const { Excel: ExcelNs, OfficeExtension: OE } = loadOfficeJs(isSetSupported);
  const backend = new ExcelBackend(state, options);
  const hooks = OE as unknown as {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
  // Event registration needs the Office host's message channel; the library's own test hook stands in.
  hooks._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  const raise = async (event: 'changed' | 'formatChanged', sheet: string, address: string, args: object) => {
    if (!backend.listening(event)) return;
    const worksheetId = findSheet(backend.state, sheet).id;
    hooks._testTriggerRichApiMessageEvent({
      entries: [
        {
          messageCategory: EVENT_MESSAGE_CATEGORY,
          messageType: EVENT_TYPE[event],
          targetId: 'Workbook',
          message: JSON.stringify({ worksheetId, address, source: 'Local', ...args }),
        },
      ],
    });
    // Handlers run on promises the library chains: let them finish.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
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
    platform,
    isSetSupported: (name, version) => isSetSupported(name, version),
    largestPayload: () => backend.largestPayload(),
    userEdit: async (sheet, address, change, changeType = 'RangeEdited') => {
      change?.();
      await raise('changed', sheet, address, { changeType, shiftDirection: 'None' });
    },
    userFormat: async (sheet, address, change) => {
      change?.();
      await raise('formatChanged', sheet, address, {});
    },
  };
}

export * from './workbook-state';
export * from './platforms';
export {
  ACCESS_DENIED_MESSAGE,
  ACTION_TYPE,
  DOUBLE_ERROR,
  MERGED_AREAS_LIMIT,
  OBJECT_PATH_TYPE,
  PAYLOAD_LIMIT,
  READ_CELL_LIMIT,
  readDateLike,
} from './backend';
export type { BackendOptions, SyncRecord } from './backend';
