/**
 * Run as a process by the corpus PDF test and the benchmark (pdf.js is an ES module that jest's CommonJS
 * transform cannot load): reads each PDF named on the command line and prints, as one JSON array, what
 * the report reader made of it and how long the PDF took (text extraction and parsing), in ms.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseOfstedReport, type OfstedReport } from '../../src/core/ofsted';
import { extractPdfText, readPdf } from '../../src/pdf/extract-text';

export interface PdfReading {
  file: string;
  report?: OfstedReport;
  pages?: number;
  ms?: number;
  error?: string;
}

async function main(args: string[]): Promise<void> {
  const files = args.filter((a) => a !== '--warm');
  // '--warm': read the first file once untimed, so that loading pdf.js is not counted against it.
  if (args.includes('--warm') && files.length > 0) {
    await extractPdfText(new Uint8Array(readFileSync(files[0])));
  }
  const out: PdfReading[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const start = performance.now();
    try {
      const { text, pages } = await readPdf(bytes);
      const report = parseOfstedReport(text);
      out.push({ file, report, pages, ms: performance.now() - start });
    } catch (e) {
      out.push({ file, error: (e as Error).message });
    }
  }
  process.stdout.write(JSON.stringify(out));
}

void main(process.argv.slice(2));
