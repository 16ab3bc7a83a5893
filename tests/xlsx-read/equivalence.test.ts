/**
 * Snapshot equivalence: every example and fixture workbook, and workbooks generated with fast-check,
 * give the same SheetSnapshot through the new package reader as through the old ExcelJS path, except
 * where the old path was wrong. Those cases are listed here and each has its own test (here or in
 * unusual-packages.test.ts):
 *
 * - number formats other than dates: the old path showed String(value) ("0.5" for 50%); the new one
 *   shows what Excel shows;
 * - dates shown in a format other than dd/mm/yyyy ("October 2013"), time-only formats, and negative
 *   numbers under a date format (Excel shows ########);
 * - theme colours: the old path used Office's default theme, the new one the workbook's own;
 * - a formula whose cached result is text, in a cell with a date format: ExcelJS reads " " as the
 *   number 0 (30/12/1899); the new reader keeps the text (tested below);
 * - ISO-dated cells (t="d"), prefixed SpreadsheetML, cells without `r`, other relationship prefixes
 *   (unusual-packages.test.ts).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { applyTint } from '../../src/xlsx/colours';
import {
  loadWorkbookBytes,
  loadWorkbookFile,
  readWorkbookBytes,
  readWorkbookFile,
} from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/snapshot-from-exceljs';
import { buildBadInputs } from '../../scripts/build-bad-inputs';
import { buildPackageFixtures } from '../../scripts/build-package-fixtures';
import { workbookWithChartAndImageBytes } from '../../scripts/lib/chart-fixture';

const ROOT = join(__dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-equivalence-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The fields both readers fill; tables and hidden rows only when the old path reports them too. */
function comparable(oldSheet: SheetSnapshot, newSheet: SheetSnapshot): [unknown, unknown] {
  const pick = (s: SheetSnapshot, other: SheetSnapshot) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r].map((c) => c ?? undefined)),
    merges: [...s.merges].sort(),
    hidden: s.hidden,
    protected: s.protected,
    ...('tables' in other ? { tables: s.tables ?? [] } : {}),
    ...('hiddenRows' in other ? { hiddenRows: s.hiddenRows ?? [] } : {}),
  });
  return [pick(oldSheet, oldSheet), pick(newSheet, oldSheet)];
}

function expectSameWorkbook(oldWb: WorkbookSnapshot, newWb: WorkbookSnapshot): void {
  expect(newWb.sheets.map((s) => s.name)).toEqual(oldWb.sheets.map((s) => s.name));
  oldWb.sheets.forEach((s, i) => {
    const [a, b] = comparable(s, newWb.sheets[i]);
    expect(b).toEqual(a);
  });
}

async function bothPaths(file: string): Promise<[WorkbookSnapshot, WorkbookSnapshot]> {
  return [snapshotWorkbook(await loadWorkbookFile(file)), (await readWorkbookFile(file)).snapshot];
}

describe('the new reader gives the old snapshot', () => {
  it.each(['walsall-sip-phase2', 'wirral-action-plan-2010', 'worcestershire-priority-plan'])(
    'examples/%s.xlsx',
    async (name) => {
      const [oldWb, newWb] = await bothPaths(join(ROOT, 'examples', `${name}.xlsx`));
      expectSameWorkbook(oldWb, newWb);
    },
  );

  it('the bad-input fixtures that are workbooks (empty, header only, no plan, 5,000 actions)', async () => {
    const files = await buildBadInputs(join(dir, 'bad'), { large100k: false });
    for (const name of ['empty-workbook.xlsx', 'header-only.xlsx', 'no-plan.xlsx', 'plan-5000.xlsx']) {
      const [oldWb, newWb] = await bothPaths(files[name]);
      expectSameWorkbook(oldWb, newWb);
    }
  }, 120_000);

  it('the workbook with a chart and an image', async () => {
    const bytes = await workbookWithChartAndImageBytes();
    const oldWb = snapshotWorkbook(await loadWorkbookBytes(bytes, 'chart.xlsx'));
    expectSameWorkbook(oldWb, (await readWorkbookBytes(bytes, 'chart.xlsx')).snapshot);
  });

  it('the package fixtures ExcelJS can read', async () => {
    const files = await buildPackageFixtures(join(dir, 'packages'), [
      'plain.xlsx',
      'date-1904.xlsx',
      'escaped-names.xlsx',
      'table-hidden-rows.xlsx',
      'unsafe-names.xlsx',
    ]);
    for (const file of Object.values(files)) {
      const [oldWb, newWb] = await bothPaths(file);
      expectSameWorkbook(oldWb, newWb);
    }
  });
});

