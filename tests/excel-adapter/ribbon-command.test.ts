/**
 * The ribbon command completes exactly once on every path, and its notice dialog is closed when it
 * should be. Office's dialog API and timers are stood in for by a small fake (jest's fake timers drive
 * the clock); the refresh itself is the real one, on the strict Excel double, where a path needs it.
 */
import { refreshOn } from '../../src/commands/refresh';
import {
  type CommandUi,
  failureMessage,
  NOTICE_MS,
  type NoticeDialog,
  runRibbonCommand,
  TIMEOUT_MS,
} from '../../src/commands/ribbon-command';
import { HostError } from '../../src/core/host';
import { InternalError } from '../../src/core/errors';
import { createExcelHost } from '../../src/excel/excel-host';
import { createExcelDouble, createWorkbookState, findSheet, putValues } from '../excel-double';

interface FakeDialog extends NoticeDialog {
  message: string;
  closed: boolean;
  handlers: Record<'message' | 'closed', (() => void)[]>;
}

/** What Office does when asked for a dialog: `answer` decides (a dialog, an error, silence, a throw). */
function fakeUi(answer: (message: string, attempt: number) => 'open' | number | 'silent' | 'throw') {
  const dialogs: FakeDialog[] = [];
  let attempts = 0;
  const ui: CommandUi = {
    openNotice(message, callback) {
      attempts++;
      const a = answer(message, attempts);
      if (a === 'throw') throw new Error('displayDialogAsync is not available');
      if (a === 'silent') return; // the callback never fires (Excel for Mac)
      if (typeof a === 'number') {
        setTimeout(() => callback({ error: a }), 10);
        return;
      }
      const dialog: FakeDialog = {
        message,
        closed: false,
        handlers: { message: [], closed: [] },
        close() {
          this.closed = true;
        },
        addEventHandler(type, handler) {
          this.handlers[type].push(handler);
        },
      };
      dialogs.push(dialog);
      setTimeout(() => callback({ dialog }), 10);
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  return { ui, dialogs, attempts: () => attempts };
}

function event() {
  let completed = 0;
  return { completed: () => completed++, count: () => completed };
}

/** A workbook with a small plan, for the real refresh on the double. */
function planRig() {
  const state = createWorkbookState([{ name: 'Plan' }]);
  putValues(findSheet(state, 'Plan'), 'A1', [
    ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    ['1.1', 'Audit case files', 'Head of QA', 45565, 'Green'],
    ['1.2', 'Recruit social workers', 'Director', 45600, 'Red'],
  ]);
  for (const cell of ['D2', 'D3']) findSheet(state, 'Plan').cells[cell].numberFormat = 'dd/mm/yyyy';
  const double = createExcelDouble(state);
  const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
  return { double, host };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Waits (real time) until `ready()` holds: the refresh on the double takes a few real syncs. */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > 30_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets promises settle and timers up to `ms` run. */
async function advance(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('Refresh RAG summary from the ribbon', () => {
  test('success: the result is shown; OK closes the dialog and completes once', async () => {
    jest.useRealTimers(); // the double's request path uses real promises and timers
    const { double, host } = planRig();
    const { ui, dialogs } = fakeUi(() => 'open');
    const e = event();
    const run = runRibbonCommand(
      e,
      () => refreshOn(host, new Date(2024, 10, 1)),
      'refresh the RAG Summary',
      ui,
    );
    await until(() => dialogs[0]?.handlers.closed.length > 0); // shown, and its handlers set
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].message).toMatch(/^RAG Summary refreshed: 2 actions/);
    expect(e.count()).toBe(0); // the dialog is still up: the function file must stay alive
    dialogs[0].handlers.message.forEach((h) => h());
    await run;
    expect(dialogs[0].closed).toBe(true);
    expect(e.count()).toBe(1);
    expect(double.state.sheets.map((s) => s.name)).toContain('RAG Summary');
  });

  test('the refresh fails with a HostError: its message is shown as it is; closing the dialog completes', async () => {
    jest.useRealTimers();
    const { double, host } = planRig();
    // A first refresh makes (and marks) the tracker's summary sheet; then someone protects it, and the
    // next refresh must not write to it. (A sheet of the user's that only has the name is left alone.)
    await refreshOn(host, new Date());
    findSheet(double.state, 'RAG Summary').protected = true;
    const { ui, dialogs } = fakeUi(() => 'open');
    const e = event();
    const run = runRibbonCommand(e, () => refreshOn(host, new Date()), 'refresh the RAG Summary', ui);
    await until(() => dialogs[0]?.handlers.closed.length > 0); // shown, and its handlers set
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].message).toBe(
      'The sheet "RAG Summary" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
    );
    dialogs[0].handlers.closed.forEach((h) => h()); // the officer closed the dialog with its own X
    await run;
    expect(e.count()).toBe(1);
  });

  test('a fault in the tool is worded as one, never as the officer’s mistake', () => {
    expect(failureMessage(new InternalError('state sheet row 3 has no key'), 'refresh the RAG Summary')).toBe(
      'Plan Tracker could not refresh the RAG Summary because of a fault in Plan Tracker, not in your workbook. state sheet row 3 has no key',
    );
    const plain = new HostError('The sheet "Plan" is protected.', 'protected');
    expect(failureMessage(plain, 'refresh the RAG Summary')).toBe(plain.message);
  });

  test('the work throws before it returns a promise: the failure is shown, then completed', async () => {
    const { ui, dialogs } = fakeUi(() => 'open');
    const e = event();
    const run = runRibbonCommand(
      e,
      () => {
        throw new TypeError('Excel is not defined');
      },
      'refresh the RAG Summary',
      ui,
    );
    await advance(20);
    expect(dialogs[0].message).toMatch(/^Plan Tracker could not refresh the RAG Summary because of a fault/);
    await advance(NOTICE_MS); // nobody closes it: it closes itself
    await run;
    expect(dialogs[0].closed).toBe(true);
    expect(e.count()).toBe(1);
  });

  test('displayDialogAsync throws: completed at once', async () => {
    const { ui } = fakeUi(() => 'throw');
    const e = event();
    const run = runRibbonCommand(e, async () => 'done', 'refresh the RAG Summary', ui);
    await advance(0);
    await run;
    expect(e.count()).toBe(1);
  });

  test('the dialog cannot open (the officer ignored the pop-up prompt, 12009): completed at once', async () => {
    const { ui } = fakeUi(() => 12009);
    const e = event();
    const run = runRibbonCommand(e, async () => 'done', 'refresh the RAG Summary', ui);
    await advance(20);
    await run;
    expect(e.count()).toBe(1);
  });

  test('a previous dialog is still closing (12007): tried again, then shown', async () => {
    const { ui, dialogs, attempts } = fakeUi((_m, attempt) => (attempt === 1 ? 12007 : 'open'));
    const e = event();
    const run = runRibbonCommand(e, async () => 'done', 'refresh the RAG Summary', ui);
    await advance(1000);
    expect(attempts()).toBe(2);
    expect(dialogs).toHaveLength(1);
    dialogs[0].handlers.message.forEach((h) => h());
    await run;
    expect(e.count()).toBe(1);
  });

  test('the callback of displayDialogAsync never fires (Excel for Mac): the timeout completes', async () => {
    const { ui } = fakeUi(() => 'silent');
    const e = event();
    const run = runRibbonCommand(e, async () => 'done', 'refresh the RAG Summary', ui);
    await advance(TIMEOUT_MS - 1);
    expect(e.count()).toBe(0);
    await advance(1);
    await run;
    expect(e.count()).toBe(1);
  });

  test('the refresh never settles: the timeout completes, and a late answer changes nothing', async () => {
    const { ui, dialogs } = fakeUi(() => 'open');
    const e = event();
    let settle: (message: string) => void = () => undefined;
    const run = runRibbonCommand(
      e,
      () => new Promise<string>((resolve) => (settle = resolve)),
      'refresh the RAG Summary',
      ui,
    );
    await advance(TIMEOUT_MS);
    await run;
    expect(e.count()).toBe(1);
    settle('late');
    await advance(NOTICE_MS * 2);
    expect(dialogs).toHaveLength(0);
    expect(e.count()).toBe(1);
  });

  test('a dialog left open is closed before the next command opens its own; each completes once', async () => {
    const { ui, dialogs } = fakeUi(() => 'open');
    const first = event();
    const second = event();
    const one = runRibbonCommand(first, async () => 'first', 'refresh the RAG Summary', ui);
    await advance(20);
    const two = runRibbonCommand(second, async () => 'second', 'refresh the RAG Summary', ui);
    await advance(20);
    expect(dialogs.map((d) => [d.message, d.closed])).toEqual([
      ['first', true],
      ['second', false],
    ]);
    // Office tells the first command its dialog has gone.
    dialogs[0].handlers.closed.forEach((h) => h());
    await one;
    expect(first.count()).toBe(1);
    dialogs[1].handlers.message.forEach((h) => h());
    await two;
    expect(second.count()).toBe(1);
    expect(dialogs[1].closed).toBe(true);
  });
});
