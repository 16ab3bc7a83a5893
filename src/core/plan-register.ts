/**
 * The plan register a performance team takes to a board: one row per plan sheet across many workbooks,
 * with its size, its problems, what is overdue or due soon, and its Action RAG counts. Pure data: the
 * CLI writes it into a workbook with the package writer and links each file name to its file.
 */
import type { WorkbookCheck } from './check';
import { isoToSerial, serialToIso, ukShortDate } from './dates';
import { RAG_COLOURS } from './rag-colours';
import type { SheetSpec, SpecCell } from './sheet-spec';
import { emptyCounts, type RagCounts } from './summary';
import type { IsoDate, PlanAction, Rating } from './types';
import { isOverdue } from './validate';

export const REGISTER_SHEET = 'Plan register';
/** "Due soon" looks this many days ahead of the as-of day, inclusive. */
export const DUE_SOON_DAYS = 30;

export interface RegisterRow {
  file: string;
  /** The plan sheet, or '' for a file that could not be read. */
  sheet: string;
  actions: number;
  errors: number;
  warnings: number;
  overdue: number;
  /** Not complete and due between the as-of day and 30 days after it, inclusive. */
  dueSoon: number;
  rag: RagCounts;
  /** Why a file has no plan rows (it could not be read, or has no plan). */
  note?: string;
}

/** Due within the next 30 days (from the as-of day, inclusive) and not Blue (complete). */
export function isDueSoon(action: PlanAction, asOf: IsoDate): boolean {
  const due = action.deadline.due;
  if (due === null || action.actionRag.rating === 'blue') return false;
  const horizon = serialToIso(isoToSerial(asOf) + DUE_SOON_DAYS);
  return due >= asOf && due <= horizon;
}

/** One register row per plan sheet of a checked workbook. */
export function registerRows(file: string, check: WorkbookCheck, asOf: IsoDate): RegisterRow[] {
  return check.sheets.map(({ plan, findings }) => {
    const rag = emptyCounts();
    for (const a of plan.actions) rag[a.actionRag.rating]++;
    return {
      file,
      sheet: plan.sheet,
      actions: plan.actions.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      overdue: plan.actions.filter((a) => isOverdue(a, asOf)).length,
      dueSoon: plan.actions.filter((a) => isDueSoon(a, asOf)).length,
      rag,
    };
  });
}

/** A row for a file that gave no plan rows, saying why. */
export function registerNote(file: string, note: string): RegisterRow {
  return {
    file,
    sheet: '',
    actions: 0,
    errors: 0,
    warnings: 0,
    overdue: 0,
    dueSoon: 0,
    rag: emptyCounts(),
    note,
  };
}

const RATINGS: [Rating, string][] = [
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
  ['blue', 'Blue (complete)'],
  ['unrated', 'Unrated'],
  ['invalid', 'Invalid'],
];

const HEADER_ROW = 3;
const HEADERS = [
  'File',
  'Sheet',
  'Actions',
  'Errors',
  'Warnings',
  'Overdue',
  `Due in next ${DUE_SOON_DAYS} days`,
  ...RATINGS.map(([, label]) => label),
  'Note',
];

export interface RegisterSheet {
  spec: SheetSpec;
  /** The file-name cells (A1 addresses) with the file each one links to. */
  fileLinks: { cell: string; file: string }[];
}

/** The register as a sheet: a title, a header row frozen above the rows, RAG headers in their colours. */
export function registerSheet(rows: RegisterRow[], asOf: IsoDate): RegisterSheet {
  const border = { border: true } as const;
  const header = HEADERS.map((text, i): SpecCell => {
    const rating = RATINGS[i - 7]?.[0];
    const colours = rating ? RAG_COLOURS[rating] : undefined;
    return {
      value: text,
      style: {
        bold: true,
        wrap: true,
        border: true,
        ...(colours ? { fill: colours.fill, fontColour: colours.font } : { fill: '#D9D9D9' }),
      },
    };
  });
  const body = rows.map((r): SpecCell[] => [
    { value: r.file, style: { ...border, fontColour: '#0563C1' } },
    { value: r.sheet, style: border },
    ...[r.actions, r.errors, r.warnings, r.overdue, r.dueSoon, ...RATINGS.map(([k]) => r.rag[k])].map(
      (n): SpecCell => ({ value: n, style: { ...border, align: 'center' } }),
    ),
    { value: r.note ?? '', style: { ...border, wrap: true } },
  ]);
  const files = rows.length;
  const sheets = rows.filter((r) => r.sheet !== '').length;
  return {
    spec: {
      name: REGISTER_SHEET,
      rows: [
        [{ value: 'Plan register', style: { bold: true, size: 14 } }],
        [
          {
            value: `As of ${ukShortDate(asOf)}: ${sheets} plan sheet${sheets === 1 ? '' : 's'} in ${new Set(rows.map((r) => r.file)).size} file${files === 1 ? '' : 's'}`,
          },
        ],
        header,
        ...body,
      ],
      columnWidths: [40, 24, 9, 9, 10, 9, 12, 8, 8, 8, 10, 9, 9, 40],
      freeze: { rows: HEADER_ROW, columns: 0 },
      print: { landscape: true, fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
    },
    fileLinks: rows.map((r, i) => ({ cell: `A${HEADER_ROW + 1 + i}`, file: r.file })),
  };
}
