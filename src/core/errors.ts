/**
 * The tracker's one error vocabulary, shared by every layer.
 *
 * - A `UserError` is something a council officer can act on (a protected sheet, a file that is not a
 *   workbook, a report with no text). Its message is written for them and is shown exactly as it is:
 *   callers never prefix or reword it.
 * - An `InternalError` is a fault in the tool itself (a broken invariant). The user is told it is a fault
 *   in Plan Tracker, not in their file, and the CLI exits with its own code.
 *
 * Anything else that is thrown (a TypeError, a library's own error) is treated as internal too.
 */

/** What kind of problem a user error is; surfaces use it to choose an exit code or a message style. */
export type UserErrorCode =
  | 'protected'
  | 'cell-edit'
  | 'conflict'
  | 'unsupported'
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'bad-option'
  | 'other';

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: UserErrorCode = 'other',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
