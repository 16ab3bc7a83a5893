/** Task pane entry point: waits for Office.js, then renders the pane into #root on the workbook in Excel. */
import { createRoot } from 'react-dom/client';
import { todayIso } from '../core/dates';
import { App } from './App';
import { createOfficeHost } from './host-factory';
import { readHostInfo } from './office-context';
import { officeSettings } from './settings';
import { workerEngine } from './engine/worker-engine';

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const info = readHostInfo();
  const host = createOfficeHost(info.isSetSupported);
  createRoot(container).render(
    <App engine={workerEngine(host)} asOf={todayIso(new Date())} settings={officeSettings()} info={info} />,
  );
}

Office.onReady(() => render());
