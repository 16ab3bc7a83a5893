/**
 * What this copy of Excel cannot do, in plain English, for the pane to show. The manifest asks for
 * ExcelApi 1.7; newer features are checked at run time. Pure: the caller passes
 * `Office.context.requirements.isSetSupported` (or a stand-in in tests).
 */
export type IsSetSupported = (name: string, version: string) => boolean;

interface Requirement {
  version: string;
  note: string;
}

/** Newest first, so the most noticeable gap is listed first. */
const EXCEL_REQUIREMENTS: readonly Requirement[] = [
  {
    version: '1.9',
    note:
      'This version of Excel cannot read cell colours in bulk (ExcelApi 1.9), so RAG ratings shown only by ' +
      'a cell’s colour are not recognised. Type Red, Amber or Green in the cell as well.',
  },
  {
    version: '1.8',
    note:
      'This version of Excel cannot add drop-down lists (data validation) or conditional formatting ' +
      '(ExcelApi 1.8), so Structure will set up the columns without them.',
  },
  {
    version: '1.7',
    note: 'This version of Excel cannot freeze panes (ExcelApi 1.7), so the header row will scroll out of view.',
  },
];

/** One note for each ExcelApi feature the pane would use but this copy of Excel does not support. */
export function unavailableFeatures(isSetSupported: IsSetSupported): string[] {
  return EXCEL_REQUIREMENTS.filter(({ version }) => {
    try {
      return !isSetSupported('ExcelApi', version);
    } catch {
      return true;
    }
  }).map(({ note }) => note);
}
