/**
 * The pane's one way to the workbook: `engine.run(task, args)` runs a task of tasks.ts wherever the
 * engine keeps it (the page, or a Web Worker) and resolves to plain data. Views never read a snapshot
 * themselves. `onChanged` says when the workbook changed, so the Check view can check again.
 *
 * The task table (and the core behind it) is loaded on first use, so it is not part of the pane's first
 * download; in the add-in and the preview it runs in a worker and the page never loads it at all.
 */
import type { PlanHost } from '../../core/host';
import type { Progress } from './channel';
import type { TaskArgs, TaskName, TaskResult } from './tasks';

export interface PaneEngine {
  run<K extends TaskName>(name: K, args: TaskArgs<K>, onProgress?: Progress): Promise<TaskResult<K>>;
  /** Calls back when the workbook changes (edits from the pane or the officer); returns an unsubscribe. */
  onChanged?(callback: () => void): Promise<() => void>;
  /** Features the host lacks, in plain English, or an empty list. */
  unavailableFeatures(): string[];
}

/** Runs the tasks in this page, on `host`. */
export function localEngine(host: PlanHost): PaneEngine {
  return {
    async run<K extends TaskName>(name: K, args: TaskArgs<K>, onProgress?: Progress): Promise<TaskResult<K>> {
      const { runTask } = await import('./tasks');
      return runTask(name, { host, progress: onProgress ?? (() => undefined) }, args);
    },
    onChanged: host.onChanged ? (callback) => host.onChanged!(callback) : undefined,
    unavailableFeatures: () => host.unavailableFeatures(),
  };
}
