/**
 * The rich workbooks of scripts/build-rich-fixtures.ts (a chart, a pivot table, a picture, notes on
 * empty cells, threaded comments, custom XML, a table, hidden and very hidden sheets, the 1904 date
 * system, a VBA project, all at once): summary, flag and both in turn, run as the real commands, keep
 * every foreign part byte for byte, every cell, well-formed XML and unique ids. And the cases of issue 12
 * that have a fixture of their own: the user's own "rag summary", a protected plan sheet, XML comments
 * in workbook.xml.
 */
import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRichFixtures, DATA_SHEET, PLAN_SHEET, RICH_FIXTURES } from '../../scripts/build-rich-fixtures';
import { runCli } from '../../src/cli/program';
import { trackerSheetNames } from '../../src/core/tracker-sheets';
import { copyProblems, snapshotOf, unzipParts } from '../support/package-invariants';
import { PROPERTY_REPORT } from '../support/copy-property';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-tracker-rich-'));
  await buildRichFixtures(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(args: string[]): Promise<Run> {
  const r: Run = { code: -1, out: [], err: [] };
  r.code = await runCli(args, { out: (t) => r.out.push(t), err: (t) => r.err.push(t) });
  return r;
}

const summary = (from: string, to: string) => run(['summary', from, '-o', to, '--today', '2013-09-30']);
const flag = (from: string, to: string) =>
  run(['flag', from, '--report', PROPERTY_REPORT, '-o', to, '--today', '2013-09-30']);

async function problemsAfter(fixture: string, copy: string, flagged: boolean): Promise<string[]> {
  const before = new Uint8Array(await readFile(join(dir, fixture)));
  const after = new Uint8Array(await readFile(copy));
  return copyProblems({
    input: await unzipParts(before),
    output: await unzipParts(after),
    inputCells: await snapshotOf(before),
    outputCells: await snapshotOf(after),
    planSheet: flagged ? PLAN_SHEET : undefined,
  });
}

async function workbookXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(await readFile(path))).file('xl/workbook.xml')!.async('string');
}

/** The part that shows each fixture really carries what its name says. */
const EVIDENCE: Record<string, RegExp> = {
  'chart.xlsx': /^xl\/charts\/chart1\.xml$/,
  'pivot-table.xlsx': /^xl\/pivotTables\/pivotTable1\.xml$/,
  'image.xlsx': /^xl\/media\/image1\.png$/,
  'notes.xlsx': /^xl\/drawings\/vmlDrawing1\.vml$/,
  'threaded-comments.xlsx': /^xl\/threadedComments\/threadedComment1\.xml$/,
  'custom-xml.xlsx': /^customXml\/itemProps1\.xml$/,
  'table.xlsx': /^xl\/tables\/table1\.xml$/,
  'macro.xlsm': /^xl\/vbaProject\.bin$/,
};

const ORDINARY = Object.keys(RICH_FIXTURES).filter((f) => f !== 'protected-plan.xlsx');

describe('rich fixtures: every copy keeps what it does not own', () => {
  it.each(Object.entries(EVIDENCE))('%s carries its part', async (fixture, part) => {
    const parts = await unzipParts(new Uint8Array(await readFile(join(dir, fixture))));
    expect([...parts.keys()].filter((p) => part.test(p))).toHaveLength(1);
  });

  it('the 1904, hidden and very hidden fixtures say so in workbook.xml', async () => {
    expect(await workbookXml(join(dir, 'dates-1904.xlsx'))).toMatch(/<workbookPr date1904="1"/);
    const hidden = await workbookXml(join(dir, 'hidden-sheets.xlsx'));
    expect(hidden).toMatch(/name="Lookups" sheetId="2" state="hidden"/);
    expect(hidden).toMatch(/name="Audit trail" sheetId="3" state="veryHidden"/);
  });

  it.each(ORDINARY)('%s: summary, flag, flag after summary, summary after flag', async (fixture) => {
    const input = join(dir, fixture);
    const s = join(dir, `s-${fixture}`);
    const f = join(dir, `f-${fixture}`);
    const sf = join(dir, `sf-${fixture}`);
    const fs = join(dir, `fs-${fixture}`);
    for (const [step, out, flagged] of [
      [await summary(input, s), s, false],
      [await flag(input, f), f, true],
      [await flag(s, sf), sf, true],
      [await summary(f, fs), fs, true],
    ] as const) {
      expect([out, step.code, step.err]).toEqual([out, expect.any(Number), []]);
      expect(step.code === 0 || step.code === 1).toBe(true);
      expect([out, await problemsAfter(fixture, out, flagged)]).toEqual([out, []]);
    }
  });
});

