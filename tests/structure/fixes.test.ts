/** One-click fixes on the example workbooks. */
import { checkWorkbook } from '../../src/core/check';
import { applyFixes, fixesFor } from '../../src/core/fixes';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { applyByHand, example, sheetOf } from './helpers';

let wirral: WorkbookSnapshot;
let worcs: WorkbookSnapshot;

beforeAll(async () => {
  [wirral, worcs] = await Promise.all([
    example('wirral-action-plan-2010.xlsx'),
    example('worcestershire-priority-plan.xlsx'),
  ]);
});

function fixesOf(workbook: WorkbookSnapshot, sheetName: string, asOf: string) {
  const check = checkWorkbook(workbook, { asOf });
  const sheetCheck = check.sheets.find((s) => s.plan.sheet === sheetName)!;
  return fixesFor(sheetCheck, sheetOf(workbook, sheetName));
}

describe('fixesFor', () => {
  it('Wirral: the non-standard RAG words become the standard ones, in the right cells', () => {
    const fixes = fixesOf(wirral, 'Action plan', '2010-10-01');
    const typed = fixes.filter((f) => f.rule === 'rag-not-standard');
    expect(typed.map((f) => [f.cell, f.ref, f.preview])).toEqual([
      ['G7', '1.2', [{ cell: 'G7', from: 'g', to: 'Green' }]],
      ['G8', '1.3', [{ cell: 'G8', from: 'AMBER', to: 'Amber' }]],
      ['G10', '2.1', [{ cell: 'G10', from: 'red', to: 'Red' }]],
      ['G13', '3.1', [{ cell: 'G13', from: 'Complete', to: 'Blue' }]],
    ]);
    expect(typed[0]).toMatchObject({
      id: 'rag-not-standard:Action plan!G7',
      label: 'Change "g" to Green in G7',
      edits: [{ kind: 'setValues', sheet: 'Action plan', address: 'G7', values: [['Green']] }],
    });
  });

  it('Wirral: "Purple" and the blank rating get the dropdown, never a guessed value', () => {
    const fixes = fixesOf(wirral, 'Action plan', '2010-10-01');
    const other = fixes.filter((f) => f.rule !== 'rag-not-standard');
    expect(other.map((f) => [f.rule, f.cell, f.label, f.preview])).toEqual([
      ['invalid-rag', 'G15', 'Add the RAG dropdown to G15', []],
      ['missing-rag', 'G16', 'Add the RAG dropdown to G16', []],
    ]);
    expect(other[0].edits).toEqual([
      expect.objectContaining({ kind: 'dataValidationList', address: 'G15', errorStyle: 'warning' }),
    ]);
  });

  it('Worcestershire: each colour-only cell gets the rating its colour shows typed in', () => {
    const fixes = fixesOf(worcs, 'Improvement plan', '2010-10-01').filter(
      (f) => f.rule === 'rag-by-colour-only',
    );
    expect(fixes.map((f) => `${f.cell}=${f.preview[0].to}`)).toEqual([
      'E6=Red',
      'F6=Red',
      'E7=Amber',
      'F8=Amber',
      'E10=Green',
      'F11=Green',
      'F12=Amber',
      'E15=Green',
      'F15=Green',
      'E19=Amber',
      'F19=Red',
      'F22=Amber',
      'E23=Green',
      'F26=Red',
      'E29=Blue',
      'F32=Amber',
    ]);
    expect(fixes.every((f) => f.preview[0].from === '')).toBe(true);
    expect(fixes[0].label).toBe('Type Red in E6');
  });

  it('applyFixes: one batch; once applied, the fixed findings are gone and nothing else changes', () => {
    const before = checkWorkbook(worcs, { asOf: '2010-10-01' }).sheets[0].findings;
    const fixes = fixesOf(worcs, 'Improvement plan', '2010-10-01').filter(
      (f) => f.edits[0].kind === 'setValues',
    );
    const edits = applyFixes(fixes);
    expect(edits).toHaveLength(fixes.length);
    const after = checkWorkbook(applyByHand(worcs, edits), { asOf: '2010-10-01' }).sheets[0].findings;
    const fixed = new Set(fixes.map((f) => `${f.rule}@${f.cell}`));
    expect(after.map((f) => `${f.rule}@${f.cell}`)).toEqual(
      before.map((f) => `${f.rule}@${f.cell}`).filter((k) => !fixed.has(k)),
    );
  });
});
