/**
 * The double holds Excel's documented limits, enforces each platform's requirement sets through the
 * client library's own checks, and is no stricter than Excel where Excel allows something.
 */
import {
  ACCESS_DENIED_MESSAGE,
  createExcelDouble,
  createWorkbookState,
  emptySheet,
  findSheet,
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  PLATFORMS,
  putValues,
  readDateLike,
  type WorkbookState,
} from './index';

interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

async function caught(fn: () => Promise<unknown>): Promise<OfficeErrorLike> {
  try {
    await fn();
  } catch (e) {
    return e as OfficeErrorLike;
  }
  throw new Error('expected an error');
}

function sheetState(): WorkbookState {
  const state = createWorkbookState([{ name: 'Plan' }]);
  putValues(findSheet(state, 'Plan'), 'A1', [
    ['Ref', 'Action'],
    ['1.1', 'Audit'],
  ]);
  return state;
}

describe('payload: 5 MB per request and per response (Excel on the web)', () => {
  test('a request over the limit is refused before anything is done', async () => {
    const double = createExcelDouble(sheetState());
    const big = Array.from({ length: 1000 }, () => ['x'.repeat(6000)]);
    const error = await caught(() =>
      double.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').getRange('C1:C1000').values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(findSheet(double.state, 'Plan').cells.C1).toBeUndefined();
    expect(double.requests[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  test('a response over the limit fails the sync; one under it is measured', async () => {
    const state = sheetState();
    putValues(
      findSheet(state, 'Plan'),
      'C1',
      Array.from({ length: 1000 }, () => ['y'.repeat(6000)]),
    );
    const double = createExcelDouble(state);
    const error = await caught(() =>
      double.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Plan').getRange('C1:C1000');
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('C1:C100');
      range.load('values');
      await context.sync();
    });
    const last = double.requests.filter((r) => r.kind === 'sync').at(-1)!;
    expect(last.responseBytes).toBeGreaterThan(600_000);
    expect(last.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });
});

test('a read of more than 5 million cells fails with RangeExceedsLimit', async () => {
  const double = createExcelDouble(sheetState());
  const error = await caught(() =>
    double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A:E'); // 5 × 1,048,576 cells
      range.load('values');
      await context.sync();
    }),
  );
  expect(error.code).toBe('RangeExceedsLimit');
});

describe('merged areas', () => {
  function merged(count: number): WorkbookState {
    const state = sheetState();
    const plan = findSheet(state, 'Plan');
    plan.merges = Array.from({ length: count }, (_, i) => `B${i + 10}:C${i + 10}`);
    return state;
  }

  async function mergedAreas(state: WorkbookState, address: string): Promise<string | null> {
    const double = createExcelDouble(state);
    return double.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('Plan')
        .getRange(address)
        .getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      return areas.isNullObject ? null : areas.address;
    });
  }

  test(`getMergedAreasOrNullObject fails above ${MERGED_AREAS_LIMIT} areas and works at it`, async () => {
    const error = await caught(() => mergedAreas(merged(MERGED_AREAS_LIMIT + 1), 'A1:D1000'));
    expect(error.code).toBe('GeneralException');
    expect(error.debugInfo?.errorLocation).toBe('Range.getMergedAreasOrNullObject');
    const ok = await mergedAreas(merged(MERGED_AREAS_LIMIT), 'A1:D1000');
    expect(ok?.split(', ')).toHaveLength(MERGED_AREAS_LIMIT);
  });

  test('only areas whose top-left cell is in the range are reported (office-js #3611)', async () => {
    const state = merged(0);
    findSheet(state, 'Plan').merges = ['B2:C4'];
    expect(await mergedAreas(state, 'B2:B2')).toBe('Plan!B2:C4');
    expect(await mergedAreas(state, 'C3:D5')).toBeNull();
  });

  test('merging over merged cells takes them in, as Excel does', async () => {
    const state = merged(0);
    findSheet(state, 'Plan').merges = ['B2:C2', 'E5:F6'];
    const double = createExcelDouble(state);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A2:E5').merge(false);
      await context.sync();
    });
    expect(findSheet(double.state, 'Plan').merges).toEqual(['A2:F6']);
    expect(double.unsupported).toEqual([]);
  });
});

