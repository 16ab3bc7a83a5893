/**
 * The row classifier, row by row: facts in, kind out. The order of ROW_KINDS is the specification, so
 * each case here is a row that two tests would both accept, and the earlier one must win.
 */
import { detectHeader } from '../../src/core/header';
import {
  classifyRow,
  fillVerticalMerges,
  ROW_KINDS,
  rowFactsReader,
  type RowContext,
  type RowFacts,
} from '../../src/core/plan-rows';
import { sheetFrom } from '../support/sheet';

function facts(partial: Partial<RowFacts>): RowFacts {
  return {
    index: 9,
    cells: [],
    filledCount: 1,
    first: '',
    oneText: true,
    ref: null,
    depth: 0,
    mainText: '',
    objectiveText: '',
    actionText: '',
    groupText: '',
    content: false,
    bannerWidth: 0,
    repeatedHeader: false,
    ...partial,
  };
}

const context: RowContext = { deepest: 3, hasSeparateObjective: false, previous: 'action' };

describe('classifyRow', () => {
  it.each<[string, Partial<RowFacts>, Partial<RowContext>, string]>([
    ['nothing in it', { filledCount: 0 }, {}, 'blank'],
    [
      'only a fill in the RAG cell is not blank (but not an action without text)',
      { filledCount: 0, content: true },
      {},
      'note',
    ],
    [
      'the header again, even in capitals',
      { first: 'OBJECTIVE AND ACTIONS', oneText: false, repeatedHeader: true },
      {},
      'header',
    ],
    ['"* indicates …"', { first: '* indicates objectives arising from the Ofsted report' }, {}, 'legend'],
    [
      'a key line after the key',
      { first: 'Red - significantly off track', filledCount: 1 },
      { previous: 'legend' },
      'legend',
    ],
    ['a key line on its own', { first: 'G = on track', filledCount: 1 }, {}, 'legend'],
    [
      'a legend-like text with a ref is not a legend',
      { first: '1.1.1', ref: '1.1.1', depth: 3, mainText: 'Key: do it' },
      {},
      'action',
    ],
    ['a merged banner', { first: 'Improving practice', bannerWidth: 7 }, {}, 'theme'],
    ['a banner in capitals', { first: 'IMPROVEMENT THEME 2: CAPACITY' }, {}, 'theme'],
    ['"Priority 3 …"', { first: 'Priority 3 Workforce' }, {}, 'theme'],
    [
      '"Objective:" in capitals is an objective, not a theme',
      { first: 'OBJECTIVE: TO IMPROVE THE BOARD', mainText: 'OBJECTIVE: TO IMPROVE THE BOARD' },
      {},
      'objective',
    ],
    [
      'a shallower ref with no lead, deadline or RAG',
      { first: '1.1', ref: '1.1', depth: 2, mainText: 'To improve', oneText: false, filledCount: 2 },
      {},
      'objective',
    ],
    [
      'a shallower ref that has a lead is an action',
      { first: '1.1', ref: '1.1', depth: 2, mainText: 'To improve', oneText: false, content: true },
      {},
      'action',
    ],
    [
      'an objective named in its own column with no action',
      { first: 'Improve', objectiveText: 'Improve', mainText: 'Improve' },
      { hasSeparateObjective: true },
      'objective',
    ],
    [
      'action text with a lead',
      {
        first: 'Train staff',
        mainText: 'Train staff',
        actionText: 'Train staff',
        content: true,
        oneText: false,
      },
      {},
      'action',
    ],
    [
      'action text without a lead, deadline, RAG or ref',
      { first: 'See the annex', mainText: 'See the annex', actionText: 'See the annex' },
      {},
      'note',
    ],
  ])('%s', (_name, row, ctx, kind) => {
    expect(classifyRow(facts(row), { ...context, ...ctx })).toBe(kind);
  });

  it('has one test for each kind a row can be, ending in note', () => {
    expect([...new Set(ROW_KINDS.map(([kind]) => kind))]).toEqual([
      'blank',
      'header',
      'legend',
      'theme',
      'objective',
      'action',
      'note',
    ]);
  });
});

describe('rowFactsReader', () => {
  it('reads a row once: its ref, texts, content and whether it repeats the header', () => {
    const sheet = sheetFrom('Plan', [
      ['Ref', 'Objective', 'Action', 'Lead', 'Deadline', 'RAG'],
      ['1.2.', 'Improve', 'Train staff', 'Jo', 'Oct 2013', ''],
      ['Ref', 'Objective', 'Action', 'Lead', 'Deadline', 'RAG'],
    ]);
    const detection = detectHeader(sheet)!;
    const col = Object.fromEntries(detection.columns.map((c) => [c.role, c.col]));
    const read = rowFactsReader(fillVerticalMerges(sheet), detection, col);
    expect(read(1)).toMatchObject({
      ref: '1.2',
      depth: 2,
      mainText: 'Train staff',
      objectiveText: 'Improve',
      actionText: 'Train staff',
      content: true,
      filledCount: 5,
      oneText: false,
      repeatedHeader: false,
    });
    expect(read(2).repeatedHeader).toBe(true);
  });
});
