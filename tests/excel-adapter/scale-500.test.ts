/**
 * 500 actions on every simulated platform: see scale-suite.ts. The syncs per step, in order: read,
 * RAG dropdowns and colours, mark overdue, freeze header, add missing columns, new plan sheet, insert
 * action, read, refresh RAG summary, read, highlight Ofsted actions, remove highlights. A new plan sheet
 * is one write: nothing on a sheet the same edit list creates needs clearing or reloading first.
 */
import { scaleSuite } from './scale-suite';

scaleSuite(500, {
  excel2019: [3, 2, 2, 1, 0, 1, 1, 3, 4, 3, 2, 2],
  excel2021: [3, 2, 2, 1, 0, 1, 1, 3, 2, 3, 2, 2],
  excel2024: [3, 2, 2, 1, 0, 1, 1, 3, 2, 3, 2, 2],
  microsoft365: [3, 2, 2, 1, 0, 1, 1, 3, 2, 3, 2, 2],
});
