/**
 * Which sheets are the tracker's: only those it marked (tracker-sheets.ts). A user's own sheet with one
 * of its names is left alone, typed text in a tracker sheet stops the write, RAG History keeps a user's
 * columns, and workbooks from before the mark keep their sheets. Refreshes are run in the core, each
 * one's sheets laid back into the workbook as an adapter would.
 */
import fc from 'fast-check';
import { parseRange } from '../../src/core/address';
import { UserError } from '../../src/core/errors';
import type { SheetSpec } from '../../src/core/sheet-spec';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { readStateJson } from '../../src/core/state-sheet';
import { refreshSummary } from '../../src/core/summary-sheets';
import {
  claimTrackerSheets,
  placeTrackerSheet,
  readSheetMarks,
  specFootprint,
  trackerSheetNames,
  TRACKER_SHEETS_KEY,
} from '../../src/core/tracker-sheets';
import { sheetFrom } from '../support/sheet';

const PLAN = sheetFrom('SIP Phase 2', [
  ['Ref', 'Action', 'Lead', 'Deadline', 'Action RAG'],
  ['1', 'Objective 1: caseloads'],
  ['1.1', 'Ensure caseloads are manageable', 'Jane Smith', '31/10/2013', 'Green'],
  ['1.2', 'Recruit team managers', 'Head of Safeguarding', '31/12/2013', 'Red'],
]);

/** A spec as an adapter would lay it down and read it back. */
function snapshotOfSpec(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name,
    hidden: spec.state === 'hidden' || undefined,
    merges: spec.merges ?? [],
    rows: spec.rows.map((row) =>
      (row ?? []).map((c): CellSnapshot | undefined =>
        c === undefined || c.value === null ? undefined : { value: c.value, text: String(c.value) },
      ),
    ),
  };
}

/** The workbook after writing `specs`: sheets of those names replaced (any case), others added. */
function written(workbook: WorkbookSnapshot, specs: SheetSpec[]): WorkbookSnapshot {
  const sheets = [...workbook.sheets];
  for (const spec of specs) {
    const at = sheets.findIndex((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (at >= 0) sheets[at] = snapshotOfSpec(spec);
    else sheets.push(snapshotOfSpec(spec));
  }
  return { sheets };
}

function refresh(workbook: WorkbookSnapshot, day = '2013-09-30') {
  const result = refreshSummary(workbook, day, `${day} 09:00`);
  return { result, after: written(workbook, result.specs) };
}

function typeInto(
  workbook: WorkbookSnapshot,
  sheet: string,
  ref: string,
  value: string | number,
  formula = false,
) {
  const { top, left } = parseRange(ref);
  return {
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => [...(r ?? [])]);
      while (rows.length <= top) rows.push([]);
      rows[top][left] = { value, text: String(value), ...(formula ? { formula: true } : {}) };
      return { ...s, rows };
    }),
  };
}

function conflict(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('no UserError was thrown');
}

describe('the tracker marks its own sheets', () => {
  it('records each sheet it writes, with the cells it wrote, in its hidden state', () => {
    const { after } = refresh({ sheets: [PLAN] });
    const marks = readSheetMarks(after)!;
    expect(marks.summary?.name).toBe('RAG Summary');
    expect(marks.history).toEqual({ name: 'RAG History', cells: 'A1:J2' });
    expect([...trackerSheetNames(after)].sort()).toEqual(['PlanTracker State', 'RAG History', 'RAG Summary']);
  });

  it.each(['RAG Summary', 'rag summary', 'RAG SUMMARY'])(
    'leaves a user\'s own sheet called "%s" alone, writes beside it, and says so once',
    (name) => {
      const mine = sheetFrom(name, [['Our own notes for the board'], ['Do not delete']]);
      const first = refresh({ sheets: [PLAN, mine] });
      expect(first.result.sheetNames.summary).toBe('RAG Summary (2)');
      expect(first.result.notices).toEqual([
        `Your own sheet "${name}" was left as it is; the tracker's RAG Summary sheet is "RAG Summary (2)".`,
      ]);
      expect(first.after.sheets.find((s) => s.name === name)).toBe(mine);
      expect(trackerSheetNames(first.after).has(name)).toBe(false);
      const second = refresh(first.after, '2013-10-31');
      expect(second.result.sheetNames.summary).toBe('RAG Summary (2)');
      expect(second.result.notices).toEqual([]);
      expect(second.after.sheets.map((s) => s.name)).toEqual([
        'SIP Phase 2',
        name,
        'RAG Summary (2)',
        'RAG History',
        'PlanTracker State',
      ]);
      // The check no longer skips the user's sheet as the tracker's: it is looked at like any other.
      expect(trackerSheetNames(second.after).has(name)).toBe(false);
    },
  );

  it('finds a free name within Excel\'s 31 characters when "(2)" is taken too', () => {
    const wb = {
      sheets: [
        PLAN,
        sheetFrom('Ofsted Recommendations', [['x']]),
        sheetFrom('ofsted recommendations (2)', [['y']]),
      ],
    };
    expect(placeTrackerSheet(wb, 'ofsted').name).toBe('Ofsted Recommendations (3)');
  });

  it('adopts the sheets of a workbook refreshed before the mark existed, and only those', () => {
    const { after } = refresh({ sheets: [PLAN] });
    // The same workbook as an older version left it: no marks in the state.
    const old = {
      sheets: after.sheets.map((s) =>
        s.name === 'PlanTracker State'
          ? { ...s, rows: s.rows.filter((r) => !r?.[0]?.text.startsWith(TRACKER_SHEETS_KEY)) }
          : s,
      ),
    };
    expect(readSheetMarks(old)).toBeNull();
    expect([...trackerSheetNames(old)].sort()).toEqual(['PlanTracker State', 'RAG History', 'RAG Summary']);
    const again = refresh(old, '2013-10-31');
    expect(again.result.sheetNames).toEqual({ summary: 'RAG Summary', history: 'RAG History' });
    expect(again.result.summary.previous).not.toBeNull();
    // A user's "RAG Summary" that does not start the way the tracker's did is not adopted.
    const theirs = { sheets: [PLAN, sheetFrom('RAG Summary', [['Summary for the board'], ['Plan: ours']])] };
    expect(trackerSheetNames(theirs).has('RAG Summary')).toBe(false);
  });
});

