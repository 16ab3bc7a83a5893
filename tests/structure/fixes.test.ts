/** One-click fixes on the example workbooks, and on generated RAG columns: a fix that says it clears its finding does. */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { fixEdits, fixesFor } from '../../src/core/fixes';
import { RAG_COLOURS } from '../../src/core/rag-colours';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { sheetFrom, type CellInput } from '../support/sheet';
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
      ['invalid-rag', 'G15', 'Add the RAG dropdown to G15; you still choose the rating', []],
      ['missing-rag', 'G16', 'Add the RAG dropdown to G16; you still choose the rating', []],
    ]);
    expect(other.every((f) => !f.clears)).toBe(true);
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

  it('fixEdits: one batch; once applied, the fixed findings are gone and nothing else changes', () => {
    const before = checkWorkbook(worcs, { asOf: '2010-10-01' }).sheets[0].findings;
    const fixes = fixesOf(worcs, 'Improvement plan', '2010-10-01').filter(
      (f) => f.edits[0].kind === 'setValues',
    );
    const edits = fixEdits(fixes);
    expect(edits).toHaveLength(fixes.length);
    const after = checkWorkbook(applyByHand(worcs, edits), { asOf: '2010-10-01' }).sheets[0].findings;
    const fixed = new Set(fixes.map((f) => `${f.rule}@${f.cell}`));
    expect(after.map((f) => `${f.rule}@${f.cell}`)).toEqual(
      before.map((f) => `${f.rule}@${f.cell}`).filter((k) => !fixed.has(k)),
    );
  });
});

/** A RAG cell as officers leave them: typed any way, shown only by a fill, nonsense, or empty. */
const ragCell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom('Red', 'Amber', 'Green', 'Blue', 'g', 'AMBER', 'red ', 'r', 'b', 'Complete', 'completed.'),
  fc.constantFrom('Purple', 'Red/Amber', 'Full RAG system in place from Sept 2013', 'TBC'),
  fc
    .constantFrom('red', 'amber', 'green', 'blue' as const)
    .map((r): Partial<CellSnapshot> => ({ value: null, text: '', fill: RAG_COLOURS[r].fill })),
  fc.constant(null),
);

describe('a fix that says it clears its finding clears it', () => {
  it('on generated Action RAG and Impact RAG columns, one fix at a time and all together', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ragCell, ragCell), { minLength: 1, maxLength: 12 }), (ratings) => {
        const rows: CellInput[][] = [
          ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'],
          ['1', 'Objective: Improve'],
          ...ratings.map(([a, i], n) => [`1.${n + 1}`, `Action ${n + 1}`, 'Jo', '31/10/2030', a, i]),
        ];
        const workbook: WorkbookSnapshot = { sheets: [sheetFrom('Plan', rows)] };
        const findings = () => checkWorkbook(workbook, { asOf: '2025-01-01' }).sheets[0];
        const check = findings();
        const fixes = fixesFor(check, workbook.sheets[0]);
        const keyOf = (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`;
        for (const fix of fixes) {
          const after = checkWorkbook(applyByHand(workbook, fix.edits), { asOf: '2025-01-01' }).sheets[0];
          const still = after.findings.some((f) => keyOf(f) === keyOf(fix));
          // A fix that changes no value (the dropdown) leaves its finding, and says so.
          expect({ fix: fix.label, still }).toEqual({ fix: fix.label, still: !fix.clears });
        }
        const cleared = new Set(fixes.filter((f) => f.clears).map(keyOf));
        const afterAll = checkWorkbook(applyByHand(workbook, fixEdits(fixes)), { asOf: '2025-01-01' });
        expect(afterAll.sheets[0].findings.map(keyOf)).toEqual(
          check.findings.map(keyOf).filter((k) => !cleared.has(k)),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('a colour-only rating in a column kept in status words', () => {
  it('is typed as the status word, so the column keeps one vocabulary', () => {
    const workbook: WorkbookSnapshot = {
      sheets: [
        sheetFrom('Plan', [
          ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
          ['1', 'Objective: Improve'],
          ['1.1', 'First', 'Jo', '31/10/2030', 'Complete'],
          ['1.2', 'Second', 'Jo', '31/10/2030', { value: null, text: '', fill: RAG_COLOURS.red.fill }],
          ['1.3', 'Third', 'Jo', '31/10/2030', { value: null, text: '', fill: RAG_COLOURS.green.fill }],
        ]),
      ],
    };
    const check = checkWorkbook(workbook, { asOf: '2025-01-01' }).sheets[0];
    const fixes = fixesFor(check, workbook.sheets[0]);
    expect(fixes.map((f) => f.label)).toEqual(['Type Off track in E4', 'Type On track in E5']);
    const after = checkWorkbook(applyByHand(workbook, fixEdits(fixes)), { asOf: '2025-01-01' }).sheets[0];
    expect(after.findings).toEqual([]);
    expect(after.plan.actions.map((a) => a.actionRag.rating)).toEqual(['blue', 'red', 'green']);
  });
});
