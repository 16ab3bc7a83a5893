/** The one message for a package that is not a well-formed workbook: something the officer can act on. */
import { UserError } from '../../core/errors';

/** `detail` says what is wrong, e.g. "xl/_rels/workbook.xml.rels is missing". */
export function damaged(detail: string): UserError {
  return new UserError(
    `The workbook package is damaged: ${detail}. Open it in Excel and save a fresh copy, then try again.`,
    'unreadable',
  );
}
