/** xl/workbook.xml: the sheets in tab order, the date system, and the defined names. */
import { isTrue, local, parseXml, RELATIONSHIPS_NS } from './xml';

export interface SheetEntry {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface DefinedName {
  name: string;
  /** The formula the name stands for, e.g. "'Action plan'!$A$5:$H$40". */
  formula: string;
  /** 0-based index of the sheet the name is local to, when it is. */
  localSheetId?: number;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** True when the workbook counts dates from 1904 (older Mac workbooks). */
  date1904: boolean;
  definedNames: DefinedName[];
}

export async function readWorkbookPart(xml: Buffer, label: string, part: string): Promise<WorkbookPart> {
  const result: WorkbookPart = { sheets: [], date1904: false, definedNames: [] };
  let relPrefix: string | undefined;
  let name: DefinedName | undefined;
  let depth = 0;
  let sheetsDepth = -1;
  await parseXml(
    xml,
    {
      open(element, attrs) {
        depth++;
        if (relPrefix === undefined) {
          relPrefix = '';
          for (const [k, v] of Object.entries(attrs)) {
            if (v === RELATIONSHIPS_NS && k.startsWith('xmlns:')) relPrefix = `${k.slice(6)}:`;
          }
        }
        if (element === 'sheets' && depth === 2) sheetsDepth = depth;
        else if (element === 'sheet' && sheetsDepth >= 0 && depth === sheetsDepth + 1) {
          const relId =
            attrs[`${relPrefix}id`] ??
            Object.entries(attrs).find(([k, v]) => k.includes(':') && local(k) === 'id' && v !== '')?.[1] ??
            '';
          result.sheets.push({
            name: attrs.name ?? '',
            relId,
            hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden',
          });
        } else if (element === 'workbookPr') {
          result.date1904 = isTrue(attrs.date1904);
        } else if (element === 'definedName') {
          name = {
            name: attrs.name ?? '',
            formula: '',
            hidden: isTrue(attrs.hidden),
          };
          if (attrs.localSheetId !== undefined) name.localSheetId = Number(attrs.localSheetId);
        }
      },
      close(element) {
        if (element === 'sheets' && depth === sheetsDepth) sheetsDepth = -1;
        if (element === 'definedName' && name) {
          result.definedNames.push(name);
          name = undefined;
        }
        depth--;
      },
      text(text) {
        if (name) name.formula += text;
      },
    },
    label,
    part,
  );
  return result;
}
