/**
 * onChanged / onSelectionChanged. Office.js registers event handlers through the Office host's own
 * message channel, which the strict double does not have, so these use a small hand-made stand-in for
 * the parts involved (Excel.run, the event sources, handler.remove) and count its syncs.
 */
import { HostError } from '../../src/core/host';
import { createExcelHost } from '../../src/excel/excel-host';
import { upTo } from './helpers';

interface FakeHandler {
  callback: () => Promise<void>;
  removed: boolean;
}

function fakeExcel() {
  const handlers: Record<'changed' | 'selection', FakeHandler[]> = { changed: [], selection: [] };
  let syncs = 0;
  const source = (kind: 'changed' | 'selection', context: unknown) => ({
    add(callback: () => Promise<void>) {
      const handler: FakeHandler = { callback, removed: false };
      handlers[kind].push(handler);
      return {
        context,
        remove: () => {
          handler.removed = true;
        },
      };
    },
  });
  const newContext = () => {
    const context: Record<string, unknown> = {
      sync: async () => {
        syncs++;
      },
    };
    context.workbook = {
      worksheets: { onChanged: source('changed', context) },
      onSelectionChanged: source('selection', context),
    };
    return context;
  };
  const run = (a: unknown, b?: unknown) => {
    const batch = (typeof a === 'function' ? a : b) as (context: unknown) => Promise<unknown>;
    const given = typeof a === 'object' && a !== null && 'sync' in a ? a : newContext();
    return batch(given);
  };
  return { Excel: { run } as unknown as typeof Excel, handlers, syncs: () => syncs };
}

describe('change and selection events', () => {
  test('onChanged registers one handler in one sync; the unsubscribe removes it in one more', async () => {
    const fake = fakeExcel();
    const host = createExcelHost({ Excel: fake.Excel, isSetSupported: upTo('1.17') });
    const calls: string[] = [];
    const off = await host.onChanged(() => calls.push('changed'));
    expect(fake.syncs()).toBe(1);
    await fake.handlers.changed[0].callback();
    expect(calls).toEqual(['changed']);
    await off();
    expect(fake.handlers.changed[0].removed).toBe(true);
    expect(fake.syncs()).toBe(2);
  });

  test('onSelectionChanged uses the workbook selection event (ExcelApi 1.2)', async () => {
    const fake = fakeExcel();
    const host = createExcelHost({ Excel: fake.Excel, isSetSupported: upTo('1.7') });
    let count = 0;
    const off = await host.onSelectionChanged(() => count++);
    await fake.handlers.selection[0].callback();
    expect(count).toBe(1);
    await off();
    expect(fake.handlers.selection[0].removed).toBe(true);
    expect(fake.syncs()).toBe(2);
  });

  test('before ExcelApi 1.9 onChanged is refused as unsupported, with nothing sent', async () => {
    const fake = fakeExcel();
    const host = createExcelHost({ Excel: fake.Excel, isSetSupported: upTo('1.8') });
    const error = (await host.onChanged(() => undefined).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe('unsupported');
    expect(fake.syncs()).toBe(0);
  });
});
