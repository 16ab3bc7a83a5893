/**
 * The mapping from Excel's error codes to HostError. Codes the double cannot produce (cell-edit mode,
 * co-authoring conflicts) are checked on error objects shaped like OfficeExtension.Error; no request is
 * made, so the double's sync count stays 0.
 */
import { HostError } from '../../src/core/host';
import { toHostError } from '../../src/excel/errors';
import { createWorkbookState } from '../excel-double';
import { rig } from './helpers';

const officeError = (code: string, message = 'Excel said no.') =>
  Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('toHostError', () => {
  const { double } = rig(createWorkbookState([{ name: 'Plan' }]));
  afterAll(() => expect(double.syncCount()).toBe(0));

  test.each([
    [
      'AccessDenied',
      'protected',
      'The sheet "Plan" is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
    ],
    [
      'InvalidOperationInCellEditMode',
      'cell-edit',
      'Excel is busy editing a cell. Press Enter or Esc, then try again.',
    ],
    ['Conflict', 'conflict', 'Someone else changed the workbook at the same time.'],
    ['InsertDeleteConflict', 'conflict', 'Someone else changed the workbook at the same time.'],
    ['ItemAlreadyExists', 'conflict', 'A sheet with that name already exists'],
    ['ItemNotFound', 'not-found', 'A sheet or range the tracker expected is missing'],
    ['ApiNotFound', 'unsupported', 'This version of Excel cannot do what the tracker asked.'],
    [
      'RequestPayloadSizeLimitExceeded',
      'other',
      'The changes are too large for Excel on the web to make in one go. Try the Excel desktop app',
    ],
    [
      'ResponsePayloadSizeLimitExceeded',
      'other',
      'The changes are too large for Excel on the web to make in one go.',
    ],
    ['RangeExceedsLimit', 'other', 'The changes cover more cells than Excel lets an add-in change at once.'],
    ['GeneralException', 'other', 'Excel could not make the changes: Excel said no.'],
  ])('%s → %s', (code, expected, start) => {
    const original = officeError(code);
    const mapped = toHostError(original, { sheets: ['Plan'], operation: 'write' });
    expect(mapped).toBeInstanceOf(HostError);
    expect(mapped.code).toBe(expected);
    expect(mapped.message.startsWith(start)).toBe(true);
    expect(mapped.cause).toBe(original);
  });

  test('a read too large for Excel on the web is said plainly, with what to do', () => {
    const mapped = toHostError(officeError('ResponsePayloadSizeLimitExceeded'), {
      sheets: [],
      operation: 'read',
    });
    expect(mapped.message).toBe(
      'The workbook is too large for Excel on the web to send to Plan Tracker. Try the Excel desktop app, or check the file with the plan-tracker command-line tool.',
    );
    expect(mapped.message).not.toMatch(/payload|RichApi|Excel said no/);
  });

  test('a HostError passes through; a non-Error is kept as the cause of an "other"', () => {
    const own = new HostError('Already plain.', 'protected');
    expect(toHostError(own, { sheets: [], operation: 'read' })).toBe(own);
    const odd = toHostError('boom', { sheets: [], operation: 'read' });
    expect([odd.code, odd.message, odd.cause]).toEqual([
      'other',
      'Excel could not read the workbook: boom',
      'boom',
    ]);
  });
});
