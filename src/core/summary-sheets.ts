/**
 * Laying the RAG summary out as the tracker's own sheets: "RAG Summary" (board-ready, prints on A4
 * landscape), "RAG History" (one row per refresh, for a trend) and the hidden state the next refresh
 * compares against. Pure: summary in, SheetSpecs and edits out.
 */
import { a1 } from './address';
import { checkWorkbook } from './check';
import type { StatusMapping } from './status-mapping';
import { ukLongDate, ukShortDate } from './dates';
import type { Edit } from './edits';
import { RAG_COLOURS } from './rag-colours';
import type { CellStyle, SheetSpec, SpecCell } from './sheet-spec';
import type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { addDays } from './due-soon';
import { readStateJson } from './state-sheet';
import {
  stateAfter,
  summarise,
  type ExceptionRow,
  type Movement,
  type RagCounts,
  type Summary,
  type SummaryOptions,
  type SummaryState,
} from './summary';
import { claimTrackerSheets, placeTrackerSheet } from './tracker-sheets';
import type { IsoDate, Rating } from './types';

export const SUMMARY_STATE_KEY = 'summary-state';

export { RAG_COLOURS };

const RATINGS: Rating[] = ['red', 'amber', 'green', 'blue', 'unrated', 'invalid'];
const RATING_LABELS: Record<Rating, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue',
  unrated: 'Unrated',
  invalid: 'Invalid',
};
// No wrapping anywhere: row heights are not stored, and a wrapped cell prints clipped in some programs.
const HEADER: CellStyle = { bold: true, fill: '#1F4E78', fontColour: '#FFFFFF', border: true };
/** Characters that fit the wide first column on one printed line. */
const FIRST_COLUMN_CHARS = 72;
const SECTION: CellStyle = { bold: true, size: 13 };
const HISTORY_HEADER = [
  'Refreshed',
  'As of',
  'Actions',
  'Red',
  'Amber',
  'Green',
  'Blue',
  'Unrated',
  'Not a rating',
  'Overdue',
];

function text(value: string, style?: CellStyle): SpecCell {
  return { value, style };
}

function count(n: number, rating: Rating): SpecCell {
  const c = RAG_COLOURS[rating];
  return {
    value: n,
    style:
      n > 0
        ? { fill: c.fill, fontColour: c.font, align: 'center', border: true }
        : { align: 'center', border: true },
  };
}

/** One line of plan text, cut to fit the first column; the link in the row leads to the whole text. */
function trimmed(s: string, limit = FIRST_COLUMN_CHARS): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > limit ? `${one.slice(0, limit - 1)}…` : one;
}

export interface RefreshResult {
  summary: Summary;
  /** The tracker's sheets: summary, history and the hidden state. */
  specs: SheetSpec[];
  /** Everything to apply in Excel: the sheets, then the charts. */
  edits: Edit[];
  /** The names the summary and history were written under (see tracker-sheets.ts). */
  sheetNames: { summary: string; history: string };
  /** What to tell the user besides the figures (a sheet of theirs that kept the tracker's name). */
  notices: string[];
}

/** The summary alone, compared with the previous refresh, with no sheets laid out (nothing to write). */
/** A refresh's options: the council's status words for this run, and the due-soon window. */
export type RefreshOptions = SummaryOptions & { statusMapping?: StatusMapping };

export function computeSummary(workbook: WorkbookSnapshot, asOf: IsoDate, options: RefreshOptions = {}) {
  const check = checkWorkbook(workbook, { asOf, statusMapping: options.statusMapping });
  const previous = readStateJson<SummaryState>(workbook, SUMMARY_STATE_KEY);
  return { check, previous, summary: summarise(check.sheets, asOf, previous, options) };
}

/**
 * One refresh: check every plan sheet, compare with the previous refresh kept in the workbook, and lay
 * out the sheets. `refreshedAt` is the local time of the refresh as 'YYYY-MM-DD HH:MM'.
 */
export function refreshSummary(
  workbook: WorkbookSnapshot,
  asOf: IsoDate,
  refreshedAt: string,
  options: RefreshOptions = {},
): RefreshResult {
  const { check, previous, summary } = computeSummary(workbook, asOf, options);
  const summaryPlace = placeTrackerSheet(workbook, 'summary');
  const historyPlace = placeTrackerSheet(workbook, 'history');
  const history = historyRows(historyPlace.existing);
  const t = summary.totals;
  history.push([
    refreshedAt,
    asOf,
    t.actions,
    t.red,
    t.amber,
    t.green,
    t.blue,
    t.unrated,
    t.invalid,
    t.overdue,
  ]);

  const summarySpec = summarySheet(summary, previous, refreshedAt, history, summaryPlace.name);
  const { specs, notices } = claimTrackerSheets(
    workbook,
    [
      { place: summaryPlace, spec: summarySpec.spec },
      { place: historyPlace, spec: historySheet(history, historyPlace.name) },
    ],
    { [SUMMARY_STATE_KEY]: stateAfter(summary, check.sheets, refreshedAt) },
  );
  const edits: Edit[] = [...specs.map((spec): Edit => ({ kind: 'writeSheet', spec })), ...summarySpec.charts];
  const sheetNames = { summary: summaryPlace.name, history: historyPlace.name };
  return { summary, specs, edits, sheetNames, notices };
}

