/**
 * 20,000 actions on Excel 2019 and Excel 2021 (the other two platforms are in scale-20000-current, so
 * jest can run the two halves side by side): see scale-suite.ts. The syncs per step, in order: read,
 * RAG dropdowns and colours, mark overdue, freeze header, add missing columns, new plan sheet, insert
 * action, read, refresh RAG summary, read, highlight Ofsted actions, remove highlights.
 */
import { scaleSuite } from './scale-suite';

scaleSuite(20000, {
  excel2019: [6, 6, 3, 1, 0, 1, 1, 6, 21, 10, 2, 2],
  excel2021: [7, 7, 3, 1, 0, 1, 1, 7, 19, 10, 2, 2],
});
