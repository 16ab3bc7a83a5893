/**
 * What an officer reads: the exact message, cell and order of every finding, one plan that sets off each
 * rule once, written row by row below with the finding each row should give. Also the wording of the
 * rule summaries the pane shows, the hidden-rows note, and sheet order when findings share a row.
 * Expected messages are written out by hand, not taken from a run.
 */
import { checkWorkbook } from '../../src/core/check';
import { readPlanSheet } from '../../src/core/plan-reader';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { Finding } from '../../src/core/types';
import { RULES, validatePlan } from '../../src/core/validate';
import { sheetFrom, type CellInput } from '../support/sheet';

const AS_OF = '2013-12-01';
const HEADER = ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', 'Impact RAG'];

function check(sheet: SheetSnapshot): Finding[] {
  const result = checkWorkbook({ sheets: [sheet] }, { asOf: AS_OF });
  expect(result.sheets).toHaveLength(1);
  return result.sheets[0].findings;
}

const shown = (list: Finding[]) => list.map((f) => [f.rule, f.cell, f.ref, f.message]);

describe('every rule, as the officer reads it', () => {
  const rows: CellInput[][] = [
    HEADER,
    ['1', 'Objective: Decisions are timely'],
    ['1.1', 'Review thresholds', '', '31/12/2013', 'Green', 'Green'],
    ['1.2', 'Train staff', 'Ann Lee', '', 'Green', ''],
    ['1.3', 'Audit files', 'Ann Lee', '31/02/2014', 'Green', ''],
    ['1.4', 'Recruit', 'Ann Lee', 'Soon', 'Green', ''],
    ['1.5', 'Run a forum', 'Ann Lee', 'Ongoing', 'Green', ''],
    ['1.6', 'Visit teams', 'Ann Lee', '30/11/2013', 'Amber', ''],
    ['1.7', 'Set up a panel', 'Ann Lee', '31/12/2013', '', ''],
    ['1.8', 'Write a plan', 'Ann Lee', '31/12/2013', 'Purple', ''],
    ['1.9', 'Review cases', 'Ann Lee', '31/12/2013', { text: '', value: null, fill: '#FF0000' }, ''],
    ['1.10', 'Launch the tool', 'Ann Lee', '31/12/2013', 'Green', 'Not started'],
    ['1.11', 'Consult families', 'Ann Lee', '31/12/2013', 'Amber/Green', ''],
    ['1.12', 'Report to board', 'Ann Lee', '31/12/2013', 'g', 'Green'],
    ['1.14', 'Skip one', 'Ann Lee', '31/12/2013', 'Green', ''],
    ['1.14', 'Used twice', 'Ann Lee', '31/12/2013', 'Green', ''],
    ['1.15', 'Cost the plan', { text: '#REF!', value: '#REF!', error: '#REF!' }, '31/12/2013', 'Green', ''],
    ['2.1', 'In the wrong place', 'Ann Lee', '31/12/2013', 'Green', ''],
  ];
  const list = check(sheetFrom('Plan', rows));

  it('gives each finding its cell, ref and message, in sheet order', () => {
    expect(shown(list)).toEqual([
      ['missing-lead', 'C3', '1.1', 'Action 1.1 has no lead. Name the officer responsible.'],
      [
        'missing-deadline',
        'D4',
        '1.2',
        'Action 1.2 has no deadline. Add a date such as 31/10/2025 or "October 2025".',
      ],
      [
        'unparsed-deadline',
        'D5',
        '1.3',
        'Action 1.3: the deadline "31/02/2014" is not a real date. Check the day and month (dates are read day first, e.g. 31/10/2025).',
      ],
      [
        'unparsed-deadline',
        'D6',
        '1.4',
        'Action 1.4: the deadline "Soon" could not be read as a date. Use a date such as 31/10/2025 or "October 2025".',
      ],
      [
        'no-deadline-date',
        'D7',
        '1.5',
        'Action 1.5: the deadline "Ongoing" gives no date, so progress cannot be tracked against it.',
      ],
      ['overdue', 'D8', '1.6', 'Action 1.6 was due by 30 November 2013 and is not marked Blue (complete).'],
      [
        'missing-rag',
        'E9',
        '1.7',
        'Action 1.7 has no Action RAG. Rate it Red, Amber, Green or Blue (complete).',
      ],
      [
        'invalid-rag',
        'E10',
        '1.8',
        'Action 1.8: "Purple" in Action RAG is not a rating. Use Red, Amber, Green or Blue (complete).',
      ],
      [
        'rag-by-colour-only',
        'E11',
        '1.9',
        'Action 1.9: Action RAG is shown only by the cell colour (Red). Type the rating so it survives printing, filtering and screen readers.',
      ],
      [
        'not-started',
        'F12',
        '1.10',
        'Action 1.10 is marked "Not started" in Impact RAG: it is counted as not started (unrated) until it is rated.',
      ],
      [
        'combined-rating',
        'E13',
        '1.11',
        'Action 1.11: "Amber/Green" in Action RAG holds two ratings; it is read as Amber, the worse of the two.',
      ],
      [
        'rag-not-standard',
        'E14',
        '1.12',
        'Action 1.12: "g" in Action RAG is read as Green. Type "Green" so that filters, counts and colours treat it the same as every other Green.',
      ],
      [
        'ref-out-of-sequence',
        'A15',
        '1.14',
        'Reference 1.14 skips a number: the next action under objective 1 would be 1.13.',
      ],
      // Two findings on one cell keep the order the rules found them in.
      [
        'duplicate-ref',
        'A16',
        '1.14',
        'Reference 1.14 is used twice (rows 15 and 16). Give each action its own reference.',
      ],
      [
        'ref-out-of-sequence',
        'A16',
        '1.14',
        'Reference 1.14 goes backwards: the next action under objective 1 would be 1.15.',
      ],
      [
        'formula-error',
        'C17',
        '1.15',
        'Cell C17 shows the Excel error #REF! (action 1.15). Fix or remove the formula.',
      ],
      [
        'ref-out-of-sequence',
        'A18',
        '2.1',
        'Reference 2.1 sits under objective 1, but does not start with 1.',
      ],
    ]);
  });

  it('gives each finding the severity its rule has', () => {
    for (const f of list) expect(f.severity).toBe(RULES[f.rule].severity);
  });
});