/** Earlier rows of the tracker's RAG History sheet, as they are. */
function historyRows(sheet: SheetSnapshot | undefined): (string | number)[][] {
  if (!sheet) return [];
  const rows: (string | number)[][] = [];
  for (const row of sheet.rows.slice(1)) {
    if (!row?.[0]?.text) continue;
    rows.push(
      HISTORY_HEADER.map((_, i) => {
        const v = row[i]?.value;
        return typeof v === 'number' ? v : (row[i]?.text ?? '');
      }),
    );
  }
  return rows;
}

function historySheet(rows: (string | number)[][], name: string): SheetSpec {
  return {
    name,
    columnWidths: [18, 12, ...HISTORY_HEADER.slice(2).map(() => 11)],
    freeze: { rows: 1, columns: 0 },
    rows: [HISTORY_HEADER.map((h) => text(h, HEADER)), ...rows.map((r) => r.map((v) => ({ value: v })))],
  };
}

function ratingRow(label: string, counts: RagCounts, style?: CellStyle): SpecCell[] {
  const total = RATINGS.reduce((n, r) => n + counts[r], 0);
  return [
    text(trimmed(label), { border: true, ...style }),
    ...RATINGS.map((r) => count(counts[r], r)),
    { value: total, style: { bold: true, align: 'center', border: true } },
  ];
}

