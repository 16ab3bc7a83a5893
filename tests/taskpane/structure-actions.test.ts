/**
 * The pane's plain parts, without React: the Structure commands as pure functions of a workbook, the
 * objective titles cut at a word, the one message mapping, and errors crossing to and from a worker
 * as the same kind.
 */
import fc from 'fast-check';
import { InternalError, UserError } from '../../src/core/errors';
import { HostError } from '../../src/core/host';
import { decodeError, encodeError } from '../../src/taskpane/engine/channel';
import {
  NO_PLAN_MESSAGE,
  STRUCTURE_ACTIONS,
  shortTitle,
  type StructureActionId,
} from '../../src/taskpane/engine/structure-actions';
import { FAULT_MESSAGE, userMessage } from '../../src/taskpane/messages';
import { example } from '../structure/helpers';

const AS_OF = '2010-10-01';

describe('Structure commands as pure functions', () => {
  it('each works out its edits from a workbook and says what it did, without reading or writing', async () => {
    const wirral = await example('wirral-action-plan-2010.xlsx');
    const request = { asOf: AS_OF, sheet: 'Action plan', objectiveRef: '2', newName: 'Next year' };
    const ids = Object.keys(STRUCTURE_ACTIONS) as StructureActionId[];
    const results = Object.fromEntries(ids.map((id) => [id, STRUCTURE_ACTIONS[id].work(wirral, request)]));
    expect(results.ragDropdowns.edits.filter((e) => e.kind === 'dataValidationList').length).toBeGreaterThan(
      0,
    );
    expect(results.freezeHeader).toEqual({
      edits: [{ kind: 'freezeRows', sheet: 'Action plan', rows: 5 }],
      done: 'Rows 1 to 5 stay in view while you scroll.',
    });
    expect(results.insertAction.done).toMatch(/^Added action 2\.\d+ in row \d+\./);
    expect(results.newPlanSheet.edits[0]).toMatchObject({ kind: 'writeSheet', spec: { name: 'Next year' } });
    expect(results.newPlanSheet.edits.at(-1)).toEqual({ kind: 'select', sheet: 'Next year', address: 'B4' });
    for (const id of ids) expect(STRUCTURE_ACTIONS[id].label.length).toBeGreaterThan(0);
  });

  it('refuses, in the officer’s words, when there is no plan or no objective chosen', () => {
    const empty = { sheets: [{ name: 'Notes', rows: [[{ value: 'Hello', text: 'Hello' }]], merges: [] }] };
    const error = (() => {
      try {
        STRUCTURE_ACTIONS.freezeHeader.work(empty, { asOf: AS_OF });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(NO_PLAN_MESSAGE);
    expect(() => STRUCTURE_ACTIONS.insertAction.work(empty, { asOf: AS_OF })).toThrow(UserError);
    expect(() => STRUCTURE_ACTIONS.newPlanSheet.work(empty, { asOf: AS_OF, newName: 'notes' })).toThrow(
      'There is already a sheet called "notes". Choose another name.',
    );
  });
});

describe('shortTitle', () => {
  it('keeps short titles and cuts long ones at a whole word', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const title = words.join(' ');
        const short = shortTitle(title, 40);
        if (title.length <= 40) return expect(short).toBe(title);
        expect(short.endsWith('…')).toBe(true);
        const kept = short.slice(0, -1);
        expect(title.startsWith(kept)).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(40);
        // Either a whole number of words, or (one word longer than half the room) a hard cut.
        const whole = title[kept.length] === ' ';
        expect(whole || kept.length === 40).toBe(true);
      }),
    );
  });
});

describe('the one message mapping', () => {
  it('shows a user error as it is and anything else as a fault in Plan Tracker', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(userMessage(new UserError('The file is not a workbook.', 'unreadable'))).toBe(
      'The file is not a workbook.',
    );
    expect(userMessage(new HostError('The sheet "Plan" is protected.', 'protected'))).toBe(
      'The sheet "Plan" is protected.',
    );
    for (const fault of [
      new InternalError('broken invariant'),
      new TypeError('x is undefined'),
      'text',
      null,
    ]) {
      expect(userMessage(fault)).toBe(FAULT_MESSAGE);
    }
    quiet.mockRestore();
  });

  it('errors keep their kind across the worker boundary (structured-clone safe)', () => {
    const user = decodeError(structuredClone(encodeError(new HostError('Excel is busy.', 'cell-edit'))));
    expect(user).toBeInstanceOf(UserError);
    expect(user.message).toBe('Excel is busy.');
    expect((user as UserError).code).toBe('cell-edit');
    const fault = decodeError(structuredClone(encodeError(new RangeError('bad index'))));
    expect(fault).toBeInstanceOf(InternalError);
    expect(fault).not.toBeInstanceOf(UserError);
  });
});
