/**
 * `plan-tracker flag … -o out.xlsx` run as a real process: the copy carries the "Ofsted Recommendations"
 * sheet AND the highlights (the tracker's conditional format over the linked actions' rows, with the
 * marker the add-in recognises), and the input file is not changed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/address';
import { isTrackerFormula } from '../../src/core/tracker-marker';
import { runPlanTracker, type CliRun } from '../support/run-cli';
import { SEEDS } from './fixtures';
import { WALSALL_PLAN, WALSALL_REPORT_SEED } from './walsall-truth';

const ROOT = path.resolve(__dirname, '../..');
const PLAN = path.join(ROOT, WALSALL_PLAN);
const REPORT = path.join(SEEDS, WALSALL_REPORT_SEED);
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface CfRead {
  ref: string;
  rules: { type: string; formulae?: string[] }[];
}

describe('plan-tracker flag -o: the copy carries the highlights', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flag-copy-'));
  const out = path.join(dir, 'out.xlsx');
  let before: string;
  let run: CliRun;
  let linkedRefs: string[];
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    before = sha(PLAN);
    run = runPlanTracker(['flag', PLAN, '--report', REPORT, '-o', out, '--today', '2013-09-15']);
    const json = runPlanTracker(['flag', PLAN, '--report', REPORT, '--json', '--today', '2013-09-15']);
    linkedRefs = [
      ...new Set((JSON.parse(json.stdout).links as { actions: string[] }[]).flatMap((l) => l.actions)),
    ];
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0, says what it wrote and highlighted, and leaves the input alone', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Wrote ${out} with the "Ofsted Recommendations" sheet.`);
    expect(run.stdout).toContain(`Highlighted ${linkedRefs.length} actions in 'SIP Phase 2'.`);
    expect(sha(PLAN)).toBe(before);
  });

  it('has the Ofsted Recommendations sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'SIP Phase 2',
      'Ofsted 2013 summary',
      'Ofsted Recommendations',
      'PlanTracker State', // hidden: it marks the Ofsted sheet as the tracker's own
    ]);
    expect(wb.getWorksheet('Ofsted Recommendations')!.getCell('A6').value).toBe('R1');
  });

  it("has one tracker conditional format on the plan sheet covering every linked action's row", () => {
    const ws = wb.getWorksheet('SIP Phase 2')!;
    const formats = (ws as unknown as { conditionalFormattings: CfRead[] }).conditionalFormattings;
    const tracker = formats.filter((f) =>
      f.rules.some((r) => isTrackerFormula(r.formulae?.[0] ?? '', 'ofsted-highlight')),
    );
    expect(tracker).toHaveLength(1);
    const range = parseRange(tracker[0].ref);
    const formula = tracker[0].rules[0].formulae![0];
    expect(tracker[0].rules[0].type).toBe('expression');
    expect(linkedRefs.length).toBeGreaterThan(5);

    const rowOf = new Map<string, number>();
    ws.eachRow((row, r) => rowOf.set(String(row.getCell(1).value ?? '').trim(), r));
    for (const ref of linkedRefs) {
      const row = rowOf.get(ref);
      expect(row).toBeDefined();
      expect(row! - 1).toBeGreaterThanOrEqual(range.top);
      expect(row! - 1).toBeLessThanOrEqual(range.bottom);
      expect(formula).toContain(`TRIM($A${range.top + 1})="${ref}"`);
    }
    // and only the linked actions: every ref the formula names is a linked one
    const named = [...formula.matchAll(/="([^"]+)"/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...linkedRefs].sort());
  });

  it("keeps the plan sheet's cells as they were (Walsall has no Ofsted ref column, so no ids are written)", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(PLAN);
    const cells = (w: ExcelJS.Workbook) => {
      const out: string[] = [];
      w.getWorksheet('SIP Phase 2')!.eachRow((row, r) =>
        row.eachCell((cell, c) => out.push(`${r}:${c}:${cell.text}`)),
      );
      return out;
    };
    expect(cells(wb)).toEqual(cells(original));
  });
});

describe('plan-tracker flag -o on a plan with an Ofsted ref column', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flag-copy-ref-'));
  const input = path.join(dir, 'plan.xlsx');
  const out = path.join(dir, 'out.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Ref', 'Action', 'Lead', 'Deadline', 'RAG', 'Ofsted ref']);
    ws.addRow(['1.1', 'Ensure social worker caseloads are manageable', 'Sue', '01/08/2013', 'Green', 'Yes']);
    ws.addRow([
      '1.2',
      // Marked: an explicit link, so its id is written (a suggestion's never is).
      'Agree succession arrangements at senior management level *',
      'Paul',
      '01/08/2013',
      'Green',
      null,
    ]);
    ws.addRow(['1.3', 'Refresh the fostering recruitment campaign', 'Ann', '01/08/2013', 'Green', null]);
    await wb.xlsx.writeFile(input);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the recommendation ids into empty Ofsted ref cells only, never over what is typed', async () => {
    const before = sha(input);
    const run = runPlanTracker(['flag', input, '--report', REPORT, '-o', out, '--today', '2013-09-15']);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toMatch(
      /Highlighted \d+ actions? in 'Plan'; wrote the recommendation ids into 1 empty Ofsted ref cell\./,
    );
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Plan')!;
    expect(ws.getCell('F2').value).toBe('Yes'); // typed by a person: kept
    expect(ws.getCell('F3').value).toBe('R11');
    expect(ws.getCell('F4').value).toBeNull();
  });
});
