/**
 * The Structure commands end to end through the Office.js adapter on the strict Excel double:
 * read once, apply once, and no user value changes — only the formats, validation and freeze the
 * tracker manages.
 */
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { enforceStructure } from '../../src/core/structure';
import { createExcelHost } from '../../src/excel/excel-host';
import { createExcelDouble } from '../excel-double';
import { findSheet, stateFromXlsx } from '../excel-double/workbook-state';

const WALSALL = join(__dirname, '..', '..', 'examples', 'walsall-sip-phase2.xlsx');

function values(state: Awaited<ReturnType<typeof stateFromXlsx>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of state.sheets)
    for (const [addr, cell] of Object.entries(sheet.cells)) out[`${sheet.name}!${addr}`] = cell.value ?? null;
  return out;
}

describe('Structure in Excel', () => {
  it('Walsall: dropdowns, colours, overdue marks and frozen header: a three-sync read, then one load and one write', async () => {
    const double = createExcelDouble(await stateFromXlsx(WALSALL));
    const host = createExcelHost({ Excel: double.Excel, isSetSupported: () => true });
    const before = values(double.state);

    const snapshot = await host.readWorkbook();
    // The used ranges, the first 60 rows of each sheet, then the rest.
    expect(double.syncCount()).toBe(3);
    const check = checkWorkbook(snapshot, { asOf: '2013-09-30' });
    const sheet = snapshot.sheets.find((s) => s.name === 'SIP Phase 2')!;
    await host.apply(enforceStructure(check.sheets[0].plan, sheet, '2013-09-30', { addColumns: false }));
    // A fresh load of the sheet's conditional formats (the tracker's old colours are removed by
    // priority, which only a load in the same Excel.run can be sure of), then one write.
    expect(double.syncCount()).toBe(5);
    expect(double.unsupported).toEqual([]);

    expect(values(double.state)).toEqual(before);
    const plan = findSheet(double.state, 'SIP Phase 2');
    expect(plan.frozenRows).toBe(6);
    // Dropdowns cover the RAG cells of action rows only: never the header (row 6) or objective rows (7).
    const validated = plan.dataValidations.map((v) => v.address).join(',');
    expect(validated).toContain('F8');
    expect(validated).not.toMatch(/\b[FG]6\b|\b[FG]7\b/);
    expect(
      plan.conditionalFormats.filter((c) => String(c.rule.formula).includes('PlanTracker:rag-colours'))
        .length,
    ).toBeGreaterThan(0);
    expect(
      plan.conditionalFormats
        .filter((c) => String(c.rule.formula).includes('PlanTracker:overdue'))
        .map((c) => c.address),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/C38/)]));
  });
});
