/**
 * The exit codes of `plan-tracker`: one table for every command (README, "Exit codes"), and the one
 * place that turns a failure into what the person running the command reads.
 *
 * A `UserError` is shown as it is (after the program's name, as command-line tools do on standard
 * error). Anything else is a fault in Plan Tracker itself: the user is told so, in plain words, and the
 * command exits with its own code, so a script can tell a bug from a bad file. No stack trace is shown.
 */
import { isUserError } from '../core/errors';
import type { Io } from './io';

export const EXIT = {
  /** Done: nothing to report (validate), every recommendation answered (flag), recommendations found (ofsted). */
  ok: 0,
  /** The answer is "not yet": validate found errors, flag left a recommendation unanswered, ofsted found none. */
  findings: 1,
  /** A file could not be read or used (not a workbook, damaged, no plan, missing), or an option is wrong. */
  unusable: 2,
  /** The copy (-o) could not be written: nothing was written, the input and any older copy are unchanged. */
  notWritten: 3,
  /** A fault in Plan Tracker itself, not in the file or the command. */
  internal: 4,
  /** Stopped by Ctrl-C (SIGINT), a closed terminal (SIGHUP) or SIGTERM: 128 + the signal's number. */
  interrupted: 130,
  hungUp: 129,
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The message of an error the person can act on, or undefined for a fault in the tool. */
export function userMessage(e: unknown): string | undefined {
  return isUserError(e) ? e.message : undefined;
}

/**
 * Says what went wrong on standard error and returns the exit code: `code` for a user's error, except
 * that an input found damaged or too large while the copy was being made (parts are inflated only as
 * they are copied) is an input that could not be used, whatever step found it.
 */
export function reportFailure(e: unknown, io: Io, code: ExitCode): ExitCode {
  const message = userMessage(e);
  if (message !== undefined) {
    io.err(`plan-tracker: ${message}`);
    const unusableInput = isUserError(e) && (e.code === 'unreadable' || e.code === 'too-large');
    return unusableInput ? EXIT.unusable : code;
  }
  return reportInternal(e, io);
}

/** A fault in Plan Tracker: said plainly, with the detail a maintainer needs, never a stack trace. */
export function reportInternal(e: unknown, io: Io): ExitCode {
  const detail = e instanceof Error ? e.message : String(e);
  io.err(
    `plan-tracker: something went wrong inside Plan Tracker. This is a fault in the tool, not in your file; nothing was written. Please report it with the command you ran. (${detail})`,
  );
  return EXIT.internal;
}
