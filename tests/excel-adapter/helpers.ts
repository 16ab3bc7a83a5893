/** Shared set-up for the Office.js adapter tests: a host wired to the strict Excel double. */
import { createExcelHost, type ExcelHost } from '../../src/excel/excel-host';
import { createExcelDouble, type ExcelDouble, type WorkbookState } from '../excel-double';

/** isSetSupported for an Excel that has every ExcelApi version up to `max` (e.g. '1.8'). */
export function upTo(max: string): (name: string, version: string) => boolean {
  const [maxMajor, maxMinor] = max.split('.').map(Number);
  return (name, version) => {
    const [major, minor] = version.split('.').map(Number);
    return name === 'ExcelApi' && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
  };
}

export interface Rig {
  double: ExcelDouble;
  host: ExcelHost;
}

export function rig(state: WorkbookState, options: { maxApi?: string; chunkCells?: number } = {}): Rig {
  const double = createExcelDouble(state);
  const host = createExcelHost({
    Excel: double.Excel,
    isSetSupported: upTo(options.maxApi ?? '1.17'),
    chunkCells: options.chunkCells,
  });
  return { double, host };
}

/** Runs `fn` and returns what it threw (fails the test when nothing was thrown). */
export async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