// Generated workbooks: random cells written by ExcelJS, read back both ways.

type GenFill = { argb: string } | { theme: number; tint: number } | { indexed: number } | null;
interface GenCell {
  kind: 'text' | 'int' | 'decimal' | 'date' | 'bool' | 'error' | 'formula' | 'rich' | 'link';
  text: string;
  n: number;
  italic: boolean;
  format: string | null;
  fill: GenFill;
}

const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    'Green',
    'amber',
    'R',
    'Complete',
    '31/10/2013',
    'Ongoing',
    'Robert Lake\nNov 2013',
    '=1+1',
    '  spaced  ',
    'Tom & Jerry <Ltd>',
    '🙂 emoji',
    'ümlaut é',
  ),
);
const fillArb: fc.Arbitrary<GenFill> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('FFFF0000', 'FFFFC000', 'FF00B050', 'FF00B0F0', 'FFD9D9D9').map((argb) => ({ argb })),
  fc.record({ theme: fc.integer({ min: 0, max: 9 }), tint: fc.constantFrom(0, 0.4, -0.25, 0.8) }),
  fc.constantFrom(10, 13, 17, 22, 43).map((indexed) => ({ indexed })),
);
const cellArb: fc.Arbitrary<GenCell> = fc.record({
  kind: fc.constantFrom('text', 'int', 'decimal', 'date', 'bool', 'error', 'formula', 'rich', 'link'),
  text: textArb,
  n: fc.integer({ min: -100000, max: 100000 }),
  italic: fc.boolean(),
  format: fc.constantFrom(null, '@', 'dd/mm/yyyy', '0', '0.00', '#,##0'),
  fill: fillArb,
});
const sheetArb = fc.record({
  cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 8 }), cellArb), {
    minLength: 1,
    maxLength: 60,
  }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 6 })), {
    maxLength: 3,
  }),
  hidden: fc.boolean(),
});

/** ExcelJS's own theme (the Office 2007 colours it writes into every workbook), lt1 dk1 lt2 dk2 accent1–6. */
const EXCELJS_THEME = [
  'FFFFFF',
  '000000',
  'EEECE1',
  '1F497D',
  '4F81BD',
  'C0504D',
  '9BBB59',
  '8064A2',
  '4BACC6',
  'F79646',
];

function write(ws: ExcelJS.Worksheet, row: number, col: number, c: GenCell): void {
  const cell = ws.getCell(row, col);
  switch (c.kind) {
    case 'text':
      cell.value = c.text;
      break;
    case 'int':
      cell.value = c.n;
      break;
    case 'decimal':
      cell.value = c.n / 100;
      break;
    case 'date':
      cell.value = new Date(Date.UTC(2013, 0, 1) + (c.n % 3000) * 86_400_000);
      cell.numFmt = 'dd/mm/yyyy';
      break;
    case 'bool':
      cell.value = c.n % 2 === 0;
      break;
    case 'error':
      cell.value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      break;
    case 'formula':
      cell.value = { formula: 'A1&""', result: c.text } as ExcelJS.CellFormulaValue;
      break;
    case 'rich':
      cell.value = {
        richText: [{ text: c.text }, { text: ' Nov 2013', font: { italic: c.italic, bold: !c.italic } }],
      };
      break;
    case 'link':
      cell.value = { text: c.text, hyperlink: 'https://www.gov.uk/' };
      break;
  }
  if (c.format && c.kind !== 'date' && (c.kind === 'int' || c.kind === 'decimal' || c.format === '@'))
    cell.numFmt = c.format;
  if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: c.fill as Partial<ExcelJS.Color> };
}

