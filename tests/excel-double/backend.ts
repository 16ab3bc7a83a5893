/**
 * The request executor behind the strict Excel double. Microsoft's client library (loaded by
 * load-office-js.ts) queues proxies, loads and writes and, on each `context.sync()` with queued
 * work, sends ONE request message to `executeAsync`. This module interprets that message against
 * a WorkbookState and answers in the wire format the library expects.
 *
 * Wire format (found by experiment and by reading dist/excel-web-16.00.debug.js):
 *   message.Body.ObjectPaths[id] = { Id, ObjectPathType, Name, ParentObjectPathId?, ArgumentInfo? }
 *     ObjectPathType 1 = global object (the workbook), 2 = new object, 3 = method (getRange…),
 *     4 = navigation property (Worksheets, Format…), 5 = indexer (worksheets.getItem(key)),
 *     6 = reference id (an object kept alive across syncs, Name = its _ReferenceId).
 *   message.Body.Actions[] = { Id, ActionType, Name, ObjectPathId, ArgumentInfo?, QueryInfo? }
 *     ActionType 1 = instantiate, 2 = query (load), 3 = method call, 4 = set property,
 *     5 = trace, 6 = recursive query, 7 = query as JSON, 8 = ensure unchanged, 9 = update.
 *   Reply: { ErrorCode:'', ErrorMessage:'', Headers:{}, Body:{ Results:[{ ActionId, Value }] } }
 *     with PascalCase property names; collections as { _Items: [...] }; instantiate results carry
 *     `_ReferenceId` for objects the client asked to keep (`_KeepReference`) and `Id` for
 *     worksheets / conditional formats; a null object is a null Value.
 *   Failure: Body.Error = { Code, Message, HttpStatusCode, Location, ActionIndex } → the client
 *     rejects `sync()` with an OfficeExtension.Error carrying that code.
 */
import {
  type Area,
  type CellState,
  type CellValue,
  type ConditionalFormatEntry,
  type DataValidationEntry,
  type SheetState,
  type WorkbookState,
  MAX_COLUMNS,
  MAX_ROWS,
  areaContains,
  areasIntersect,
  cellAddress,
  displayText,
  emptySheet,
  formatArea,
  formatAreas,
  parseArea,
  parseAreas,
  quoteSheetName,
  subtractArea,
  type TableState,
} from './workbook-state';

// ---------------------------------------------------------------------------------------------
// Wire types

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}
export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}
export interface RequestMessage {
  Body: { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo>; AutoKeepReference?: boolean };
}
export interface ResponseMessage {
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: {
    Results?: Array<{ ActionId: number; Value: unknown }>;
    Error?: { Code: string; Message: string; HttpStatusCode: number; Location: string; ActionIndex: number };
  };
}

export const ACTION_TYPE = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;
export const OBJECT_PATH_TYPE = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
} as const;

/** Error codes the double produces (the first ones are Excel.ErrorCodes values). */
export const DOUBLE_ERROR = {
  accessDenied: 'AccessDenied',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidReference: 'InvalidReference',
  notSupported: 'NotSupportedByTestDouble',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  rangeTooLarge: 'RangeExceedsLimit',
  general: 'GeneralException',
  invalidOperation: 'InvalidOperation',
} as const;

/**
 * Excel's documented limits the double holds (see README "The Excel add-in" for the sources):
 * - "Excel on the web has a payload size limit for requests and responses of 5MB" and "A range is
 *   limited to 5,000,000 cells for read operations" (Office Add-ins docs, "Resource limits and
 *   performance optimization", section "Excel add-ins"; error codes RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded and RangeExceedsLimit in "Error handling with the Excel
 *   JavaScript API"). The double counts 5 MB as 5,000,000 bytes of the serialised JSON, the stricter
 *   reading, and holds it on every platform (desktop Excel documents no such limit, so an add-in that
 *   keeps it works everywhere).
 * - getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas (API reference,
 *   Range.getMergedAreasOrNullObject). The error code is not documented; the double answers
 *   GeneralException.
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;

class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly httpStatusCode: number,
    public readonly location = '',
  ) {
    super(message);
  }
}

/** Message Excel (and Microsoft Graph's Excel API) returns for writes to locked cells of a protected sheet. */
export const ACCESS_DENIED_MESSAGE = 'You cannot perform the requested operation.';

function unsupported(what: string): ApiError {
  return new ApiError(DOUBLE_ERROR.notSupported, `not supported by the test double: ${what}`, 501, what);
}
function invalidArgument(
  location: string,
  detail = 'The argument is invalid or missing or has an incorrect format.',
) {
  return new ApiError(DOUBLE_ERROR.invalidArgument, detail, 400, location);
}
function itemNotFound(location: string): ApiError {
  return new ApiError(DOUBLE_ERROR.itemNotFound, "The requested resource doesn't exist.", 404, location);
}

// ---------------------------------------------------------------------------------------------
// Handles: what an object path resolves to

type CfPart = 'textComparison' | 'custom';
type RangeKind =
  | 'range'
  | 'rangeFormat'
  | 'rangeFill'
  | 'rangeFont'
  | 'dataValidation'
  | 'conditionalFormats'
  | 'rangeBorders';
type ChartKind =
  | 'chart'
  | 'chartTitle'
  | 'chartSeriesCollection'
  | 'chartSeries'
  | 'chartSeriesFormat'
  | 'chartFill'
  | 'chartLine';
type CfChildKind = 'cfTextComparison' | 'cfCustom' | 'cfRule' | 'cfFormat' | 'cfFont' | 'cfFill';
type Handle =
  | { kind: 'workbook' }
  | { kind: 'worksheets' }
  | { kind: 'worksheet'; sheetId: string }
  | { kind: 'protection'; sheetId: string }
  | { kind: 'freezePanes'; sheetId: string }
  | { [K in RangeKind]: { kind: K; sheetId: string; area: Area } }[RangeKind]
  | { kind: 'rangeAreas'; sheetId: string; areas: Area[] }
  /** `scope`: the range of the collection the format was reached through (its id is a priority in it). */
  | { kind: 'conditionalFormat'; sheetId: string; cfId: string; scope: Area }
  | { kind: 'tables'; sheetId: string }
  | { kind: 'table'; sheetId: string; name: string }
  | { kind: 'rangeBorder'; sheetId: string; area: Area; edge: string }
  | { kind: 'pageLayout'; sheetId: string }
  | { kind: 'charts'; sheetId: string }
  | { [K in ChartKind]: { kind: K; sheetId: string; chartId: string; series: number } }[ChartKind]
  | { kind: 'cfDataBar'; sheetId: string; cfId: string }
  | { kind: 'cfDataBarPositive'; sheetId: string; cfId: string }
  | { [K in CfChildKind]: { kind: K; sheetId: string; cfId: string; part: CfPart } }[CfChildKind];
type Kind = Handle['kind'];
type Maybe = Handle | null;
type HandleOf<K extends Kind> = Extract<Handle, { kind: K }>;

interface PropSpec<K extends Kind> {
  get?: (h: HandleOf<K>, b: ExcelBackend) => unknown;
  set?: (h: HandleOf<K>, value: unknown, b: ExcelBackend) => void;
}
interface KindSpec<K extends Kind> {
  className: string;
  props?: Record<string, PropSpec<K>>;
  /** Navigation properties by their PascalCase wire name. */
  nav?: Record<string, (h: HandleOf<K>, b: ExcelBackend) => Maybe>;
  /** Methods that return objects (ObjectPathType 3), by PascalCase wire name. */
  pathMethods?: Record<string, (h: HandleOf<K>, args: unknown[], b: ExcelBackend) => Maybe>;
  /** Methods invoked as actions (ActionType 3). */
  methods?: Record<string, (h: HandleOf<K>, args: unknown[], b: ExcelBackend) => unknown>;
  indexer?: (h: HandleOf<K>, args: unknown[], b: ExcelBackend) => Maybe;
  items?: (h: HandleOf<K>, b: ExcelBackend) => Handle[];
  /** Identity sent back in instantiate results (sets the proxy's id without a load, as Excel does). */
  idOf?: (h: HandleOf<K>, b: ExcelBackend) => string;
}
type Specs = { [K in Kind]: KindSpec<K> };

const pascal = (name: string) => (name.startsWith('_') ? name : name[0].toUpperCase() + name.slice(1));
const camel = (name: string) => name[0].toLowerCase() + name.slice(1);

// ---------------------------------------------------------------------------------------------
// Sheet extras: what the double records but does not model cell by cell (added for the adapter tests)

/** A chart added through `worksheet.charts.add`. */
export interface ChartEntry {
  id: string;
  name: string;
  /** Excel.ChartType string, e.g. "BarStacked". */
  type: string;
  /** Source range address without the sheet name. */
  source: string;
  seriesBy: string;
  /** Number of series Excel makes from the source (labels in the first row and column). */
  seriesCount: number;
  title?: string;
  position?: { from: string; to?: string };
  /** Series colours by series index (fill for bars, line colour for lines). */
  seriesColours: Record<number, string>;
}

/** Optional fields a SheetState gains when the adapter sets things the double records loosely. */
export interface SheetExtras {
  /** Range-level formats kept as a log: column widths, borders, alignment, wrap, font size. */
  formatLog?: Array<{ address: string; prop: string; value: unknown }>;
  /** Hyperlinks by A1 cell address, exactly as written through `range.hyperlink`. */
  hyperlinks?: Record<string, Record<string, unknown>>;
  charts?: ChartEntry[];
  /** Page layout properties as written (orientation, paperSize, zoom, printTitleRows …). */
  pageLayout?: Record<string, unknown>;
}

/** Data validation extras: the prompt and error alert as written. */
export interface DataValidationExtras {
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export function sheetExtras(sheet: SheetState): SheetExtras {
  return sheet as SheetState & SheetExtras;
}

// ---------------------------------------------------------------------------------------------
// Cell helpers

const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
];
const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
};

function normaliseColour(value: unknown, location: string): string {
  if (typeof value !== 'string') throw invalidArgument(location);
  const v = value.trim();
  if (/^#[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
  const named = NAMED_COLOURS[v.toLowerCase()];
  if (named) return named;
  throw invalidArgument(location);
}

function cellsOf(area: Area): Array<{ row: number; col: number; key: string }> {
  const count = (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
  if (count > 2_000_000) throw unsupported(`touching ${count} cells at once (whole-column/row ranges)`);
  const out: Array<{ row: number; col: number; key: string }> = [];
  for (let r = area.r0; r <= area.r1; r++)
    for (let c = area.c0; c <= area.c1; c++) out.push({ row: r, col: c, key: cellAddress(r, c) });
  return out;
}

function grid<T>(area: Area, fn: (cell: CellState | undefined, key: string) => T, sheet: SheetState): T[][] {
  const rows = area.r1 - area.r0 + 1;
  const cols = area.c1 - area.c0 + 1;
  if (rows * cols > READ_CELL_LIMIT)
    throw new ApiError(
      DOUBLE_ERROR.rangeTooLarge,
      'The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      400,
    );
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < cols; c++) {
      const key = cellAddress(area.r0 + r, area.c0 + c);
      row.push(fn(sheet.cells[key], key));
    }
    out.push(row);
  }
  return out;
}

function uniform<T>(values: T[], fallback: T): T | null {
  if (values.length === 0) return fallback;
  const first = values[0];
  return values.every((v) => v === first) ? first : null;
}

