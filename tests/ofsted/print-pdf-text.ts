/** Run as a process by cli.test.ts: prints the text of a PDF as JSON, or the error message. */
import { readFileSync } from 'node:fs';
import { extractPdfText } from '../../src/pdf/extract-text';

extractPdfText(new Uint8Array(readFileSync(process.argv[2])))
  .then((text) => process.stdout.write(JSON.stringify({ text })))
  .catch((e: Error) => process.stdout.write(JSON.stringify({ error: e.message, name: e.name })));
