/** Timing helpers for the benchmarks: interleaved runs, medians, and a plain table. */
import { performance } from 'node:perf_hooks';

export async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each task `rounds` times, interleaved (A B C A B C …) after one warm-up round, so that both sides
 * of a ratio see the same machine state; returns the median of each.
 */
export async function interleaved(
  tasks: Record<string, () => Promise<unknown> | unknown>,
  rounds: number,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, fn] of Object.entries(tasks)) {
      const ms = await time(fn);
      if (round > 0) samples[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
