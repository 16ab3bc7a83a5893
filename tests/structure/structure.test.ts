/**
 * Structure commands on the example workbooks. Expected ranges are worked out by hand from the row
 * lists in examples/README.md, not from the functions under test.
 */
import type { Edit } from '../../src/core/edits';
import type { PlanSheet } from '../../src/core/plan-reader';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import {
  missingColumnEdits,
  deadlineValidation,
  enforceStructure,
  freezeHeaderEdits,
  overdueMarks,
  ragColours,
  ragDropdowns,
} from '../../src/core/structure';
import { cellsOf, example, planOf, rowsOf, sheetOf } from './helpers';

let walsall: WorkbookSnapshot;
let wirral: WorkbookSnapshot;
let worcs: WorkbookSnapshot;

beforeAll(async () => {
  [walsall, wirral, worcs] = await Promise.all([
    example('walsall-sip-phase2.xlsx'),
    example('wirral-action-plan-2010.xlsx'),
    example('worcestershire-priority-plan.xlsx'),
  ]);
});

const walsallSheet = () => sheetOf(walsall, 'SIP Phase 2');
const wirralSheet = () => sheetOf(wirral, 'Action plan');
const worcsSheet = () => sheetOf(worcs, 'Improvement plan');

/** From examples/README.md: the 27 Walsall action rows. */
const WALSALL_ACTION_ROWS = [
  8, 9, 10, 14, 17, 20, 24, 27, 28, 34, 35, 38, 40, 43, 44, 48, 51, 52, 58, 61, 62, 66, 67, 68, 72, 73, 74,
];
/** Rows 4–35 minus the objective rows 5, 9, 14, 18, 21, 24, 27, 30, 33. */
const WORCS_ACTION_ROWS = [
  4, 6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35,
];
const WIRRAL_ACTION_ROWS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];

const addresses = (edits: Edit[]) => edits.map((e) => ('address' in e ? e.address : `(${e.kind})`));

describe('RAG dropdowns', () => {
  it('Walsall: F and G of exactly the 27 action rows, grouped into blocks of consecutive rows', () => {
    const edits = ragDropdowns(planOf(walsallSheet()));
    expect(addresses(edits)).toEqual([
      'F8:G10',
      'F14:G14',
      'F17:G17',
      'F20:G20',
      'F24:G24',
      'F27:G28',
      'F34:G35',
      'F38:G38',
      'F40:G40',
      'F43:G44',
      'F48:G48',
      'F51:G52',
      'F58:G58',
      'F61:G62',
      'F66:G68',
      'F72:G74',
    ]);
    const rows = edits.flatMap((e) => rowsOf((e as { address: string }).address));
    expect(rows).toEqual(WALSALL_ACTION_ROWS);
  });

  it('Worcestershire: E and F of the action rows (the orphan 0.1 included), never the objective rows', () => {
    expect(addresses(ragDropdowns(planOf(worcsSheet())))).toEqual([
      'E4:F4',
      'E6:F8',
      'E10:F13',
      'E15:F17',
      'E19:F20',
      'E22:F23',
      'E25:F26',
      'E28:F29',
      'E31:F32',
      'E34:F35',
    ]);
  });

  it('Wirral: the one RAG status column, not the RAG key under the table', () => {
    const edits = ragDropdowns(planOf(wirralSheet()));
    expect(edits).toEqual([
      {
        kind: 'dataValidationList',
        sheet: 'Action plan',
        address: 'G6:G19',
        source: ['Red', 'Amber', 'Green', 'Blue'],
        prompt: {
          title: 'RAG rating',
          message: 'RAG rating: Red – off track, Amber – some slippage, Green – on track, Blue – complete',
        },
        errorStyle: 'warning',
      },
    ]);
  });
});

describe('deadline date rule', () => {
  it('is a warning on the deadline cells of action rows', () => {
    const wirralEdits = deadlineValidation(planOf(wirralSheet()));
    expect(addresses(wirralEdits)).toEqual(['E6:E19']);
    expect(wirralEdits[0]).toMatchObject({ kind: 'dataValidationDate', errorStyle: 'warning' });
    const prompt = (wirralEdits[0] as { prompt: { message: string } }).prompt.message;
    expect(prompt).toMatch(/day first/);
    expect(prompt).toMatch(/Ongoing/);
    expect(addresses(deadlineValidation(planOf(worcsSheet())))).toEqual([
      'D4',
      'D6:D8',
      'D10:D13',
      'D15:D17',
      'D19:D20',
      'D22:D23',
      'D25:D26',
      'D28:D29',
      'D31:D32',
      'D34:D35',
    ]);
  });

  it('is not added to a combined Lead & delivery deadline cell (Walsall)', () => {
    expect(deadlineValidation(planOf(walsallSheet()))).toEqual([]);
  });
});

describe('RAG colours', () => {
  it('clears the tracker’s own colours, then one rule per rating per range', () => {
    const edits = ragColours(planOf(wirralSheet()));
    expect(edits[0]).toEqual({ kind: 'clearConditionalFormats', sheet: 'Action plan', tag: 'rag-colours' });
    expect(edits.slice(1)).toEqual(
      [
        ['Red', '#FF0000', '#000000'],
        ['Amber', '#FFC000', '#000000'],
        ['Green', '#00B050', '#000000'],
        ['Blue', '#00B0F0', '#000000'],
      ].map(([text, fill, fontColour]) => ({
        kind: 'conditionalFormat',
        sheet: 'Action plan',
        address: 'G6:G19',
        tag: 'rag-colours',
        rule: { type: 'textEquals', text },
        fill,
        fontColour,
      })),
    );
    expect(ragColours(planOf(walsallSheet()))).toHaveLength(1 + 16 * 4);
  });
});

