/**
 * The ribbon's function file (manifest FunctionFile resid Commands.Url): one handler per ExecuteFunction
 * button, registered with Office.actions.associate under the manifest's FunctionName. The same page,
 * opened with ?notice=…, shows a message in a small dialog (Excel has no notification API for commands).
 */
import { createExcelHost } from '../excel/excel-host';
import { refreshOn } from './refresh';

function showNotice(message: string, done: () => void): void {
  const url = `${window.location.origin}${window.location.pathname}?notice=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true }, () => done());
}

/** "Refresh RAG summary" on the Home tab: works without opening the pane. */
export function refreshRagSummary(event: Office.AddinCommands.Event): void {
  const host = createExcelHost({
    Excel,
    isSetSupported: (name: string, version: string) =>
      Office.context.requirements.isSetSupported(name, version),
  });
  refreshOn(host, new Date())
    .then((message) => showNotice(message, () => event.completed()))
    .catch((e: unknown) =>
      showNotice(`The RAG Summary could not be refreshed. ${(e as Error).message}`, () => event.completed()),
    );
}

const notice = new URLSearchParams(window.location.search).get('notice');
if (notice !== null) {
  document.body.textContent = notice;
  document.body.style.font = '14px "Segoe UI", sans-serif';
  document.body.style.padding = '12px';
} else {
  Office.onReady(() => {
    Office.actions.associate('refreshRagSummary', refreshRagSummary);
  });
}