function summarySheet(
  summary: Summary,
  previous: SummaryState | null,
  refreshedAt: string,
  history: (string | number)[][],
  name: string,
): { spec: SheetSpec; charts: Edit[] } {
  const rows: (SpecCell | undefined)[][] = [];
  const dataBars: SheetSpec['dataBars'] = [];
  const t = summary.totals;
  const add = (...cells: (SpecCell | undefined)[]) => rows.push(cells);
  const blank = () => rows.push([]);

  add(text('RAG Summary', { bold: true, size: 16 }));
  add(text(`Plan: ${summary.sheets.join(', ') || '(no plan sheet found)'}`));
  add(
    text(`As of ${ukLongDate(summary.asOf)} · refreshed ${refreshedAt} · Blue means complete`, {
      italic: true,
    }),
  );
  blank();

  add(text('Where the plan stands', SECTION));
  add(
    ...['Actions', ...RATINGS.map((r) => RATING_LABELS[r]), 'Overdue', '% complete', '% on track'].map((h) =>
      text(h, HEADER),
    ),
  );
  add(
    { value: t.actions, style: { bold: true, align: 'center', border: true } },
    ...RATINGS.map((r) => count(t[r], r)),
    {
      value: t.overdue,
      style: { align: 'center', border: true, ...(t.overdue > 0 ? { fill: '#F8CBAD' } : {}) },
    },
    { value: summary.percentComplete / 100, style: { numberFormat: '0.0%', align: 'center', border: true } },
    { value: summary.percentOnTrack / 100, style: { numberFormat: '0.0%', align: 'center', border: true } },
  );
  add(text(`Actions with validation errors: ${summary.actionsWithErrors}`));
  const o = summary.ofsted.counts;
  add(
    text(
      `Actions answering the Ofsted report: ${summary.ofsted.actions} (Red ${o.red}, Amber ${o.amber}, Green ${o.green}, Blue ${o.blue}, unrated ${o.unrated}, invalid ${o.invalid})`,
    ),
  );
  blank();

  // By theme and objective, Action RAG then Impact RAG.
  add(text('By theme and objective (Action RAG)', SECTION));
  const tableHeader = ['Theme / objective', ...RATINGS.map((r) => RATING_LABELS[r]), 'Total'];
  const headerRow = rows.length + 1;
  add(...tableHeader.map((h) => text(h, HEADER)));
  const firstBody = rows.length + 1;
  for (const theme of summary.byTheme) {
    add(...ratingRow(theme.theme, theme.counts, { bold: true, fill: '#DDEBF7' }));
    for (const obj of theme.objectives)
      add(...ratingRow(`${obj.ref ? `${obj.ref} ` : ''}${obj.title}`, obj.counts));
  }
  add(
    ...ratingRow(
      'All actions',
      { red: t.red, amber: t.amber, green: t.green, blue: t.blue, unrated: t.unrated, invalid: t.invalid },
      { bold: true },
    ),
  );
  const lastBody = rows.length;
  RATINGS.forEach((r, i) =>
    dataBars.push({
      range: `${a1(firstBody - 1, i + 1)}:${a1(lastBody - 1, i + 1)}`,
      colour: RAG_COLOURS[r].fill,
    }),
  );
  blank();

  add(text('By theme and objective (Impact RAG)', SECTION));
  add(...tableHeader.map((h) => text(h, HEADER)));
  for (const theme of summary.byTheme) {
    add(...ratingRow(theme.theme, theme.impact, { bold: true, fill: '#DDEBF7' }));
    for (const obj of theme.objectives)
      add(...ratingRow(`${obj.ref ? `${obj.ref} ` : ''}${obj.title}`, obj.impact));
  }
  add(...ratingRow('All actions', summary.impact, { bold: true }));
  blank();

  exceptionTable(rows, 'Red actions', summary.exceptions.red);
  exceptionTable(
    rows,
    `Overdue actions (deadline before ${ukLongDate(summary.asOf)}, not Blue)`,
    summary.exceptions.overdue,
  );
  exceptionTable(
    rows,
    `Due in the next ${summary.dueSoonDays} days (by ${ukLongDate(addDays(summary.asOf, summary.dueSoonDays))}), not Blue`,
    summary.exceptions.dueSoon,
  );
  exceptionTable(rows, 'Actions missing a lead, a deadline or a rating', summary.exceptions.incomplete);

  movementSection(rows, summary, previous);

  // Chart data: contiguous blocks the charts read (Excel draws them; a printed copy shows the tables above).
  blank();
  add(text('Chart data', SECTION));
  const chartTop = rows.length + 1;
  add(...['Theme', 'Red', 'Amber', 'Green', 'Blue'].map((h) => text(h, HEADER)));
  summary.byTheme.forEach((th, i) =>
    add(
      text(th.theme ? `Theme ${i + 1}` : 'Plan'),
      ...(['red', 'amber', 'green', 'blue'] as Rating[]).map((r) => ({ value: th.counts[r] })),
    ),
  );
  const chartBottom = rows.length;
  blank();
  const trendTop = rows.length + 1;
  add(...['Refreshed', 'Red', 'Amber', 'Green', 'Blue', 'Overdue'].map((h) => text(h, HEADER)));
  for (const h of history.slice(-12))
    add(
      { value: String(h[0]) },
      { value: h[3] },
      { value: h[4] },
      { value: h[5] },
      { value: h[6] },
      { value: h[9] },
    );
  const trendBottom = rows.length;

  const charts: Edit[] = [
    {
      kind: 'addChart',
      sheet: name,
      name: 'RAG by theme',
      type: 'barStacked',
      source: `A${chartTop}:E${chartBottom}`,
      title: 'Action RAG by theme',
      position: { from: `K${headerRow}`, to: `S${headerRow + 18}` },
      colours: ['red', 'amber', 'green', 'blue'].map((r) => RAG_COLOURS[r as Rating].fill),
    },
    {
      kind: 'addChart',
      sheet: name,
      name: 'RAG trend',
      type: 'line',
      source: `A${trendTop}:F${trendBottom}`,
      title: 'RAG over time',
      position: { from: `K${headerRow + 20}`, to: `S${headerRow + 38}` },
      colours: [...['red', 'amber', 'green', 'blue'].map((r) => RAG_COLOURS[r as Rating].fill), '#7F7F7F'],
    },
  ];

  return {
    spec: {
      name,
      rows,
      dataBars,
      // No merged cells (Excel's getMergedAreas fails past 512 of them): column B is wide enough for
      // the lead of an exception row on its own.
      columnWidths: [70, 22, 11, 11, 11, 11, 11, 11, 11, 11],
      freeze: { rows: 3, columns: 0 },
      print: { landscape: true, fitToWidth: true, repeatRows: [1, 3] },
    },
    charts,
  };
}

function exceptionTable(rows: (SpecCell | undefined)[][], title: string, list: ExceptionRow[]): void {
  rows.push([text(`${title}: ${list.length}`, SECTION)]);
  if (list.length === 0) {
    rows.push([text('None.', { italic: true })]);
    rows.push([]);
    return;
  }
  rows.push(['Ref and action', 'Lead', 'Deadline', 'Action RAG', 'Go to'].map((h) => text(h, HEADER)));
  for (const e of list) {
    const c = RAG_COLOURS[e.actionRag];
    const lead = e.leads.length > 1 ? `${e.leads[0]} +${e.leads.length - 1}` : (e.leads[0] ?? '');
    rows.push([
      text(trimmed(`${e.ref ?? ''} ${e.text}`), { border: true }),
      text(trimmed(lead, 22), { border: true }),
      text(e.due ? ukShortDate(e.due) : trimmed(e.deadline, 11), { border: true }),
      text(RATING_LABELS[e.actionRag], { fill: c.fill, fontColour: c.font, border: true }),
      {
        value: `Row ${e.row}`,
        link: { sheet: e.sheet, cell: `A${e.row}` },
        style: { fontColour: '#0563C1', border: true },
      },
    ]);
  }
  rows.push([]);
}