describe('conditional-format ids are priorities', () => {
  function withFormats(): WorkbookState {
    const state = sheetState();
    findSheet(state, 'Plan').conditionalFormats = ['=A1=1', '=A1=2', '=A1=3'].map((formula, i) => ({
      id: `{f${i}}`,
      address: 'A1:A10',
      type: 'Custom',
      priority: i,
      stopIfTrue: false,
      rule: { formula },
      format: {},
    }));
    return state;
  }

  test('ids read are 0, 1, 2; after deleting "0" the old "2" is gone from its id and "1" names the third', async () => {
    const double = createExcelDouble(withFormats());
    const ids = await double.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Plan').getRange().conditionalFormats;
      formats.load('items/id');
      await context.sync();
      return formats.items.map((f) => f.id);
    });
    expect(ids).toEqual(['0', '1', '2']);
    // Deleting by the ids just read, lowest first: the second delete hits what was '2'.
    await double.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Plan').getRange().conditionalFormats;
      formats.getItem('0').delete();
      formats.getItem('1').delete();
      await context.sync();
    });
    expect(findSheet(double.state, 'Plan').conditionalFormats.map((c) => c.rule.formula)).toEqual(['=A1=2']);
  });

  test('a stale id past the end fails with ItemNotFound (as office-js #5222 reports)', async () => {
    const double = createExcelDouble(withFormats());
    const error = await caught(() =>
      double.run(async (context) => {
        const formats = context.workbook.worksheets.getItem('Plan').getRange().conditionalFormats;
        formats.getItem('2').delete();
        formats.getItem('2').delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  test('clearing part of a rule’s range keeps the rest of it', async () => {
    const double = createExcelDouble(withFormats());
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A4:A6').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(findSheet(double.state, 'Plan').conditionalFormats.map((c) => c.address)).toEqual([
      'A1:A3,A7:A10',
      'A1:A3,A7:A10',
      'A1:A3,A7:A10',
    ]);
  });
});

test('clearing validation from part of a rule’s range keeps the rest of it', async () => {
  const state = sheetState();
  findSheet(state, 'Plan').dataValidations = [
    { address: 'E2:E50', rule: { list: { inCellDropDown: true, source: 'Red,Amber,Green' } } },
  ];
  const double = createExcelDouble(state);
  await double.run(async (context) => {
    context.workbook.worksheets.getItem('Plan').getRange('D10:F12').dataValidation.clear();
    await context.sync();
  });
  expect(findSheet(double.state, 'Plan').dataValidations.map((d) => d.address)).toEqual(['E2:E9,E13:E50']);
});

describe('a protected sheet', () => {
  function locked(): WorkbookState {
    const state = sheetState();
    const plan = findSheet(state, 'Plan');
    plan.protected = true;
    plan.cells.E2 = { locked: false }; // the RAG cell left open for officers
    return state;
  }

  test('takes values in its unlocked cells, as Excel does', async () => {
    const double = createExcelDouble(locked());
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('E2').values = [['Green']];
      await context.sync();
    });
    expect(findSheet(double.state, 'Plan').cells.E2).toEqual({ locked: false, value: 'Green' });
  });

  test('refuses values in locked cells, and formats unless the protection allows them', async () => {
    const double = createExcelDouble(locked());
    const values = await caught(() =>
      double.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').getRange('D2:E2').values = [['x', 'y']];
        await context.sync();
      }),
    );
    expect([values.code, values.message]).toEqual(['AccessDenied', ACCESS_DENIED_MESSAGE]);
    const fill = await caught(() =>
      double.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').getRange('E2').format.fill.color = '#FF0000';
        await context.sync();
      }),
    );
    expect(fill.code).toBe('AccessDenied');
    findSheet(double.state, 'Plan').protectionOptions = { allowFormatCells: true };
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('E2').format.fill.color = '#FF0000';
      await context.sync();
    });
    expect(findSheet(double.state, 'Plan').cells.E2.fill).toBe('#FF0000');
  });
});

