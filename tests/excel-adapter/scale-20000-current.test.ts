/**
 * 20,000 actions on Excel 2024 and Microsoft 365 / Excel on the web (Excel 2019 and 2021 are in
 * scale-20000-perpetual): see scale-suite.ts. The syncs per step, in order: read, RAG dropdowns and
 * colours, mark overdue, freeze header, add missing columns, new plan sheet, insert action, read, refresh
 * RAG summary, read, highlight Ofsted actions, remove highlights.
 */
import { scaleSuite } from './scale-suite';

scaleSuite(20000, {
  excel2024: [7, 7, 3, 1, 0, 1, 1, 7, 19, 10, 2, 2],
  microsoft365: [7, 7, 3, 1, 0, 1, 1, 7, 19, 10, 2, 2],
});