/** Bounding box of the used cells (values only, or any non-default cell). */
function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const key in sheet.cells) {
    const cell = sheet.cells[key];
    const hasValue = cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined;
    if (valuesOnly ? !hasValue : Object.keys(cell).length === 0) continue;
    // 'AB12' → column and row without a regular expression: this runs for every cell of every sheet.
    let col = 0;
    let i = 0;
    for (; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 65) break;
      col = col * 26 + (c - 64);
    }
    const row = Number(key.slice(i)) - 1;
    col -= 1;
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (col < c0) c0 = col;
    if (col > c1) c1 = col;
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

function intersect(a: Area, b: Area): Area | null {
  if (!areasIntersect(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

// ---------------------------------------------------------------------------------------------
// The executor

export interface BackendOptions {
  /** Keep a copy of every request message in `rawMessages` (default true; large tests turn it off). */
  keepMessages?: boolean;
  /** Largest request and response in bytes (default PAYLOAD_LIMIT; Infinity switches the check off). */
  payloadLimit?: number;
  /**
   * How Excel reads a date-like string written through Range.values: 'en-GB' (day first, the default)
   * or 'en-US' (month first), as the user's regional settings would.
   */
  locale?: 'en-GB' | 'en-US';
  /** The year Excel assumes for a date typed without one ("12/03"); default the current year. */
  currentYear?: number;
  /**
   * Calculates a formula written through the double (`values`/`formulas` starting with "=").
   * Without it such cells are stored as uncalculated and reading their value is reported as
   * not supported.
   */
  evaluateFormula?: (formula: string, sheet: SheetState, address: string) => CellValue | { error: string };
}

export interface SyncRecord {
  /** 'sync' for requests made by context.sync(); 'cleanup' for Excel.run's closing _RemoveReference batch. */
  kind: 'sync' | 'cleanup';
  /** Readable action list, e.g. "query Range [values,numberFormat]", "set RangeFill.color". */
  actions: string[];
  /** The error code returned, if the request failed. */
  error?: string;
  /** Size of the serialised request, in bytes (UTF-8). */
  requestBytes: number;
  /** Size of the serialised response, in bytes (UTF-8); 0 when the request was refused for its size. */
  responseBytes: number;
}

export class ExcelBackend {
  /** Requests made by context.sync() (cleanup batches excluded). */
  syncCount = 0;
  /** Excel.run's closing _RemoveReference batches. */
  cleanupCount = 0;
  readonly requests: SyncRecord[] = [];
  /** Raw request messages as received (deep copies), for debugging. */
  readonly rawMessages: RequestMessage[] = [];
  /** Every "not supported by the test double" error raised, so tests can assert none happened. */
  readonly unsupported: string[] = [];
  private readonly refs = new Map<string, Handle>();
  private nextRef = 1;
  /** Worksheet-collection events with a handler registered (a count per event). */
  readonly events = new Map<'changed' | 'formatChanged', number>();

  register(event: 'changed' | 'formatChanged', delta: 1 | -1): void {
    this.events.set(event, Math.max(0, (this.events.get(event) ?? 0) + delta));
  }

  listening(event: 'changed' | 'formatChanged'): boolean {
    return (this.events.get(event) ?? 0) > 0;
  }

  constructor(
    public state: WorkbookState,
    readonly options: BackendOptions = {},
  ) {}

  /** The IRequestExecutor the client library calls. */
  executeAsync(
    _customData: unknown,
    _requestFlags: number,
    message: RequestMessage,
  ): Promise<ResponseMessage> {
    const json = JSON.stringify(message);
    // The request as it would arrive over the wire (a copy), kept when asked for.
    const copy = JSON.parse(json) as RequestMessage;
    if (this.options.keepMessages !== false) this.rawMessages.push(copy);
    const limit = this.options.payloadLimit ?? PAYLOAD_LIMIT;
    const requestBytes = Buffer.byteLength(json, 'utf8');
    const record = this.recordFor(copy, requestBytes);
    if (requestBytes > limit) {
      return Promise.resolve(
        this.refuse(
          record,
          new ApiError(
            DOUBLE_ERROR.requestTooLarge,
            'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
            413,
          ),
        ),
      );
    }
    const answer = JSON.stringify(this.execute(copy, record));
    record.responseBytes = Buffer.byteLength(answer, 'utf8');
    if (record.responseBytes > limit) {
      // Whatever the request wrote stays written (the stricter assumption for a caller).
      return Promise.resolve(
        this.refuse(
          record,
          new ApiError(
            DOUBLE_ERROR.responseTooLarge,
            'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
            413,
          ),
        ),
      );
    }
    // A parsed copy, as over the wire: the client never holds the double's own objects.
    return Promise.resolve(JSON.parse(answer) as ResponseMessage);
  }

  /** Largest request and response of the syncs so far (Excel.run's clean-up batches excluded). */
  largestPayload(): { request: number; response: number } {
    let request = 0;
    let response = 0;
    for (const r of this.requests)
      if (r.kind === 'sync') {
        request = Math.max(request, r.requestBytes);
        response = Math.max(response, r.responseBytes);
      }
    return { request, response };
  }

  // -- request processing ---------------------------------------------------------------------

  private recordFor(message: RequestMessage, requestBytes: number): SyncRecord {
    const actions = message.Body.Actions;
    const isCleanup =
      actions.some((a) => a.ActionType === ACTION_TYPE.method) &&
      actions.every(
        (a) =>
          a.ActionType === ACTION_TYPE.instantiate ||
          (a.ActionType === ACTION_TYPE.method && a.Name === '_RemoveReference'),
      );
    const record: SyncRecord = {
      kind: isCleanup ? 'cleanup' : 'sync',
      actions: [],
      requestBytes,
      responseBytes: 0,
    };
    this.requests.push(record);
    if (isCleanup) this.cleanupCount++;
    else this.syncCount++;
    return record;
  }

  private refuse(record: SyncRecord, e: ApiError, index = 0): ResponseMessage {
    if (e.code === DOUBLE_ERROR.notSupported) this.unsupported.push(e.message);
    record.error = e.code;
    return {
      ErrorCode: '',
      ErrorMessage: '',
      Headers: {},
      Body: {
        Error: {
          Code: e.code,
          Message: e.message,
          HttpStatusCode: e.httpStatusCode,
          Location: e.location,
          ActionIndex: index,
        },
      },
    };
  }

  execute(message: RequestMessage, record: SyncRecord = this.recordFor(message, 0)): ResponseMessage {
    const { Actions: actions, ObjectPaths: paths } = message.Body;
    const req = new RequestScope(this, paths);
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      try {
        const value = req.run(action, record);
        results.push({ ActionId: action.Id, Value: value === undefined ? null : value });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        return this.refuse(record, e, i);
      }
    }
    return { ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Results: results } };
  }

  // -- shared helpers used by the specs ---------------------------------------------------------

  sheet(id: string): SheetState {
    const sheet = this.state.sheets.find((s) => s.id === id);
    if (!sheet)
      throw new ApiError(
        DOUBLE_ERROR.itemNotFound,
        "The requested resource doesn't exist.",
        404,
        'Worksheet',
      );
    return sheet;
  }

  sheetByKey(key: unknown): SheetState | undefined {
    if (typeof key !== 'string') return undefined;
    const lower = key.toLowerCase();
    return this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  keepReference(h: Handle): string {
    const id = `{double-ref-${this.nextRef++}}`;
    this.refs.set(id, h);
    return id;
  }

  lookupReference(id: string): Handle {
    const h = this.refs.get(id);
    if (!h)
      throw new ApiError(
        DOUBLE_ERROR.invalidReference,
        'This reference is not valid for the current operation.',
        400,
        id,
      );
    return h;
  }

  removeReference(id: unknown): void {
    if (typeof id === 'string') this.refs.delete(id);
  }

  /** Number of references currently kept alive (Excel.run releases them at the end). */
  get liveReferences(): number {
    return this.refs.size;
  }

  newId(prefix: string): string {
    const n = this.state.nextId++;
    return `{${prefix}-${String(n).padStart(8, '0')}}`;
  }

  /*
   * Sheet protection as Excel applies it: on a protected sheet, values may still be typed into cells
   * unlocked for editing (Range.format.protection.locked = false), formatting is allowed only when the
   * protection allows "Format cells", inserting rows only when it allows "Insert rows", and nothing else
   * (validation, conditional formats, merges, links, charts, page set-up) at all.
   */

  /** Values (and contents cleared) in `area`: every cell must be unlocked on a protected sheet. */
  assertValuesWritable(sheetId: string, area: Area, location: string): SheetState {
    const sheet = this.sheet(sheetId);
    if (sheet.protected && cellsOf(area).some(({ key }) => sheet.cells[key]?.locked !== false))
      throw new ApiError(DOUBLE_ERROR.accessDenied, ACCESS_DENIED_MESSAGE, 403, location);
    return sheet;
  }

  assertFormatWritable(sheetId: string, location: string): SheetState {
    const sheet = this.sheet(sheetId);
    if (sheet.protected && !sheet.protectionOptions?.allowFormatCells)
      throw new ApiError(DOUBLE_ERROR.accessDenied, ACCESS_DENIED_MESSAGE, 403, location);
    return sheet;
  }

  assertStructureWritable(sheetId: string, location: string): SheetState {
    const sheet = this.sheet(sheetId);
    if (sheet.protected) throw new ApiError(DOUBLE_ERROR.accessDenied, ACCESS_DENIED_MESSAGE, 403, location);
    return sheet;
  }

  cf(h: { sheetId: string; cfId: string }): ConditionalFormatEntry {
    const list = this.sheet(h.sheetId).conditionalFormats;
    const index = this.cfIndex(list, h.cfId);
    if (index < 0) throw itemNotFound('ConditionalFormat');
    return list[index];
  }

  private readonly cfPositions = new WeakMap<ConditionalFormatEntry[], Map<string, number>>();

  /** Where a format is in its sheet's list (-1 if gone): remembered, and checked before it is trusted. */
  cfIndex(list: ConditionalFormatEntry[], id: string): number {
    if (list[0]?.id === id) return 0; // the format just added
    let positions = this.cfPositions.get(list);
    const known = positions?.get(id);
    if (known !== undefined && list[known]?.id === id) return known;
    positions = new Map(list.map((c, i) => [c.id, i]));
    this.cfPositions.set(list, positions);
    return positions.get(id) ?? -1;
  }

  rangeAddress(sheetId: string, area: Area): string {
    return `${quoteSheetName(this.sheet(sheetId).name)}!${formatArea(area)}`;
  }

  /** Writes one input value into a cell the way Range.values / Range.formulas do. */
  writeCell(sheet: SheetState, key: string, input: unknown, location: string): void {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const cell: CellState = { ...sheet.cells[key] };
    delete cell.value;
    delete cell.formula;
    delete cell.error;
    delete cell.uncalculated;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw invalidArgument(location);
      cell.value = input;
    } else if (typeof input === 'boolean') cell.value = input;
    else if (typeof input === 'string') {
      const text = cell.numberFormat === '@';
      if (input === '') {
        /* cleared */
      } else if (input.startsWith('=') && input.length > 1 && !text) {
        cell.formula = input;
        const evaluate = this.options.evaluateFormula;
        if (evaluate) {
          const result = evaluate(input, sheet, key);
          if (typeof result === 'object') cell.error = result.error;
          else cell.value = result;
        } else cell.uncalculated = true;
      } else if (ERROR_LITERALS.includes(input.toUpperCase()) && !text) cell.error = input.toUpperCase();
      else if (!text && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(input.trim()))
        cell.value = Number(input);
      else if (!text && /^(true|false)$/i.test(input.trim()))
        cell.value = input.trim().toLowerCase() === 'true';
      else {
        const date = text
          ? null
          : readDateLike(
              input,
              this.options.locale ?? 'en-GB',
              this.options.currentYear ?? new Date().getFullYear(),
            );
        if (date) {
          // Excel reads a date-like string as the date (in the user's regional order) and gives the cell
          // a date format, as if it had been typed; the Text format ('@') is what keeps it a string.
          cell.value = date.serial;
          if (cell.numberFormat === undefined) cell.numberFormat = date.numberFormat;
        } else cell.value = input;
      }
    } else throw invalidArgument(location);
    setCell(sheet, key, cell);
  }
}

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(word: string): number {
  const w = word.toLowerCase();
  const i = MONTH_WORDS.findIndex(
    (m) =>
      w.startsWith(m) &&
      'january february march april may june july august september october november december'.includes(w),
  );
  return i;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n; // Excel's two-digit year window
}

function serialOf(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A string Excel would take for a date when it is written into a General cell: "12/03/2025",
 * "12-3-25", "12/03" (this year), "2025-03-12", "12 March 2025", "12-Mar-25", "March 2025",
 * "Mar-25". Day and month order follow the locale. Anything else, or an impossible date
 * ("31/02/2025"), stays text. (Times and other forms Excel also reads are not modelled.)
 */
export function readDateLike(
  input: string,
  locale: 'en-GB' | 'en-US',
  currentYear: number,
): { serial: number; numberFormat: string } | null {
  const t = input.trim();
  let m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = locale === 'en-GB' ? [a, b] : [b, a];
    const serial = serialOf(m[3] ? fullYear(m[3]) : currentYear, month - 1, day);
    if (serial === null) return null;
    return { serial, numberFormat: m[3] ? (locale === 'en-GB' ? 'dd/mm/yyyy' : 'm/d/yyyy') : 'd-mmm' };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const serial = serialOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return serial === null ? null : { serial, numberFormat: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(t);
  if (m && monthOf(m[2]) >= 0) {
    const serial = serialOf(fullYear(m[3]), monthOf(m[2]), Number(m[1]));
    return serial === null ? null : { serial, numberFormat: 'd-mmm-yy' };
  }
  m = /^([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(t);
  if (m && monthOf(m[1]) >= 0) {
    const serial = serialOf(fullYear(m[2]), monthOf(m[1]), 1);
    return serial === null ? null : { serial, numberFormat: 'mmm-yy' };
  }
  return null;
}

function setCell(sheet: SheetState, key: string, cell: CellState): void {
  for (const k of Object.keys(cell) as Array<keyof CellState>) if (cell[k] === undefined) delete cell[k];
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
  else sheet.cells[key] = cell;
}

function updateCell(sheet: SheetState, key: string, fn: (cell: CellState) => void): void {
  const cell: CellState = { ...sheet.cells[key] };
  fn(cell);
  setCell(sheet, key, cell);
}

/** One request: resolves each object path once (so `add` runs once) and runs actions in order. */
class RequestScope {
  private readonly resolved = new Map<number, Maybe>();
  private readonly kept = new Map<number, string>();

  constructor(
    private readonly b: ExcelBackend,
    private readonly paths: Record<string, ObjectPathInfo>,
  ) {}

  resolve(pathId: number): Maybe {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId)!;
    const info = this.paths[String(pathId)];
    if (!info) throw unsupported(`object path ${pathId} missing from the request`);
    const h = this.resolveInfo(info);
    this.resolved.set(pathId, h);
    return h;
  }

  private args(info: { ArgumentInfo?: ArgumentInfo }): unknown[] {
    const args = [...(info.ArgumentInfo?.Arguments ?? [])];
    const refs = info.ArgumentInfo?.ReferencedObjectPathIds;
    if (refs)
      refs.forEach((r, i) => {
        if (typeof r === 'number' && r !== 0) args[i] = { __handle: this.resolve(r) };
      });
    return args;
  }

  private resolveInfo(info: ObjectPathInfo): Maybe {
    switch (info.ObjectPathType) {
      case OBJECT_PATH_TYPE.globalObject:
        return { kind: 'workbook' };
      case OBJECT_PATH_TYPE.referenceId:
        return this.b.lookupReference(info.Name);
      case OBJECT_PATH_TYPE.property:
      case OBJECT_PATH_TYPE.method:
      case OBJECT_PATH_TYPE.indexer: {
        const parent = this.resolve(info.ParentObjectPathId!);
        if (parent === null) return null;
        const spec = SPECS[parent.kind] as KindSpec<Kind>;
        if (info.ObjectPathType === OBJECT_PATH_TYPE.property) {
          const nav = spec.nav?.[info.Name];
          if (!nav) throw unsupported(`${spec.className}.${camel(info.Name)}`);
          return nav(parent, this.b);
        }
        if (info.ObjectPathType === OBJECT_PATH_TYPE.indexer) {
          if (!spec.indexer) throw unsupported(`${spec.className} indexer`);
          return spec.indexer(parent, this.args(info), this.b);
        }
        const method = spec.pathMethods?.[info.Name];
        if (!method) throw unsupported(`${spec.className}.${camel(info.Name)}()`);
        return method(parent, this.args(info), this.b);
      }
      default:
        throw unsupported(`object path type ${info.ObjectPathType} (${info.Name})`);
    }
  }

  run(action: ActionInfo, record: SyncRecord): unknown {
    switch (action.ActionType) {
      case ACTION_TYPE.instantiate: {
        const h = this.resolve(action.ObjectPathId);
        if (h === null) return null;
        const ref = this.kept.get(action.ObjectPathId);
        if (ref) return { _ReferenceId: ref };
        const spec = SPECS[h.kind] as KindSpec<Kind>;
        return spec.idOf ? { Id: spec.idOf(h, this.b) } : {};
      }
      case ACTION_TYPE.query: {
        const h = this.resolve(action.ObjectPathId);
        const q = action.QueryInfo ?? {};
        record.actions.push(
          `query ${h ? (SPECS[h.kind] as KindSpec<Kind>).className : 'null'} [${[...(q.Select ?? []), ...(q.Expand ?? []).map((e) => `${e}/*`)].join(',')}]`,
        );
        if (h === null) return null;
        const value = queryValue(h, q, this.b);
        const ref = this.kept.get(action.ObjectPathId);
        if (ref && value && typeof value === 'object') (value as Record<string, unknown>)._ReferenceId = ref;
        return value;
      }
      case ACTION_TYPE.setProperty: {
        const h = this.resolve(action.ObjectPathId);
        const spec = h ? (SPECS[h.kind] as KindSpec<Kind>) : undefined;
        const prop = camel(action.Name);
        record.actions.push(`set ${spec?.className ?? 'null'}.${prop}`);
        if (h === null) return null; // Excel ignores writes to null objects
        const setter = spec!.props?.[prop]?.set;
        if (!setter) throw unsupported(`setting ${spec!.className}.${prop}`);
        const [value] = this.args(action);
        setter(h, JSON.parse(JSON.stringify(value ?? null)), this.b);
        return null;
      }
      case ACTION_TYPE.method: {
        const h = this.resolve(action.ObjectPathId);
        const spec = h ? (SPECS[h.kind] as KindSpec<Kind>) : undefined;
        if (action.Name === '_KeepReference') {
          if (h !== null) this.kept.set(action.ObjectPathId, this.b.keepReference(h));
          return null;
        }
        record.actions.push(`call ${spec?.className ?? 'null'}.${camel(action.Name)}`);
        if (action.Name === '_RemoveReference') {
          this.b.removeReference(this.args(action)[0]);
          return null;
        }
        if (h === null) return null;
        const method = spec!.methods?.[action.Name];
        if (!method) throw unsupported(`${spec!.className}.${camel(action.Name)}()`);
        const result = method(h, this.args(action), this.b);
        return result === undefined ? null : result;
      }
      case ACTION_TYPE.trace:
        return null;
      default:
        throw unsupported(`action type ${action.ActionType} (${action.Name})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

function scalarValue(h: Handle, prop: string, b: ExcelBackend): unknown {
  const spec = SPECS[h.kind] as KindSpec<Kind>;
  const p = spec.props?.[prop];
  if (!p?.get) throw unsupported(`loading ${spec.className}.${prop}`);
  // No copy here: the whole response is serialised and parsed once before the client sees it.
  return p.get(h, b) ?? null;
}

function objectValue(h: Handle, select: string[] | undefined, expand: string[] | undefined, b: ExcelBackend) {
  const spec = SPECS[h.kind] as KindSpec<Kind>;
  const out: Record<string, unknown> = {};
  const scalars = select ?? Object.keys(spec.props ?? {}).filter((k) => spec.props![k].get);
  const nested = new Map<string, { select: string[]; expand: string[] }>();
  for (const s of scalars) {
    const [head, ...rest] = s.split('/');
    if (rest.length === 0) {
      if (spec.nav?.[pascal(head)])
        nested.set(pascal(head), nested.get(pascal(head)) ?? { select: [], expand: [] });
      else out[pascal(head)] = scalarValue(h, head, b);
    } else {
      const entry = nested.get(pascal(head)) ?? { select: [], expand: [] };
      entry.select.push(rest.join('/'));
      nested.set(pascal(head), entry);
    }
  }
  for (const e of expand ?? []) {
    const [head, ...rest] = e.split('/');
    const entry = nested.get(pascal(head)) ?? { select: [], expand: [] };
    if (rest.length) entry.expand.push(rest.join('/'));
    nested.set(pascal(head), entry);
  }
  for (const [name, q] of nested) {
    const navFn = spec.nav?.[name];
    if (!navFn) throw unsupported(`loading ${spec.className}.${camel(name)}`);
    const child = navFn(h, b);
    out[name] =
      child === null
        ? null
        : queryValue(child, { Select: q.select.length ? q.select : undefined, Expand: q.expand }, b);
  }
  return out;
}

function queryValue(h: Handle, q: QueryInfo, b: ExcelBackend): unknown {
  const spec = SPECS[h.kind] as KindSpec<Kind>;
  if (spec.items) {
    let items = spec.items(h, b);
    if (q.Skip) items = items.slice(q.Skip);
    if (q.Top !== undefined) items = items.slice(0, q.Top);
    return { _Items: items.map((it) => objectValue(it, q.Select, q.Expand, b)) };
  }
  return objectValue(h, q.Select, q.Expand, b);
}

// ---------------------------------------------------------------------------------------------
// Object model

type RangeLike = { sheetId: string; area: Area };

function subRange(h: RangeLike, r0: number, c0: number, rows: number, cols: number, location: string) {
  const area = {
    r0: h.area.r0 + r0,
    c0: h.area.c0 + c0,
    r1: h.area.r0 + r0 + rows - 1,
    c1: h.area.c0 + c0 + cols - 1,
  };
  if (rows < 1 || cols < 1 || area.r0 < 0 || area.c0 < 0 || area.r1 >= MAX_ROWS || area.c1 >= MAX_COLUMNS)
    throw invalidArgument(location);
  return { kind: 'range' as const, sheetId: h.sheetId, area };
}

function worksheetRange(sheetId: string, address: unknown, b: ExcelBackend): HandleOf<'range'> {
  if (address === undefined || address === null || address === '')
    return { kind: 'range', sheetId, area: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
  if (typeof address !== 'string') throw invalidArgument('Worksheet.getRange');
  let addr = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    if (name.toLowerCase() !== b.sheet(sheetId).name.toLowerCase())
      throw invalidArgument('Worksheet.getRange');
    addr = address.slice(bang + 1);
  }
  const area = parseArea(addr);
  if (!area) {
    if (/^[A-Za-z_][\w.]*$/.test(addr)) throw unsupported(`named ranges (getRange("${addr}"))`);
    throw invalidArgument('Worksheet.getRange');
  }
  return { kind: 'range', sheetId, area };
}

function valueOf(cell: CellState | undefined, key: string, sheet: SheetState): CellValue {
  if (!cell) return '';
  if (cell.uncalculated)
    throw unsupported(
      `reading the calculated value of ${cell.formula} at ${quoteSheetName(sheet.name)}!${key} (pass evaluateFormula to createExcelDouble)`,
    );
  if (cell.error !== undefined) return cell.error;
  return cell.value ?? '';
}

function writeGrid(
  h: RangeLike,
  input: unknown,
  location: string,
  b: ExcelBackend,
  write: (sheet: SheetState, key: string, v: unknown) => void,
  kind: 'values' | 'format' = 'values',
) {
  const sheet =
    kind === 'values'
      ? b.assertValuesWritable(h.sheetId, h.area, location)
      : b.assertFormatWritable(h.sheetId, location);
  const rows = h.area.r1 - h.area.r0 + 1;
  const cols = h.area.c1 - h.area.c0 + 1;
  const isGrid = Array.isArray(input);
  if (isGrid) {
    const g = input as unknown[];
    if (g.length !== rows || g.some((r) => !Array.isArray(r) || r.length !== cols))
      throw invalidArgument(
        location,
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
  }
  for (const { row, col, key } of cellsOf(h.area)) {
    const v = isGrid ? (input as unknown[][])[row - h.area.r0][col - h.area.c0] : input;
    write(sheet, key, v);
  }
}

function formatCells(h: RangeLike, b: ExcelBackend, location: string, fn: (cell: CellState) => void) {
  const sheet = b.assertFormatWritable(h.sheetId, location);
  for (const { key } of cellsOf(h.area)) updateCell(sheet, key, fn);
}

function cellPropsOf(h: RangeLike, b: ExcelBackend, pick: (c: CellState | undefined) => unknown) {
  const sheet = b.sheet(h.sheetId);
  return cellsOf(h.area).map(({ key }) => pick(sheet.cells[key]));
}

function cellProperties(h: RangeLike, options: unknown, b: ExcelBackend): unknown[][] {
  const sheet = b.sheet(h.sheetId);
  const opts = (options ?? {}) as Record<string, unknown>;
  const where = 'Range.getCellProperties';
  for (const k of Object.keys(opts))
    if (!['address', 'addressLocal', 'format'].includes(k)) throw unsupported(`${where}({ ${k} })`);
  const fmt = (opts.format ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(fmt))
    if (!['fill', 'font'].includes(k)) throw unsupported(`${where}({ format: { ${k} } })`);
  const fill = fmt.fill === true ? { color: true } : ((fmt.fill ?? {}) as Record<string, unknown>);
  const font =
    fmt.font === true
      ? { color: true, bold: true, italic: true }
      : ((fmt.font ?? {}) as Record<string, unknown>);
  for (const k of Object.keys(fill))
    if (k !== 'color') throw unsupported(`${where}({ format: { fill: { ${k} } } })`);
  for (const k of Object.keys(font))
    if (!['color', 'bold', 'italic'].includes(k))
      throw unsupported(`${where}({ format: { font: { ${k} } } })`);
  return grid(
    h.area,
    (cell, key) => {
      const out: Record<string, unknown> = {};
      if (opts.address) out.address = `${quoteSheetName(sheet.name)}!${key}`;
      if (opts.addressLocal) out.addressLocal = `${quoteSheetName(sheet.name)}!${key}`;
      if (fmt.fill || fmt.font) {
        const f: Record<string, unknown> = {};
        if (Object.keys(fill).length) f.fill = fill.color ? { color: cell?.fill ?? '#FFFFFF' } : {};
        if (Object.keys(font).length) {
          const fo: Record<string, unknown> = {};
          if (font.color) fo.color = cell?.fontColor ?? '#000000';
          if (font.bold) fo.bold = cell?.bold ?? false;
          if (font.italic) fo.italic = cell?.italic ?? false;
          f.font = fo;
        }
        out.format = f;
      }
      return out;
    },
    sheet,
  );
}

function valueType(cell: CellState | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  if (cell.uncalculated) throw unsupported(`value type of uncalculated formula ${cell.formula}`);
  const v = cell.value;
  if (v === undefined) return 'Empty';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** The areas of a validation rule or conditional format ("C2:C9,C11:C50"). */
function areasOf(address: string): Area[] {
  const areas = parseAreas(address);
  if (!areas) throw unsupported(`the address "${address}" kept in the double's state`);
  return areas;
}

function touches(address: string, area: Area): boolean {
  return areasOf(address).some((a) => areasIntersect(a, area));
}

function covers(address: string, area: Area): boolean {
  return areasOf(address).some((a) => areaContains(a, area));
}

/** `address` with `cut` taken out ('' when nothing is left): how Excel clears part of a rule's range. */
function without(address: string, cut: Area): string {
  return formatAreas(areasOf(address).flatMap((a) => subtractArea(a, cut)));
}

function validationRule(
  h: RangeLike,
  b: ExcelBackend,
): { rule: Record<string, unknown> | null; type: string } {
  const sheet = b.sheet(h.sheetId);
  const hits = sheet.dataValidations.filter((d) => touches(d.address, h.area));
  if (hits.length === 0) return { rule: {}, type: 'None' };
  const whole = hits.some((d) => covers(d.address, h.area));
  const same = hits.every((d) => JSON.stringify(d.rule) === JSON.stringify(hits[0].rule));
  if (!whole || !same) return { rule: null, type: 'Inconsistent' };
  const type = Object.keys(hits[0].rule)[0] ?? 'None';
  return { rule: hits[0].rule, type: type === 'list' ? 'List' : pascal(type) };
}

/**
 * Takes validation off the cells of `h`. A rule that also covers other cells keeps them (its range
 * loses only the cleared cells), as DataValidation.clear() does in Excel.
 */
function removeValidations(h: RangeLike, b: ExcelBackend, location: string): SheetState {
  const sheet = b.assertStructureWritable(h.sheetId, location);
  sheet.dataValidations = sheet.dataValidations
    .map((d) => (touches(d.address, h.area) ? { ...d, address: without(d.address, h.area) } : d))
    .filter((d) => d.address !== '');
  return sheet;
}

const CF_TYPES = ['ContainsText', 'Custom', 'DataBar'];

function isWholeSheet(area: Area): boolean {
  return area.r0 === 0 && area.c0 === 0 && area.r1 === MAX_ROWS - 1 && area.c1 === MAX_COLUMNS - 1;
}

/** The formats of a collection reached through `area`, in priority order (the sheet keeps them so). */
function cfsIn(h: RangeLike, b: ExcelBackend): ConditionalFormatEntry[] {
  const all = b.sheet(h.sheetId).conditionalFormats;
  return isWholeSheet(h.area) ? all : all.filter((c) => touches(c.address, h.area));
}

/**
 * `ConditionalFormat.id` is "the priority of the conditional format in the current
 * ConditionalFormatCollection" (API reference), not a stable identity: the double answers a format's
 * position in its collection, so ids shift when a format above is deleted or one is added.
 */
function cfWireId(h: HandleOf<'conditionalFormat'>, b: ExcelBackend): string {
  // Its position among the formats of the collection that come before it (a new one is first).
  const all = b.sheet(h.sheetId).conditionalFormats;
  const whole = isWholeSheet(h.scope);
  if (whole) {
    const at = b.cfIndex(all, h.cfId);
    if (at < 0) throw itemNotFound('ConditionalFormat');
    return String(at);
  }
  let index = 0;
  for (const c of all) {
    if (c.id === h.cfId) return String(index);
    if (whole || touches(c.address, h.scope)) index++;
  }
  throw itemNotFound('ConditionalFormat');
}

/** The format whose id (priority) is `id` in this collection now, as Excel looks it up. */
function cfAt(h: RangeLike, id: unknown, location: string, b: ExcelBackend): HandleOf<'conditionalFormat'> {
  const index = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : -1;
  const cf = cfsIn(h, b)[index];
  if (!cf) throw itemNotFound(location);
  return { kind: 'conditionalFormat', sheetId: h.sheetId, cfId: cf.id, scope: h.area };
}

/** Keeps a sheet's formats in priority order with priorities 0, 1, 2 … (Excel renumbers them so). */
function renumber(sheet: SheetState): void {
  sheet.conditionalFormats.sort((x, y) => x.priority - y.priority);
  sheet.conditionalFormats.forEach((c, i) => {
    c.priority = i;
  });
}

function cfPart(h: HandleOf<'conditionalFormat'>, part: CfPart, b: ExcelBackend): Maybe {
  const cf = b.cf(h);
  const want = part === 'textComparison' ? 'ContainsText' : 'Custom';
  if (cf.type !== want) return null;
  return {
    kind: part === 'textComparison' ? 'cfTextComparison' : 'cfCustom',
    sheetId: h.sheetId,
    cfId: h.cfId,
    part,
  };
}

function cfWritable(
  h: { sheetId: string; cfId: string },
  b: ExcelBackend,
  location: string,
): ConditionalFormatEntry {
  b.assertStructureWritable(h.sheetId, location);
  return b.cf(h);
}

const boolArg = (v: unknown, location: string): boolean => {
  if (typeof v !== 'boolean') throw invalidArgument(location);
  return v;
};

// -- helpers for the adapter-test additions ----------------------------------------------------

const numberArg = (v: unknown, location: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidArgument(location);
  return v;
};

function logFormat(h: RangeLike, prop: string, value: unknown, b: ExcelBackend): void {
  const sheet = b.assertFormatWritable(h.sheetId, prop);
  const extras = sheetExtras(sheet);
  (extras.formatLog ??= []).push({ address: formatArea(h.area), prop, value });
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

function borderItem(h: RangeLike, edge: unknown): Handle {
  if (typeof edge !== 'string' || !BORDER_EDGES.includes(edge))
    throw invalidArgument('RangeBorderCollection.getItem');
  return { kind: 'rangeBorder', sheetId: h.sheetId, area: h.area, edge };
}

function validationEntry(
  h: RangeLike,
  b: ExcelBackend,
  location: string,
): DataValidationEntry & DataValidationExtras {
  const hit = b.sheet(h.sheetId).dataValidations.find((d) => covers(d.address, h.area));
  if (!hit) throw unsupported(`${location} on ${formatArea(h.area)} without a rule covering it`);
  return hit as DataValidationEntry & DataValidationExtras;
}

function setPageLayout(h: { sheetId: string }, prop: string, value: unknown, b: ExcelBackend): void {
  const sheet = b.assertStructureWritable(h.sheetId, `PageLayout.${prop}`);
  const extras = sheetExtras(sheet);
  extras.pageLayout = { ...extras.pageLayout, [prop]: value };
}

/** The visible cells of `area` as areas of whole visible row runs (hidden rows cut them). */
function visibleAreas(area: Area, sheet: SheetState): Area[] {
  const hidden = new Set(sheet.hiddenRows ?? []);
  const out: Area[] = [];
  let start = -1;
  for (let r = area.r0; r <= area.r1 + 1; r++) {
    const visible = r <= area.r1 && !hidden.has(r + 1);
    if (visible && start < 0) start = r;
    if (!visible && start >= 0) {
      out.push({ r0: start, r1: r - 1, c0: area.c0, c1: area.c1 });
      start = -1;
    }
  }
  return out;
}

type ChartLike = { sheetId: string; chartId: string };

function chartHandle(sheetId: string, chartId: string, kind: 'chart'): Handle {
  return { kind, sheetId, chartId, series: -1 };
}

function chartsOf(h: { sheetId: string }, b: ExcelBackend): ChartEntry[] {
  return sheetExtras(b.sheet(h.sheetId)).charts ?? [];
}

function chartOf(h: ChartLike, b: ExcelBackend): ChartEntry {
  const c = chartsOf(h, b).find((x) => x.id === h.chartId);
  if (!c) throw itemNotFound('Chart');
  return c;
}

function chartWritable(h: ChartLike, b: ExcelBackend, location: string): ChartEntry {
  b.assertStructureWritable(h.sheetId, location);
  return chartOf(h, b);
}

function tablesOf(h: { sheetId: string }, b: ExcelBackend): TableState[] {
  return b.sheet(h.sheetId).tables ?? [];
}

function tableOf(h: { sheetId: string; name: string }, b: ExcelBackend): TableState {
  const t = tablesOf(h, b).find((x) => x.name === h.name);
  if (!t) throw itemNotFound('Table');
  return t;
}

function tableHandle(h: { sheetId: string }, key: unknown, b: ExcelBackend, location: string): Handle {
  const t = tablesOf(h, b).find((x) => x.name.toLowerCase() === String(key).toLowerCase());
  if (!t) throw itemNotFound(location);
  return { kind: 'table', sheetId: h.sheetId, name: t.name };
}

/** Range.insert("Down") on whole rows: everything at or below the first row moves down. */
function insertRows(h: RangeLike, shift: unknown, b: ExcelBackend): Handle {
  if (shift !== 'Down') throw unsupported(`Range.insert("${String(shift)}")`);
  if (!(h.area.c0 === 0 && h.area.c1 === MAX_COLUMNS - 1))
    throw unsupported('Range.insert("Down") on part of a row (only whole rows, e.g. getRange("7:8"))');
  const sheet = b.sheet(h.sheetId);
  if (!sheet.protectionOptions?.allowInsertRows) b.assertStructureWritable(h.sheetId, 'Range.insert');
  const at = h.area.r0;
  const count = h.area.r1 - h.area.r0 + 1;
  const moveKey = (key: string): string => {
    const a = parseArea(key)!;
    return a.r0 >= at ? cellAddress(a.r0 + count, a.c0) : key;
  };
  const moveOne = (a: Area): Area => {
    if (a.r1 < at) return a;
    if (a.r0 >= at) return { ...a, r0: a.r0 + count, r1: a.r1 + count };
    return { ...a, r1: a.r1 + count }; // the insertion point is inside: it grows
  };
  const moveArea = (address: string): string => formatAreas(areasOf(address).map(moveOne));
  const last = Object.keys(sheet.cells).some((k) => parseArea(k)!.r0 + count >= MAX_ROWS);
  if (last) throw new ApiError('InvalidOperation', 'Cannot shift cells off the sheet.', 400, 'Range.insert');
  sheet.cells = Object.fromEntries(Object.entries(sheet.cells).map(([k, c]) => [moveKey(k), c]));
  sheet.notes = Object.fromEntries(Object.entries(sheet.notes).map(([k, n]) => [moveKey(k), n]));
  sheet.merges = sheet.merges.map(moveArea);
  for (const d of sheet.dataValidations) d.address = moveArea(d.address);
  for (const c of sheet.conditionalFormats) c.address = moveArea(c.address);
  if (sheet.hiddenRows) sheet.hiddenRows = sheet.hiddenRows.map((r) => (r - 1 >= at ? r + count : r));
  for (const t of sheet.tables ?? []) t.address = moveArea(t.address);
  const extras = sheetExtras(sheet);
  if (extras.hyperlinks)
    extras.hyperlinks = Object.fromEntries(
      Object.entries(extras.hyperlinks).map(([k, l]) => [moveKey(k), l]),
    );
  return { kind: 'range', sheetId: h.sheetId, area: h.area };
}

const SPECS: Specs = {
  workbook: {
    className: 'Workbook',
    nav: { Worksheets: () => ({ kind: 'worksheets' }) },
    pathMethods: {
      GetSelectedRange: (_h, _a, b) => {
        const sel = b.state.selection;
        return { kind: 'range', sheetId: sel.sheetId, area: parseArea(sel.address)! };
      },
      GetActiveCell: (_h, _a, b) => {
        const sel = b.state.selection;
        const a = parseArea(sel.address)!;
        return { kind: 'range', sheetId: sel.sheetId, area: { r0: a.r0, c0: a.c0, r1: a.r0, c1: a.c0 } };
      },
    },
  },

  worksheets: {
    className: 'WorksheetCollection',
    items: (_h, b) => b.state.sheets.map((s) => ({ kind: 'worksheet', sheetId: s.id })),
    indexer: (_h, [key], b) => {
      const sheet = b.sheetByKey(key);
      if (!sheet) throw itemNotFound('WorksheetCollection.getItem');
      return { kind: 'worksheet', sheetId: sheet.id };
    },
    pathMethods: {
      GetFirst: (_h, [visibleOnly], b) => {
        const sheet = b.state.sheets.find((s) => !visibleOnly || s.visibility === 'Visible');
        if (!sheet) throw itemNotFound('WorksheetCollection.getFirst');
        return { kind: 'worksheet', sheetId: sheet.id };
      },
      GetItemOrNullObject: (_h, [key], b) => {
        const sheet = b.sheetByKey(key);
        return sheet ? { kind: 'worksheet', sheetId: sheet.id } : null;
      },
      GetItemAt: (_h, [index], b) => {
        const sheet = typeof index === 'number' ? b.state.sheets[index] : undefined;
        if (!sheet) throw itemNotFound('WorksheetCollection.getItemAt');
        return { kind: 'worksheet', sheetId: sheet.id };
      },
      GetActiveWorksheet: (_h, _a, b) => ({ kind: 'worksheet', sheetId: b.state.activeSheetId }),
      Add: (_h, [name], b) => {
        let sheetName = typeof name === 'string' && name !== '' ? name : '';
        if (!sheetName) {
          let n = b.state.sheets.length + 1;
          while (b.sheetByKey(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        if (sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName))
          throw invalidArgument('WorksheetCollection.add');
        if (b.sheetByKey(sheetName))
          throw new ApiError(
            DOUBLE_ERROR.itemAlreadyExists,
            'A resource with the same name or identifier already exists.',
            409,
            'WorksheetCollection.add',
          );
        const sheet = emptySheet(b.newId('sheet'), sheetName);
        b.state.sheets.push(sheet);
        return { kind: 'worksheet', sheetId: sheet.id };
      },
    },
    methods: {
      GetCount: (_h, [visibleOnly], b) =>
        b.state.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length,
      // Event registration: the double then raises these events when a test edits "as the user".
      _RegisterDataChangedEvent: (_h, _a, b) => b.register('changed', 1),
      _UnregisterDataChangedEvent: (_h, _a, b) => b.register('changed', -1),
      _RegisterFormatChangedEvent: (_h, _a, b) => b.register('formatChanged', 1),
      _UnregisterFormatChangedEvent: (_h, _a, b) => b.register('formatChanged', -1),
    },
  },

  worksheet: {
    className: 'Worksheet',
    idOf: (h) => h.sheetId,
    props: {
      id: { get: (h) => h.sheetId },
      name: {
        get: (h, b) => b.sheet(h.sheetId).name,
        set: (h, v, b) => {
          if (typeof v !== 'string' || v === '' || v.length > 31 || /[:\\/?*[\]]/.test(v))
            throw invalidArgument('Worksheet.name');
          const other = b.sheetByKey(v);
          if (other && other.id !== h.sheetId)
            throw new ApiError(
              DOUBLE_ERROR.itemAlreadyExists,
              'A resource with the same name or identifier already exists.',
              409,
              'Worksheet.name',
            );
          b.sheet(h.sheetId).name = v;
        },
      },
      position: { get: (h, b) => b.state.sheets.findIndex((s) => s.id === h.sheetId) },
      visibility: {
        get: (h, b) => b.sheet(h.sheetId).visibility,
        set: (h, v, b) => {
          if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
            throw invalidArgument('Worksheet.visibility');
          b.sheet(h.sheetId).visibility = v;
        },
      },
    },
    nav: {
      Protection: (h) => ({ kind: 'protection', sheetId: h.sheetId }),
      FreezePanes: (h) => ({ kind: 'freezePanes', sheetId: h.sheetId }),
      PageLayout: (h) => ({ kind: 'pageLayout', sheetId: h.sheetId }),
      Charts: (h) => ({ kind: 'charts', sheetId: h.sheetId }),
      Tables: (h) => ({ kind: 'tables', sheetId: h.sheetId }),
    },
    pathMethods: {
      GetNextOrNullObject: (h, [visibleOnly], b) => {
        const index = b.state.sheets.findIndex((s) => s.id === h.sheetId);
        const next = b.state.sheets.slice(index + 1).find((s) => !visibleOnly || s.visibility === 'Visible');
        return next ? { kind: 'worksheet', sheetId: next.id } : null;
      },
      GetRange: (h, [address], b) => worksheetRange(h.sheetId, address, b),
      GetRangeByIndexes: (h, [r, c, rows, cols]) => {
        if ([r, c, rows, cols].some((n) => typeof n !== 'number'))
          throw invalidArgument('Worksheet.getRangeByIndexes');
        return subRange(
          { sheetId: h.sheetId, area: { r0: 0, c0: 0, r1: 0, c1: 0 } },
          r as number,
          c as number,
          rows as number,
          cols as number,
          'Worksheet.getRangeByIndexes',
        );
      },
      GetCell: (h, [r, c]) =>
        subRange(
          { sheetId: h.sheetId, area: { r0: 0, c0: 0, r1: 0, c1: 0 } },
          r as number,
          c as number,
          1,
          1,
          'Worksheet.getCell',
        ),
      GetUsedRange: (h, [valuesOnly], b) => {
        const area = usedArea(b.sheet(h.sheetId), Boolean(valuesOnly));
        return { kind: 'range', sheetId: h.sheetId, area: area ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      GetUsedRangeOrNullObject: (h, [valuesOnly], b) => {
        const area = usedArea(b.sheet(h.sheetId), Boolean(valuesOnly));
        return area ? { kind: 'range', sheetId: h.sheetId, area } : null;
      },
    },
    methods: {
      Activate: (h, _a, b) => {
        b.state.activeSheetId = h.sheetId;
        b.state.selection = { sheetId: h.sheetId, address: 'A1' };
      },
    },
  },

  protection: {
    className: 'WorksheetProtection',
    props: { protected: { get: (h, b) => b.sheet(h.sheetId).protected } },
    methods: {
      Protect: (h, _a, b) => {
        b.sheet(h.sheetId).protected = true;
      },
      Unprotect: (h, _a, b) => {
        b.sheet(h.sheetId).protected = false;
      },
    },
  },

  freezePanes: {
    className: 'WorksheetFreezePanes',
    methods: {
      FreezeRows: (h, [count], b) => {
        const sheet = b.sheet(h.sheetId);
        sheet.frozenRows = typeof count === 'number' ? count : 1;
        sheet.frozenColumns = 0;
      },
      FreezeColumns: (h, [count], b) => {
        const sheet = b.sheet(h.sheetId);
        sheet.frozenColumns = typeof count === 'number' ? count : 1;
        sheet.frozenRows = 0;
      },
      FreezeAt: (h, [frozen], b) => {
        const handle = (frozen as { __handle?: Maybe } | undefined)?.__handle;
        const area =
          typeof frozen === 'string'
            ? worksheetRange(h.sheetId, frozen, b).area
            : handle && handle.kind === 'range' && handle.sheetId === h.sheetId
              ? handle.area
              : null;
        if (!area) throw invalidArgument('WorksheetFreezePanes.freezeAt');
        const sheet = b.sheet(h.sheetId);
        sheet.frozenRows = area.r1 + 1;
        sheet.frozenColumns = area.c1 + 1;
      },
      Unfreeze: (h, _a, b) => {
        const sheet = b.sheet(h.sheetId);
        sheet.frozenRows = 0;
        sheet.frozenColumns = 0;
      },
    },
    pathMethods: {
      GetLocationOrNullObject: (h, _a, b) => {
        const s = b.sheet(h.sheetId);
        if (!s.frozenRows && !s.frozenColumns) return null;
        const area = {
          r0: 0,
          c0: 0,
          r1: s.frozenRows ? s.frozenRows - 1 : MAX_ROWS - 1,
          c1: s.frozenColumns ? s.frozenColumns - 1 : MAX_COLUMNS - 1,
        };
        return { kind: 'range', sheetId: h.sheetId, area };
      },
    },
  },

  range: {
    className: 'Range',
    props: {
      address: { get: (h, b) => b.rangeAddress(h.sheetId, h.area) },
      addressLocal: { get: (h, b) => b.rangeAddress(h.sheetId, h.area) },
      rowCount: { get: (h) => h.area.r1 - h.area.r0 + 1 },
      columnCount: { get: (h) => h.area.c1 - h.area.c0 + 1 },
      cellCount: { get: (h) => (h.area.r1 - h.area.r0 + 1) * (h.area.c1 - h.area.c0 + 1) },
      rowIndex: { get: (h) => h.area.r0 },
      columnIndex: { get: (h) => h.area.c0 },
      isEntireRow: { get: (h) => h.area.c0 === 0 && h.area.c1 === MAX_COLUMNS - 1 },
      isEntireColumn: { get: (h) => h.area.r0 === 0 && h.area.r1 === MAX_ROWS - 1 },
      values: {
        get: (h, b) => {
          const sheet = b.sheet(h.sheetId);
          return grid(h.area, (c, k) => valueOf(c, k, sheet), sheet);
        },
        set: (h, v, b) =>
          writeGrid(h, v, 'Range.values', b, (s, k, x) => b.writeCell(s, k, x, `Range.values ${k}`)),
      },
      formulas: {
        get: (h, b) => {
          const sheet = b.sheet(h.sheetId);
          return grid(h.area, (c, k) => c?.formula ?? valueOf(c, k, sheet), sheet);
        },
        set: (h, v, b) =>
          writeGrid(h, v, 'Range.formulas', b, (s, k, x) => b.writeCell(s, k, x, `Range.formulas ${k}`)),
      },
      text: {
        get: (h, b) => {
          const sheet = b.sheet(h.sheetId);
          return grid(
            h.area,
            (c, k) =>
              c?.error !== undefined
                ? c.error
                : displayText(c ? (valueOf(c, k, sheet) as CellValue) : undefined, c?.numberFormat),
            sheet,
          );
        },
      },
      numberFormat: {
        get: (h, b) => grid(h.area, (c) => c?.numberFormat ?? 'General', b.sheet(h.sheetId)),
        set: (h, v, b) =>
          writeGrid(
            h,
            v,
            'Range.numberFormat',
            b,
            (s, k, x) => {
              if (x === null || x === undefined) return;
              if (typeof x !== 'string') throw invalidArgument('Range.numberFormat');
              updateCell(s, k, (c) => {
                c.numberFormat = x === 'General' ? undefined : x;
              });
            },
            'format',
          ),
      },
      valueTypes: { get: (h, b) => grid(h.area, (c) => valueType(c), b.sheet(h.sheetId)) },
      rowHidden: {
        get: (h, b) => {
          const hidden = new Set(b.sheet(h.sheetId).hiddenRows ?? []);
          return uniform(
            Array.from({ length: h.area.r1 - h.area.r0 + 1 }, (_, i) => hidden.has(h.area.r0 + i + 1)),
            false,
          );
        },
      },
      hyperlink: {
        set: (h, v, b) => {
          const link = v as Record<string, unknown> | null;
          if (!link || typeof link !== 'object') throw invalidArgument('Range.hyperlink');
          if (typeof link.address !== 'string' && typeof link.documentReference !== 'string')
            throw invalidArgument('Range.hyperlink');
          const sheet = b.assertStructureWritable(h.sheetId, 'Range.hyperlink');
          const extras = sheetExtras(sheet);
          for (const { key } of cellsOf(h.area)) {
            (extras.hyperlinks ??= {})[key] = link;
            // Excel shows textToDisplay in the cell (as a typed-in value).
            if (typeof link.textToDisplay === 'string')
              b.writeCell(sheet, key, link.textToDisplay, 'Range.hyperlink');
          }
        },
      },
    },
    nav: {
      Format: (h) => ({ ...h, kind: 'rangeFormat' }),
      DataValidation: (h) => ({ ...h, kind: 'dataValidation' }),
      ConditionalFormats: (h) => ({ ...h, kind: 'conditionalFormats' }),
      Worksheet: (h) => ({ kind: 'worksheet', sheetId: h.sheetId }),
    },
    pathMethods: {
      Insert: (h, [shift], b) => insertRows(h, shift, b),
      GetCell: (h, [r, c]) => subRange(h, r as number, c as number, 1, 1, 'Range.getCell'),
      GetRow: (h, [r]) => subRange(h, r as number, 0, 1, h.area.c1 - h.area.c0 + 1, 'Range.getRow'),
      GetColumn: (h, [c]) => subRange(h, 0, c as number, h.area.r1 - h.area.r0 + 1, 1, 'Range.getColumn'),
      GetOffsetRange: (h, [r, c]) =>
        subRange(
          h,
          r as number,
          c as number,
          h.area.r1 - h.area.r0 + 1,
          h.area.c1 - h.area.c0 + 1,
          'Range.getOffsetRange',
        ),
      GetResizedRange: (h, [dr, dc]) =>
        subRange(
          h,
          0,
          0,
          h.area.r1 - h.area.r0 + 1 + (dr as number),
          h.area.c1 - h.area.c0 + 1 + (dc as number),
          'Range.getResizedRange',
        ),
      GetBoundingRect: (h, [other], b) => {
        let o: Area;
        if (typeof other === 'string') o = worksheetRange(h.sheetId, other, b).area;
        else {
          const oh = (other as { __handle?: Maybe })?.__handle;
          if (!oh || oh.kind !== 'range' || oh.sheetId !== h.sheetId)
            throw invalidArgument('Range.getBoundingRect');
          o = oh.area;
        }
        const a = h.area;
        return {
          kind: 'range',
          sheetId: h.sheetId,
          area: {
            r0: Math.min(a.r0, o.r0),
            c0: Math.min(a.c0, o.c0),
            r1: Math.max(a.r1, o.r1),
            c1: Math.max(a.c1, o.c1),
          },
        };
      },
      GetUsedRange: (h, [valuesOnly], b) => {
        const used = usedArea(b.sheet(h.sheetId), Boolean(valuesOnly));
        const area = used && intersect(used, h.area);
        if (!area) throw itemNotFound('Range.getUsedRange');
        return { kind: 'range', sheetId: h.sheetId, area };
      },
      GetUsedRangeOrNullObject: (h, [valuesOnly], b) => {
        const used = usedArea(b.sheet(h.sheetId), Boolean(valuesOnly));
        const area = used && intersect(used, h.area);
        return area ? { kind: 'range', sheetId: h.sheetId, area } : null;
      },
      GetMergedAreasOrNullObject: (h, _a, b) => {
        // Excel reports only the merged areas whose top-left cell is in the range (office-js #3611),
        // and fails above 512 of them (API reference).
        const areas = b
          .sheet(h.sheetId)
          .merges.map((m) => parseArea(m)!)
          .filter((m) => areaContains(h.area, { r0: m.r0, c0: m.c0, r1: m.r0, c1: m.c0 }));
        if (areas.length > MERGED_AREAS_LIMIT)
          throw new ApiError(
            DOUBLE_ERROR.general,
            'There was an internal error while processing the request.',
            500,
            'Range.getMergedAreasOrNullObject',
          );
        return areas.length ? { kind: 'rangeAreas', sheetId: h.sheetId, areas } : null;
      },
      GetSpecialCellsOrNullObject: (h, [cellType], b) => {
        if (cellType !== 'Visible')
          throw unsupported(`Range.getSpecialCellsOrNullObject("${String(cellType)}")`);
        const areas = visibleAreas(h.area, b.sheet(h.sheetId));
        return areas.length ? { kind: 'rangeAreas', sheetId: h.sheetId, areas } : null;
      },
    },
    methods: {
      // The client library sends this before splitting a large values/numberFormat array into row slices.
      _ValidateArraySize: (h, [rows, cols]) => {
        if (rows !== h.area.r1 - h.area.r0 + 1 || cols !== h.area.c1 - h.area.c0 + 1)
          throw invalidArgument(
            'Range._ValidateArraySize',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
      },
      GetCellProperties: (h, [options], b) => cellProperties(h, options, b),
      Select: (h, _a, b) => {
        b.state.activeSheetId = h.sheetId;
        b.state.selection = { sheetId: h.sheetId, address: formatArea(h.area) };
      },
      Clear: (h, [applyTo], b) => {
        const what = (applyTo ?? 'All') as string;
        if (!['All', 'Contents', 'Formats'].includes(what)) throw unsupported(`Range.clear("${what}")`);
        if (what !== 'Formats') b.assertValuesWritable(h.sheetId, h.area, 'Range.clear');
        if (what !== 'Contents') b.assertFormatWritable(h.sheetId, 'Range.clear');
        const sheet = b.sheet(h.sheetId);
        for (const { key } of cellsOf(h.area))
          updateCell(sheet, key, (c) => {
            if (what !== 'Formats') {
              delete c.value;
              delete c.formula;
              delete c.error;
              delete c.uncalculated;
            }
            if (what !== 'Contents') {
              delete c.numberFormat;
              delete c.fill;
              delete c.bold;
              delete c.italic;
              delete c.fontColor;
            }
          });
      },
      Merge: (h, [across], b) => {
        const sheet = b.assertStructureWritable(h.sheetId, 'Range.merge');
        const rows = across
          ? Array.from({ length: h.area.r1 - h.area.r0 + 1 }, (_, i) => h.area.r0 + i)
          : [h.area.r0];
        for (const r0 of rows) {
          let area = across ? { ...h.area, r0, r1: r0 } : h.area;
          if (area.r0 === area.r1 && area.c0 === area.c1) continue;
          // Merging over merged cells takes them in: Excel grows the area to cover every merged area it
          // touches (as a selection that touches a merged cell grows to cover it) and makes one merge.
          let touched = sheet.merges.map((m) => parseArea(m)!).filter((m) => areasIntersect(m, area));
          while (touched.some((m) => !areaContains(area, m))) {
            for (const m of touched)
              area = {
                r0: Math.min(area.r0, m.r0),
                c0: Math.min(area.c0, m.c0),
                r1: Math.max(area.r1, m.r1),
                c1: Math.max(area.c1, m.c1),
              };
            touched = sheet.merges.map((m) => parseArea(m)!).filter((m) => areasIntersect(m, area));
          }
          sheet.merges = sheet.merges.filter((m) => !areasIntersect(parseArea(m)!, area));
          for (const { key, row, col } of cellsOf(area))
            if (row !== area.r0 || col !== area.c0)
              updateCell(sheet, key, (c) => {
                delete c.value;
                delete c.formula;
                delete c.error;
              });
          sheet.merges.push(formatArea(area));
        }
      },
      Unmerge: (h, _a, b) => {
        const sheet = b.assertStructureWritable(h.sheetId, 'Range.unmerge');
        sheet.merges = sheet.merges.filter((m) => !areasIntersect(parseArea(m)!, h.area));
      },
    },
  },

  rangeAreas: {
    className: 'RangeAreas',
    props: {
      address: { get: (h, b) => h.areas.map((a) => b.rangeAddress(h.sheetId, a)).join(', ') },
      addressLocal: { get: (h, b) => h.areas.map((a) => b.rangeAddress(h.sheetId, a)).join(', ') },
      areaCount: { get: (h) => h.areas.length },
      cellCount: { get: (h) => h.areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0) },
    },
  },

  rangeFormat: {
    className: 'RangeFormat',
    props: {
      columnWidth: {
        set: (h, v, b) => logFormat(h, 'columnWidth', numberArg(v, 'RangeFormat.columnWidth'), b),
      },
      wrapText: { set: (h, v, b) => logFormat(h, 'wrapText', boolArg(v, 'RangeFormat.wrapText'), b) },
      horizontalAlignment: {
        set: (h, v, b) => {
          const allowed = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection'];
          if (!allowed.includes(v as string)) throw invalidArgument('RangeFormat.horizontalAlignment');
          logFormat(h, 'horizontalAlignment', v, b);
        },
      },
    },
    nav: {
      Fill: (h) => ({ ...h, kind: 'rangeFill' }),
      Font: (h) => ({ ...h, kind: 'rangeFont' }),
      Borders: (h) => ({ ...h, kind: 'rangeBorders' }),
    },
  },

  rangeBorders: {
    className: 'RangeBorderCollection',
    indexer: (h, [edge]) => borderItem(h, edge),
    pathMethods: { GetItem: (h, [edge]) => borderItem(h, edge) },
  },

  rangeBorder: {
    className: 'RangeBorder',
    props: {
      style: {
        set: (h, v, b) => {
          const styles = [
            'None',
            'Continuous',
            'Dash',
            'DashDot',
            'DashDotDot',
            'Dot',
            'Double',
            'SlantDashDot',
          ];
          if (!styles.includes(v as string)) throw invalidArgument('RangeBorder.style');
          logFormat(h, `border.${h.edge}.style`, v, b);
        },
      },
      color: {
        set: (h, v, b) => logFormat(h, `border.${h.edge}.color`, normaliseColour(v, 'RangeBorder.color'), b),
      },
      weight: {
        set: (h, v, b) => {
          if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(v as string))
            throw invalidArgument('RangeBorder.weight');
          logFormat(h, `border.${h.edge}.weight`, v, b);
        },
      },
    },
  },

  rangeFill: {
    className: 'RangeFill',
    props: {
      color: {
        get: (h, b) =>
          uniform(
            cellPropsOf(h, b, (c) => c?.fill ?? '#FFFFFF'),
            '#FFFFFF',
          ),
        set: (h, v, b) => {
          const colour = normaliseColour(v, 'RangeFill.color');
          formatCells(h, b, 'RangeFill.color', (c) => {
            c.fill = colour;
          });
        },
      },
    },
    methods: {
      Clear: (h, _a, b) =>
        formatCells(h, b, 'RangeFill.clear', (c) => {
          delete c.fill;
        }),
    },
  },

  rangeFont: {
    className: 'RangeFont',
    props: {
      size: {
        set: (h, v, b) => {
          const size = numberArg(v, 'RangeFont.size');
          if (size < 1 || size > 409) throw invalidArgument('RangeFont.size');
          logFormat(h, 'font.size', size, b);
        },
      },
      bold: {
        get: (h, b) =>
          uniform(
            cellPropsOf(h, b, (c) => c?.bold ?? false),
            false,
          ),
        set: (h, v, b) => {
          const x = boolArg(v, 'RangeFont.bold');
          formatCells(h, b, 'RangeFont.bold', (c) => {
            c.bold = x || undefined;
          });
        },
      },
      italic: {
        get: (h, b) =>
          uniform(
            cellPropsOf(h, b, (c) => c?.italic ?? false),
            false,
          ),
        set: (h, v, b) => {
          const x = boolArg(v, 'RangeFont.italic');
          formatCells(h, b, 'RangeFont.italic', (c) => {
            c.italic = x || undefined;
          });
        },
      },
      color: {
        get: (h, b) =>
          uniform(
            cellPropsOf(h, b, (c) => c?.fontColor ?? '#000000'),
            '#000000',
          ),
        set: (h, v, b) => {
          const colour = normaliseColour(v, 'RangeFont.color');
          formatCells(h, b, 'RangeFont.color', (c) => {
            c.fontColor = colour === '#000000' ? undefined : colour;
          });
        },
      },
    },
  },

  dataValidation: {
    className: 'DataValidation',
    props: {
      rule: {
        get: (h, b) => validationRule(h, b).rule,
        set: (h, v, b) => {
          const rule = v as Record<string, unknown> | null;
          if (!rule || typeof rule !== 'object' || Object.keys(rule).length !== 1)
            throw invalidArgument('DataValidation.rule');
          const list = rule.list as { source?: unknown } | undefined;
          const date = rule.date as
            { formula1?: unknown; formula2?: unknown; operator?: unknown } | undefined;
          if (date) {
            if (typeof date.operator !== 'string' || date.formula1 === undefined)
              throw invalidArgument('DataValidation.rule');
            if (date.operator === 'Between' && date.formula2 === undefined)
              throw invalidArgument('DataValidation.rule');
          } else if (!list) throw unsupported(`DataValidation.rule of type ${Object.keys(rule)[0]}`);
          else if (typeof list.source !== 'string' || list.source === '')
            throw invalidArgument('DataValidation.rule');
          const sheet = removeValidations(h, b, 'DataValidation.rule');
          sheet.dataValidations.push({ address: formatArea(h.area), rule });
        },
      },
      type: { get: (h, b) => validationRule(h, b).type },
      prompt: {
        get: (h, b) => validationEntry(h, b, 'DataValidation.prompt').prompt ?? {},
        set: (h, v, b) => {
          if (!v || typeof v !== 'object') throw invalidArgument('DataValidation.prompt');
          b.assertStructureWritable(h.sheetId, 'DataValidation.prompt');
          validationEntry(h, b, 'DataValidation.prompt').prompt = v as Record<string, unknown>;
        },
      },
      errorAlert: {
        get: (h, b) => validationEntry(h, b, 'DataValidation.errorAlert').errorAlert ?? {},
        set: (h, v, b) => {
          const alert = v as Record<string, unknown> | null;
          if (!alert || typeof alert !== 'object') throw invalidArgument('DataValidation.errorAlert');
          if (
            alert.style !== undefined &&
            !['Stop', 'Warning', 'Information'].includes(alert.style as string)
          )
            throw invalidArgument('DataValidation.errorAlert');
          b.assertStructureWritable(h.sheetId, 'DataValidation.errorAlert');
          validationEntry(h, b, 'DataValidation.errorAlert').errorAlert = alert;
        },
      },
    },
    methods: {
      Clear: (h, _a, b) => {
        removeValidations(h, b, 'DataValidation.clear');
      },
    },
  },

  conditionalFormats: {
    className: 'ConditionalFormatCollection',
    items: (h, b) =>
      cfsIn(h, b).map((c) => ({ kind: 'conditionalFormat', sheetId: h.sheetId, cfId: c.id, scope: h.area })),
    // Items of a loaded collection are addressed by id (their priority) through the indexer.
    indexer: (h, [id], b) => cfAt(h, id, 'ConditionalFormatCollection.getItem', b),
    pathMethods: {
      Add: (h, [type], b) => {
        if (typeof type !== 'string' || !CF_TYPES.includes(type))
          throw unsupported(`ConditionalFormatCollection.add("${String(type)}")`);
        const sheet = b.assertStructureWritable(h.sheetId, 'ConditionalFormatCollection.add');
        // A new format comes first (priority 0); every other one moves down a place.
        const cf: ConditionalFormatEntry = {
          id: b.newId('cf'),
          address: formatArea(h.area),
          type,
          priority: -1,
          stopIfTrue: false,
          rule: {},
          format: {},
        };
        sheet.conditionalFormats.unshift(cf);
        sheet.conditionalFormats.forEach((c, i) => {
          c.priority = i;
        });
        return { kind: 'conditionalFormat', sheetId: h.sheetId, cfId: cf.id, scope: h.area };
      },
      GetItem: (h, [id], b) => cfAt(h, id, 'ConditionalFormatCollection.getItem', b),
      GetItemAt: (h, [index], b) => cfAt(h, index, 'ConditionalFormatCollection.getItemAt', b),
    },
    methods: {
      GetCount: (h, _a, b) => cfsIn(h, b).length,
      ClearAll: (h, _a, b) => {
        // A format that also covers cells outside the range keeps them: only these cells lose it.
        const sheet = b.assertStructureWritable(h.sheetId, 'ConditionalFormatCollection.clearAll');
        sheet.conditionalFormats = sheet.conditionalFormats
          .map((c) => (touches(c.address, h.area) ? { ...c, address: without(c.address, h.area) } : c))
          .filter((c) => c.address !== '');
        renumber(sheet);
      },
    },
  },

  conditionalFormat: {
    className: 'ConditionalFormat',
    idOf: (h, b) => cfWireId(h, b),
    props: {
      id: { get: (h, b) => cfWireId(h, b) },
      type: { get: (h, b) => b.cf(h).type },
      priority: {
        get: (h, b) => b.cf(h).priority,
        set: (h, v, b) => {
          if (typeof v !== 'number') throw invalidArgument('ConditionalFormat.priority');
          const cf = cfWritable(h, b, 'ConditionalFormat.priority');
          // Moving a format to priority v pushes the one there (and those below it) down.
          cf.priority = v < cf.priority ? v - 0.5 : v + 0.5;
          renumber(b.sheet(h.sheetId));
        },
      },
      stopIfTrue: {
        get: (h, b) => b.cf(h).stopIfTrue,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalFormat.stopIfTrue').stopIfTrue = boolArg(
            v,
            'ConditionalFormat.stopIfTrue',
          );
        },
      },
    },
    nav: {
      TextComparison: (h, b) => cfPart(h, 'textComparison', b),
      Custom: (h, b) => cfPart(h, 'custom', b),
      TextComparisonOrNullObject: (h, b) => cfPart(h, 'textComparison', b),
      CustomOrNullObject: (h, b) => cfPart(h, 'custom', b),
      DataBar: (h, b) =>
        b.cf(h).type === 'DataBar' ? { kind: 'cfDataBar', sheetId: h.sheetId, cfId: h.cfId } : null,
    },
    pathMethods: {
      // "Throws an error if the conditional format is applied to multiple ranges" (API reference).
      GetRange: (h, _a, b) => {
        const areas = areasOf(b.cf(h).address);
        if (areas.length !== 1)
          throw new ApiError(
            DOUBLE_ERROR.invalidOperation,
            'The operation attempted is invalid on the object.',
            400,
            'ConditionalFormat.getRange',
          );
        return { kind: 'range', sheetId: h.sheetId, area: areas[0] };
      },
    },
    methods: {
      Delete: (h, _a, b) => {
        const sheet = b.assertStructureWritable(h.sheetId, 'ConditionalFormat.delete');
        const list = sheet.conditionalFormats;
        const at = b.cfIndex(list, h.cfId);
        if (at < 0) throw itemNotFound('ConditionalFormat.delete');
        list.splice(at, 1);
        for (let i = at; i < list.length; i++) list[i].priority = i;
      },
    },
  },

  cfTextComparison: {
    className: 'TextConditionalFormat',
    props: {
      rule: {
        get: (h, b) => b.cf(h).rule,
        set: (h, v, b) => {
          const r = v as { operator?: unknown; text?: unknown } | null;
          const ops = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
          if (!r || typeof r.text !== 'string' || !ops.includes(r.operator as string))
            throw invalidArgument('TextConditionalFormat.rule');
          cfWritable(h, b, 'TextConditionalFormat.rule').rule = { operator: r.operator, text: r.text };
        },
      },
    },
    nav: { Format: (h) => ({ ...h, kind: 'cfFormat' }) },
  },

  cfCustom: {
    className: 'CustomConditionalFormat',
    nav: {
      Rule: (h) => ({ ...h, kind: 'cfRule' }),
      Format: (h) => ({ ...h, kind: 'cfFormat' }),
    },
  },

  cfRule: {
    className: 'ConditionalFormatRule',
    props: {
      formula: {
        get: (h, b) => (b.cf(h).rule.formula as string | undefined) ?? '',
        set: (h, v, b) => {
          if (typeof v !== 'string' || !v.startsWith('='))
            throw invalidArgument('ConditionalFormatRule.formula');
          cfWritable(h, b, 'ConditionalFormatRule.formula').rule = { formula: v };
        },
      },
    },
  },

  cfFormat: {
    className: 'ConditionalRangeFormat',
    nav: {
      Font: (h) => ({ ...h, kind: 'cfFont' }),
      Fill: (h) => ({ ...h, kind: 'cfFill' }),
    },
  },

  cfFont: {
    className: 'ConditionalRangeFont',
    props: {
      color: {
        get: (h, b) => b.cf(h).format.fontColor ?? null,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalRangeFont.color').format.fontColor = normaliseColour(
            v,
            'ConditionalRangeFont.color',
          );
        },
      },
      bold: {
        get: (h, b) => b.cf(h).format.bold ?? null,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalRangeFont.bold').format.bold = boolArg(v, 'ConditionalRangeFont.bold');
        },
      },
      italic: {
        get: (h, b) => b.cf(h).format.italic ?? null,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalRangeFont.italic').format.italic = boolArg(
            v,
            'ConditionalRangeFont.italic',
          );
        },
      },
    },
  },

  cfFill: {
    className: 'ConditionalRangeFill',
    props: {
      color: {
        get: (h, b) => b.cf(h).format.fill ?? null,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalRangeFill.color').format.fill = normaliseColour(
            v,
            'ConditionalRangeFill.color',
          );
        },
      },
    },
    methods: {
      Clear: (h, _a, b) => {
        delete cfWritable(h, b, 'ConditionalRangeFill.clear').format.fill;
      },
    },
  },
  cfDataBar: {
    className: 'DataBarConditionalFormat',
    nav: { PositiveFormat: (h) => ({ ...h, kind: 'cfDataBarPositive' }) },
  },

  cfDataBarPositive: {
    className: 'ConditionalDataBarPositiveFormat',
    props: {
      fillColor: {
        get: (h, b) => b.cf(h).format.fill ?? null,
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalDataBarPositiveFormat.fillColor').format.fill = normaliseColour(
            v,
            'ConditionalDataBarPositiveFormat.fillColor',
          );
        },
      },
      gradientFill: {
        set: (h, v, b) => {
          cfWritable(h, b, 'ConditionalDataBarPositiveFormat.gradientFill').rule = {
            ...b.cf(h).rule,
            gradientFill: boolArg(v, 'ConditionalDataBarPositiveFormat.gradientFill'),
          };
        },
      },
    },
  },

  tables: {
    className: 'TableCollection',
    items: (h, b) => tablesOf(h, b).map((t) => ({ kind: 'table', sheetId: h.sheetId, name: t.name })),
    indexer: (h, [key], b) => tableHandle(h, key, b, 'TableCollection.getItem'),
    pathMethods: {
      GetItem: (h, [key], b) => tableHandle(h, key, b, 'TableCollection.getItem'),
      GetItemOrNullObject: (h, [key], b) => {
        const t = tablesOf(h, b).find((x) => x.name.toLowerCase() === String(key).toLowerCase());
        return t ? { kind: 'table', sheetId: h.sheetId, name: t.name } : null;
      },
    },
    methods: { GetCount: (h, _a, b) => tablesOf(h, b).length },
  },

  table: {
    className: 'Table',
    idOf: (h) => h.name,
    props: {
      id: { get: (h) => h.name },
      name: { get: (h, b) => tableOf(h, b).name },
      showHeaders: { get: (h, b) => tableOf(h, b).showHeaders },
      showTotals: { get: (h, b) => tableOf(h, b).showTotals },
    },
    nav: { Worksheet: (h) => ({ kind: 'worksheet', sheetId: h.sheetId }) },
    pathMethods: {
      GetRange: (h, _a, b) => ({
        kind: 'range',
        sheetId: h.sheetId,
        area: parseArea(tableOf(h, b).address)!,
      }),
    },
  },

  pageLayout: {
    className: 'PageLayout',
    props: {
      orientation: {
        get: (h, b) => sheetExtras(b.sheet(h.sheetId)).pageLayout?.orientation ?? 'Portrait',
        set: (h, v, b) => {
          if (v !== 'Portrait' && v !== 'Landscape') throw invalidArgument('PageLayout.orientation');
          setPageLayout(h, 'orientation', v, b);
        },
      },
      paperSize: {
        set: (h, v, b) => {
          if (typeof v !== 'string') throw invalidArgument('PageLayout.paperSize');
          setPageLayout(h, 'paperSize', v, b);
        },
      },
      zoom: {
        set: (h, v, b) => {
          if (!v || typeof v !== 'object') throw invalidArgument('PageLayout.zoom');
          setPageLayout(h, 'zoom', v, b);
        },
      },
    },
    methods: {
      SetPrintTitleRows: (h, [rows], b) => {
        if (typeof rows !== 'string' || !parseArea(rows.replace(/\$/g, '')))
          throw invalidArgument('PageLayout.setPrintTitleRows');
        setPageLayout(h, 'printTitleRows', rows, b);
      },
    },
  },

  charts: {
    className: 'ChartCollection',
    items: (h, b) => chartsOf(h, b).map((c) => chartHandle(h.sheetId, c.id, 'chart')),
    pathMethods: {
      Add: (h, [type, source, seriesBy], b) => {
        if (
          !['BarStacked', 'Line', 'ColumnClustered', 'ColumnStacked', 'BarClustered'].includes(type as string)
        )
          throw unsupported(`ChartCollection.add("${String(type)}")`);
        const sheet = b.assertStructureWritable(h.sheetId, 'ChartCollection.add');
        const src = (source as { __handle?: Maybe } | undefined)?.__handle;
        if (!src || src.kind !== 'range' || src.sheetId !== h.sheetId)
          throw invalidArgument('ChartCollection.add');
        const by = (seriesBy ?? 'Auto') as string;
        if (!['Auto', 'Columns', 'Rows'].includes(by)) throw invalidArgument('ChartCollection.add');
        const rows = src.area.r1 - src.area.r0 + 1;
        const cols = src.area.c1 - src.area.c0 + 1;
        const byColumns = by === 'Columns' || (by === 'Auto' && rows >= cols);
        const id = b.newId('chart');
        const extras = sheetExtras(sheet);
        const n = (extras.charts?.length ?? 0) + 1;
        const chart: ChartEntry = {
          id,
          name: `Chart ${n}`,
          type: type as string,
          source: formatArea(src.area),
          seriesBy: by,
          seriesCount: byColumns ? cols - 1 : rows - 1,
          seriesColours: {},
        };
        (extras.charts ??= []).push(chart);
        return chartHandle(h.sheetId, id, 'chart');
      },
      GetItem: (h, [name], b) => {
        const c = chartsOf(h, b).find((x) => x.name.toLowerCase() === String(name).toLowerCase());
        if (!c) throw itemNotFound('ChartCollection.getItem');
        return chartHandle(h.sheetId, c.id, 'chart');
      },
      GetItemOrNullObject: (h, [name], b) => {
        const c = chartsOf(h, b).find((x) => x.name.toLowerCase() === String(name).toLowerCase());
        return c ? chartHandle(h.sheetId, c.id, 'chart') : null;
      },
    },
    methods: { GetCount: (h, _a, b) => chartsOf(h, b).length },
  },

  chart: {
    className: 'Chart',
    idOf: (h) => h.chartId,
    props: {
      id: { get: (h) => h.chartId },
      name: {
        get: (h, b) => chartOf(h, b).name,
        set: (h, v, b) => {
          if (typeof v !== 'string' || v === '') throw invalidArgument('Chart.name');
          chartWritable(h, b, 'Chart.name').name = v;
        },
      },
    },
    nav: {
      Title: (h) => ({ ...h, kind: 'chartTitle' }),
      Series: (h) => ({ ...h, kind: 'chartSeriesCollection' }),
    },
    methods: {
      SetPosition: (h, [start, end], b) => {
        const from = typeof start === 'string' ? start : undefined;
        if (!from || !parseArea(from)) throw unsupported('Chart.setPosition with a Range argument');
        if (end !== undefined && end !== null && (typeof end !== 'string' || !parseArea(end)))
          throw invalidArgument('Chart.setPosition');
        chartWritable(h, b, 'Chart.setPosition').position = { from, ...(end ? { to: end as string } : {}) };
      },
      Delete: (h, _a, b) => {
        const sheet = b.assertStructureWritable(h.sheetId, 'Chart.delete');
        const extras = sheetExtras(sheet);
        extras.charts = (extras.charts ?? []).filter((c) => c.id !== h.chartId);
      },
    },
  },

  chartTitle: {
    className: 'ChartTitle',
    props: {
      text: {
        get: (h, b) => chartOf(h, b).title ?? '',
        set: (h, v, b) => {
          if (typeof v !== 'string') throw invalidArgument('ChartTitle.text');
          chartWritable(h, b, 'ChartTitle.text').title = v;
        },
      },
    },
  },

  chartSeriesCollection: {
    className: 'ChartSeriesCollection',
    pathMethods: {
      GetItemAt: (h, [index], b) => {
        if (typeof index !== 'number' || index < 0 || index >= chartOf(h, b).seriesCount)
          throw itemNotFound('ChartSeriesCollection.getItemAt');
        return { ...h, kind: 'chartSeries', series: index };
      },
    },
    methods: { GetCount: (h, _a, b) => chartOf(h, b).seriesCount },
  },

  chartSeries: {
    className: 'ChartSeries',
    nav: { Format: (h) => ({ ...h, kind: 'chartSeriesFormat' }) },
  },

  chartSeriesFormat: {
    className: 'ChartSeriesFormat',
    nav: {
      Fill: (h) => ({ ...h, kind: 'chartFill' }),
      Line: (h) => ({ ...h, kind: 'chartLine' }),
    },
  },

  chartFill: {
    className: 'ChartFill',
    methods: {
      SetSolidColor: (h, [colour], b) => {
        chartWritable(h, b, 'ChartFill.setSolidColor').seriesColours[h.series] = normaliseColour(
          colour,
          'ChartFill.setSolidColor',
        );
      },
    },
  },

  chartLine: {
    className: 'ChartLineFormat',
    props: {
      color: {
        get: (h, b) => chartOf(h, b).seriesColours[h.series] ?? null,
        set: (h, v, b) => {
          chartWritable(h, b, 'ChartLineFormat.color').seriesColours[h.series] = normaliseColour(
            v,
            'ChartLineFormat.color',
          );
        },
      },
    },
  },
};