describe("typed text in the tracker's sheets", () => {
  it("stops the refresh, naming the cells, when a user typed outside the tracker's cells", () => {
    const { after } = refresh({ sheets: [PLAN] });
    const typed = typeInto(
      typeInto(after, 'RAG Summary', 'M5', 'Chair: please discuss'),
      'RAG Summary',
      'M6',
      'Agreed',
    );
    const e = conflict(() => refreshSummary(typed, '2013-10-31', '2013-10-31 09:00'));
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(
      'Sheet "RAG Summary" has text typed into it that the tracker did not write (M5, M6). The tracker rebuilds that sheet, so move the text to a sheet of your own (or clear those cells), then try again. Nothing was changed.',
    );
  });

  it("rebuilds the tracker's own cells even when a user typed over them", () => {
    const { after } = refresh({ sheets: [PLAN] });
    const typed = typeInto(after, 'RAG Summary', 'A1', 'My title');
    const again = refresh(typed, '2013-10-31');
    expect(again.after.sheets.find((s) => s.name === 'RAG Summary')!.rows[0][0]?.text).toBe('RAG Summary');
  });

  it('keeps the columns a user adds to the right of RAG History, row for row, refresh after refresh', () => {
    let wb = refresh({ sheets: [PLAN] }).after;
    wb = typeInto(wb, 'RAG History', 'K1', 'Board comment');
    wb = typeInto(wb, 'RAG History', 'K2', 'First refresh after the inspection');
    wb = typeInto(wb, 'RAG History', 'L2', 41547);
    wb = refresh(wb, '2013-10-31').after;
    wb = refresh(wb, '2013-11-30').after;
    const history = wb.sheets.find((s) => s.name === 'RAG History')!;
    expect(history.rows.map((r) => [r[0]?.text, r[10]?.text, r[11]?.value])).toEqual([
      ['Refreshed', 'Board comment', undefined],
      ['2013-09-30 09:00', 'First refresh after the inspection', 41547],
      ['2013-10-31 09:00', undefined, undefined],
      ['2013-11-30 09:00', undefined, undefined],
    ]);
  });

  it('stops rather than lose a formula in a column a user added to RAG History', () => {
    const wb = typeInto(refresh({ sheets: [PLAN] }).after, 'RAG History', 'K2', 7, true);
    const e = conflict(() => refreshSummary(wb, '2013-10-31', '2013-10-31 09:00'));
    expect(e.message).toMatch(/^Sheet "RAG History" has formulas in the columns you added \(K2\)/);
  });

  it('stops at a note typed under the history rows', () => {
    const wb = typeInto(
      refresh({ sheets: [PLAN] }).after,
      'RAG History',
      'A6',
      'Figures before May are estimates',
    );
    expect(conflict(() => refreshSummary(wb, '2013-10-31', '2013-10-31 09:00')).message).toMatch(
      /^Sheet "RAG History" has text typed into it that the tracker did not write \(A6\)/,
    );
  });

  it('marks the Ofsted sheet too, keeping the marks of the summary sheets', () => {
    const { after } = refresh({ sheets: [PLAN] });
    const place = placeTrackerSheet(after, 'ofsted');
    const spec: SheetSpec = { name: place.name, rows: [[{ value: 'Ofsted recommendations' }]] };
    const claimed = claimTrackerSheets(after, [{ place, spec }]);
    const state = written(after, claimed.specs);
    expect(readStateJson(state, 'summary-state')).not.toBeNull();
    expect(Object.keys(readSheetMarks(state)!).sort()).toEqual(['history', 'ofsted', 'summary']);
  });
});

describe('specFootprint', () => {
  it('covers every cell a spec defines and its merges, and no other cell', () => {
    const cellArb = fc.option(fc.constant({ value: 'x' }), { freq: 2, nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const spec: SheetSpec = { name: 'S', rows };
        const ranges = specFootprint(spec)
          .split(' ')
          .filter((r) => r !== '')
          .map((r) => parseRange(r));
        for (let r = 0; r < 13; r++) {
          for (let c = 0; c < 9; c++) {
            const inside = ranges.some((f) => r >= f.top && r <= f.bottom && c >= f.left && c <= f.right);
            expect(inside).toBe(rows[r]?.[c] !== undefined);
          }
        }
      }),
    );
  });
});
