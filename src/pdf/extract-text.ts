/**
 * Text out of a PDF (an Ofsted report saved from the website), for Node (the CLI) and the browser (the
 * task pane) alike. pdf.js is loaded only when a PDF is actually given, so nobody else pays for it.
 * Pages are separated by '\f', as the report reader expects.
 */

export const NO_TEXT_LAYER_MESSAGE =
  "This PDF has no text layer (it looks like a scanned image). Use the report's text version from the Ofsted website, or paste the text.";

/** A PDF the tracker cannot read; `message` is meant for the person who chose the file. */
export class PdfTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfTextError';
  }
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** True when the bytes start like a PDF ('%PDF'). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

async function loadPdfjs(): Promise<Pdfjs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In a browser without a worker URL, pdf.js runs its worker code on the page (a report is small).
  if (typeof window !== 'undefined' && !pdfjs.GlobalWorkerOptions.workerSrc) {
    // @ts-expect-error -- the worker module ships without type declarations
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  }
  return pdfjs;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** One page's text items as lines: a new line where pdf.js says so or where the baseline moves. */
function pageText(items: TextItemLike[]): string {
  let out = '';
  let lastY: number | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && !out.endsWith('\n')) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (y !== null) lastY = y;
  }
  return out.replace(/[ \t]+\n/g, '\n').trimEnd();
}

export interface ExtractOptions {
  /** How to load pdf.js (tests and special hosts); by default a dynamic import of the legacy build. */
  load?: () => Promise<Pdfjs>;
}

export async function extractPdfText(data: Uint8Array, options: ExtractOptions = {}): Promise<string> {
  if (!isPdf(data)) throw new PdfTextError('This file is not a PDF.');
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
      throw new PdfTextError(
        'This PDF is protected with a password. Save an unprotected copy and try again.',
      );
    throw new PdfTextError('This PDF is damaged or incomplete and could not be read.');
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItemLike[]));
      page.cleanup();
    }
    const text = pages.join('\f');
    if (text.replace(/[\s\f]/g, '') === '') throw new PdfTextError(NO_TEXT_LAYER_MESSAGE);
    return text;
  } finally {
    await doc.destroy();
  }
}
