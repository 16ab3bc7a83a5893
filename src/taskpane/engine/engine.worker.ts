/**
 * The add-in's Web Worker: runs the pane's tasks (reading the plan, checking it, building the summary)
 * off the page. Office.js cannot run in a worker, so the host here is a stand-in that asks the page to
 * read the workbook and to apply edits through Excel; everything the core decides is decided here.
 */
import type { Edit } from '../../core/edits';
import type { PlanHost } from '../../core/host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { channel, type Port } from './channel';
import { runTask, type TaskArgs, type TaskName } from './tasks';

const port = self as unknown as Port;

const page = channel(port, {
  run: ({ name, args }: { name: TaskName; args: TaskArgs<TaskName> }, progress) =>
    runTask(name, { host, progress }, args),
});

const host: PlanHost = {
  readWorkbook: () => page.call<WorkbookSnapshot>('readWorkbook', null),
  apply: (edits: Edit[]) => page.call<void>('apply', edits),
  unavailableFeatures: () => [],
};

page.emit('ready');
