/**
 * The preview's Web Worker: it holds the workbook (ExcelJS, in memory) and does everything heavy there,
 * so the page never stops answering: opening the .xlsx, every pane task (reading, checking, building
 * the summary, applying edits), and the grid's picture of a sheet. The page only draws what comes back.
 */
import { UserError } from '../core/errors';
import { channel, type Port } from '../taskpane/engine/channel';
import { runTask, type TaskArgs, type TaskName } from '../taskpane/engine/tasks';
import { gridModel } from './grid-model';
import { createWorkbookHost, type Selection, type WorkbookHost } from './workbook-host';

let host: WorkbookHost | null = null;

function current(): WorkbookHost {
  if (!host) throw new UserError('Open a workbook first.', 'not-found');
  return host;
}

export interface OpenRequest {
  name: string;
  /** The file's bytes (a file the officer chose), or… */
  bytes?: ArrayBuffer;
  /** …where to fetch it from (an example served beside the preview). */
  url?: string;
}

const page = channel(self as unknown as Port, {
  async open({ name, bytes, url }: OpenRequest, progress) {
    progress(`Opening ${name}…`);
    let data = bytes;
    if (!data) {
      const response = await fetch(url!);
      if (!response.ok)
        throw new UserError(`${name} could not be fetched (${response.status}).`, 'not-found');
      data = await response.arrayBuffer();
    }
    // Only the preview's worker loads ExcelJS (its browser build; see webpack.config.js).
    const mod = await import('exceljs');
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data);
    } catch {
      throw new UserError(
        `${name} could not be opened as an Excel workbook (.xlsx). Choose another file, or open it in Excel and save a fresh copy.`,
        'unreadable',
      );
    }
    host = createWorkbookHost(workbook);
    const opened = host;
    void opened.onChanged(() => host === opened && page.emit('changed'));
    void opened.onSelectionChanged(() => host === opened && page.emit('selection', opened.selection()));
    return { name };
  },
  run: ({ name, args }: { name: TaskName; args: TaskArgs<TaskName> }, progress) =>
    runTask(name, { host: current(), progress }, args),
  grid: ({ sheet }: { sheet: string | null }) => gridModel(current().workbook, sheet),
  select: (selection: Selection) => current().select(selection),
  selection: () => current().selection(),
  charts: () =>
    current()
      .charts()
      .map((c) => c.title),
});

page.emit('ready');
