/**
 * The Ofsted report reader on the whole corpus (../shared/ofsted-reports/corpus, answer key made by a
 * separate reader): each report read from its text and from its PDF, compared with the key on the count
 * and first eight words of every item of the local authority's and the board's lists. Printed by type
 * and year, then by half of the fixed development / held-out split (tests/ofsted/corpus.ts), then the
 * time a PDF takes: in this process (pdf.js already loaded, as in the pane after its first report) and
 * as the officer runs it (`plan-tracker ofsted report.pdf`, a new process each time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { parseOfstedReport, type OfstedReport } from '../src/core/ofsted';
import { readPdfPages } from '../src/pdf/extract-text';
import { pagesToText } from '../src/pdf/page-lines';
import {
  compareWithAnswers,
  corpusPdfPath,
  corpusText,
  halfOf,
  loadAnswers,
  readKnownDifferences,
  type CorpusEntry,
} from '../tests/ofsted/corpus';
import { median } from './measure';
import { paneSeconds } from './pdf-in-browser';

const ROOT = resolve(__dirname, '..');

interface Row {
  entry: CorpusEntry;
  exactText: boolean;
  exactPdf: boolean;
  sameAsText: boolean;
  /** Text layer (pdf.js) and reader (lines, then the report), seconds. */
  seconds: number;
  /** Processor time of the same work: on a machine others share, less disturbed than the clock. */
  cpuSeconds: number;
  readerSeconds: number;
  pages: number;
}

function sameRecommendations(a: OfstedReport, b: OfstedReport): boolean {
  return JSON.stringify(a.recommendations) === JSON.stringify(b.recommendations);
}

async function readAll(entries: CorpusEntry[]): Promise<Row[]> {
  const known = readKnownDifferences();
  // Load pdf.js once before timing, as the pane has after its first report.
  await readPdfPages(new Uint8Array(await readFile(corpusPdfPath(entries[0].name))));
  const rows: Row[] = [];
  for (const entry of entries) {
    const fromText = parseOfstedReport(corpusText(entry.name));
    const bytes = new Uint8Array(await readFile(corpusPdfPath(entry.name)));
    const start = performance.now();
    const cpu = process.cpuUsage();
    const runs = await readPdfPages(bytes);
    const read = performance.now();
    const fromPdf = parseOfstedReport(pagesToText(runs));
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const readerSeconds = (performance.now() - read) / 1000;
    const pages = runs.length;
    const listed = known.has(entry.name);
    rows.push({
      entry,
      exactText: compareWithAnswers(entry, fromText).exact || listed,
      exactPdf: compareWithAnswers(entry, fromPdf).exact || listed,
      sameAsText: sameRecommendations(fromText, fromPdf),
      seconds,
      cpuSeconds,
      readerSeconds,
      pages,
    });
  }
  return rows;
}

function pct(n: number, total: number): string {
  return `${n}/${total} (${((100 * n) / total).toFixed(1)}%)`.padEnd(16);
}

function line(label: string, rows: Row[]): string {
  const secs = rows.map((r) => r.seconds);
  return [
    label.padEnd(22),
    String(rows.length).padStart(7),
    '  ',
    pct(rows.filter((r) => r.exactText).length, rows.length),
    pct(rows.filter((r) => r.exactPdf).length, rows.length),
    pct(rows.filter((r) => r.sameAsText).length, rows.length),
    median(secs).toFixed(2).padStart(8),
    Math.max(...secs)
      .toFixed(2)
      .padStart(8),
    String(median(rows.map((r) => r.pages))).padStart(7),
  ].join(' ');
}

function byKey(rows: Row[], key: (r: Row) => string): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Medians of wall-clock and processor seconds of `plan-tracker <args>`, a new process each time (the
 * processor time from /usr/bin/time where it exists).
 */
function cliSeconds(args: string[], rounds: number): { wall: number; cpu: number | null } {
  const timer = existsSync('/usr/bin/time');
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const command = [process.execPath, resolve(ROOT, 'bin/plan-tracker.js'), ...args];
    const start = performance.now();
    const run = timer
      ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    walls.push((performance.now() - start) / 1000);
    const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
    if (m) cpus.push(Number(m[1]) + Number(m[2]));
  }
  return { wall: median(walls), cpu: cpus.length > 0 ? median(cpus) : null };
}

export async function benchOfstedCorpus(rounds = 5): Promise<void> {
  const entries = loadAnswers();
  const rows = await readAll(entries);

  console.log(`Ofsted report reader, ${entries.length} corpus reports against the answer key`);
  console.log(
    `  ${'type year'.padEnd(22)} reports   exact by text    exact by PDF     PDF = text      median s  worst s  pages`,
  );
  for (const [key, group] of byKey(rows, (r) => `${r.entry.type} ${r.entry.listed.slice(0, 4)}`)) {
    console.log(`  ${line(key, group)}`);
  }
  for (const [key, group] of byKey(rows, (r) => halfOf(r.entry.name))) console.log(`  ${line(key, group)}`);
  console.log(`  ${line('all', rows)}`);

  const long = rows.filter((r) => r.pages >= 35 && r.pages <= 45);
  console.log(
    `  PDFs of 35–45 pages (${long.length}): median ${median(long.map((r) => r.seconds)).toFixed(2)} s,` +
      ` worst ${Math.max(...long.map((r) => r.seconds)).toFixed(2)} s per PDF` +
      ` (processor ${median(long.map((r) => r.cpuSeconds)).toFixed(2)} s; text layer + reader, pdf.js loaded;` +
      ` the reader alone ${median(long.map((r) => r.readerSeconds)).toFixed(3)} s)`,
  );

  // The report nearest 40 pages, as an officer runs it: a new process each time.
  const forty = [...rows].sort((a, b) => Math.abs(a.pages - 40) - Math.abs(b.pages - 40))[0];
  const file = corpusPdfPath(forty.entry.name);
  const startUp = cliSeconds(['--help'], rounds);
  const whole = cliSeconds(['ofsted', file, '--json'], rounds);
  const cpu = (t: { cpu: number | null }) => (t.cpu === null ? '' : `, processor ${t.cpu.toFixed(2)} s`);
  console.log(
    `  CLI, ${forty.entry.name} (${forty.pages} pages), median of ${rounds}: plan-tracker ofsted ${whole.wall.toFixed(2)} s${cpu(whole)};` +
      ` starting node, tsx and the command alone (--help) ${startUp.wall.toFixed(2)} s${cpu(startUp)};` +
      ` so the PDF ${(whole.wall - startUp.wall).toFixed(2)} s (target ≤ 1 s)`,
  );

  const pane = await paneSeconds(file, rounds);
  if (pane === null) console.log('  Pane: Chromium not found; not measured.');
  else {
    console.log(
      `  Pane, same PDF (headless Chromium running the same pdf.js on the page's thread): text layer ${pane.seconds.toFixed(2)} s` +
        ` (in Node beside it ${pane.nodeSeconds.toFixed(2)} s) + lines and report ${forty.readerSeconds.toFixed(2)} s` +
        ` ≈ ${(pane.seconds + forty.readerSeconds).toFixed(2)} s; the first PDF after opening the pane` +
        ` ${pane.firstSeconds.toFixed(2)} s, after loading pdf.js (${pane.loadSeconds.toFixed(2)} s, once)`,
    );
  }
}
