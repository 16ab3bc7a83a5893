/**
 * Remove highlights takes off the tracker's own rules and nothing else, wherever the user's rules sit
 * among them, and also when the user changed the sheet's rules between the read and the removal. The
 * double gives conditional formats Excel's ids (their priorities, which shift on every delete and add),
 * so deleting by ids from the read, or in the wrong order, would take a user's rule.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { removeHighlightEdits } from '../../src/core/ofsted';
import { markFormula } from '../../src/core/tracker-marker';
import type { TrackerTag } from '../../src/core/edits';
import { createExcelHost } from '../../src/excel/excel-host';
import { trackerPriorities } from '../../src/excel/tracker-formats';
import {
  type ConditionalFormatEntry,
  createExcelDouble,
  createWorkbookState,
  findSheet,
  putValues,
  type WorkbookState,
} from '../excel-double';

type Rule = { owner: 'user'; name: string } | { owner: 'tracker'; tag: TrackerTag };

function entry(rule: Rule, i: number): ConditionalFormatEntry {
  return {
    id: `{rule-${i}}`,
    address: rule.owner === 'user' ? 'A4:A20' : 'B4:B20',
    type: 'Custom',
    priority: i,
    stopIfTrue: false,
    rule: { formula: rule.owner === 'user' ? `=$A4="${rule.name}"` : markFormula('TRUE', rule.tag) },
    format: { fill: '#FFF2CC' },
  };
}

function planState(rules: Rule[]): WorkbookState {
  const state = createWorkbookState([{ name: 'Plan' }]);
  const plan = findSheet(state, 'Plan');
  putValues(plan, 'A3', [
    ['Ref', 'Action', 'Lead', 'Deadline', 'RAG'],
    ['1.1', 'Audit case files', 'Head of QA', '31/03/2025', 'Green'],
    ['1.2', 'Recruit social workers', 'Director', '30/06/2025', 'Amber'],
  ]);
  plan.conditionalFormats = rules.map(entry);
  return state;
}

const rule: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ owner: fc.constant('user' as const), name: fc.constantFrom('mine', 'board', 'audit', 'lead') }),
  fc.record({
    owner: fc.constant('tracker' as const),
    tag: fc.constantFrom<TrackerTag>('ofsted-highlight', 'ofsted-highlight', 'rag-colours'),
  }),
);

/** What the user might do to the sheet's rules after the pane read it and before they press Remove. */
type Edit = { kind: 'add'; name: string } | { kind: 'delete'; at: number } | { kind: 'raise'; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.constantFrom('late', 'new') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('raise' as const), at: fc.nat() }),
);

function userEdits(list: ConditionalFormatEntry[], edits: Edit[]): void {
  edits.forEach((e, n) => {
    const users = list.filter((c) => !String(c.rule.formula).includes('PlanTracker:'));
    if (e.kind === 'add') list.unshift(entry({ owner: 'user', name: `${e.name}${n}` }, -1));
    else if (users.length > 0) {
      const target = users[e.at % users.length];
      list.splice(list.indexOf(target), 1);
      if (e.kind === 'raise') list.unshift(target); // moved to the top of the rules manager
    }
    list.forEach((c, i) => (c.priority = i));
  });
}

const formulas = (list: ConditionalFormatEntry[]) => list.map((c) => String(c.rule.formula));

describe('Remove highlights', () => {
  test('a user rule between two tracker rules survives; one load and one write', async () => {
    const state = planState([
      { owner: 'tracker', tag: 'ofsted-highlight' },
      { owner: 'user', name: 'mine' },
      { owner: 'tracker', tag: 'ofsted-highlight' },
      { owner: 'tracker', tag: 'rag-colours' },
      { owner: 'tracker', tag: 'ofsted-highlight' },
    ]);
    const double = createExcelDouble(state);
    const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
    const plan = checkWorkbook(await host.readWorkbook(), { asOf: '2025-01-01' }).sheets[0].plan;
    double.resetSyncCount();
    await host.apply(removeHighlightEdits(plan));
    expect(double.syncCount()).toBe(2);
    expect(formulas(findSheet(double.state, 'Plan').conditionalFormats)).toEqual([
      '=$A4="mine"',
      '=AND(TRUE,ISTEXT("PlanTracker:rag-colours"))',
    ]);
  });

  test('wherever the user’s rules sit, and whatever they change before Remove, only the highlight goes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rule, { maxLength: 12 }),
        fc.array(edit, { maxLength: 4 }),
        async (rules, edits) => {
          const double = createExcelDouble(planState(rules), { keepMessages: false });
          const host = createExcelHost({ Excel: double.Excel, isSetSupported: double.isSetSupported });
          const plan = checkWorkbook(await host.readWorkbook(), { asOf: '2025-01-01' }).sheets[0].plan;
          const list = findSheet(double.state, 'Plan').conditionalFormats;
          userEdits(list, edits);
          const kept = formulas(list).filter((f) => !f.includes('PlanTracker:ofsted-highlight'));
          await host.apply(removeHighlightEdits(plan));
          expect(formulas(findSheet(double.state, 'Plan').conditionalFormats)).toEqual(kept);
          expect(double.unsupported).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });

  test('the ids to delete are the tracker’s, highest priority number first', () => {
    const items = [
      { id: '0', formula: '=AND(TRUE,ISTEXT("PlanTracker:ofsted-highlight"))' },
      { id: '1', formula: '=$A4="mine"' },
      { id: '2', formula: null }, // a data bar: no formula to read
      { id: '10', formula: '=AND(X,ISTEXT("PlanTracker:ofsted-highlight"))' },
      { id: '3', formula: '=AND(Y,ISTEXT("PlanTracker:rag-colours"))' },
    ];
    expect(trackerPriorities(items, ['ofsted-highlight'])).toEqual(['10', '0']);
    expect(trackerPriorities(items, ['ofsted-highlight', 'rag-colours'])).toEqual(['10', '3', '0']);
  });
});