describe('the rule summaries the pane shows beside each group of findings', () => {
  it.each(Object.entries(RULES))('%s has a one-sentence summary', (_rule, { summary }) => {
    expect(summary).toMatch(/^[A-Z].{20,}[.)]$/);
  });
});

describe('a missing column', () => {
  it('is reported on the header cell just right of the last column when nothing holds it', () => {
    const list = check(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline'],
        ['1', 'Objective: Decisions are timely'],
        ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013'],
      ]),
    );
    expect(shown(list.filter((f) => f.rule === 'missing-column'))).toEqual([
      [
        'missing-column',
        'E1',
        null,
        'The plan has no Action RAG column. Add a column headed "Action RAG" to the header in row 1.',
      ],
    ]);
  });
});

describe('numbering', () => {
  const numbering = (refs: string[]) =>
    check(
      sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: Decisions are timely'],
        ...refs.map((ref) => [ref, `Action ${ref}`, 'Jo Bloggs', '31/12/2013', 'Green', 'Green']),
      ]),
    )
      .filter((f) => f.rule === 'ref-out-of-sequence')
      .map((f) => f.message);

  it('names the next ref in the same style', () => {
    expect(numbering(['1(a)', '1(c)'])).toEqual([
      'Reference 1(c) skips a number: the next action under objective 1 would be 1(b).',
    ]);
    expect(numbering(['1a', '1c'])).toEqual([
      'Reference 1c skips a number: the next action under objective 1 would be 1b.',
    ]);
  });

  it('counts refs such as "Action 3" through the sheet, not within each objective', () => {
    const list = check(
      sheetFrom('Plan', [
        HEADER,
        ['', 'Objective: Decisions are timely'],
        ['Action 1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['Action 2', 'Train staff', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['', 'Objective: Caseloads are manageable'],
        ['Action 3', 'Recruit', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['Action 5', 'Retain', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
      ]),
    );
    expect(list.filter((f) => f.rule === 'ref-out-of-sequence').map((f) => f.message)).toEqual([
      'Reference Action 5 skips a number: the next action would be Action 4.',
    ]);
  });

  it('gives an objective with no ref of its own the ref its actions share, and numbers within it', () => {
    const list = check(
      sheetFrom('Plan', [
        HEADER,
        ['', 'Objective: Decisions are timely'],
        ['2.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['2.3', 'Train staff', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
      ]),
    );
    expect(list.filter((f) => f.rule === 'ref-out-of-sequence').map((f) => f.message)).toEqual([
      'Reference 2.3 skips a number: the next action under objective 2 would be 2.2.',
    ]);
  });

  it('lets a later sheet of a plan carry on the numbering of refs such as "Action 7"', () => {
    const sheet = sheetFrom('Priority 2', [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['Action 7', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
      ['Action 8', 'Train staff', 'Jo Bloggs', '31/12/2013', 'Green'],
    ]);
    const read = readPlanSheet(sheet);
    if (!read.ok) throw new Error(read.reason);
    const sequence = (carriesOnNumbering: boolean) =>
      validatePlan(read.plan, sheet, { asOf: AS_OF, carriesOnNumbering }).filter(
        (f) => f.rule === 'ref-out-of-sequence',
      );
    expect(sequence(true)).toEqual([]);
    expect(sequence(false).map((f) => f.message)).toEqual([
      'Reference Action 7 skips a number: the next action would be Action 1.',
    ]);
  });
});

describe('hidden rows', () => {
  it('names the first eight hidden actions and counts the rest', () => {
    const refs = Array.from({ length: 10 }, (_, i) => `1.${i + 1}`);
    const sheet: SheetSnapshot = {
      ...sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: Decisions are timely'],
        ...refs.map((ref) => [ref, `Action ${ref}`, 'Jo Bloggs', '31/12/2013', 'Green', 'Green']),
      ]),
      hiddenRows: refs.map((_, i) => i + 3),
    };
    expect(shown(check(sheet).filter((f) => f.rule === 'hidden-rows'))).toEqual([
      [
        'hidden-rows',
        'A3',
        null,
        '10 actions are in hidden or filtered-out rows (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8 and 2 more): they are still checked and counted. Clear the filter in Excel to see them.',
      ],
    ]);
  });

  it('names a hidden action with no ref by its row', () => {
    const sheet: SheetSnapshot = {
      ...sheetFrom('Plan', [
        ['Action', 'Lead', 'Deadline', 'Action RAG'],
        ['Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
        ['Train staff', 'Jo Bloggs', '31/12/2013', 'Green'],
      ]),
      hiddenRows: [3],
    };
    expect(shown(check(sheet).filter((f) => f.rule === 'hidden-rows'))).toEqual([
      [
        'hidden-rows',
        'A3',
        null,
        '1 action is in hidden or filtered-out rows (row 3): it is still checked and counted. Clear the filter in Excel to see it.',
      ],
    ]);
  });
});

describe('sheet order and sheet shape', () => {
  it('orders findings by row, then by column, across columns Z and AA', () => {
    const error = (text: string) => ({ text, value: text, error: text });
    // The errors are found after the missing lead, but sort before (column B) and after (Z, AA) it.
    const wide: CellInput[] = ['1.1', error('#VALUE!'), '', '31/12/2013', 'Green'];
    wide[25] = error('#N/A'); // Z
    wide[26] = error('#DIV/0!'); // AA
    const list = check(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
        ['1', 'Objective: Decisions are timely'],
        wide,
        ['1.2', 'Train staff', '', '31/12/2013', 'Green'],
      ]),
    );
    expect(list.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      'formula-error@B3',
      'missing-lead@C3',
      'formula-error@Z3',
      'formula-error@AA3',
      'missing-lead@C4',
    ]);
  });

  it('reports an error in the first and the last row of the plan once, as a formula error', () => {
    const error = { text: '#REF!', value: '#REF!', error: '#REF!' };
    const list = check(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
        ['1.1', 'Review thresholds', error, '31/12/2013', 'Green'],
        ['1.2', 'Train staff', error, '31/12/2013', 'Green'],
      ]),
    );
    expect(list.map((f) => `${f.rule}@${f.cell}`)).toEqual(['formula-error@C2', 'formula-error@C3']);
  });

  it('checks a sheet whose rows have gaps (rows the file never wrote)', () => {
    const sheet = sheetFrom('Plan', [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ['1', 'Objective: Decisions are timely'],
      ['1.1', 'Review thresholds', '', '31/12/2013', 'Green'],
      [],
      ['1.2', 'Train staff', '', '31/12/2013', 'Green'],
    ]);
    delete sheet.rows[3];
    expect(check(sheet).map((f) => `${f.rule}@${f.cell}`)).toEqual(['missing-lead@C3', 'missing-lead@C5']);
  });
});

