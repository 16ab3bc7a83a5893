/** What every task-pane view receives from the shell: the workbook it works on and the day it judges by. */
import type { PlanHost } from '../../core/host';
import type { IsoDate } from '../../core/types';

export interface ViewProps {
  /** Excel (src/excel), the browser preview's in-page workbook, or a test double. */
  host: PlanHost;
  /** Today, as 'YYYY-MM-DD': deadlines are judged against it. */
  asOf: IsoDate;
}
