/**
 * The preview's grid draws what Excel would show: number formats, drop-down marks and conditional
 * formats (the tracker's own, written through the preview host, and simple rules of the user's own),
 * worked out by the grid model from the workbook the preview holds.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { actionRanges, ragColours, ragDropdowns } from '../../src/core/structure';
import { checkWorkbook } from '../../src/core/check';
import { RAG_COLOURS } from '../../src/core/rag-colours';
import { trackerRuleFormula } from '../../src/core/tracker-marker';
import { highlightEdits, linkRecommendations, parseOfstedReport } from '../../src/core/ofsted';
import { parseRange } from '../../src/core/address';
import { compileFormula, type Value } from '../../src/preview/formula';
import { gridModel, type CellLook, type GridModel } from '../../src/preview/grid-model';
import { formatGeneral, formatNumber } from '../../src/xlsx/read/number-format';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleHost } from '../support/render-pane';

function lookAt(model: GridModel, address: string): CellLook | undefined {
  const { top, left } = parseRange(address);
  const index = model.looks[top * model.colCount + left];
  return index ? model.styles[index - 1] : undefined;
}

function textAt(model: GridModel, address: string): string {
  const { top, left } = parseRange(address);
  return model.text[top * model.colCount + left] ?? '';
}

function cellsOf(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(`${String.fromCharCode(65 + col)}${row + 1}`);
  return out;
}

describe('number formats', () => {
  it('shows numbers as Excel does for the formats plans use', () => {
    expect(
      [
        [0.087, '0.0%'],
        [0.5, '0%'],
        [1234.5, '#,##0.00'],
        [1234567, '#,##0'],
        [3.14159, '0.00'],
        [-5, '0;(0)'],
        [0, '0;-0;"-"'],
        [1500, '"£"#,##0'],
        [1500, '[$£-809]#,##0.00'],
        [12, '0" days"'],
        [0.1 + 0.2, 'General'],
        [7, '@'],
      ].map(([value, format]) => formatNumber(value as number, format as string)),
    ).toEqual([
      '8.7%',
      '50%',
      '1,234.50',
      '1,234,567',
      '3.14',
      '(5)',
      '-',
      '£1,500',
      '£1,500.00',
      '12 days',
      '0.3',
      '7',
    ]);
  });

  it('a percentage with n decimals is the value × 100 rounded to n places (generated)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, places) => {
          const format = places === 0 ? '0%' : `0.${'0'.repeat(places)}%`;
          expect(formatNumber(value, format)).toBe(`${(value * 100).toFixed(places)}%`);
        },
      ),
    );
    expect([formatGeneral(1e15), formatGeneral(1234567890123), formatGeneral(0.25)]).toEqual([
      '1E+15',
      '1.23457E+12',
      '0.25',
    ]);
  });
});

describe('conditional-format formulas', () => {
  it('the tracker’s own rules: text equals (any case, spaces trimmed), with its marker', () => {
    const words = fc.constantFrom('Red', 'Amber', 'Green', 'Blue');
    fc.assert(
      fc.property(words, words, fc.constantFrom('', ' ', '  '), fc.boolean(), (rule, typed, pad, upper) => {
        const formula = trackerRuleFormula('E6:E40', { type: 'textEquals', text: rule }, 'rag-colours');
        const value = `${pad}${upper ? typed.toUpperCase() : typed}${pad}`;
        const compiled = compileFormula(formula, (r, c) => (r === 9 && c === 4 ? value : null), 0);
        expect(compiled).not.toBeNull();
        // E10 is 4 rows below the rule's top-left E6.
        expect(compiled!(4, 0)).toBe(rule === typed);
        expect(compiled!(5, 0)).toBe(false);
      }),
    );
  });

  it('simple rules of people’s own, and anything beyond the evaluator simply does not apply', () => {
    const cells: Record<string, Value> = { '0,0': 5, '0,1': 'Overdue', '1,0': null, '1,1': 'done' };
    const read = (r: number, c: number) => cells[`${r},${c}`] ?? null;
    const rule = (f: string) => compileFormula(f, read, 45000);
    expect(rule('=$A1>3')!(0, 1)).toBe(true);
    expect(rule('=AND(A1>=5,ISNUMBER(SEARCH("due",B1)))')!(0, 0)).toBe(true);
    expect(rule('=OR(ISBLANK(A1),B1="DONE")')!(1, 0)).toBe(true);
    expect(rule('=IF(A1<>"",A1*2=10,FALSE)')!(0, 0)).toBe(true);
    expect(rule('=TODAY()>45001')!(0, 0)).toBe(false);
    expect(rule('=NETWORKDAYS(A1,B1)>0')!(0, 0)).toBe(false);
    expect(rule('=SUMPRODUCT(A1:A2)>0')).toBeNull();
    expect(rule('=A1 >>> 3')).toBeNull();
  });
});

describe('the grid model', () => {
  it('draws RAG dropdown marks and the tracker’s RAG colours exactly where they apply', async () => {
    const host = await exampleHost('wirral-action-plan-2010.xlsx');
    const [sheetCheck] = checkWorkbook(await host.readWorkbook(), { asOf: '2010-10-01' }).sheets;
    await host.apply([...ragDropdowns(sheetCheck.plan), ...ragColours(sheetCheck.plan)]);
    const model = gridModel(host.workbook, sheetCheck.plan.sheet)!;
    const ragCells = actionRanges(sheetCheck.plan, ['actionRag', 'impactRag']).flatMap(cellsOf);
    expect(ragCells.length).toBeGreaterThan(5);
    for (const cell of ragCells) {
      expect([cell, lookAt(model, cell)?.list]).toEqual([cell, 'Red, Amber, Green, Blue']);
      const word = textAt(model, cell).trim().toLowerCase();
      const colour = ['red', 'amber', 'green', 'blue'].includes(word)
        ? RAG_COLOURS[word as 'red'].fill
        : undefined;
      expect([cell, word, lookAt(model, cell)?.fill]).toEqual([cell, word, colour]);
    }
    // No other cell got a dropdown.
    const marked = Array.from(model.looks).filter((i) => i > 0 && model.styles[i - 1].list).length;
    expect(marked).toBe(ragCells.length);
  });

  it('highlights the rows of the actions linked to the Ofsted report, and only them', async () => {
    const host = await exampleHost('walsall-sip-phase2.xlsx');
    const report = parseOfstedReport(
      readFileSync(join(__dirname, '../../../shared/seeds/001_417503daf9182b66.txt'), 'utf8'),
    );
    const [sheetCheck] = checkWorkbook(await host.readWorkbook(), { asOf: '2013-09-30' }).sheets;
    const links = linkRecommendations(report, sheetCheck.plan);
    await host.apply(highlightEdits(sheetCheck.plan, links));
    const model = gridModel(host.workbook, sheetCheck.plan.sheet)!;
    const linkedRows = new Set(links.recommendations.flatMap((r) => r.linked.map((l) => l.row - 1)));
    expect(linkedRows.size).toBeGreaterThan(0);
    const highlightedRows = new Set<number>();
    model.looks.forEach((index, at) => {
      if (index > 0 && model.styles[index - 1].conditional)
        highlightedRows.add(Math.floor(at / model.colCount));
    });
    expect([...highlightedRows].sort((a, b) => a - b)).toEqual([...linkedRows].sort((a, b) => a - b));
  });

  it('shows a summary’s percentages as formatted, not as fractions', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Figures');
    ws.getCell('A1').value = 0.087;
    ws.getCell('A1').numFmt = '0.0%';
    ws.getCell('B1').value = 1234.5;
    ws.getCell('B1').numFmt = '#,##0.00';
    const model = gridModel(workbook, 'Figures')!;
    expect([textAt(model, 'A1'), textAt(model, 'B1')]).toEqual(['8.7%', '1,234.50']);
  });
});