describe('issue 12 fixtures', () => {
  it('leaves the user\'s own "rag summary" and "RAG History" alone, writes beside them and says so', async () => {
    const input = join(dir, 'user-rag-summary.xlsx');
    const once = join(dir, 'user-once.xlsx');
    const twice = join(dir, 'user-twice.xlsx');
    const first = await summary(input, once);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      'Your own sheet "rag summary" was left as it is; the tracker\'s RAG Summary sheet is "RAG Summary (2)".',
    );
    expect(first.out).toContain(
      'Your own sheet "RAG History" was left as it is; the tracker\'s RAG History sheet is "RAG History (2)".',
    );
    const second = await summary(once, twice);
    expect(second.code).toBe(0);
    expect(second.out.join('\n')).not.toMatch(/Your own sheet/);
    const names = (await snapshotOf(new Uint8Array(await readFile(twice)))).sheets.map((s) => s.name);
    expect(names).toEqual([
      PLAN_SHEET,
      'rag summary',
      'RAG History',
      'RAG Summary (2)',
      'RAG History (2)',
      'PlanTracker State',
    ]);
    const cells = await snapshotOf(new Uint8Array(await readFile(twice)));
    expect([...trackerSheetNames(cells)].sort()).toEqual([
      'PlanTracker State',
      'RAG History (2)',
      'RAG Summary (2)',
    ]);
    expect(await problemsAfter('user-rag-summary.xlsx', twice, false)).toEqual([]);
    // The history has two refreshes: the second run found its own sheet under its new name.
    const history = cells.sheets.find((s) => s.name === 'RAG History (2)')!;
    expect(history.rows.filter((r) => r?.[0]?.text).length).toBe(3);
  });

  it('refuses to flag a protected plan sheet, names it, and writes nothing', async () => {
    const out = join(dir, 'protected-out.xlsx');
    const r = await flag(join(dir, 'protected-plan.xlsx'), out);
    expect(r.code).toBe(3);
    expect(r.err).toEqual([
      `plan-tracker: The sheet "${PLAN_SHEET}" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
    ]);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
    // The summary does not write into the plan sheet, so it may go ahead.
    expect((await summary(join(dir, 'protected-plan.xlsx'), out)).code).toBe(0);
  });

  it("keeps other sheets' print areas, titles and filters in place when an XML comment sits in <sheets>", async () => {
    const once = join(dir, 'comment-once.xlsx');
    const twice = join(dir, 'comment-twice.xlsx');
    expect((await summary(join(dir, 'xml-comment.xlsx'), once)).code).toBe(0);
    expect((await summary(once, twice)).code).toBe(0); // the second run replaces the tracker's sheets
    const xml = await workbookXml(twice);
    const local = (name: string) =>
      [...xml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"[^>]*>([^<]*)</g)]
        .filter((m) => m[1] === name)
        .map((m) => `${m[2]} ${m[3].replace(/&apos;/g, "'")}`);
    expect(local('_xlnm.Print_Area')).toEqual([`1 '${DATA_SHEET}'!$A$1:$B$6`]);
    expect(local('_xlnm._FilterDatabase')).toEqual([`2 'Notes'!$A$1:$A$1`]);
    expect(local('_xlnm.Print_Titles')).toEqual([`2 'Notes'!$1:$1`, `3 'RAG Summary'!$1:$3`]);
    expect(await problemsAfter('xml-comment.xlsx', twice, false)).toEqual([]);
  });
});
