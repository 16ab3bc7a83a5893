/**
 * The page's side of the preview worker (preview.worker.ts): open a workbook there, run the pane's
 * tasks there (the pane's engine), fetch the grid's picture of a sheet, and hear when the workbook or
 * the selection changes.
 */
import { channel, type Channel, type Progress } from '../taskpane/engine/channel';
import type { PaneEngine } from '../taskpane/engine/engine';
import type { TaskArgs, TaskName, TaskResult } from '../taskpane/engine/tasks';
import type { GridModel } from './grid-model';
import type { OpenRequest } from './preview.worker';
import type { Selection } from './workbook-host';

export interface PreviewClient {
  open(request: OpenRequest, onProgress?: Progress): Promise<void>;
  engine: PaneEngine;
  grid(sheet: string | null): Promise<GridModel | null>;
  select(selection: Selection): Promise<void>;
  selection(): Promise<Selection | null>;
  /** Titles of the charts the pane asked for (recorded, not drawn). */
  charts(): Promise<string[]>;
  onChanged(listener: () => void): () => void;
  onSelection(listener: (selection: Selection | null) => void): () => void;
}

export function createPreviewClient(): PreviewClient {
  const worker = new Worker(
    // @ts-expect-error -- import.meta is valid here: webpack bundles the preview as ES modules and turns this into the worker's own chunk (tsconfig's CommonJS setting is for jest, which never loads this file).
    new URL('./preview.worker.ts', import.meta.url),
    { name: 'plan-tracker-preview' },
  );
  const link: Channel = channel(worker);
  const ready = new Promise<void>((resolve) => {
    const off = link.on('ready', () => {
      off();
      resolve();
    });
  });
  const call = async <T>(method: string, args: unknown, onProgress?: Progress, transfer?: Transferable[]) => {
    await ready;
    return link.call<T>(method, args, onProgress, transfer);
  };
  return {
    open: (request, onProgress) =>
      call('open', request, onProgress, request.bytes ? [request.bytes] : []).then(() => undefined),
    engine: {
      run: <K extends TaskName>(name: K, args: TaskArgs<K>, onProgress?: Progress) =>
        call<TaskResult<K>>('run', { name, args }, onProgress),
      onChanged: async (callback) => link.on('changed', callback),
      unavailableFeatures: () => [],
    },
    grid: (sheet) => call('grid', { sheet }),
    select: (selection) => call('select', selection),
    selection: () => call('selection', null),
    charts: () => call('charts', null),
    onChanged: (listener) => link.on('changed', listener),
    onSelection: (listener) => link.on('selection', (data) => listener(data as Selection | null)),
  };
}
