/** What every task-pane view receives from the shell: the engine it works through and the day it judges by. */
import type { IsoDate } from '../../core/types';
import type { PaneEngine } from '../engine/engine';

export interface ViewProps {
  /** Runs the pane's tasks on the workbook: Excel (src/excel), the browser preview, or a test double. */
  engine: PaneEngine;
  /** The as-of day, 'YYYY-MM-DD' (today unless the officer chose another): deadlines are judged against it. */
  asOf: IsoDate;
  /** How many days ahead count as due soon (30 unless the officer chose another window). */
  dueSoonDays: number;
}
