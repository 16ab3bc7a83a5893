/**
 * The one place in the pane that turns a failure into what the officer reads. A UserError (HostError is
 * one) was written for them and is shown exactly as it is, never prefixed or reworded. Anything else is
 * a fault in Plan Tracker: the officer gets one plain sentence, and the details go to the console for
 * whoever supports the tool. No stack trace or library message ever reaches the pane.
 */
import { isUserError } from '../core/errors';

export const FAULT_MESSAGE =
  'Something went wrong inside Plan Tracker. This is a fault in Plan Tracker, not in your workbook: try again, and if it happens again close and reopen the task pane.';

export function userMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  console.error('Plan Tracker fault:', error);
  return FAULT_MESSAGE;
}
