/**
 * Turning what Excel throws (an OfficeExtension.Error with a code from Excel.ErrorCodes) into a HostError
 * an officer can act on. Nothing is swallowed: unknown failures become code 'other' with the original
 * error kept in `cause`.
 */
import { HostError } from '../core/host';

type Code = HostError['code'];

function quoteList(sheets: string[]): string {
  return sheets.map((s) => `"${s}"`).join(', ');
}

/** The message when the tracker refuses to write to a sheet it knows is protected (nothing was sent). */
export function protectedSheetMessage(sheet: string): string {
  return `The sheet "${sheet}" is protected. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`;
}

export function protectedSheetError(sheet: string): HostError {
  return new HostError(protectedSheetMessage(sheet), 'protected');
}

/**
 * The read stops before it starts when a sheet (or the workbook) has more cells in use than the add-in
 * reads in Excel (src/excel/read-plan.ts): reading them would take dozens of requests.
 */
export function readLimitError(sheet: string | null, cells: number): HostError {
  const count = cells.toLocaleString('en-GB');
  return new HostError(
    sheet === null
      ? `This workbook has ${count} cells in use across its sheets, more than Plan Tracker can read in Excel (2,000,000). Move the plan into a workbook of its own, or check the file with the plan-tracker command-line tool.`
      : `The sheet "${sheet}" has ${count} cells in use, more than Plan Tracker can read in Excel (1,000,000). If something is typed far below or to the right of the plan, delete those rows or columns (Ctrl+End shows the last cell in use), or check the file with the plan-tracker command-line tool.`,
    'other',
  );
}

/** Excel.ErrorCodes values grouped by the HostError code they become. */
const CODE_MAP: Record<string, Code> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'cell-edit',
  Conflict: 'conflict',
  InsertDeleteConflict: 'conflict',
  ItemAlreadyExists: 'conflict',
  ItemNotFound: 'not-found',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
};

export interface ErrorContext {
  /** Sheets the failed request wrote to (for the 'protected' message). */
  sheets: string[];
  /** 'read' or 'write', for the wording of the fallback message. */
  operation: 'read' | 'write';
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Excel's size limits (see "Resource limits and performance optimization"): the adapter sizes its work to
 * stay inside them, so these mean something it could not foresee, such as a single cell's text far
 * longer than usual. Said plainly, with what the officer can do.
 */
const SIZE_MESSAGES: Record<string, Record<ErrorContext['operation'], string>> = {
  RequestPayloadSizeLimitExceeded: {
    read: 'The workbook is too large for Excel on the web to read in one go. Try the Excel desktop app, or check the file with the plan-tracker command-line tool.',
    write:
      'The changes are too large for Excel on the web to make in one go. Try the Excel desktop app, or make the changes on fewer rows at a time.',
  },
  ResponsePayloadSizeLimitExceeded: {
    read: 'The workbook is too large for Excel on the web to send to Plan Tracker. Try the Excel desktop app, or check the file with the plan-tracker command-line tool.',
    write:
      'The changes are too large for Excel on the web to make in one go. Try the Excel desktop app, or make the changes on fewer rows at a time.',
  },
  RangeExceedsLimit: {
    read: 'A sheet has more cells in use than Excel lets an add-in read at once (5 million). Delete anything typed far below or to the right of the plan (Ctrl+End shows the last cell in use), then check again.',
    write:
      'The changes cover more cells than Excel lets an add-in change at once. Make them on fewer rows at a time.',
  },
};

function messageFor(code: Code, excelCode: string | undefined, ctx: ErrorContext, original: string): string {
  const partly =
    ctx.operation === 'write'
      ? ' Excel may have made some of the changes before it stopped: check the sheet before trying again.'
      : '';
  const size = excelCode ? SIZE_MESSAGES[excelCode] : undefined;
  if (size) return `${size[ctx.operation]}${partly}`;
  switch (code) {
    case 'protected':
      if (ctx.sheets.length === 1)
        return `The sheet "${ctx.sheets[0]}" is protected. Unprotect it (Review > Unprotect Sheet) and try again.${partly}`;
      if (ctx.sheets.length > 1)
        return `One of the sheets ${quoteList(ctx.sheets)} is protected. Unprotect it (Review > Unprotect Sheet) and try again.${partly}`;
      return `The workbook or sheet is protected. Unprotect it (Review > Unprotect Sheet or Protect Workbook) and try again.${partly}`;
    case 'cell-edit':
      return 'Excel is busy editing a cell. Press Enter or Esc, then try again.';
    case 'conflict':
      if (excelCode === 'ItemAlreadyExists')
        return `A sheet with that name already exists (perhaps someone else has just added it). Check the workbook again, then try again.${partly}`;
      return `Someone else changed the workbook at the same time. Check the workbook again, then try again.${partly}`;
    case 'not-found':
      return `A sheet or range the tracker expected is missing; it may have been renamed or deleted. Check the workbook again, then try again.${partly}`;
    case 'unsupported':
      return `This version of Excel cannot do what the tracker asked. Try Excel on the web or a newer Excel.${partly}`;
    default:
      return `Excel could not ${ctx.operation === 'read' ? 'read the workbook' : 'make the changes'}: ${original}${partly}`;
  }
}

/** Maps anything Excel.run rejected with to a HostError (HostErrors pass through unchanged). */
export function toHostError(error: unknown, ctx: ErrorContext): HostError {
  if (error instanceof HostError) return error;
  const excelCode = codeOf(error);
  const code: Code = (excelCode && CODE_MAP[excelCode]) || 'other';
  // Errors from Excel come from the Office runtime and need not be instances of this realm's Error.
  const message = (error as { message?: unknown } | null)?.message;
  const original = typeof message === 'string' ? message : String(error);
  const mapped = new HostError(messageFor(code, excelCode, ctx, original), code);
  mapped.cause = error;
  return mapped;
}