describe('date-like strings become dates, as Excel reads what is typed', () => {
  test('in the user’s regional order, with a date format; the Text format keeps them text', async () => {
    const double = createExcelDouble(sheetState());
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.getRange('F1:F3').values = [['31/03/2025'], ['March 2025'], ['Ongoing']];
      const text = sheet.getRange('G1');
      text.numberFormat = [['@']];
      text.values = [['31/03/2025']];
      await context.sync();
    });
    const cells = findSheet(double.state, 'Plan').cells;
    expect(cells.F1).toEqual({ value: 45747, numberFormat: 'dd/mm/yyyy' });
    expect(cells.F2).toEqual({ value: 45717, numberFormat: 'mmm-yy' });
    expect(cells.F3).toEqual({ value: 'Ongoing' });
    expect(cells.G1).toEqual({ value: '31/03/2025', numberFormat: '@' });
    expect(double.unsupported).toEqual([]);
  });

  test('day first in en-GB, month first in en-US, impossible dates stay text', () => {
    expect(readDateLike('03/04/2025', 'en-GB', 2025)).toEqual({ serial: 45750, numberFormat: 'dd/mm/yyyy' });
    expect(readDateLike('03/04/2025', 'en-US', 2025)).toEqual({ serial: 45720, numberFormat: 'm/d/yyyy' });
    expect(readDateLike('31/02/2025', 'en-GB', 2025)).toBeNull();
    expect(readDateLike('12/03', 'en-GB', 2024)?.serial).toBe(45363);
    expect(readDateLike('Q3 2010/11', 'en-GB', 2025)).toBeNull();
  });
});

describe('requirement sets per platform', () => {
  test('Excel 2019 (ExcelApi 1.7) has no getCellProperties: the client library itself refuses it', async () => {
    const double = createExcelDouble(sheetState(), { platform: 'excel2019' });
    const error = await caught(() =>
      double.run(async (context) => {
        context.workbook.worksheets
          .getItem('Plan')
          .getRange('A1')
          .getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    expect(double.syncCount()).toBe(0); // refused on the client: nothing was sent
  });

  test('each platform answers isSetSupported as Microsoft’s table says', () => {
    const sets = Object.entries(PLATFORMS).map(([id]) => {
      const double = createExcelDouble(sheetState(), { platform: id as keyof typeof PLATFORMS });
      return [
        id,
        ['1.7', '1.8', '1.14', '1.15', '1.17', '1.18', '1.20'].filter((v) =>
          double.isSetSupported('ExcelApi', v),
        ),
      ];
    });
    expect(sets).toEqual([
      ['excel2019', ['1.7']],
      ['excel2021', ['1.7', '1.8', '1.14']],
      ['excel2024', ['1.7', '1.8', '1.14', '1.15', '1.17']],
      ['microsoft365', ['1.7', '1.8', '1.14', '1.15', '1.17', '1.18', '1.20']],
    ]);
  });
});

describe('tables, hidden rows and change events', () => {
  test('tables, visible cells and rowHidden read as Excel reports them', async () => {
    const state = sheetState();
    const plan = findSheet(state, 'Plan');
    plan.tables = [{ name: 'Actions', address: 'A1:B5', showHeaders: true, showTotals: true }];
    plan.hiddenRows = [3, 4];
    const double = createExcelDouble(state);
    const out = await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.tables.load('items/name,items/showHeaders,items/showTotals');
      const range = sheet.tables.getItem('Actions').getRange();
      range.load('address');
      const visible = sheet.getRange('A1:B6').getSpecialCellsOrNullObject('Visible');
      visible.load('address');
      const hidden = sheet.getRange('A3:A4');
      hidden.load('rowHidden');
      await context.sync();
      return {
        tables: sheet.tables.items.map((t) => [t.name, t.showHeaders, t.showTotals]),
        range: range.address,
        visible: visible.address,
        hidden: hidden.rowHidden,
      };
    });
    expect(out).toEqual({
      tables: [['Actions', true, true]],
      range: 'Plan!A1:B5',
      visible: 'Plan!A1:B2, Plan!A5:B6',
      hidden: true,
    });
  });

  test('worksheets.onChanged and onFormatChanged reach their handlers through the client library', async () => {
    const state = sheetState();
    state.sheets.push(emptySheet('{notes}', 'Notes'));
    const double = createExcelDouble(state);
    const seen: string[] = [];
    await double.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(`changed ${e.worksheetId} ${e.address} ${e.changeType}`);
      });
      context.workbook.worksheets.onFormatChanged.add(async (e) => {
        seen.push(`format ${e.worksheetId} ${e.address}`);
      });
      await context.sync();
    });
    await double.userEdit('Notes', 'B2', () => putValues(findSheet(double.state, 'Notes'), 'B2', [['x']]));
    await double.userFormat('Plan', 'A1:B1');
    expect(seen).toEqual([
      `changed {notes} B2 RangeEdited`,
      `format ${findSheet(double.state, 'Plan').id} A1:B1`,
    ]);
  });
});
