/** A column mapping the user corrected, saved in the state sheet and used by the check. */
import { checkWorkbook } from '../../src/core/check';
import { STATE_SHEET } from '../../src/core/edits';
import { detectHeader } from '../../src/core/header';
import { mappingOverrideEdits, readMappingOverrides } from '../../src/core/mapping-override';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { sheetFrom } from '../support/sheet';
import { applyByHand, example, sheetOf } from './helpers';

/** A plan whose rating column is headed "Rating 2013", which the tracker does not recognise. */
function plan(): SheetSnapshot {
  return sheetFrom('Plan', [
    ['Ref', 'Action', 'Lead', 'Deadline', 'Progress', 'Rating 2013'],
    ['1', 'Objective: Improve'],
    ['1.1', 'First', 'Jo', 'Dec 2013', 'Started', 'Green'],
    ['1.2', 'Second', 'Jo', 'Dec 2013', 'Started', 'Purple'],
  ]);
}

const rulesAt = (workbook: WorkbookSnapshot) =>
  checkWorkbook(workbook, { asOf: '2013-10-01' }).sheets[0].findings.map((f) => `${f.rule}@${f.cell}`);

describe('mapping overrides', () => {
  it('round trip: edits → state sheet → readMappingOverrides → checkWorkbook uses the mapping', () => {
    const workbook: WorkbookSnapshot = { sheets: [plan()] };
    expect(rulesAt(workbook)).toEqual(['missing-column@F1']);

    const edits = mappingOverrideEdits(workbook, 'Plan', { actionRag: 'f' });
    expect(edits).toEqual([
      {
        kind: 'writeSheet',
        spec: {
          name: STATE_SHEET,
          state: 'hidden',
          rows: [[{ value: 'mapping:Plan' }, { value: '{"actionRag":"F"}' }]],
        },
      },
    ]);
    const saved = applyByHand(workbook, edits);
    expect(readMappingOverrides(saved)).toEqual({ Plan: { actionRag: 'F' } });

    const check = checkWorkbook(saved, { asOf: '2013-10-01' });
    expect(check.sheets[0].plan.columns.find((c) => c.role === 'actionRag')).toMatchObject({
      letter: 'F',
      header: 'Rating 2013',
      cell: 'F1',
    });
    expect(rulesAt(saved)).toEqual(['invalid-rag@F4']);
    expect(check.skipped).toEqual([{ sheet: STATE_SHEET, reason: "Plan Tracker's own sheet" }]);
  });

  it('keeps the state sheet’s other rows, replaces its own key, and forgets it for an empty mapping', () => {
    const state = sheetFrom(STATE_SHEET, [
      ['{"run":2}'],
      ['mapping:Other', '{"lead":"C"}'],
      ['mapping:Plan', '{"actionRag":"E"}'],
      ['summary:last', '2013-09-30'],
    ]);
    const workbook: WorkbookSnapshot = { sheets: [plan(), state] };
    const edits = mappingOverrideEdits(workbook, 'Plan', { actionRag: 'F' });
    const rows = (edits[0] as { spec: { rows: { value: unknown }[][] } }).spec.rows;
    expect(rows.map((r) => r.map((c) => c?.value))).toEqual([
      ['{"run":2}'],
      ['mapping:Other', '{"lead":"C"}'],
      ['mapping:Plan', '{"actionRag":"F"}'],
      ['summary:last', '2013-09-30'],
    ]);
    expect(readMappingOverrides(applyByHand(workbook, edits))).toEqual({
      Other: { lead: 'C' },
      Plan: { actionRag: 'F' },
    });

    const forgotten = mappingOverrideEdits(workbook, 'Plan', {});
    const kept = (forgotten[0] as { spec: { rows: { value: unknown }[][] } }).spec.rows;
    expect(kept.map((r) => r.map((c) => c?.value))).toEqual([
      ['{"run":2}'],
      ['mapping:Other', '{"lead":"C"}'],
      [],
      ['summary:last', '2013-09-30'],
    ]);
  });

  it('ignores rows it cannot read rather than guessing', () => {
    const state = sheetFrom(STATE_SHEET, [
      ['mapping:Plan', 'not json'],
      ['mapping:Other', '{"lead":"C3","nonsense":"A","deadline":"D"}'],
    ]);
    expect(readMappingOverrides({ sheets: [state] })).toEqual({ Other: { deadline: 'D' } });
  });

  it('an override replaces the roles it names and takes the column from any other role; the header row stays', async () => {
    const wirral = sheetOf(await example('wirral-action-plan-2010.xlsx'), 'Action plan');
    const detection = detectHeader(wirral, { impactRag: 'F', ofstedRef: '' })!;
    expect(detection.headerRow).toBe(5);
    expect(detection.columns.map((c) => `${c.role}:${c.letter}`)).toEqual([
      'ref:A',
      'objective:B',
      'action:C',
      'lead:D',
      'deadline:E',
      'impactRag:F',
      'actionRag:G',
    ]);
    // Without an override nothing changes.
    expect(detectHeader(wirral)!.columns.map((c) => c.role)).toContain('progress');
  });
});
