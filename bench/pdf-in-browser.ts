/**
 * What reading a PDF costs in the task pane: the pane runs the same pdf.js (legacy build) with its
 * worker code on the page's own thread (src/pdf/extract-text.ts). Here headless Chromium loads that
 * build from node_modules and reads every page's text layer; the same steps are timed in Node beside
 * it, so the caller can add what the report reader itself takes (measured in Node, where it is the same
 * code) to the browser's pdf.js time.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { CHROMIUM, launchChromium } from '../scripts/lib/preview-browser';
import { readPdfPages } from '../src/pdf/extract-text';
import { median } from './measure';

const BUILD = resolve(__dirname, '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build');
const ORIGIN = 'http://pdf-bench.invalid';

const PAGE = `<!doctype html><script type="module">
import * as pdfjs from './pdf.min.mjs';
import * as worker from './pdf.worker.min.mjs';
globalThis.pdfjsWorker = worker;
window.readText = async (b64) => {
  const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const start = performance.now();
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return { ms: performance.now() - start, items };
};
window.ready = true;
</script>`;

async function nodeTextSeconds(bytes: Uint8Array): Promise<number> {
  const start = performance.now();
  await readPdfPages(bytes);
  return (performance.now() - start) / 1000;
}

/** Median seconds for pdf.js to read the text of `file` in Chromium and in Node; null without Chromium. */
export async function paneSeconds(
  file: string,
  rounds: number,
): Promise<{ seconds: number; firstSeconds: number; loadSeconds: number; nodeSeconds: number } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const bytes = new Uint8Array(await readFile(file));
  const b64 = Buffer.from(bytes).toString('base64');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (name !== 'pdf.min.mjs' && name !== 'pdf.worker.min.mjs') return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: 'text/javascript', body: await readFile(resolve(BUILD, name)) });
    });
    const loading = performance.now();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction('window.ready === true');
    const loadSeconds = (performance.now() - loading) / 1000;
    let firstSeconds = 0;
    const browserMs: number[] = [];
    const nodeS: number[] = [];
    for (let k = 0; k <= rounds; k++) {
      const result = await page.evaluate(
        (data) => (window as unknown as { readText: (b: string) => Promise<{ ms: number }> }).readText(data),
        b64,
      );
      const inNode = await nodeTextSeconds(bytes);
      // The first round warms pdf.js up (the pane's first report pays it once): reported apart.
      if (k === 0) firstSeconds = result.ms / 1000;
      else {
        browserMs.push(result.ms);
        nodeS.push(inNode);
      }
    }
    return { seconds: median(browserMs) / 1000, firstSeconds, loadSeconds, nodeSeconds: median(nodeS) };
  } finally {
    await browser.close();
  }
}
