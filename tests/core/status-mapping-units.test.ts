/**
 * The council's status words as data: the labels the pane shows, how a word is keyed, what a saved or
 * typed mapping may hold, the `--status` option and its message, saving and reading back through the
 * state sheet, and the unknown words offered for mapping. Written where mutation testing showed a rule
 * unpinned.
 */
import { STATE_SHEET } from '../../src/core/edits';
import { readPlanSheet, type PlanSheet } from '../../src/core/plan-reader';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import {
  STATUS_MAPPING_KEY,
  STATUS_VALUE_LABELS,
  STATUS_VALUES,
  cleanStatusMapping,
  parseStatusOption,
  readStatusMapping,
  statusKey,
  statusMappingEdits,
  unknownStatusWords,
} from '../../src/core/status-mapping';
import { sheetFrom } from '../support/sheet';

describe('status values as people see them', () => {
  it('lists every value once, each with its label', () => {
    expect(STATUS_VALUES).toEqual(['red', 'amber', 'green', 'blue', 'not-started']);
    expect(STATUS_VALUES.map((v) => STATUS_VALUE_LABELS[v])).toEqual([
      'Red',
      'Amber',
      'Green',
      'Blue (complete)',
      'Not started (unrated)',
    ]);
  });
});

describe('the key a status word is looked up by', () => {
  it.each([
    ['On track', 'on track'],
    ['  On   track  ', 'on track'],
    ['On\ntrack', 'on track'],
    ['Off\u2013track', 'off-track'],
    ['Off\u2014track', 'off-track'],
    ['Complete.', 'complete'],
    ['Complete .', 'complete'],
    ['Complete. Signed off', 'complete. signed off'],
  ])('%j → %j', (typed, key) => {
    expect(statusKey(typed)).toBe(key);
  });
});

describe('a mapping as saved or typed', () => {
  it.each([null, 'amber', ['In progress', 'amber'], 42])('%j holds no words', (input) => {
    expect(cleanStatusMapping(input)).toEqual({});
  });

  it('keeps words of up to 60 characters with a known rating, keyed, and drops the rest', () => {
    const sixty = 'w'.repeat(60);
    expect(
      cleanStatusMapping({
        'In progress': 'Amber',
        'Signed off': 'complete',
        Parked: 'none',
        '  ': 'red',
        [sixty]: 'green',
        [`${sixty}x`]: 'green',
        Purple: 'violet',
        Number: 3,
      }),
    ).toEqual({ 'in progress': 'amber', 'signed off': 'blue', parked: 'not-started', [sixty]: 'green' });
  });
});

describe('the --status option', () => {
  it.each([
    ['In progress=amber', { key: 'in progress', value: 'amber' }],
    ['Parked = not started', { key: 'parked', value: 'not-started' }],
    ['a=b=G', { key: 'a=b', value: 'green' }],
  ])('%j is read', (text, expected) => {
    expect(parseStatusOption(text)).toEqual(expected);
  });

  it.each(['=amber', 'In progress=', 'In progress', 'In progress=violet', ' =amber'])(
    '%j is refused with a message that shows how to write it',
    (text) => {
      expect(parseStatusOption(text)).toEqual({
        error: `--status "${text}" cannot be read: write it as "word=rating", e.g. --status "In progress=amber" (ratings: red, amber, green, blue, not-started).`,
      });
    },
  );
});

/** The workbook after the state-sheet edit, read the way Excel would give it back. */
function afterEdits(workbook: WorkbookSnapshot, mapping: Record<string, string>): WorkbookSnapshot {
  const edits = statusMappingEdits(workbook, mapping as never);
  expect(edits).toHaveLength(1);
  const [edit] = edits;
  if (edit.kind !== 'writeSheet') throw new Error(`unexpected edit ${edit.kind}`);
  const sheet: SheetSnapshot = {
    name: edit.spec.name,
    hidden: true,
    merges: [],
    rows: edit.spec.rows.map((row) =>
      row.map((c) =>
        c === undefined || c.value === null ? undefined : { value: c.value, text: String(c.value) },
      ),
    ),
  };
  return { sheets: [...workbook.sheets.filter((s) => s.name !== sheet.name), sheet] };
}

describe('status words saved in the workbook', () => {
  const plan = sheetFrom('Plan', [['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG']]);

  it('are saved under their own key, sorted, and read back', () => {
    const saved = afterEdits({ sheets: [plan] }, { Parked: 'none', 'In progress': 'amber' });
    const state = saved.sheets[1];
    expect(state.rows[0]?.[0]?.value).toBe(STATUS_MAPPING_KEY);
    expect(state.rows[0]?.[1]?.value).toBe('{"in progress":"amber","parked":"not-started"}');
    expect(readStatusMapping(saved)).toEqual({ 'in progress': 'amber', parked: 'not-started' });
  });

  it('are forgotten when the mapping is emptied', () => {
    const saved = afterEdits({ sheets: [plan] }, { Parked: 'none' });
    const forgotten = afterEdits(saved, {});
    expect(readStatusMapping(forgotten)).toEqual({});
    expect(forgotten.sheets[1].rows.flat().filter((c) => c !== undefined)).toEqual([]);
  });

  it('are ignored when the saved text is not a mapping, and read when it is', () => {
    const stateWith = (text: string): WorkbookSnapshot => ({
      sheets: [plan, { ...sheetFrom(STATE_SHEET, [[STATUS_MAPPING_KEY, text]]), hidden: true }],
    });
    expect(readStatusMapping(stateWith('{not json'))).toEqual({});
    expect(readStatusMapping(stateWith('["amber"]'))).toEqual({});
    expect(readStatusMapping(stateWith('{"Parked":"none"}'))).toEqual({ parked: 'not-started' });
  });
});

describe('words the tracker could not read', () => {
  function planOf(ratings: string[][]): PlanSheet {
    const read = readPlanSheet(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'],
        ...ratings.map(([action, impact], i) => [
          `${i + 1}`,
          `Action ${i + 1}`,
          'Jo',
          '31/12/2030',
          action,
          impact,
        ]),
      ]),
    );
    if (!read.ok) throw new Error(read.reason);
    return read.plan;
  }

  it('are listed once each, as first typed, from both rating columns', () => {
    const words = unknownStatusWords([
      planOf([
        ['In progress', 'Green'],
        ['IN PROGRESS', 'Embedded'],
        ['Green', 'in  progress.'],
        ['On track', ''],
      ]),
      planOf([['Embedded', 'Parked']]),
    ]);
    expect(words).toEqual(['In progress', 'Embedded', 'Parked']);
  });

  it('leave out sentences and cells of several lines', () => {
    const sentence = 'Work has started but is waiting on the new case system';
    const words = unknownStatusWords([
      planOf([
        [sentence, 'Parked\nsee notes'],
        ['x'.repeat(40), 'y'.repeat(41)],
      ]),
    ]);
    expect(words).toEqual(['x'.repeat(40)]);
  });
});
