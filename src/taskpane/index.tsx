/** Task pane entry point: waits for Office.js, then renders the pane into #root. */
import { createRoot } from 'react-dom/client';
import { App } from './App';

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<App />);
}

Office.onReady(() => render());
