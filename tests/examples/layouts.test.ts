/**
 * The two layouts designed from seeds 002 (Wirral, flat, header on row 5) and 004 (Worcestershire,
 * blank ref header, RAG by fill colour, planted defects). Expected values come from examples/README.md,
 * which lists what the build script plants in each cell.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookCheck } from '../../src/core/check';
import { buildExamples } from '../../scripts/build-examples';
import { checkFile } from '../support/check-file';

let wirral: WorkbookCheck;
let worcs: WorkbookCheck;

beforeAll(async () => {
  const files = await buildExamples(await mkdtemp(join(tmpdir(), 'plan-layouts-')));
  const pick = (name: string) => files.find((f) => f.endsWith(name))!;
  wirral = await checkFile(pick('wirral-action-plan-2010.xlsx'), '2010-10-01');
  worcs = await checkFile(pick('worcestershire-priority-plan.xlsx'), '2010-10-01');
}, 60_000);

const rulesAt = (check: WorkbookCheck) => check.sheets[0].findings.map((f) => `${f.rule}@${f.cell}`);

describe('Wirral flat layout (header on row 5, separate Lead / Target date / RAG status columns)', () => {
  it('maps the columns and skips the contacts sheet', () => {
    const plan = wirral.sheets[0].plan;
    expect(plan.headerRow).toBe(5);
    expect(plan.columns.map((c) => `${c.role}:${c.letter}`)).toEqual([
      'ref:A',
      'objective:B',
      'action:C',
      'lead:D',
      'deadline:E',
      'progress:F',
      'actionRag:G',
      'ofstedRef:H',
    ]);
    expect(wirral.skipped.map((s) => s.sheet)).toEqual(['Contacts']);
  });

  it('reads 4 objectives from the repeated objective column and 14 actions, not the RAG key', () => {
    const plan = wirral.sheets[0].plan;
    expect(plan.objectives.map((o) => [o.ref, o.actions.length])).toEqual([
      ['1', 4],
      ['2', 3],
      ['3', 4],
      ['4', 3],
    ]);
    expect(plan.actions).toHaveLength(14);
    expect(plan.rows.filter((r) => r.kind === 'legend').map((r) => r.row)).toEqual([21, 22, 23, 24, 25]);
  });

  it('reads the messy deadlines and ratings the UK way', () => {
    const byRef = Object.fromEntries(wirral.sheets[0].plan.actions.map((a) => [a.ref, a]));
    expect(byRef['1.1'].deadline).toMatchObject({ kind: 'date', due: '2010-09-30' });
    expect(byRef['1.2'].deadline).toMatchObject({ kind: 'month', due: '2010-09-30', text: 'End Sept 2010' });
    expect(byRef['1.3'].deadline).toMatchObject({ kind: 'date', due: '2010-10-31' });
    expect(byRef['2.1'].deadline).toMatchObject({ kind: 'quarter', due: '2010-12-31' });
    expect(byRef['2.3'].deadline.kind).toBe('none');
    expect(byRef['3.3'].deadline).toMatchObject({ kind: 'invalid', due: null });
    expect(['1.2', '1.3', '2.1', '3.1', '3.3', '3.4', '4.1'].map((r) => byRef[r].actionRag.rating)).toEqual([
      'green',
      'amber',
      'red',
      'blue',
      'invalid',
      'unrated',
      'blue',
    ]);
    expect(byRef['1.2'].leads).toEqual(['Anne Lee']);
    expect(byRef['1.3'].leads).toEqual(['Mark Ellis', 'Priya Shah']);
  });

  it('reports exactly these findings', () => {
    expect(rulesAt(wirral)).toEqual([
      'overdue@E6',
      'overdue@E7',
      // "g", "AMBER", "red" and "Complete" are read as ratings but noted as not typed the standard way.
      'rag-not-standard@G7',
      'rag-not-standard@G8',
      'rag-not-standard@G10',
      'no-deadline-date@E12',
      'rag-not-standard@G13',
      'no-deadline-date@E14',
      'unparsed-deadline@E15',
      'invalid-rag@G15',
      'missing-deadline@E16',
      'missing-rag@G16',
    ]);
  });
});

describe('Worcestershire layout (blank ref header, RAG by fill, planted defects)', () => {
  it('infers the blank-headed ref column and reads 9 objectives and 23 actions', () => {
    const plan = worcs.sheets[0].plan;
    expect(plan.headerRow).toBe(3);
    expect(plan.columns.find((c) => c.role === 'ref')).toMatchObject({ letter: 'A', header: '', cell: 'A3' });
    expect(plan.objectives).toHaveLength(9);
    expect(plan.actions).toHaveLength(23);
    expect(worcs.skipped.map((s) => s.sheet)).toEqual(['Chart data']);
  });

  it('rates the fill-only cells from their colour', () => {
    const byRow = Object.fromEntries(worcs.sheets[0].plan.actions.map((a) => [a.row, a]));
    expect(byRow[6].actionRag).toEqual({ rating: 'red', text: '', byColour: true });
    expect(byRow[7].actionRag).toEqual({ rating: 'amber', text: '', byColour: true });
    expect(byRow[10].actionRag).toEqual({ rating: 'green', text: '', byColour: true });
    expect(byRow[29].actionRag).toEqual({ rating: 'blue', text: '', byColour: true });
    expect(byRow[28].actionRag.rating).toBe('unrated');
  });

  it('finds every planted defect, and the 16 fill-only RAG cells', () => {
    const found = rulesAt(worcs);
    for (const planted of [
      'orphan-action@A4',
      'ref-out-of-sequence@A8',
      'ref-out-of-sequence@A12',
      'ref-out-of-sequence@A13',
      'duplicate-ref@A17',
      'formula-error@D20',
      'missing-lead@C22',
      'missing-deadline@D26',
      'missing-rag@E28',
    ]) {
      expect(found).toContain(planted);
    }
    expect(found.filter((f) => f.startsWith('rag-by-colour-only@')).map((f) => f.split('@')[1])).toEqual([
      'E6',
      'F6',
      'E7',
      'F8',
      'E10',
      'F11',
      'F12',
      'E15',
      'F15',
      'E19',
      'F19',
      'F22',
      'E23',
      'F26',
      'E29',
      'F32',
    ]);
    // The #REF! deadline is reported once, as a formula error, not also as a missing deadline.
    expect(found).not.toContain('missing-deadline@D20');
    // "G" (2.2, row 11) and "amber" (row 17) are ratings typed a non-standard way: noted, not errors.
    expect(found.filter((f) => f.startsWith('rag-not-standard@'))).toEqual([
      'rag-not-standard@E11',
      'rag-not-standard@E17',
    ]);
    expect(found).toHaveLength(35);
  });
});
