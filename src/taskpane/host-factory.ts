/** The PlanHost for the pane inside Excel: the Office.js adapter from src/excel. */
import type { PlanHost } from '../core/host';
import { createExcelHost } from '../excel/excel-host';
import type { IsSetSupported } from './requirements';

export function createOfficeHost(isSetSupported: IsSetSupported): PlanHost {
  return createExcelHost({ Excel, isSetSupported });
}
