/**
 * Proves the Excel double is strict and real: Microsoft's client library decides what is loaded
 * and when requests are sent; the in-memory backend only answers them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  ACCESS_DENIED_MESSAGE,
  ACTION_TYPE,
  changedCells,
  createExcelDouble,
  createWorkbookState,
  dateToSerial,
  findSheet,
  putValues,
  snapshotCells,
  stateFromXlsx,
  type WorkbookState,
} from './index';

function planState(): WorkbookState {
  const state = createWorkbookState([
    { name: 'Plan' },
    { name: 'Locked', protected: true },
    { name: 'Lists', visibility: 'Hidden' },
  ]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A1', [
    ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    ['1.1', 'Audit case files', 'Head of QA', 45565, 'Green'],
    ['1.2', 'Recruit social workers', 'Director', 45600, 'Amber'],
  ]);
  plan.cells.D2.numberFormat = 'dd/mm/yyyy';
  plan.cells.D3.numberFormat = 'dd/mm/yyyy';
  plan.cells.A1.bold = true;
  plan.cells.E2.fill = '#00B050';
  plan.cells.B3.italic = true;
  putValues(findSheet(state, 'Locked'), 'A1', [['Do not edit']]);
  return state;
}

interface OfficeErrorLike {
  code: string;
  name: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

async function caught(fn: () => unknown): Promise<OfficeErrorLike> {
  try {
    await fn();
  } catch (e) {
    return e as OfficeErrorLike;
  }
  throw new Error('expected an error');
}

describe('Excel double: strictness comes from the real client library', () => {
  test('reading range.values without load and sync throws PropertyNotLoaded', async () => {
    const double = createExcelDouble(planState());
    const err = await caught(() =>
      double.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the point of the test
        return range.values;
      }),
    );
    expect(err.code).toBe('PropertyNotLoaded');
    expect(err.name).toBe('RichApi.Error');
    expect(err).toBeInstanceOf(double.OfficeExtension.Error);
    expect(err.debugInfo?.errorLocation).toBe('Range.values');
    expect(double.syncCount()).toBe(0);
  });

  test('after load but before sync the property still throws PropertyNotLoaded', async () => {
    const double = createExcelDouble(planState());
    const err = await caught(() =>
      double.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B2');
        range.load('values');
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point of the test
        const early = range.values;
        await context.sync();
        return early;
      }),
    );
    expect(err.code).toBe('PropertyNotLoaded');
    expect(double.syncCount()).toBe(0);
  });

  test('the first sync of a context is always one round trip; later empty syncs send nothing', async () => {
    // Fact of the real client: a new context instantiates the workbook root on its first sync,
    // so even an empty first sync reaches the host. Later syncs with nothing queued are free.
    const double = createExcelDouble(planState());
    await double.run(async (context) => {
      await context.sync();
      await context.sync();
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.load('name');
      await context.sync();
    });
    expect(double.syncCount()).toBe(2);
    expect(double.requests.map((r) => r.actions)).toEqual([[], ['query Worksheet [name]']]);
    expect(double.cleanupCount()).toBe(0); // nothing was kept, so Excel.run sends no clean-up
  });

  test('outside Excel.run a range reused after its sync throws InvalidObjectPath (client side)', async () => {
    const double = createExcelDouble(planState());
    const context = new double.Excel.RequestContext();
    const range = context.workbook.worksheets.getItem('Plan').getRange('A1');
    range.load('address');
    await context.sync();
    const err = await caught(() => range.load('values'));
    expect(err.code).toBe('InvalidObjectPath');
    expect(double.syncCount()).toBe(1);
  });
});

describe('Excel double: reads', () => {
  test('used-range values + numberFormat + getCellProperties fill read in exactly one sync', async () => {
    const double = createExcelDouble(planState());
    const read = await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      const used = sheet.getUsedRange(true);
      used.load(['address', 'values', 'numberFormat', 'text', 'rowCount', 'columnCount', 'valueTypes']);
      const props = used.getCellProperties({
        format: { fill: { color: true }, font: { italic: true, bold: true } },
      });
      await context.sync();
      return {
        address: used.address,
        values: used.values,
        numberFormat: used.numberFormat,
        text: used.text,
        rows: used.rowCount,
        cols: used.columnCount,
        types: used.valueTypes,
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by sync
        props: props.value,
      };
    });
    expect(double.syncCount()).toBe(1);
    expect(double.cleanupCount()).toBe(1);
    expect(double.backend.liveReferences).toBe(0);
    expect(read.address).toBe('Plan!A1:E3');
    expect(read.rows).toBe(3);
    expect(read.cols).toBe(5);
    expect(read.values[1]).toEqual(['1.1', 'Audit case files', 'Head of QA', 45565, 'Green']);
    expect(read.numberFormat[1][3]).toBe('dd/mm/yyyy');
    expect(read.numberFormat[1][0]).toBe('General');
    expect(read.text[1][3]).toBe('30/09/2024');
    expect(read.types[1][3]).toBe('Double');
    expect(read.types[1][0]).toBe('String'); // putValues stores '1.1' as text, as a typed-in '1.1 would be
    expect(read.props[1][4].format?.fill?.color).toBe('#00B050');
    expect(read.props[0][0].format?.font).toEqual({ bold: true, italic: false });
    expect(read.props[2][1].format?.font?.italic).toBe(true);
    expect(read.props[2][2].format?.fill?.color).toBe('#FFFFFF');
    expect(double.requests[0].actions).toEqual([
      'query Range [address,values,numberFormat,text,rowCount,columnCount,valueTypes]',
      'call Range.getCellProperties',
    ]);
  });

  test('worksheets collection, null objects, active sheet, protection', async () => {
    const double = createExcelDouble(planState());
    const out = await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/position');
      const missing = sheets.getItemOrNullObject('Missing');
      const present = sheets.getItemOrNullObject('plan');
      present.load('name');
      const active = sheets.getActiveWorksheet();
      active.load('name');
      const locked = sheets.getItem('Locked');
      locked.load('protection/protected');
      const emptyUsed = sheets.getItem('Lists').getUsedRangeOrNullObject(true);
      await context.sync();
      return {
        names: sheets.items.map((s) => [s.name, s.visibility, s.position]),
        missingIsNull: missing.isNullObject,
        presentIsNull: present.isNullObject,
        presentName: present.name,
        active: active.name,
        lockedProtected: locked.protection.protected,
        emptyUsedIsNull: emptyUsed.isNullObject,
      };
    });
    expect(out).toEqual({
      names: [
        ['Plan', 'Visible', 0],
        ['Locked', 'Visible', 1],
        ['Lists', 'Hidden', 2],
      ],
      missingIsNull: true,
      presentIsNull: false,
      presentName: 'Plan',
      active: 'Plan',
      lockedProtected: true,
      emptyUsedIsNull: true,
    });
    expect(double.syncCount()).toBe(1);
  });

  test('getItem on a missing sheet fails the sync with ItemNotFound', async () => {
    const double = createExcelDouble(planState());
    const err = await caught(() =>
      double.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Nope').getRange('A1');
        r.load('values');
        await context.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
  });

  test('unknown properties and methods are reported, never silently answered', async () => {
    const double = createExcelDouble(planState());
    const err = await caught(() =>
      double.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Plan').getRange('A1');
        r.load('hidden');
        await context.sync();
      }),
    );
    expect(err.code).toBe('NotSupportedByTestDouble');
    expect(err.message).toBe('not supported by the test double: loading Range.hidden');
    expect(double.unsupported).toEqual(['not supported by the test double: loading Range.hidden']);
  });
});

describe('Excel double: writes', () => {
  test('values + fill written in one sync change exactly those cells', async () => {
    const double = createExcelDouble(planState());
    const before = snapshotCells(double.state);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.getRange('E2:E3').values = [['Red'], ['Green']];
      sheet.getRange('A5').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    expect(double.syncCount()).toBe(1);
    const after = snapshotCells(double.state);
    expect(changedCells(before, after)).toEqual(['Plan!A5', 'Plan!E2', 'Plan!E3']);
    expect(after['Plan!E2']).toEqual({ value: 'Red', fill: '#00B050' });
    expect(after['Plan!E3']).toEqual({ value: 'Green' });
    expect(after['Plan!A5']).toEqual({ fill: '#FFC7CE' });
    expect(double.requests[0].actions).toEqual(['set Range.values', 'set RangeFill.color']);
  });

  test('writes are applied only when the request is executed, in order', async () => {
    const double = createExcelDouble(planState());
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('B2');
      range.values = [['First']];
      expect(double.state.sheets[0].cells.B2.value).toBe('Audit case files');
      range.values = [['Second']];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['Second']]);
    });
    expect(double.syncCount()).toBe(1);
  });

  test('a write to a protected sheet fails with AccessDenied and changes nothing', async () => {
    const double = createExcelDouble(planState());
    const before = JSON.stringify(double.state);
    const err = await caught(() =>
      double.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Locked').getRange('A1:B1');
        range.values = [['x', 'y']];
        range.format.fill.color = '#FF0000';
        await context.sync();
      }),
    );
    expect(err.code).toBe('AccessDenied');
    expect(err.message).toBe(ACCESS_DENIED_MESSAGE);
    expect(err.debugInfo?.errorLocation).toBe('Range.values');
    expect(JSON.stringify(double.state)).toBe(before);
    expect(double.syncCount()).toBe(1);
  });

  test('formats, validation, conditional formats, freeze panes and selection', async () => {
    const double = createExcelDouble(planState());
    const out = await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      const rag = sheet.getRange('E2:E3');
      rag.dataValidation.rule = { list: { inCellDropDown: true, source: 'Red,Amber,Green' } };
      const cf = rag.conditionalFormats.add(double.Excel.ConditionalFormatType.containsText);
      cf.textComparison.rule = { operator: double.Excel.ConditionalTextOperator.contains, text: 'Red' };
      cf.textComparison.format.fill.color = '#FFC7CE';
      const custom = rag.conditionalFormats.add(double.Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = '=$D2<TODAY()';
      custom.custom.format.font.color = '#9C0006';
      sheet.getRange('A2').format.font.bold = true;
      sheet.getRange('E2').format.fill.clear();
      sheet.freezePanes.freezeRows(1);
      sheet.getRange('B3').select();
      rag.load('dataValidation/type');
      rag.conditionalFormats.load('items/type');
      await context.sync();
      return { type: rag.dataValidation.type, cfTypes: rag.conditionalFormats.items.map((c) => c.type) };
    });
    expect(double.syncCount()).toBe(1);
    expect(out).toEqual({ type: 'List', cfTypes: ['Custom', 'ContainsText'] });
    const plan = findSheet(double.state, 'Plan');
    expect(plan.dataValidations).toEqual([
      { address: 'E2:E3', rule: { list: { inCellDropDown: true, source: 'Red,Amber,Green' } } },
    ]);
    // The sheet keeps its formats in priority order: the one added last comes first.
    expect(plan.conditionalFormats.map((c) => [c.type, c.rule, c.format])).toEqual([
      ['Custom', { formula: '=$D2<TODAY()' }, { fontColor: '#9C0006' }],
      ['ContainsText', { operator: 'Contains', text: 'Red' }, { fill: '#FFC7CE' }],
    ]);
    expect(plan.cells.A2.bold).toBe(true);
    expect(plan.cells.E2.fill).toBeUndefined();
    expect(plan.frozenRows).toBe(1);
    expect(double.state.selection).toEqual({ sheetId: plan.id, address: 'B3' });
  });

  test('ranges kept across syncs are addressed by reference id; two syncs count 2', async () => {
    const double = createExcelDouble(planState());
    await double.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Plan').getUsedRange();
      used.load('rowCount');
      await context.sync();
      used.getCell(used.rowCount, 0).values = [['1.3']];
      await context.sync();
    });
    expect(double.syncCount()).toBe(2);
    expect(
      double.rawMessages[1].Body.ObjectPaths[Object.keys(double.rawMessages[1].Body.ObjectPaths)[0]],
    ).toMatchObject({ ObjectPathType: 6 });
    expect(findSheet(double.state, 'Plan').cells.A4).toEqual({ value: 1.3 });
    const cleanup = double.rawMessages[2].Body.Actions.filter((a) => a.ActionType === ACTION_TYPE.method);
    expect(cleanup.every((a) => a.Name === '_RemoveReference')).toBe(true);
  });

  test('a wrongly shaped values array is rejected like Excel does', async () => {
    const double = createExcelDouble(planState());
    const err = await caught(() =>
      double.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').getRange('A1:B1').values = [['only one']];
        await context.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });
});

describe('Excel double: state from .xlsx', () => {
  test('date, rich text, fill, merge and error value read back through Excel.run', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 'Ref';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 8, 30));
    ws.getCell('B1').numFmt = 'd mmm yyyy';
    ws.getCell('C1').value = {
      richText: [
        { text: 'Example: ', font: { italic: true } },
        { text: 'text', font: { italic: true } },
      ],
    };
    ws.getCell('D1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
    ws.getCell('D1').value = 'Amber';
    ws.getCell('A3').value = 'Merged heading';
    ws.mergeCells('A3:C3');
    ws.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('F1').value = { formula: 'E1+1', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getCell('G1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-double-'));
    const file = path.join(dir, 'small.xlsx');
    await wb.xlsx.writeFile(file);

    const double = createExcelDouble(await stateFromXlsx(file));
    const out = await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      const row = sheet.getRange('A1:G1');
      row.load(['values', 'text', 'valueTypes', 'formulas', 'numberFormat']);
      const props = row.getCellProperties({ format: { fill: { color: true }, font: { italic: true } } });
      const merged = sheet.getRange('A1:D5').getMergedAreasOrNullObject();
      merged.load('address');
      const heading = sheet.getRange('A3');
      heading.load('values');
      await context.sync();
      return {
        values: row.values,
        text: row.text,
        types: row.valueTypes,
        formulas: row.formulas,
        numberFormat: row.numberFormat,
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by sync
        props: props.value,
        merged: merged.isNullObject ? null : merged.address,
        heading: heading.values,
      };
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(double.syncCount()).toBe(1);
    expect(out.values[0]).toEqual([
      'Ref',
      dateToSerial(new Date(Date.UTC(2024, 8, 30))),
      'Example: text',
      'Amber',
      '#N/A',
      '#N/A',
      2,
    ]);
    expect(out.values[0][1]).toBe(45565);
    expect(out.text[0][1]).toBe('30 Sep 2024');
    expect(out.numberFormat[0][1]).toBe('d mmm yyyy');
    expect(out.types[0]).toEqual(['String', 'Double', 'String', 'String', 'Error', 'Error', 'Double']);
    expect(out.formulas[0][5]).toBe('=E1+1');
    expect(out.formulas[0][6]).toBe('=1+1');
    expect(out.props[0][2].format?.font?.italic).toBe(true);
    expect(out.props[0][0].format?.font?.italic).toBe(false);
    expect(out.props[0][3].format?.fill?.color).toBe('#FFC000');
    expect(out.merged).toBe('Plan!A3:C3');
    expect(out.heading).toEqual([['Merged heading']]);
  });
});
