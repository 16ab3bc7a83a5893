/**
 * The PlanHost for the pane inside Excel: the Office.js adapter from src/excel. Besides the port it
 * reports selection changes, which the Check view listens to (Excel on the web reports no change for a
 * pick from a drop-down list, but the selection still moves).
 */
import type { PlanHost } from '../core/host';
import { createExcelHost } from '../excel/excel-host';
import type { SelectionEvents } from './hooks/useCheck';
import type { IsSetSupported } from './requirements';

export function createOfficeHost(isSetSupported: IsSetSupported): PlanHost & SelectionEvents {
  return createExcelHost({ Excel, isSetSupported });
}