const ARROWS: Record<Movement['direction'], string> = {
  up: '↑ better',
  down: '↓ worse',
  same: '→ changed',
  new: 'new action',
  removed: 'removed',
};

function movementSection(
  rows: (SpecCell | undefined)[][],
  summary: Summary,
  previous: SummaryState | null,
): void {
  if (!previous || !summary.previous) {
    rows.push([text('Movement since the last refresh', SECTION)]);
    rows.push([text('This is the first refresh: movement will show from the next one.', { italic: true })]);
    rows.push([]);
    return;
  }
  rows.push([
    text(
      `Movement since the last refresh (${previous.refreshedAt}, as of ${ukLongDate(previous.asOf)})`,
      SECTION,
    ),
  ]);
  rows.push(['Measure', 'Then', 'Now', 'Change'].map((h) => text(h, HEADER)));
  const then = summary.previous;
  const now = summary.totals;
  for (const [label, key] of [
    ['Actions', 'actions'],
    ['Red', 'red'],
    ['Amber', 'amber'],
    ['Green', 'green'],
    ['Blue (complete)', 'blue'],
    ['Unrated', 'unrated'],
    ['Overdue', 'overdue'],
  ] as const) {
    const d = now[key] - then[key];
    rows.push([
      text(label, { border: true }),
      { value: then[key], style: { border: true } },
      { value: now[key], style: { border: true } },
      text(d > 0 ? `+${d}` : String(d), { border: true }),
    ]);
  }
  rows.push([]);
  rows.push([text(`Actions whose Action RAG changed: ${summary.movement.length}`, SECTION)]);
  if (summary.movement.length === 0) {
    rows.push([text('No change.', { italic: true })]);
    return;
  }
  rows.push(['Ref', 'From', 'To', 'Direction', 'Sheet'].map((h) => text(h, HEADER)));
  for (const m of summary.movement) {
    rows.push([
      text(m.ref, { border: true }),
      m.from
        ? text(RATING_LABELS[m.from], {
            fill: RAG_COLOURS[m.from].fill,
            fontColour: RAG_COLOURS[m.from].font,
            border: true,
          })
        : text('', { border: true }),
      m.to
        ? text(RATING_LABELS[m.to], {
            fill: RAG_COLOURS[m.to].fill,
            fontColour: RAG_COLOURS[m.to].font,
            border: true,
          })
        : text('', { border: true }),
      text(ARROWS[m.direction], { border: true }),
      text(m.sheet, { border: true }),
    ]);
  }
}

/** The summary as `plan-tracker summary --json` prints it. */
export function summaryToJson(summary: Summary): unknown {
  const refs = (list: ExceptionRow[]) => list.map((e) => e.ref ?? `row ${e.row}`);
  const counts = (c: RagCounts) => ({
    red: c.red,
    amber: c.amber,
    green: c.green,
    blue: c.blue,
    unrated: c.unrated,
    invalid: c.invalid,
  });
  return {
    asOf: summary.asOf,
    sheets: summary.sheets,
    totals: { actions: summary.totals.actions, ...counts(summary.totals), overdue: summary.totals.overdue },
    impact: counts(summary.impact),
    percentComplete: summary.percentComplete,
    percentOnTrack: summary.percentOnTrack,
    dueSoonDays: summary.dueSoonDays,
    actionsWithErrors: summary.actionsWithErrors,
    ofsted: { actions: summary.ofsted.actions, counts: counts(summary.ofsted.counts) },
    byTheme: summary.byTheme.map((th) => ({
      theme: th.theme,
      counts: counts(th.counts),
      impact: counts(th.impact),
      objectives: th.objectives.map((o) => ({
        ref: o.ref,
        title: o.title,
        counts: counts(o.counts),
        impact: counts(o.impact),
      })),
    })),
    exceptions: {
      red: refs(summary.exceptions.red),
      overdue: refs(summary.exceptions.overdue),
      dueSoon: refs(summary.exceptions.dueSoon),
      incomplete: refs(summary.exceptions.incomplete),
    },
    movement: summary.movement.map((m) => ({
      ref: m.ref,
      from: m.from,
      to: m.to,
      direction: m.direction,
      sheet: m.sheet,
    })),
    previous: summary.previous,
  };
}
