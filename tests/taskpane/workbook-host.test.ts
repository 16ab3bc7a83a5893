/**
 * The preview's ExcelJS-backed PlanHost: every Edit kind lands in the in-page workbook (read back through
 * the same snapshot the core checks), a bad edit list changes nothing, and listeners hear of changes.
 */
import ExcelJS from 'exceljs';
import type { Edit } from '../../src/core/edits';
import { InternalError } from '../../src/core/errors';
import { HostError } from '../../src/core/host';
import { createWorkbookHost } from '../../src/preview/workbook-host';

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.getCell('A1').value = 'Ref';
  ws.getCell('A2').value = '1.1';
  ws.getCell('A3').value = '1.2';
  ws.mergeCells('B2:B3');
  wb.addWorksheet('Locked').protect('', {});
  return wb;
}

describe('createWorkbookHost', () => {
  test('applies values, fills, fonts and number formats, read back through the snapshot', async () => {
    const host = createWorkbookHost(workbook());
    await host.apply([
      {
        kind: 'setValues',
        sheet: 'Plan',
        address: 'C2:D3',
        values: [
          ['Red', 5],
          ['=SUM(1)', null],
        ],
      },
      { kind: 'setFill', sheet: 'Plan', address: 'C2', colour: '#FF0000' },
      { kind: 'setFont', sheet: 'Plan', address: 'C2:D2', bold: true, colour: '#FFFFFF' },
      { kind: 'setNumberFormat', sheet: 'Plan', address: 'D2', format: '0.0' },
    ]);
    const [plan] = (await host.readWorkbook()).sheets;
    expect(plan.rows[1][2]).toEqual({ value: 'Red', text: 'Red', fill: '#FF0000' });
    expect(plan.rows[1][3]).toEqual({ value: 5, text: '5', numberFormat: '0.0' });
    expect(plan.rows[2][2]).toEqual({ value: '=SUM(1)', text: '=SUM(1)' }); // text, never a formula
    const ws = host.workbook.getWorksheet('Plan')!;
    expect(ws.getCell('D2').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('E2').font?.bold).toBeFalsy(); // styles are copied, not shared

    await host.apply([{ kind: 'setFill', sheet: 'Plan', address: 'C2', colour: null }]);
    expect((await host.readWorkbook()).sheets[0].rows[1][2]?.fill).toBeUndefined();
  });

  test('adds data validation, tagged conditional formats (and clears only its own tag), and freezes rows', async () => {
    const host = createWorkbookHost(workbook());
    await host.apply([
      {
        kind: 'dataValidationList',
        sheet: 'Plan',
        address: 'E2:E3',
        source: ['Red', 'Amber', 'Green', 'Blue'],
        prompt: { title: 'Action RAG', message: 'Choose a rating' },
        errorStyle: 'warning',
      },
      { kind: 'dataValidationDate', sheet: 'Plan', address: 'F2', errorStyle: 'information' },
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'E2:E3',
        tag: 'rag-colours',
        rule: { type: 'textEquals', text: 'Red' },
        fill: '#FF0000',
      },
      {
        kind: 'conditionalFormat',
        sheet: 'Plan',
        address: 'F2:F3',
        tag: 'overdue',
        rule: { type: 'formula', formula: '=F2<TODAY()' },
        fill: '#FFC7CE',
        fontColour: '#9C0006',
      },
      { kind: 'freezeRows', sheet: 'Plan', rows: 1 },
    ]);
    const ws = host.workbook.getWorksheet('Plan')!;
    expect(ws.getCell('E3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Red,Amber,Green,Blue"'],
      errorStyle: 'warning',
      prompt: 'Choose a rating',
    });
    expect(ws.getCell('F2').dataValidation).toMatchObject({ type: 'date', errorStyle: 'information' });
    expect(
      host.conditionalFormats('Plan').map((cf) => [cf.ref, (cf.rules[0] as { formulae?: unknown }).formulae]),
    ).toEqual([
      ['E2:E3', ['AND(TRIM(E2)="Red",ISTEXT("PlanTracker:rag-colours"))']],
      ['F2:F3', ['AND(F2<TODAY(),ISTEXT("PlanTracker:overdue"))']],
    ]);
    expect(ws.views).toEqual([{ state: 'frozen', ySplit: 1, xSplit: 0 }]);

    await host.apply([{ kind: 'clearConditionalFormats', sheet: 'Plan', tag: 'rag-colours' }]);
    expect(host.conditionalFormats('Plan').map((cf) => cf.ref)).toEqual(['F2:F3']);
  });

  test('inserts rows, moving the cells and merges below', async () => {
    const host = createWorkbookHost(workbook());
    await host.apply([{ kind: 'insertRows', sheet: 'Plan', row: 2, count: 2 }]);
    const [plan] = (await host.readWorkbook()).sheets;
    expect(plan.rows.map((r) => r[0]?.text ?? '')).toEqual(['Ref', '', '', '1.1', '1.2']);
    expect(plan.merges).toEqual(['B4:B5']);
  });

  test('writes a tracker sheet from its spec, in place of an older one', async () => {
    const host = createWorkbookHost(workbook());
    const spec = {
      name: 'RAG Summary',
      rows: [
        [{ value: 'Theme', style: { bold: true, fill: '#D9D9D9' } }, { value: 'Red' }],
        [
          { value: '=not a formula', link: { sheet: 'Plan', cell: 'A2' } },
          { value: 3, style: { numberFormat: '0' } },
        ],
      ],
      columnWidths: [30, 8],
      merges: [],
      freeze: { rows: 1, columns: 0 },
      print: { landscape: true, fitToWidth: true, repeatRows: [1, 1] as [number, number] },
      dataBars: [{ range: 'B2:B2', colour: '#5B9BD5' }],
    };
    await host.apply([{ kind: 'writeSheet', spec }]);
    await host.apply([{ kind: 'writeSheet', spec: { ...spec, rows: [[{ value: 'Rebuilt' }]] } }]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['Plan', 'Locked', 'RAG Summary']);

    await host.apply([{ kind: 'writeSheet', spec }]);
    const summary = (await host.readWorkbook()).sheets[2];
    expect(summary.rows[0][0]).toEqual({ value: 'Theme', text: 'Theme', fill: '#D9D9D9' });
    expect(summary.rows[1][0]?.text).toBe('=not a formula');
    const ws = host.workbook.getWorksheet('RAG Summary')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(host.conditionalFormats('RAG Summary')[0].ref).toBe('B2:B2');
  });

  test('records charts, remembers the selection and tells its listeners', async () => {
    const host = createWorkbookHost(workbook());
    const changed = jest.fn();
    const selected = jest.fn();
    const offChanged = await host.onChanged(changed);
    await host.onSelectionChanged(selected);
    const chart: Edit = {
      kind: 'addChart',
      sheet: 'Plan',
      name: 'RAG by theme',
      type: 'barStacked',
      source: 'A1:B3',
      title: 'Actions by RAG',
      position: { from: 'H2', to: 'P20' },
    };
    await host.apply([chart]);
    expect(host.charts()).toEqual([chart]);
    expect(changed).toHaveBeenCalledTimes(1);

    await host.apply([{ kind: 'select', sheet: 'plan', address: 'A3' }]);
    expect(host.selection()).toEqual({ sheet: 'Plan', address: 'A3' });
    expect(selected).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(1); // selecting is not a change

    host.select({ sheet: 'Plan', address: 'B2' });
    expect(selected).toHaveBeenCalledTimes(2);
    offChanged();
    await host.apply([{ kind: 'setValues', sheet: 'Plan', address: 'A1', values: [['Reference']] }]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  test('refuses a bad edit list as a whole, with a HostError an officer can act on', async () => {
    const host = createWorkbookHost(workbook());
    const good: Edit = { kind: 'setValues', sheet: 'Plan', address: 'A2', values: [['9.9']] };
    const cases: [Edit, HostError['code'], RegExp][] = [
      [
        { kind: 'setValues', sheet: 'Locked', address: 'A1', values: [['x']] },
        'protected',
        /"Locked" is protected/,
      ],
      [
        { kind: 'setFill', sheet: 'Nowhere', address: 'A1', colour: '#FF0000' },
        'not-found',
        /no sheet called "Nowhere"/,
      ],
      [{ kind: 'select', sheet: 'Plan', address: 'not a cell' }, 'other', /not a cell or range/],
    ];
    for (const [bad, code, message] of cases) {
      const error = await host.apply([good, bad]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe(code);
      expect((error as HostError).message).toMatch(message);
    }
    // Values that do not fit their range are the tool's own fault, not the officer's.
    const misfit: Edit = { kind: 'setValues', sheet: 'Plan', address: 'A1:B1', values: [['x']] };
    const error = await host.apply([good, misfit]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect(host.workbook.getWorksheet('Plan')!.getCell('A2').value).toBe('1.1');
  });

  test('a sheet made earlier in the list can be written to and selected by the edits after it', async () => {
    const host = createWorkbookHost(workbook());
    await host.apply([
      { kind: 'writeSheet', spec: { name: 'New plan', rows: [[{ value: 'Ref' }]] } },
      { kind: 'setValues', sheet: 'New plan', address: 'A2', values: [['1.1']] },
      { kind: 'freezeRows', sheet: 'new plan', rows: 1 },
      { kind: 'select', sheet: 'New plan', address: 'A2' },
    ]);
    expect(host.selection()).toEqual({ sheet: 'New plan', address: 'A2' });
    expect(host.workbook.getWorksheet('New plan')!.getCell('A2').value).toBe('1.1');
    // Selecting a sheet that neither exists nor is made in the list is still refused, and nothing changes.
    const error = await host
      .apply([
        { kind: 'setValues', sheet: 'Plan', address: 'A2', values: [['9.9']] },
        { kind: 'select', sheet: 'Elsewhere', address: 'A1' },
      ])
      .catch((e: unknown) => e);
    expect((error as HostError).code).toBe('not-found');
    expect(host.workbook.getWorksheet('Plan')!.getCell('A2').value).toBe('1.1');
  });
});
