/**
 * The add-in's engine: the pane's tasks run in a Web Worker (engine.worker.ts), which calls back here
 * for the two things only the page can do, reading the workbook and applying edits through Office.js.
 * Where the worker cannot start (a host that refuses workers, or a script blocked by policy) the tasks
 * run in the page instead, loaded on first use.
 */
import type { Edit } from '../../core/edits';
import type { PlanHost } from '../../core/host';
import { channel, type Channel, type Progress } from './channel';
import { localEngine, type PaneEngine } from './engine';
import type { TaskArgs, TaskName, TaskResult } from './tasks';

/** How long the worker has to say it is ready before the page runs the tasks itself. */
const READY_TIMEOUT_MS = 5000;

function startWorker(): Worker {
  return new Worker(
    // @ts-expect-error -- import.meta is valid here: webpack bundles the pane as ES modules and turns this into the worker's own chunk (tsconfig's CommonJS setting is for jest and the CLI, which never load this file).
    new URL('./engine.worker.ts', import.meta.url),
    { name: 'plan-tracker-engine' },
  );
}

export function workerEngine(host: PlanHost): PaneEngine {
  const local = localEngine(host);
  const ready = new Promise<Channel | null>((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      resolve(null);
      return;
    }
    const link = channel(worker, {
      readWorkbook: () => host.readWorkbook(),
      apply: (edits: Edit[]) => host.apply(edits),
    });
    const fail = () => {
      link.close();
      worker.terminate();
      resolve(null);
    };
    const timer = setTimeout(fail, READY_TIMEOUT_MS);
    worker.addEventListener('error', () => {
      clearTimeout(timer);
      fail();
    });
    link.on('ready', () => {
      clearTimeout(timer);
      resolve(link);
    });
  });
  return {
    async run<K extends TaskName>(name: K, args: TaskArgs<K>, onProgress?: Progress): Promise<TaskResult<K>> {
      const link = await ready;
      if (!link) return local.run(name, args, onProgress);
      return link.call<TaskResult<K>>('run', { name, args }, onProgress);
    },
    onChanged: local.onChanged,
    unavailableFeatures: local.unavailableFeatures,
  };
}
