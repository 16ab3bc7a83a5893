/**
 * Running a ribbon button's work and telling the user how it went, so that the button never keeps
 * spinning. Office ends a function command by itself about five minutes after it started if
 * `event.completed()` is never called ("Runtimes in Office add-ins"), and until then shows that the
 * add-in is still working. So:
 *
 * - `completed()` is called exactly once on every path: after the notice dialog closes (the officer
 *   pressed OK or closed it, or it closed itself after NOTICE_MS), when no dialog could be shown, and
 *   when the work or the dialog takes longer than TIMEOUT_MS (a callback of displayDialogAsync that
 *   never fires is known on Excel for Mac: office-js #284, #147).
 * - The dialog is closed when it should be: on OK, after NOTICE_MS, on the timeout, and before another
 *   one opens (a function file may have one dialog open at a time; opening a second fails with 12007:
 *   "Best practices and rules for the Office dialog API"). Completing only once the dialog has closed
 *   keeps the function file, and so the dialog, alive while the officer reads it.
 * - What the officer reads: a UserError's message as it is (it is written for them), anything else as a
 *   fault in Plan Tracker.
 */
import { isUserError } from '../core/errors';

/** Well inside Office's five minutes. */
export const TIMEOUT_MS = 4 * 60 * 1000;
/** How long a notice stays up unless the officer closes it first. */
export const NOTICE_MS = 60 * 1000;
/** displayDialogAsync's "this add-in already has an active dialog" (dialog-handle-errors-events). */
const DIALOG_ALREADY_OPEN = 12007;
/** Tries to open a dialog while a previous one is still closing. */
const OPEN_ATTEMPTS = 3;
const RETRY_MS = 500;

/** The parts of Office.Dialog used here. */
export interface NoticeDialog {
  close(): void;
  addEventHandler(type: 'message' | 'closed', handler: () => void): void;
}

/** The parts of Office the command uses, so tests can stand in for them. */
export interface CommandUi {
  /** Office.context.ui.displayDialogAsync for the notice page showing `message`. */
  openNotice(message: string, callback: (result: { dialog: NoticeDialog } | { error: number }) => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The one dialog this function file has open, closed before the next opens. */
let current: NoticeDialog | null = null;

function closeCurrent(): void {
  const dialog = current;
  current = null;
  try {
    dialog?.close();
  } catch {
    // Already gone (the officer closed it): nothing to do.
  }
}

/** What a failure reads as in the notice. */
export function failureMessage(error: unknown, doing: string): string {
  if (isUserError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Plan Tracker could not ${doing} because of a fault in Plan Tracker, not in your workbook. ${detail}`.trim();
}

/**
 * Runs `work` (which resolves to the message to show), shows the message, and completes the command
 * exactly once. `doing` words a failure: "refresh the RAG Summary".
 */
export function runRibbonCommand(
  event: { completed(): void },
  work: () => Promise<string>,
  doing: string,
  ui: CommandUi,
): Promise<void> {
  return new Promise<void>((resolve) => {
    let finished = false;
    const timers: unknown[] = [];
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const t of timers) ui.clearTimeout(t);
      try {
        event.completed();
      } finally {
        resolve();
      }
    };
    timers.push(
      ui.setTimeout(() => {
        closeCurrent();
        finish();
      }, TIMEOUT_MS),
    );

    const show = (message: string, attempt = 1) => {
      if (finished) return;
      closeCurrent();
      try {
        ui.openNotice(message, (result) => {
          if (finished) return;
          if ('error' in result) {
            if (result.error === DIALOG_ALREADY_OPEN && attempt < OPEN_ATTEMPTS)
              timers.push(ui.setTimeout(() => show(message, attempt + 1), RETRY_MS));
            else finish(); // no dialog (the officer ignored the pop-up prompt, say): stop spinning
            return;
          }
          const dialog = result.dialog;
          current = dialog;
          const done = () => {
            if (current === dialog) closeCurrent();
            finish();
          };
          dialog.addEventHandler('message', done);
          dialog.addEventHandler('closed', () => {
            if (current === dialog) current = null;
            finish();
          });
          timers.push(ui.setTimeout(done, NOTICE_MS));
        });
      } catch {
        finish();
      }
    };

    let started: Promise<string>;
    try {
      started = work();
    } catch (e) {
      started = Promise.reject(e);
    }
    started.then(show, (e: unknown) => show(failureMessage(e, doing)));
  });
}