describe('a plan whose progress is a % complete column', () => {
  it('needs no RAG typed for an action at 100%, and asks for none to be retyped', () => {
    const list = check(
      sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG', '% complete'],
        ['1', 'Objective: Decisions are timely'],
        ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', '', '100%'],
      ]),
    );
    expect(list).toEqual([]);
  });
});

/** Findings for a plan whose actions have these Action RAG cells, one action each. */
function withActionRags(ratings: string[]): Finding[] {
  return check(
    sheetFrom('Plan', [
      HEADER,
      ['1', 'Objective: Decisions are timely'],
      ...ratings.map((rating, i) => [`1.${i + 1}`, `Action ${i + 1}`, 'Jo Bloggs', '31/12/2013', rating, '']),
    ]),
  );
}

describe('a column kept partly in status words', () => {
  it('is a status-word column when at least half its typed cells are status words', () => {
    const list = withActionRags(['On track', 'At risk', 'Green', 'Green']);
    expect(list.filter((f) => f.rule === 'rag-not-standard')).toEqual([]);
  });

  it('is a RAG-word column when fewer than half are, and a status word there is not standard', () => {
    const list = withActionRags(['On track', 'Green', 'Green']);
    expect(list.filter((f) => f.rule === 'rag-not-standard').map((f) => f.cell)).toEqual(['E3']);
  });
});

