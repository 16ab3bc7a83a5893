/**
 * The unit the adapter queues: one edit (or a slice of a large one) as a function that queues Office.js
 * calls on a request context, with its estimated payload (see payload.ts) and the cells whose values it
 * writes, so a long list can be split into batches that each stay inside Excel on the web's limits.
 */
import { estimatePayload, jsonBytes, PAYLOAD_BUDGET_BYTES, type PayloadEstimate } from './payload';
import type { ExcelFeature } from './requirements';

export interface Op {
  /** Cells whose values this op writes (0 for formats, validation, charts …). */
  cells: number;
  /** The request and response this op adds to a batch. */
  payload: PayloadEstimate;
  queue(context: Excel.RequestContext): void;
}

/** An op, its payload measured by a dry run of `queue`. */
export function op(queue: (context: Excel.RequestContext) => void, cells = 0): Op {
  return { cells, payload: estimatePayload(queue), queue };
}

/** What an edit may use: which features this Excel has, and what the host knows about the workbook. */
export interface OpEnv {
  supports(feature: ExcelFeature): boolean;
  /** True when the workbook has this sheet, as far as the host knows. */
  sheetExists(name: string): boolean;
}

export interface BatchLimits {
  /** Largest estimated request and response of one batch (bytes). */
  bytes: number;
  /** Most cells written in one batch (a second, plainer bound; tests use it to force chunking). */
  cells: number;
}

/** Values written per request before the list is split, whatever their size. */
export const DEFAULT_CHUNK_CELLS = 200_000;

export const DEFAULT_LIMITS: BatchLimits = { bytes: PAYLOAD_BUDGET_BYTES, cells: DEFAULT_CHUNK_CELLS };

/**
 * Groups ops into batches that stay within `limits` (an op over them on its own gets a batch to
 * itself; the edit-to-op step splits large edits so that none is). Order is kept.
 */
export function planBatches(ops: Op[], limits: BatchLimits = DEFAULT_LIMITS): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let request = 0;
  let response = 0;
  let cells = 0;
  for (const o of ops) {
    const over =
      request + o.payload.request > limits.bytes ||
      response + o.payload.response > limits.bytes ||
      (o.cells > 0 && cells + o.cells > limits.cells);
    if (current.length > 0 && over) {
      batches.push(current);
      current = [];
      request = 0;
      response = 0;
      cells = 0;
    }
    current.push(o);
    request += o.payload.request;
    response += o.payload.response;
    cells += o.cells;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Splits rows into consecutive bands whose values stay within `limits` (by their JSON size and by
 * count of cells), so a large grid becomes several ops. Every band has at least one row.
 */
export function rowBands<T>(
  rows: T[][],
  width: number,
  limits: BatchLimits,
): { start: number; rows: T[][] }[] {
  const bands: { start: number; rows: T[][] }[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < rows.length; r++) {
    const rowBytes = jsonBytes(rows[r]) + 1;
    const count = r - start + 1;
    if (r > start && (bytes + rowBytes > limits.bytes || count * width > limits.cells)) {
      bands.push({ start, rows: rows.slice(start, r) });
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) bands.push({ start, rows: rows.slice(start) });
  return bands;
}

/**
 * Queues each batch and syncs it, one after another (a batch's requests never mix with the next one's).
 * `onSync` is told after each sync, so a caller that fails half-way still knows how many were made.
 * Resolves to the number of syncs.
 */
export async function runBatches(
  context: Excel.RequestContext,
  batches: Op[][],
  onSync: () => void = () => undefined,
): Promise<number> {
  // A chain rather than a loop: each link queues one batch and syncs it.
  await batches.reduce(
    (previous, batch) =>
      previous.then(async () => {
        for (const o of batch) o.queue(context);
        await context.sync();
        onSync();
      }),
    Promise.resolve(),
  );
  return batches.length;
}
