/**
 * The ribbon's function file (manifest FunctionFile resid Commands.Url): one handler per ExecuteFunction
 * button, registered with Office.actions.associate under the manifest's FunctionName. The same page,
 * opened with ?notice=…, is the small dialog that shows the result (Excel has no notification API for
 * commands); its OK button asks the command to close it. How a command completes on every path is in
 * ribbon-command.ts.
 */
import { createExcelHost } from '../excel/excel-host';
import { refreshOn } from './refresh';
import { type CommandUi, type NoticeDialog, runRibbonCommand } from './ribbon-command';

/** The page this function file was loaded from: its dialog mode shows one message. */
function noticeUrl(message: string): string {
  const page = typeof location !== 'undefined' ? `${location.origin}${location.pathname}` : 'commands.html';
  return `${page}?notice=${encodeURIComponent(message)}`;
}

const officeUi: CommandUi = {
  openNotice(message, callback) {
    Office.context.ui.displayDialogAsync(
      noticeUrl(message),
      { height: 20, width: 30, displayInIframe: true },
      (result) => {
        if (!result || result.status === Office.AsyncResultStatus.Failed) {
          callback({ error: result?.error?.code ?? 0 });
          return;
        }
        const dialog = result.value;
        const wrapped: NoticeDialog = {
          close: () => dialog.close(),
          addEventHandler: (type, handler) =>
            dialog.addEventHandler(
              type === 'message'
                ? Office.EventType.DialogMessageReceived
                : Office.EventType.DialogEventReceived,
              () => handler(),
            ),
        };
        callback({ dialog: wrapped });
      },
    );
  },
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** "Refresh RAG summary" on the Home tab: works without opening the pane. Never leaves the button spinning. */
export function refreshRagSummary(event: Office.AddinCommands.Event): Promise<void> {
  return runRibbonCommand(
    event,
    () =>
      refreshOn(
        createExcelHost({
          Excel,
          isSetSupported: (name: string, version: string) =>
            Office.context.requirements.isSetSupported(name, version),
        }),
        new Date(),
      ),
    'refresh the RAG Summary',
    officeUi,
  );
}

/** The notice dialog: the message, and OK, which asks the command that opened it to close it. */
function showNotice(message: string): void {
  const text = document.createElement('p');
  text.textContent = message;
  const ok = document.createElement('button');
  ok.textContent = 'OK';
  ok.addEventListener('click', () => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      window.close(); // Office not ready in the dialog: the window's own close still works
    }
  });
  document.body.append(text, ok);
  document.body.style.font = '14px "Segoe UI", sans-serif';
  document.body.style.padding = '12px';
}

const notice = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('notice') : null;
if (notice !== null) {
  showNotice(notice); // shown at once; Office.js only serves the OK button
} else {
  Office.onReady(() => {
    Office.actions.associate('refreshRagSummary', refreshRagSummary);
  });
}
