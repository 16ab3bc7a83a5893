/**
 * The unit the adapter queues: one edit (or a slice of a large one) as a function that queues Office.js
 * calls on a request context, with its weight in cells written so large lists can be split into batches.
 */
export interface Op {
  /** Cells whose values this op writes (0 for formats, validation, charts …). */
  weight: number;
  queue(context: Excel.RequestContext): void;
}

/** What an edit may use: which features this Excel has, and what the pre-read found. */
export interface OpEnv {
  supports(feature: import('./requirements').ExcelFeature): boolean;
  /** Lower-case names of the sheets the workbook has, as far as the host knows. */
  sheetExists(name: string): boolean;
  /** Tracker conditional formats found by the pre-read, by lower-case sheet name and tag. */
  trackerFormats(sheet: string, tag: string): Excel.ConditionalFormat[];
}

/**
 * Groups ops into batches of at most `chunkCells` cells written (an op heavier than that on its own
 * gets a batch to itself). Order is kept.
 */
export function planBatches(ops: Op[], chunkCells: number): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let weight = 0;
  for (const op of ops) {
    if (current.length > 0 && op.weight > 0 && weight + op.weight > chunkCells) {
      batches.push(current);
      current = [];
      weight = 0;
    }
    current.push(op);
    weight += op.weight;
  }
  if (current.length > 0) batches.push(current);
  return batches;
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
        for (const op of batch) op.queue(context);
        await context.sync();
        onSync();
      }),
    Promise.resolve(),
  );
  return batches.length;
}
