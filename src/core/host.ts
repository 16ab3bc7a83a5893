/**
 * The port every surface talks to: Excel (src/excel), the browser preview (an in-page workbook) and
 * tests (the strict Excel double) each provide one. The task pane and ribbon commands only use this.
 */
import type { Edit } from './edits';
import { UserError } from './errors';
import type { WorkbookSnapshot } from './snapshot';

export interface PlanHost {
  /** Reads every sheet (values, text, number formats, errors, fills, merges, protection) in one round trip. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Applies every edit, all or nothing where the host allows it; one round trip (chunked only for size). */
  apply(edits: Edit[]): Promise<void>;
  /** Calls back (debounced by the caller) when a sheet changes; returns an unsubscribe function. */
  onChanged?(callback: () => void): Promise<() => void>;
  /** Features the host lacks, in plain English (an old Excel), or an empty list. */
  unavailableFeatures(): string[];
}

/** A failure a council officer can act on, raised by a host: the message is shown as it is. */
export class HostError extends UserError {
  constructor(
    message: string,
    override readonly code: 'protected' | 'cell-edit' | 'conflict' | 'unsupported' | 'not-found' | 'other',
  ) {
    super(message, code);
    this.name = 'HostError';
  }
}