describe('more of what the officer reads', () => {
  it('names an action with no ref by its row, and points at its first cell', () => {
    const list = check(
      sheetFrom('Plan', [
        ['Action', 'Lead', 'Deadline', 'Action RAG'],
        ['Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
        ['Objective: Decisions are timely'],
        ['Train staff', 'Jo Bloggs', '31/12/2013', 'Green'],
      ]),
    );
    expect(shown(list.filter((f) => f.rule === 'orphan-action'))).toEqual([
      [
        'orphan-action',
        'A2',
        null,
        'The action in row 2 comes before any objective. Move it under the objective it belongs to.',
      ],
    ]);
  });

  it('reports an Excel error outside any action without naming an action', () => {
    const list = check(
      sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: Decisions are timely'],
        ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['', '', '', '', '', { text: '#N/A', value: '#N/A', error: '#N/A' }],
        ['1.2', 'Train staff', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
      ]),
    );
    expect(shown(list.filter((f) => f.rule === 'formula-error'))).toEqual([
      ['formula-error', 'F4', null, 'Cell F4 shows the Excel error #N/A. Fix or remove the formula.'],
    ]);
  });

  it('leaves an error below a plan kept in an Excel table alone', () => {
    const sheet: SheetSnapshot = {
      ...sheetFrom('Plan', [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
        ['1.1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green'],
        ['1.2', 'Train staff', 'Jo Bloggs', '31/12/2013', 'Green'],
        ['', '', '', '', { text: '#DIV/0!', value: '#DIV/0!', error: '#DIV/0!' }],
      ]),
      tables: [{ name: 'Plan', range: 'A1:E3', hasHeaderRow: true, hasTotalRow: false }],
    };
    expect(check(sheet).filter((f) => f.rule === 'formula-error')).toEqual([]);
  });

  it('does not ask "Action 3" refs to start with their objective\'s number', () => {
    const list = check(
      sheetFrom('Plan', [
        HEADER,
        ['1', 'Objective: Decisions are timely'],
        ['Action 1', 'Review thresholds', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
        ['2', 'Objective: Caseloads are manageable'],
        ['Action 2', 'Recruit', 'Jo Bloggs', '31/12/2013', 'Green', 'Green'],
      ]),
    );
    expect(list.filter((f) => f.rule === 'ref-out-of-sequence')).toEqual([]);
  });

  it('still asks for the RAG word itself in a status-word column when a RAG letter is typed', () => {
    const list = withActionRags(['On track', 'At risk', 'g']);
    expect(list.filter((f) => f.rule === 'rag-not-standard').map((f) => f.cell)).toEqual(['E5']);
  });
});

describe('a plan kept over three sheets', () => {
  const sheet = (name: string, refs: string[]) =>
    sheetFrom(name, [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
      ...refs.map((ref) => [ref, `Action ${ref}`, 'Jo Bloggs', '31/12/2013', 'Green']),
    ]);

  it('reports each reused ref against the sheet that used it first', () => {
    const result = checkWorkbook(
      {
        sheets: [
          sheet('Priority 1', ['1.1', '1.2', '1.3']),
          sheet('Priority 2', ['2.1', '2.2', '1.1']),
          sheet('Priority 3', ['3.1', '3.2', '1.1']),
        ],
      },
      { asOf: AS_OF },
    );
    expect(result.plans).toEqual([['Priority 1', 'Priority 2', 'Priority 3']]);
    const duplicates = result.sheets.flatMap((s) =>
      s.findings.filter((f) => f.rule === 'duplicate-ref').map((f) => [f.sheet, f.cell, f.message]),
    );
    expect(duplicates).toEqual([
      [
        'Priority 2',
        'A4',
        'Reference 1.1 is also used on the sheet "Priority 1" (row 2) of the same plan. Give each action its own reference across the plan\'s sheets.',
      ],
      [
        'Priority 3',
        'A4',
        'Reference 1.1 is also used on the sheet "Priority 1" (row 2) of the same plan. Give each action its own reference across the plan\'s sheets.',
      ],
    ]);
  });
});
