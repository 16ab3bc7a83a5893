/**
 * The payload estimate every op carries, checked against what Microsoft's client library really sends
 * (measured by the strict double): never below it, and not wildly above it, for the edit lists the
 * add-in makes. And the pure pieces that use it: batches, row bands, style blocks.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { Edit } from '../../src/core/edits';
import type { SpecCell } from '../../src/core/sheet-spec';
import { enforceStructure } from '../../src/core/structure';
import { refreshSummary } from '../../src/core/summary-sheets';
import { editOps } from '../../src/excel/edit-ops';
import { DEFAULT_LIMITS, planBatches, rowBands, type Op } from '../../src/excel/ops';
import { estimatePayload, utf8Length } from '../../src/excel/payload';
import { styleBlocks } from '../../src/excel/write-sheet';
import { cloneState, createExcelDouble } from '../excel-double';
import { AS_OF, fixture, PLAN_SHEET } from './scale';

/** Runs `ops` in planned batches on a fresh copy of the 500-action plan: estimate and truth per batch. */
async function measured(edits: Edit[]) {
  const f = fixture(500);
  const double = createExcelDouble(cloneState(f.state), { keepMessages: false });
  const env = { supports: () => true, sheetExists: (name: string) => name === PLAN_SHEET };
  const ops: Op[] = edits.flatMap((e) => editOps(e, env, DEFAULT_LIMITS, () => undefined));
  const batches = planBatches(ops);
  await double.run(async (context) => {
    await batches.reduce(
      (previous, batch) =>
        previous.then(async () => {
          for (const o of batch) o.queue(context);
          await context.sync();
        }),
      Promise.resolve(),
    );
  });
  const syncs = double.requests.filter((r) => r.kind === 'sync');
  expect(syncs).toHaveLength(batches.length);
  expect(double.unsupported).toEqual([]);
  return batches.map((batch, i) => ({
    request: [batch.reduce((n, o) => n + o.payload.request, 0), syncs[i].requestBytes],
    response: [batch.reduce((n, o) => n + o.payload.response, 0), syncs[i].responseBytes],
  }));
}

describe('payload estimate against the client library', () => {
  const plan = () => {
    const f = fixture(500);
    return checkWorkbook(f.expected, { asOf: AS_OF }).sheets.find((s) => s.plan.sheet === PLAN_SHEET)!.plan;
  };

  test('Structure edits: every batch estimated at or above what is sent, and within 1.6 times it', async () => {
    const f = fixture(500);
    const edits = enforceStructure(plan(), f.expected.sheets[0], AS_OF).filter(
      (e) => e.kind !== 'clearConditionalFormats',
    );
    for (const { request, response } of await measured(edits)) {
      expect(request[0]).toBeGreaterThanOrEqual(request[1]);
      expect(request[0]).toBeLessThan(request[1] * 1.6);
      expect(response[0]).toBeGreaterThanOrEqual(response[1]);
    }
  });

  test('the RAG Summary, History and state sheets and their charts: likewise', async () => {
    const f = fixture(500);
    const edits = refreshSummary(f.expected, AS_OF, '1 December 2013 09:00').edits;
    const batches = await measured(edits);
    for (const { request, response } of batches) {
      expect(request[0]).toBeGreaterThanOrEqual(request[1]);
      expect(request[0]).toBeLessThan(request[1] * 1.6);
      if (response[1] > 10_000) expect(response[0]).toBeGreaterThanOrEqual(response[1]);
    }
  });

  test('UTF-8 lengths count what goes over the wire', () => {
    expect(utf8Length('Red')).toBe(3);
    expect(utf8Length('↑ better')).toBe(10);
    expect(utf8Length('£5')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    const { request } = estimatePayload((context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1').values = [['x'.repeat(1000)]];
    });
    expect(request).toBeGreaterThan(1000);
  });
});

describe('batches and bands', () => {
  const op = (request: number, cells = 0): Op => ({
    cells,
    payload: { request, response: 0 },
    queue: () => undefined,
  });

  test('a batch closes before the byte budget or the cell limit; order is kept', () => {
    const ops = [op(1_500_000), op(1_500_000), op(1_500_000), op(10, 150_000), op(10, 100_000)];
    const batches = planBatches(ops, { bytes: 3_500_000, cells: 200_000 });
    expect(batches.map((b) => b.map((o) => ops.indexOf(o)))).toEqual([[0, 1], [2, 3], [4]]);
  });

  test('row bands keep every row once, in order, each band within the limits (or a single row)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 40 }), { minLength: 3, maxLength: 3 }), { maxLength: 200 }),
        fc.integer({ min: 50, max: 2_000 }),
        (rows, bytes) => {
          const bands = rowBands(rows, 3, { bytes, cells: 90 });
          expect(bands.flatMap((b) => b.rows)).toEqual(rows);
          bands.forEach((b, i) => {
            expect(b.start).toBe(i === 0 ? 0 : bands[i - 1].start + bands[i - 1].rows.length);
            if (b.rows.length > 1) {
              expect(b.rows.length * 3).toBeLessThanOrEqual(90);
              expect(JSON.stringify(b.rows).length).toBeLessThanOrEqual(bytes + b.rows.length * 2);
            }
          });
        },
      ),
    );
  });

  test('style blocks cover exactly the styled cells, one block per run of rows styled alike', () => {
    const border = { border: true };
    const red = { fill: '#FF0000', border: true };
    const cell = (style?: SpecCell['style']): SpecCell => ({ value: 'x', style });
    const rows = [
      [cell({ bold: true }), cell({ bold: true })],
      [cell(border), cell(border), cell(red)],
      [cell(border), cell(border), cell(red)],
      [cell(border), cell(border), cell(border)],
      [cell(), cell({ numberFormat: '0%' })],
    ];
    expect(styleBlocks(rows).map((b) => [b.top, b.left, b.height, b.width, JSON.stringify(b.style)])).toEqual(
      [
        [0, 0, 1, 2, '{"bold":true}'],
        [1, 0, 2, 2, JSON.stringify(border)],
        [1, 2, 2, 1, JSON.stringify(red)],
        [3, 0, 1, 3, JSON.stringify(border)],
      ],
    );
  });
});
