/**
 * Text out of a PDF (an Ofsted report saved from the website), for Node (the CLI) and the browser (the
 * task pane) alike. pdf.js is loaded only when a PDF is actually given, so nobody else pays for it.
 * Lines are rebuilt from where pdf.js places each piece of text (page-lines.ts); pages are separated
 * by '\f', as the report reader expects.
 *
 * pdf.js API: getDocument / getPage / getTextContent, whose items carry `str`, `transform`
 * ([a, b, c, d, e, f]: e and f the baseline origin, d the vertical scale) and `width`
 * (https://mozilla.github.io/pdf.js/api/draft/module-pdfjsLib-PDFPageProxy.html).
 */

import { UserError } from '../core/errors';
import { pagesToText, type PageRuns, type TextRun } from './page-lines';

export const NO_TEXT_LAYER_MESSAGE =
  "This PDF has no text layer (it looks like a scanned image). Use the report's text version from the Ofsted website, or paste the text.";

function unreadable(message: string): UserError {
  return new UserError(message, 'unreadable');
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** True when the bytes start like a PDF ('%PDF'). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

/**
 * pdf.js's minified builds: the same code, a third of the size, and without the source maps that make
 * the CLI (run through tsx) take half a second longer to load the library.
 */
async function loadPdfjs(): Promise<Pdfjs> {
  // pdf.js runs its worker code on this thread when none is set up: the worker module is loaded beside
  // the library rather than after it, and pdf.js finds it on globalThis (a report is small).
  const [pdfjs, worker] = await Promise.all([
    // @ts-expect-error -- the minified build has no declarations of its own; it is typed as pdf.mjs below
    import('pdfjs-dist/legacy/build/pdf.min.mjs') as Promise<Pdfjs>,
    // @ts-expect-error -- the worker module ships without type declarations
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs') as Promise<unknown>,
  ]);
  if (!pdfjs.GlobalWorkerOptions.workerSrc) (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/** pdf.js items as runs on the page, baseline y measured from the bottom of the page's box. */
function runsOf(items: TextItemLike[], bottom: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    const t = item.transform;
    if (typeof item.str !== 'string' || item.str === '' || !t) continue;
    const size = Math.hypot(t[2], t[3]);
    // Text set at an angle (a label up the side of a page) is not part of the report's prose.
    if (size === 0 || Math.abs(t[1]) > 0.01 * size || Math.abs(t[2]) > 0.01 * size) continue;
    runs.push({ str: item.str, x: t[4], y: t[5] - bottom, width: item.width ?? 0, size });
  }
  return runs;
}

export interface ExtractOptions {
  /** How to load pdf.js (tests and special hosts); by default a dynamic import of the legacy build. */
  load?: () => Promise<Pdfjs>;
}

/** The text of a PDF, as the report reader takes it. */
export async function extractPdfText(data: Uint8Array, options: ExtractOptions = {}): Promise<string> {
  return (await readPdf(data, options)).text;
}

/** The text of a PDF and its number of pages. */
export async function readPdf(
  data: Uint8Array,
  options: ExtractOptions = {},
): Promise<{ text: string; pages: number }> {
  const pages = await readPdfPages(data, options);
  const text = pagesToText(pages);
  if (text.replace(/[\s\f]/g, '') === '') throw unreadable(NO_TEXT_LAYER_MESSAGE);
  return { text, pages: pages.length };
}

/** What pdf.js finds on each page: the pieces of text and where they sit. */
export async function readPdfPages(data: Uint8Array, options: ExtractOptions = {}): Promise<PageRuns[]> {
  if (!isPdf(data)) throw unreadable('This file is not a PDF.');
  const pdfjs = await (options.load ?? loadPdfjs)();
  let doc: Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given, so it gets a copy.
      data: new Uint8Array(data),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException')
      throw unreadable('This PDF is protected with a password. Save an unprotected copy and try again.');
    throw unreadable('This PDF is damaged or incomplete and could not be read.');
  }
  try {
    const pages: PageRuns[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, y0, , y1] = page.view;
      const content = await page.getTextContent();
      pages.push({ runs: runsOf(content.items as TextItemLike[], y0), height: y1 - y0 });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
