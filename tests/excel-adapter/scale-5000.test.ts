/**
 * 5,000 actions on every simulated platform: see scale-suite.ts. The syncs per step, in order: read,
 * RAG dropdowns and colours, mark overdue, freeze header, add missing columns, new plan sheet, insert
 * action, read, refresh RAG summary, read, highlight Ofsted actions, remove highlights.
 */
import { scaleSuite } from './scale-suite';

scaleSuite(5000, {
  excel2019: [3, 3, 2, 1, 0, 1, 1, 3, 7, 4, 2, 2],
  excel2021: [4, 3, 2, 1, 0, 1, 1, 4, 6, 4, 2, 2],
  excel2024: [4, 3, 2, 1, 0, 1, 1, 4, 6, 4, 2, 2],
  microsoft365: [4, 3, 2, 1, 0, 1, 1, 4, 6, 4, 2, 2],
});
