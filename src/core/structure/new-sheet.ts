/** A new plan sheet laid out the way the tracker reads best: the canonical columns, header on row 3. */
import { endOfMonth, isoToSerial, parseIso } from '../dates';
import type { Edit } from '../edits';
import { UserError } from '../errors';
import { readPlanSheet } from '../plan-reader';
import type { CellStyle, SheetSpec, SpecCell } from '../sheet-spec';
import type { CellSnapshot, SheetSnapshot } from '../snapshot';
import type { IsoDate } from '../types';
import { enforceStructure } from './enforce';

/** The template's columns, left to right, with their widths in characters. */
export const PLAN_COLUMNS: { header: string; width: number }[] = [
  { header: 'Ref', width: 8 },
  { header: 'Objective / action', width: 60 },
  { header: 'Lead', width: 24 },
  { header: 'Deadline', width: 14 },
  { header: 'Progress update', width: 45 },
  { header: 'Action RAG', width: 12 },
  { header: 'Impact RAG', width: 12 },
  { header: 'Evidence', width: 30 },
  { header: 'Ofsted ref', width: 12 },
];

/** The template's header row (1-based). */
export const TEMPLATE_HEADER_ROW = 3;

const HEADER_STYLE: CellStyle = { bold: true, fill: '#D9D9D9', wrap: true, border: true };
const BODY: CellStyle = { wrap: true, border: true };

/** Why Excel would refuse this sheet name, or null when it is fine. */
export function sheetNameProblem(name: string, existing: string[]): string | null {
  const n = name.trim();
  if (n === '') return 'Give the new sheet a name.';
  if (n.length > 31) return `"${n}" is too long for a sheet name: Excel allows 31 characters.`;
  if (/[:\\/?*[\]]/.test(n)) return `"${n}" cannot be a sheet name: Excel does not allow : \\ / ? * [ or ].`;
  if (n.startsWith("'") || n.endsWith("'")) return 'A sheet name cannot start or end with an apostrophe.';
  if (n.toLowerCase() === 'history') return '"History" is a name Excel keeps for itself. Choose another.';
  if (existing.some((e) => e.toLowerCase() === n.toLowerCase()))
    return `There is already a sheet called "${n}". Choose another name.`;
  return null;
}

/** The last day of the month three months after `asOf`: a plausible example deadline. */
function exampleDeadline(asOf: IsoDate | undefined): SpecCell {
  const parts = asOf ? parseIso(asOf) : null;
  if (!parts) return { value: 'TBC', style: BODY };
  const months = parts[0] * 12 + (parts[1] - 1) + 3;
  const due = endOfMonth(Math.floor(months / 12), (months % 12) + 1);
  return { value: isoToSerial(due), style: { ...BODY, numberFormat: 'dd/mm/yyyy', align: 'left' } };
}

/**
 * A template plan sheet: a title row, a line on how to fill it in, the header on row 3 (frozen), one
 * example objective (1) and one example action (1.1) to type over. Throws an Error with a plain message
 * when the name is taken (Excel sheet names ignore case) or not allowed. `asOf` dates the example
 * deadline (three months on); without it the example says "TBC".
 */
export function newPlanSheet(name: string, existing: string[], asOf?: IsoDate): SheetSpec {
  const problem = sheetNameProblem(name, existing);
  if (problem) throw new UserError(problem, 'bad-option');
  const sheetName = name.trim();
  const width = PLAN_COLUMNS.length;
  const text = (value: string, style: CellStyle = BODY): SpecCell => ({ value, style });
  const blanks = (n: number): SpecCell[] => Array.from({ length: n }, () => ({ value: null, style: BODY }));

  const rows: (SpecCell | undefined)[][] = [
    [{ value: `${sheetName} – improvement plan`, style: { bold: true, size: 14 } }],
    [
      {
        value:
          'One row per action under its objective. Deadlines day first (31/10/2025). RAG: Red – off track, Amber – some slippage, Green – on track, Blue – complete.',
        style: { italic: true },
      },
    ],
    PLAN_COLUMNS.map((c) => text(c.header, HEADER_STYLE)),
    [
      text('1', { ...BODY, bold: true }),
      text('Objective: describe what the plan must achieve', { ...BODY, bold: true }),
      ...blanks(width - 2),
    ],
    [
      text('1.1'),
      text('Describe the first action'),
      text('Name of the lead officer'),
      exampleDeadline(asOf),
      text('What has happened since the last update'),
      text('Green'),
      text('Green'),
      text('Where the evidence is kept'),
      { value: null, style: BODY },
    ],
  ];
  // Refs are text, so that 1.10 stays 1.10.
  for (const r of [3, 4]) rows[r][0] = { ...rows[r][0]!, style: { ...rows[r][0]!.style, numberFormat: '@' } };

  return {
    name: sheetName,
    rows,
    columnWidths: PLAN_COLUMNS.map((c) => c.width),
    freeze: { rows: TEMPLATE_HEADER_ROW, columns: 0 },
    state: 'visible',
    print: { landscape: true, fitToWidth: true, repeatRows: [TEMPLATE_HEADER_ROW, TEMPLATE_HEADER_ROW] },
  };
}

/** What the new sheet will look like to the reader once written (values and text only). */
export function snapshotOfSpec(spec: SheetSpec): SheetSnapshot {
  return {
    name: spec.name,
    merges: [...(spec.merges ?? [])],
    rows: spec.rows.map((row) =>
      row.map((c): CellSnapshot | undefined => {
        if (!c || c.value === null) return undefined;
        return {
          value: c.value,
          text: String(c.value),
          ...(c.style?.numberFormat ? { numberFormat: c.style.numberFormat } : {}),
          ...(c.style?.fill ? { fill: c.style.fill } : {}),
        };
      }),
    ),
  };
}

/**
 * Everything "New plan sheet" does in one batch: the sheet itself, then the RAG dropdowns, the deadline
 * date rule, the RAG colours and overdue marks on its example action (the frozen header comes with the
 * sheet). A new sheet has no formats to clear, so the list clears none: a host never has to look for
 * formats on a sheet the same list creates. Throws like newPlanSheet.
 */
export function newPlanSheetEdits(name: string, existing: string[], asOf: IsoDate): Edit[] {
  const spec = newPlanSheet(name, existing, asOf);
  const edits: Edit[] = [{ kind: 'writeSheet', spec }];
  const read = readPlanSheet(snapshotOfSpec(spec));
  if (read.ok) {
    const structure = enforceStructure(read.plan, snapshotOfSpec(spec), asOf, { addColumns: false });
    edits.push(...structure.filter((e) => e.kind !== 'freezeRows' && e.kind !== 'clearConditionalFormats'));
  }
  return edits;
}