describe('overdue marks', () => {
  it('marks the cells the check reports as overdue: Wirral E6:E7 on 1 October 2010', () => {
    const edits = overdueMarks(planOf(wirralSheet()), '2010-10-01');
    expect(edits).toEqual([
      { kind: 'clearConditionalFormats', sheet: 'Action plan', tag: 'overdue' },
      {
        kind: 'conditionalFormat',
        sheet: 'Action plan',
        address: 'E6:E7',
        tag: 'overdue',
        rule: { type: 'formula', formula: '=TRUE' },
        fill: '#FFC7CE',
        fontColour: '#9C0006',
      },
    ]);
  });

  it('marks the combined lead-and-deadline cells in Walsall (C38 and C73 on 30 September 2013)', () => {
    expect(addresses(overdueMarks(planOf(walsallSheet()), '2013-09-30'))).toEqual([
      '(clearConditionalFormats)',
      'C38',
      'C73',
    ]);
  });

  it('only clears when nothing is overdue', () => {
    expect(overdueMarks(planOf(wirralSheet()), '2010-01-01')).toEqual([
      { kind: 'clearConditionalFormats', sheet: 'Action plan', tag: 'overdue' },
    ]);
  });
});

describe('freeze and enforce', () => {
  it('freezes down to the header row', () => {
    expect(freezeHeaderEdits(planOf(walsallSheet()))).toEqual([
      { kind: 'freezeRows', sheet: 'SIP Phase 2', rows: 6 },
    ]);
    expect(freezeHeaderEdits(planOf(worcsSheet()))).toEqual([
      { kind: 'freezeRows', sheet: 'Improvement plan', rows: 3 },
    ]);
  });

  const cases: [string, () => SheetSnapshot, number[], string][] = [
    ['Walsall', walsallSheet, WALSALL_ACTION_ROWS, '2013-09-30'],
    ['Worcestershire', worcsSheet, WORCS_ACTION_ROWS, '2010-10-01'],
    ['Wirral', wirralSheet, WIRRAL_ACTION_ROWS, '2010-10-01'],
  ];
  it.each(cases)(
    '%s: no edit reaches a row that is not an action row, except the freeze',
    (_n, get, rows, asOf) => {
      const sheet = get();
      const plan: PlanSheet = planOf(sheet);
      // Missing columns (a header-row edit) are covered below.
      const edits = enforceStructure(plan, sheet, asOf, { addColumns: false });
      expect(edits.filter((e) => e.kind === 'freezeRows')).toHaveLength(1);
      expect(edits.filter((e) => e.kind === 'setValues' || e.kind === 'insertRows')).toEqual([]);
      for (const e of edits) {
        if (!('address' in e)) continue;
        for (const r of rowsOf(e.address)) expect(rows).toContain(r);
      }
      const kinds = [...new Set(edits.map((e) => e.kind))];
      expect(kinds[kinds.length - 1]).toBe('freezeRows');
    },
  );

  it('Wirral: adds the missing Impact RAG header in I5, then gives I6:I19 the dropdown too', () => {
    const sheet = wirralSheet();
    const edits = enforceStructure(planOf(sheet), sheet, '2010-10-01');
    expect(edits[0]).toEqual({
      kind: 'setValues',
      sheet: 'Action plan',
      address: 'I5',
      values: [['Impact RAG']],
    });
    expect(addresses(edits.filter((e) => e.kind === 'dataValidationList'))).toEqual(['G6:G19', 'I6:I19']);
  });
});

/** Wirral with its RAG status column emptied (G5:G19), and a note typed in I12. */
function wirralWithoutRag(): SheetSnapshot {
  const sheet = wirralSheet();
  const rows = sheet.rows.map((r) => (r ? [...r] : r));
  for (let r = 4; r < 19; r++) if (rows[r]) rows[r][6] = undefined;
  rows[11] = [...(rows[11] ?? [])];
  rows[11][8] = { value: 'Note: see board minutes', text: 'Note: see board minutes' };
  return { ...sheet, rows };
}

describe('missingColumnEdits', () => {
  it('writes the missing headers only into empty cells right of the used range, skipping a used column', () => {
    const sheet = wirralWithoutRag();
    const plan = planOf(sheet);
    expect(plan.columns.map((c) => c.role)).not.toContain('actionRag');
    const edits = missingColumnEdits(plan, sheet);
    // H is the last used header; I has a note in row 12, so the headers go in J and K.
    expect(edits).toEqual([
      { kind: 'setValues', sheet: 'Action plan', address: 'J5:K5', values: [['Action RAG', 'Impact RAG']] },
    ]);
    for (const e of edits) {
      for (const cell of cellsOf((e as { address: string }).address)) {
        const col = cell.charCodeAt(0) - 65;
        for (let r = 4; r < sheet.rows.length; r++) expect(sheet.rows[r]?.[col]).toBeUndefined();
      }
    }
  });

  it('adds nothing when every column is there (the ref column may be inferred from a blank header)', () => {
    expect(missingColumnEdits(planOf(walsallSheet()), walsallSheet())).toEqual([]);
    expect(missingColumnEdits(planOf(worcsSheet()), worcsSheet())).toEqual([]);
  });

  it('enforceStructure reads the new columns back and covers them in the same batch', () => {
    const sheet = wirralWithoutRag();
    const edits = enforceStructure(planOf(sheet), sheet, '2010-10-01');
    expect(edits[0]).toMatchObject({ kind: 'setValues', address: 'J5:K5' });
    expect(addresses(edits.filter((e) => e.kind === 'dataValidationList'))).toEqual(['J6:K19']);
  });
});
