/**
 * The ribbon's function file (manifest FunctionFile resid Commands.Url): one handler per ExecuteFunction
 * button, registered with Office.actions.associate under the manifest's FunctionName. The same page,
 * opened with ?notice=…, shows a message in a small dialog (Excel has no notification API for commands).
 */
import { createExcelHost } from '../excel/excel-host';
import { refreshOn } from './refresh';

/** The page this function file was loaded from: its dialog mode shows one message. */
function noticeUrl(message: string): string {
  const page = typeof location !== 'undefined' ? `${location.origin}${location.pathname}` : 'commands.html';
  return `${page}?notice=${encodeURIComponent(message)}`;
}

function showNotice(message: string, done: () => void): void {
  Office.context.ui.displayDialogAsync(
    noticeUrl(message),
    { height: 20, width: 30, displayInIframe: true },
    () => done(),
  );
}

/** "Refresh RAG summary" on the Home tab: works without opening the pane. Never leaves the button spinning. */
export function refreshRagSummary(event: Office.AddinCommands.Event): void {
  const finish = (message: string) => showNotice(message, () => event.completed());
  const failed = (e: unknown) =>
    finish(`The RAG Summary could not be refreshed. ${(e as Error)?.message ?? e}`);
  try {
    const host = createExcelHost({
      Excel,
      isSetSupported: (name: string, version: string) =>
        Office.context.requirements.isSetSupported(name, version),
    });
    refreshOn(host, new Date()).then(finish, failed);
  } catch (e) {
    failed(e);
  }
}

const notice = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('notice') : null;
if (notice !== null) {
  document.body.textContent = notice;
  document.body.style.font = '14px "Segoe UI", sans-serif';
  document.body.style.padding = '12px';
} else {
  Office.onReady(() => {
    Office.actions.associate('refreshRagSummary', refreshRagSummary);
  });
}