describe('generated workbooks read the same both ways', () => {
  it('200 sheets of random cells, fills, merges and hidden sheets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        const merged = new Set<string>();
        sheets.forEach((s, i) => {
          // ExcelJS sends a write to any cell of a merged area to its top-left cell, which then keeps its
          // own format under the new value: only the top-left cell of each area is written.
          const covered = new Set<string>();
          const ws = wb.addWorksheet(`Sheet ${i + 1}`, { state: s.hidden && i > 0 ? 'hidden' : 'visible' });
          for (const [r, c] of s.merges) {
            const key = `${r}:${c}`;
            // Merges must not overlap each other.
            if (
              [...merged].some(
                (m) => Math.abs(Number(m.split(':')[0]) - r) < 2 && Math.abs(Number(m.split(':')[1]) - c) < 2,
              )
            )
              continue;
            merged.add(key);
            ws.mergeCells(r, c, r + 1, c + 1);
            for (const [dr, dc] of [
              [0, 1],
              [1, 0],
              [1, 1],
            ])
              covered.add(`${r + dr}:${c + dc}`);
          }
          // One write per cell (the last generated wins), so no format is left over from an earlier value.
          const last = new Map(s.cells.map(([r, c, cell]) => [`${r}:${c}`, [r, c, cell] as const]));
          for (const [r, c, cell] of last.values()) if (!covered.has(`${r}:${c}`)) write(ws, r, c, cell);
        });
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const loaded = await loadWorkbookBytes(bytes, 'gen.xlsx');
        const oldWb = snapshotWorkbook(loaded);
        const newWb = (await readWorkbookBytes(bytes, 'gen.xlsx')).snapshot;
        // Where the old path was wrong: theme fills (it used Office's default theme, not the workbook's)
        // and number formats other than dates (it showed String(value)). Put the right answers in.
        for (const [si, sheet] of oldWb.sheets.entries()) {
          sheet.rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!cell) return;
              const fill = loaded.worksheets[si].getCell(r + 1, c + 1).fill as
                { fgColor?: { theme?: number; tint?: number } } | undefined;
              const theme = fill?.fgColor?.theme;
              if (theme !== undefined) {
                const base = EXCELJS_THEME[theme];
                const tint = fill?.fgColor?.tint;
                cell.fill = `#${tint ? applyTint(base, tint) : base}`;
              }
              if (typeof cell.value === 'number' && cell.value < 0 && cell.numberFormat === 'dd/mm/yyyy') {
                cell.text = '########'; // Excel cannot show a negative date
              }
              if (typeof cell.value === 'number' && cell.numberFormat && !/[dmy]/.test(cell.numberFormat)) {
                cell.text = expectedNumberText(cell.value, cell.numberFormat);
              }
            }),
          );
        }
        expectSameWorkbook(oldWb, newWb);
      }),
      { numRuns: 200 },
    );
  }, 300_000);
});

describe('where the old path was wrong', () => {
  it('a formula with a text result in a date-formatted cell is read as its text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    for (const [row, result] of [
      [1, ' '],
      [2, 'TBC'],
    ] as const) {
      const cell = ws.getCell(row, 1);
      cell.numFmt = 'dd/mm/yyyy';
      cell.value = { formula: 'IF(B1="","TBC",B1)', result } as ExcelJS.CellFormulaValue;
    }
    const read = (await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'f.xlsx')).snapshot;
    expect(read.sheets[0].rows.map((r) => r[0])).toEqual([
      { value: ' ', text: ' ', numberFormat: 'dd/mm/yyyy', formula: true },
      { value: 'TBC', text: 'TBC', numberFormat: 'dd/mm/yyyy', formula: true },
    ]);
  });
});

/** What Excel shows for the simple number formats the generator uses (independent of the reader). */
function expectedNumberText(value: number, format: string): string {
  const fixed = (v: number, places: number) =>
    (Math.round(Math.abs(v) * 10 ** places) / 10 ** places).toFixed(places);
  const sign = value < 0 && Math.round(Math.abs(value) * 100) !== 0 ? '-' : '';
  switch (format) {
    case '0':
      return (value < 0 && Math.round(-value) !== 0 ? '-' : '') + fixed(value, 0);
    case '0.00':
      return sign + fixed(value, 2);
    case '#,##0':
      return (
        (value < 0 && Math.round(-value) !== 0 ? '-' : '') + Number(fixed(value, 0)).toLocaleString('en-GB')
      );
    default:
      return String(value);
  }
}

export type { CellSnapshot };
