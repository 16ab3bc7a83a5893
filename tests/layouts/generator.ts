/**
 * The layout generator: a grammar of the ways councils lay out an improvement plan in Excel, as
 * fast-check arbitraries. Each generated layout is a workbook (grid.ts) and the plan it was built from
 * (model.ts). The grammar crosses:
 * - header synonyms for every role, decorated with capitals, line breaks, trailing colons and footnote
 *   marks, in any column order, with or without a blank-headed ref column; title rows above the header;
 * - ref styles 1.1, 1.1.1, 1a, 1.a, 1(a), A1, P1.1, Action 3;
 * - objectives as objective rows ("Objective: …" or a ref one level up), as a column (repeated, on the
 *   first row only, or merged down), or only implied by the refs;
 * - themes as banner rows (merged, in capitals, or "Theme 2: …"), as a grouping column (Workstream,
 *   Priority, Theme), or one sheet per theme;
 * - ratings as RAG words in any case, letters, status words, a council's own words (saved in the
 *   workbook or given for the run), fill colours, combined ratings ("Amber/Green"), 100% complete;
 * - deadlines as real dates or as text in every supported style, "Ongoing", "TBC" or blank;
 * - leads joined every way, merged down a block; blank cells, blank rows, repeated headers, a RAG key;
 * - a plan kept in an Excel table with a total row, rows hidden by a filter, a hidden old copy of the
 *   plan, a sheet that is not a plan.
 * The expected values (due dates, objective refs) are worked out here from the grammar's own choices,
 * never by calling the reader.
 */
import fc from 'fast-check';
import { put, type Grid, type GridCell, type GridSheet } from './grid';
import type { ModelAction, ModelObjective, ModelRating, ModelSheet, ModelTheme, PlanModel } from './model';

// ----------------------------------------------------------------------------------------------
// Vocabulary
// ----------------------------------------------------------------------------------------------

type Role =
  | 'ref'
  | 'objective'
  | 'action'
  | 'lead'
  | 'deadline'
  | 'rag'
  | 'group'
  | 'progress'
  | 'percent'
  | 'ofstedArea'
  | 'notes';

/** Headers real plans use, by role (each is in README's list). */
export const HEADERS: Record<Role, readonly string[]> = {
  ref: ['Ref', 'Ref.', 'Reference', 'No.', '#', 'ID', 'Action ref', 'Ref no'],
  objective: ['Objective', 'Objectives', 'Aim', 'Area for improvement', 'Improvement objective'],
  action: ['Action', 'Actions', 'Key actions', 'Task', 'What we will do', 'Action required', 'Activity'],
  lead: [
    'Lead',
    'Lead officer',
    'Owner',
    'Responsible officer',
    'Accountable officer',
    'Who',
    'By whom',
    'Action owner',
    'Lead person',
  ],
  deadline: [
    'Deadline',
    'Due',
    'Due date',
    'By when',
    'Timescale',
    'Target date',
    'Completion date',
    'Deadline / target',
    'Date due',
    'Timeframe',
  ],
  rag: [
    'RAG',
    'RAG status',
    'RAG rating',
    'Action RAG',
    'Status',
    'Progress status',
    'BRAG',
    'Overall RAG',
    'Current RAG',
    'Delivery confidence',
    'Rating',
  ],
  group: ['Workstream', 'Work stream', 'Priority', 'Theme', 'Priority area', 'Improvement priority'],
  progress: ['Progress update', 'Progress', 'Update', 'Comments', 'Current position', 'Commentary'],
  percent: ['% complete', 'Progress %', 'Percent complete', '% done', 'Completion %'],
  ofstedArea: ['Ofsted area', 'Inspection finding', 'Recommendation', 'Ofsted rec.', 'Ofsted finding'],
  notes: ['Notes', 'Resources', 'Dependencies', 'Budget'],
};
const COMBINED_HEADERS = ['Objective and actions', 'Objective / action', 'Objectives & actions'];

type Decoration = 'none' | 'upper' | 'lower' | 'colon' | 'footnote' | 'star' | 'bracket' | 'linebreak';
const DECORATIONS: Decoration[] = [
  'none',
  'upper',
  'lower',
  'colon',
  'footnote',
  'star',
  'bracket',
  'linebreak',
];

function decorate(header: string, d: Decoration, inTable: boolean): string {
  if (header === '') return '';
  switch (d) {
    case 'upper':
      return header.toUpperCase();
    case 'lower':
      return header.toLowerCase();
    case 'colon':
      return `${header}:`;
    case 'footnote':
      return `${header}¹`;
    case 'star':
      return `${header} *`;
    case 'bracket':
      return `${header} (1)`;
    case 'linebreak':
      // A header cell typed over two lines (never in a table: its column names are one line).
      return !inTable && header.includes(' ') ? header.replace(' ', '\n') : header;
    default:
      return header;
  }
}

const THEMES = [
  'Front door and early help',
  'Workforce stability',
  'Quality of practice',
  'Children in care',
  'Leadership and governance',
  'Care leavers support',
];
const OBJECTIVES = [
  'Improve the timeliness of assessments',
  'Strengthen management oversight of casework',
  'Reduce social worker caseloads',
  'Improve the quality of child protection plans',
  'Embed the voice of the child in planning',
  'Improve placement stability for children in care',
  'Strengthen multi-agency working at the front door',
  'Improve recording of supervision',
  'Raise the quality of pathway plans',
];
const ACTIONS = [
  'Audit twenty case files each month',
  'Train team managers in reflective supervision',
  'Publish the threshold guidance for partners',
  'Recruit six permanent social workers',
  'Review every plan at the six-week point',
  'Introduce a weekly performance clinic',
  'Agree the escalation protocol with health',
  'Report caseload data to the improvement board',
  'Run practice weeks for every team',
  'Hold quarterly case reviews with the independent chair',
  'Launch the advocacy offer for children in conferences',
  'Refresh the induction programme for new starters',
];
const PEOPLE = [
  'Jo Bloggs',
  'Sam Patel',
  'Ali Khan',
  'Priya Shah',
  'Tom Brown',
  'Anne Lee',
  'Head of Service',
  'Principal Social Worker',
  'MASH Manager',
];
const AREAS = ['Neglect', 'Front door', 'Missing children', 'Care leavers', 'Management oversight'];
const NOTES = ['Within existing budget', 'Depends on recruitment', 'See board paper', ''];
const PROGRESS = ['Work has started', 'Awaiting the audit results', 'Reported to the board in May', ''];
const TITLES = [
  "Children's Services Improvement Plan",
  'Updated 12 May 2025',
  'Post-inspection action plan 2025-26',
  'OFFICIAL - SENSITIVE',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

// ----------------------------------------------------------------------------------------------
// The grammar's choices
// ----------------------------------------------------------------------------------------------

export type RefStyle =
  | 'dotted'
  | 'dotted3'
  | 'letterSuffix'
  | 'dotLetter'
  | 'paren'
  | 'prefixLetter'
  | 'prefixDotted'
  | 'actionWord';
const REF_STYLES: RefStyle[] = [
  'dotted',
  'dotted3',
  'letterSuffix',
  'dotLetter',
  'paren',
  'prefixLetter',
  'prefixDotted',
  'actionWord',
];

type RatingStyle = 'rag' | 'letters' | 'status' | 'fill' | 'custom' | 'mixed';
type DeadlineStyle =
  | 'real'
  | 'dmy'
  | 'dmyDots'
  | 'iso'
  | 'long'
  | 'ordinal'
  | 'month'
  | 'monthShort'
  | 'endMonth'
  | 'quarter'
  | 'none'
  | 'blank';
const DEADLINE_STYLES: DeadlineStyle[] = [
  'real',
  'dmy',
  'dmyDots',
  'iso',
  'long',
  'ordinal',
  'month',
  'monthShort',
  'endMonth',
  'quarter',
  'none',
  'blank',
];

interface ActionChoice {
  text: number;
  leads: number[];
  leadJoin: number;
  deadline: DeadlineStyle;
  /** Days after 1 January 2024. */
  day: number;
  rating: ModelRating;
  /** Which spelling of the rating (an index into its list). */
  spelling: number;
  percent: number | null;
  area: number;
  hidden: boolean;
  progress: number;
  note: number;
}

interface ObjectiveChoice {
  title: number;
  actions: ActionChoice[];
  /** Merge the lead down the objective's actions (all of them share it). */
  mergeLead: boolean;
}

interface ThemeChoice {
  objectives: ObjectiveChoice[];
}

export interface Recipe {
  perThemeSheets: boolean;
  themeMode: 'none' | 'banner' | 'column';
  bannerStyle: 'words' | 'caps' | 'merged';
  groupFill: 'every' | 'first' | 'merged';
  objectiveMode: 'rows' | 'column' | 'refs';
  objectivePrefix: boolean;
  objectiveFill: 'every' | 'first' | 'merged';
  combinedColumn: boolean;
  refStyle: RefStyle;
  blankRefHeader: boolean;
  numberObjectiveRefs: boolean;
  ratingStyle: RatingStyle;
  mappingForRun: boolean;
  headerChoice: Record<Role, number>;
  decorations: Decoration[];
  order: number[];
  progress: boolean;
  percent: boolean;
  percentStyle: 'format' | 'text' | 'number';
  ofstedArea: boolean;
  notes: boolean;
  titleRows: number;
  repeatHeader: boolean;
  blankRows: boolean;
  legend: boolean;
  table: boolean;
  totalRow: boolean;
  hiddenOldCopy: boolean;
  contactsSheet: boolean;
  themes: ThemeChoice[];
}

const ratingArb: fc.Arbitrary<ModelRating> = fc.constantFrom('red', 'amber', 'green', 'blue', 'unrated');

const actionArb: fc.Arbitrary<ActionChoice> = fc.record({
  text: fc.nat(ACTIONS.length - 1),
  leads: fc.array(fc.nat(PEOPLE.length - 1), { minLength: 1, maxLength: 2 }),
  leadJoin: fc.nat(4),
  deadline: fc.constantFrom(...DEADLINE_STYLES),
  day: fc.nat(3 * 365 - 1),
  rating: ratingArb,
  spelling: fc.nat(9),
  percent: fc.option(fc.nat(19), { nil: null }).map((n) => (n === null ? null : n * 5)),
  area: fc.nat(AREAS.length),
  hidden: fc
    .boolean()
    .chain((b) => (b ? fc.boolean() : fc.constant(false)))
    .map((b) => b),
  progress: fc.nat(PROGRESS.length - 1),
  note: fc.nat(NOTES.length - 1),
});

const objectiveArb: fc.Arbitrary<ObjectiveChoice> = fc.record({
  title: fc.nat(OBJECTIVES.length - 1),
  actions: fc.array(actionArb, { minLength: 1, maxLength: 4 }),
  mergeLead: fc.boolean(),
});

const themeArb: fc.Arbitrary<ThemeChoice> = fc.record({
  objectives: fc.array(objectiveArb, { minLength: 1, maxLength: 3 }),
});

const ROLES: Role[] = [
  'ref',
  'objective',
  'action',
  'lead',
  'deadline',
  'rag',
  'group',
  'progress',
  'percent',
  'ofstedArea',
  'notes',
];

export const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  perThemeSheets: fc.boolean(),
  themeMode: fc.constantFrom('none', 'banner', 'column'),
  bannerStyle: fc.constantFrom('words', 'caps', 'merged'),
  groupFill: fc.constantFrom('every', 'first', 'merged'),
  objectiveMode: fc.constantFrom('rows', 'column', 'refs'),
  objectivePrefix: fc.boolean(),
  objectiveFill: fc.constantFrom('every', 'first', 'merged'),
  combinedColumn: fc.boolean(),
  refStyle: fc.constantFrom(...REF_STYLES),
  blankRefHeader: fc.boolean(),
  numberObjectiveRefs: fc.boolean(),
  ratingStyle: fc.constantFrom('rag', 'letters', 'status', 'fill', 'custom', 'mixed'),
  mappingForRun: fc.boolean(),
  headerChoice: fc.record(
    Object.fromEntries(ROLES.map((r) => [r, fc.nat(HEADERS[r].length - 1)])) as Record<
      Role,
      fc.Arbitrary<number>
    >,
  ),
  decorations: fc.array(fc.constantFrom(...DECORATIONS), {
    minLength: ROLES.length,
    maxLength: ROLES.length,
  }),
  order: fc.shuffledSubarray(
    ROLES.map((_, i) => i),
    { minLength: ROLES.length, maxLength: ROLES.length },
  ),
  progress: fc.boolean(),
  percent: fc.boolean(),
  percentStyle: fc.constantFrom('format', 'text', 'number'),
  ofstedArea: fc.boolean(),
  notes: fc.boolean(),
  titleRows: fc.nat(3),
  repeatHeader: fc.boolean(),
  blankRows: fc.boolean(),
  legend: fc.boolean(),
  table: fc.nat(3).map((n) => n === 0),
  totalRow: fc.boolean(),
  hiddenOldCopy: fc.nat(4).map((n) => n === 0),
  contactsSheet: fc.boolean(),
  themes: fc.array(themeArb, { minLength: 1, maxLength: 3 }),
});

// ----------------------------------------------------------------------------------------------
// Spelling the model's values
// ----------------------------------------------------------------------------------------------

const RAG_WORDS: Record<ModelRating, string[]> = {
  red: ['Red', 'RED', 'red', 'Red.'],
  amber: ['Amber', 'AMBER', 'amber'],
  green: ['Green', 'GREEN', 'green', ' Green '],
  blue: ['Blue', 'BLUE', 'blue'],
  unrated: [''],
};
const RAG_LETTERS: Record<ModelRating, string[]> = {
  red: ['R', 'r'],
  amber: ['A', 'a'],
  green: ['G', 'g'],
  blue: ['B', 'b'],
  unrated: [''],
};
const STATUS_WORDS: Record<ModelRating, string[]> = {
  red: ['Off track', 'Behind', 'Significant issues', 'OFF TRACK'],
  amber: ['At risk', 'Some slippage', 'Minor issues', 'at risk'],
  green: ['On track', 'On Track', 'on track', 'On-track'],
  blue: ['Complete', 'Completed', 'Done', 'Achieved', 'Closed'],
  unrated: ['Not started', 'Not yet started', 'Planned', ''],
};
/** A council's own words: the mapping the workbook (or the run) gives them. */
const OWN_WORDS: Record<ModelRating, string[]> = {
  red: ['Stalled'],
  amber: ['In progress'],
  green: ['Underway'],
  blue: ['Delivered'],
  unrated: ['Parked', ''],
};
export const OWN_MAPPING: PlanModel['statusMapping'] = {
  stalled: 'red',
  'in progress': 'amber',
  underway: 'green',
  delivered: 'blue',
  parked: 'not-started',
};
const COMBINED: Record<ModelRating, string[]> = {
  red: ['Red/Amber', 'R/A'],
  amber: ['Amber/Green', 'A/G', 'Amber - Green'],
  green: ['Green/Blue'],
  blue: ['Blue'],
  unrated: [''],
};
const FILLS: Record<ModelRating, string[]> = {
  red: ['FF0000', 'C00000', 'FFC7CE'],
  amber: ['FFC000', 'FFFF00'],
  green: ['00B050', '92D050'],
  blue: ['00B0F0', '0070C0'],
  unrated: [],
};

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

function ratingCell(style: RatingStyle, rating: ModelRating, spelling: number): GridCell | undefined {
  switch (style) {
    case 'fill': {
      const fills = FILLS[rating];
      return fills.length > 0 ? { value: null, fill: pick(fills, spelling) } : undefined;
    }
    case 'rag':
      return { value: pick(RAG_WORDS[rating], spelling) };
    case 'letters':
      return { value: pick(RAG_LETTERS[rating], spelling) };
    case 'status':
      return { value: pick(STATUS_WORDS[rating], spelling) };
    case 'custom':
      return { value: pick(OWN_WORDS[rating], spelling) };
    case 'mixed': {
      const lists = [RAG_WORDS, RAG_LETTERS, STATUS_WORDS, COMBINED];
      return { value: pick(pick(lists, spelling)[rating], Math.floor(spelling / 4)) };
    }
  }
}

const LEAD_JOINS = [' & ', '; ', '\n', ' and ', ', '];

/** A day as the model keeps it, from days after 1 January 2024. */
function dayOf(n: number): Date {
  return new Date(Date.UTC(2024, 0, 1 + n));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastOfMonth(y: number, m0: number): Date {
  return new Date(Date.UTC(y, m0 + 1, 0));
}

/** The cell a deadline is typed in, and the day it is due (worked out from the style, not read). */
function deadlineCell(style: DeadlineStyle, n: number): { cell: GridCell | undefined; due: string | null } {
  const d = dayOf(n);
  const [y, m0, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const text = (value: string, due: Date | null) => ({ cell: { value }, due: due ? iso(due) : null });
  switch (style) {
    case 'real':
      return { cell: { value: d, numFmt: 'dd/mm/yyyy' }, due: iso(d) };
    case 'dmy':
      return text(`${pad(day)}/${pad(m0 + 1)}/${y}`, d);
    case 'dmyDots':
      return text(`${day}.${m0 + 1}.${y}`, d);
    case 'iso':
      return text(iso(d), d);
    case 'long':
      return text(`${day} ${MONTHS[m0]} ${y}`, d);
    case 'ordinal': {
      const suffix =
        day % 10 === 1 && day !== 11
          ? 'st'
          : day % 10 === 2 && day !== 12
            ? 'nd'
            : day % 10 === 3 && day !== 13
              ? 'rd'
              : 'th';
      return text(`${day}${suffix} ${MONTHS[m0]} ${y}`, d);
    }
    case 'month':
      return text(`${MONTHS[m0]} ${y}`, lastOfMonth(y, m0));
    case 'monthShort':
      return text(`${SHORT_MONTHS[m0]} ${y}`, lastOfMonth(y, m0));
    case 'endMonth':
      return text(`End ${SHORT_MONTHS[m0]} ${y}`, lastOfMonth(y, m0));
    case 'quarter': {
      // UK financial year: Q1 is April–June; January–March is Q4 of the year before.
      const fy = m0 >= 3 ? y : y - 1;
      const q = m0 >= 3 ? Math.floor((m0 - 3) / 3) + 1 : 4;
      const end = q === 4 ? lastOfMonth(fy + 1, 2) : lastOfMonth(fy, 3 + q * 3 - 1);
      return text(`Q${q} ${fy}/${String((fy + 1) % 100).padStart(2, '0')}`, end);
    }
    case 'none':
      return text(n % 2 === 0 ? 'Ongoing' : 'TBC', null);
    case 'blank':
      return { cell: undefined, due: null };
  }
}

function percentCell(style: Recipe['percentStyle'], percent: number | null): GridCell | undefined {
  if (percent === null) return undefined;
  if (style === 'format') return { value: percent / 100, numFmt: '0%' };
  if (style === 'text') return { value: `${percent}%` };
  return { value: percent };
}

const letter = (n: number) => String.fromCharCode(96 + n);
const capital = (n: number) => String.fromCharCode(64 + n);

/** The refs of an objective and of its actions, in a style; the objective's is null for "Action 3". */
function refsFor(
  style: RefStyle,
  theme: number,
  objectiveInTheme: number,
  objective: number,
  action: number,
  actionCount: number,
): { objective: string | null; action: string } {
  switch (style) {
    case 'dotted':
      return { objective: `${objective}`, action: `${objective}.${action}` };
    case 'dotted3':
      return { objective: `${theme}.${objectiveInTheme}`, action: `${theme}.${objectiveInTheme}.${action}` };
    case 'letterSuffix':
      return { objective: `${objective}`, action: `${objective}${letter(action)}` };
    case 'dotLetter':
      return { objective: `${objective}`, action: `${objective}.${letter(action)}` };
    case 'paren':
      return { objective: `${objective}`, action: `${objective}(${letter(action)})` };
    case 'prefixLetter':
      return { objective: capital(objective), action: `${capital(objective)}${action}` };
    case 'prefixDotted':
      return { objective: `P${objective}`, action: `P${objective}.${action}` };
    case 'actionWord':
      return { objective: null, action: `Action ${actionCount}` };
  }
}

// ----------------------------------------------------------------------------------------------
// Building the workbook and its model
// ----------------------------------------------------------------------------------------------

/** The choices made consistent with one another (what Excel allows, what the grammar means). */
export function normaliseRecipe(input: Recipe): Recipe {
  const r = { ...input };
  if (r.perThemeSheets) r.themeMode = 'none';
  if (r.table) {
    // Excel tables hold no merged cells, and their header is one row of distinct, non-blank names.
    if (r.bannerStyle === 'merged') r.bannerStyle = 'words';
    if (r.groupFill === 'merged') r.groupFill = 'every';
    if (r.objectiveFill === 'merged') r.objectiveFill = 'every';
    r.repeatHeader = false;
    r.legend = false;
    r.blankRows = false;
    r.blankRefHeader = false;
  }
  // A blank-headed column is taken for the refs from its cells: it takes at least two.
  const actionsOf = (t: ThemeChoice) => t.objectives.flatMap((o) => o.actions).length;
  const perSheet = r.perThemeSheets
    ? r.themes.map(actionsOf)
    : [r.themes.map(actionsOf).reduce((a, b) => a + b)];
  if (perSheet.some((n) => n < 2)) r.blankRefHeader = false;
  // "Action 3" has no objective part: its objectives are rows ("Objective: …") or a column.
  if (r.refStyle === 'actionWord') {
    if (r.objectiveMode === 'refs') r.objectiveMode = 'rows';
    r.objectivePrefix = true;
  }
  // The letters A, B … run out after 26 objectives; the grammar makes at most 9.
  return r;
}

export interface Layout {
  recipe: Recipe;
  grid: Grid;
  model: PlanModel;
}

interface Column {
  role: Role;
  header: string;
}

export function buildLayout(input: Recipe): Layout {
  const r = normaliseRecipe(input);
  const inTable = r.table;

  // The columns, in the recipe's order.
  const wanted = new Set<Role>(['ref', 'action', 'lead', 'deadline', 'rag']);
  if (r.objectiveMode === 'column') wanted.add('objective');
  if (r.themeMode === 'column') wanted.add('group');
  if (r.progress) wanted.add('progress');
  if (r.percent) wanted.add('percent');
  if (r.ofstedArea) wanted.add('ofstedArea');
  if (r.notes) wanted.add('notes');
  const ordered = r.order.map((i) => ROLES[i]).filter((role) => wanted.has(role));
  const columns: Column[] = ordered.map((role, i) => {
    let header = HEADERS[role][r.headerChoice[role]];
    if (role === 'action' && r.objectiveMode === 'rows' && r.combinedColumn)
      header = pick(COMBINED_HEADERS, r.headerChoice.action);
    if (role === 'ref' && r.blankRefHeader) header = '';
    return { role, header: decorate(header, r.decorations[i % r.decorations.length], inTable) };
  });
  const col = (role: Role) => columns.findIndex((c) => c.role === role) + 1;
  const width = columns.length;

  const model: PlanModel = {
    sheets: [],
    statusMapping: r.ratingStyle === 'custom' ? OWN_MAPPING : {},
    mappingForRun: r.mappingForRun,
  };
  const grid: Grid = { sheets: [] };

  // Which themes go on which sheet.
  const themeTitles = r.themes.map((_, t) => THEMES[t % THEMES.length]);
  const sheetsOfThemes: number[][] = r.perThemeSheets
    ? r.themes.map((_, t) => [t])
    : [r.themes.map((_, t) => t)];

  let objectiveNo = 0;
  let actionNo = 0;
  sheetsOfThemes.forEach((themeIndexes, s) => {
    const name = r.perThemeSheets ? `P${themeIndexes[0] + 1} ${themeTitles[themeIndexes[0]]}` : 'Action plan';
    const sheet: GridSheet = { name, rows: [], merges: [], hiddenRows: [], tables: [] };
    const modelSheet: ModelSheet = { name, themes: [] };
    let row = 1;
    for (let t = 0; t < r.titleRows; t++) put(sheet, row++, 1, { value: TITLES[t] });
    if (r.titleRows > 0) row++; // a blank row under the titles
    const headerRow = row;
    const writeHeader = (at: number) =>
      columns.forEach((c, i) => put(sheet, at, i + 1, c.header === '' ? undefined : { value: c.header }));
    writeHeader(row++);

    themeIndexes.forEach((t, k) => {
      const theme = r.themes[t];
      const title = themeTitles[t];
      let themeTitle = '';
      if (r.themeMode === 'banner') {
        if (r.blankRows && k > 0) row++;
        const text =
          r.bannerStyle === 'words'
            ? `Theme ${t + 1}: ${title}`
            : r.bannerStyle === 'caps'
              ? title.toUpperCase()
              : title;
        put(sheet, row, 1, { value: text, ...(r.bannerStyle === 'merged' ? { fill: '1F4E78' } : {}) });
        if (r.bannerStyle === 'merged') sheet.merges.push(`A${row}:${colLetter(width)}${row}`);
        row++;
        if (r.repeatHeader && k > 0) writeHeader(row++);
        themeTitle = text;
      } else if (r.themeMode === 'column') {
        themeTitle = title;
        if (r.blankRows && k > 0) row++;
      } else {
        // One theme per sheet takes the sheet's name; a single sheet has one untitled theme.
        themeTitle = r.perThemeSheets && r.themes.length > 1 ? name : '';
        if (k > 0 && r.blankRows) row++;
      }
      // Without banners or a grouping column, the themes of the grammar are one untitled theme on the sheet.
      const modelTheme: ModelTheme =
        r.themeMode === 'none' && modelSheet.themes.length > 0
          ? modelSheet.themes[0]
          : { title: themeTitle, objectives: [] };
      const themeFirstRow = row;

      theme.objectives.forEach((o, oi) => {
        objectiveNo++;
        const objectiveTitle = OBJECTIVES[(objectiveNo - 1) % OBJECTIVES.length];
        const first = refsFor(r.refStyle, t + 1, oi + 1, objectiveNo, 1, actionNo + 1);
        const modelObjective: ModelObjective = {
          ref: first.objective,
          title: r.objectiveMode === 'refs' ? '' : objectiveTitle,
          actions: [],
        };
        if (r.objectiveMode === 'rows') {
          // An objective row: its ref one level up, or "Objective: …" with no ref.
          const ref = r.objectivePrefix ? null : first.objective;
          if (ref !== null)
            put(sheet, row, col('ref'), {
              value: r.numberObjectiveRefs && /^\d+$/.test(ref) ? Number(ref) : ref,
            });
          put(sheet, row, col('action'), {
            value: r.objectivePrefix ? `Objective: ${objectiveTitle}` : objectiveTitle,
          });
          if (r.themeMode === 'column' && (r.groupFill === 'every' || row === themeFirstRow))
            put(sheet, row, col('group'), { value: title });
          row++;
        }
        const firstActionRow = row;
        const sharedLeads = o.actions[0].leads;
        const mergeLead = o.mergeLead && !inTable && o.actions.length > 1;

        o.actions.forEach((a, ai) => {
          actionNo++;
          const refs = refsFor(r.refStyle, t + 1, oi + 1, objectiveNo, ai + 1, actionNo);
          const text = `${ACTIONS[a.text]} (${refs.action})`;
          const leads = (mergeLead ? sharedLeads : a.leads).map((i) => PEOPLE[i]);
          // A title with "of" is written last: "Head of Service & Jo Bloggs" reads as one long title
          // ("Head of Safeguarding and Quality Assurance"), a known limit of splitting leads by words alone.
          const uniqueLeads = [...new Set(leads)].sort(
            (x, y) => Number(/ of /.test(x)) - Number(/ of /.test(y)),
          );
          const deadline = deadlineCell(a.deadline, a.day);
          // An unrated action is never at 100%, which would make it complete; a complete one may be
          // shown only by 100% with its rating left blank.
          let percent = r.percent ? a.percent : null;
          if (percent === 100 && a.rating === 'unrated') percent = 95;
          const blueByPercent = r.percent && a.rating === 'blue' && a.spelling % 3 === 0;
          if (blueByPercent) percent = 100;

          put(sheet, row, col('ref'), { value: refs.action });
          put(sheet, row, col('action'), { value: text });
          if (!mergeLead || ai === 0)
            put(sheet, row, col('lead'), { value: uniqueLeads.join(pick(LEAD_JOINS, a.leadJoin)) });
          put(sheet, row, col('deadline'), deadline.cell);
          put(
            sheet,
            row,
            col('rag'),
            blueByPercent ? undefined : ratingCell(r.ratingStyle, a.rating, a.spelling),
          );
          if (r.objectiveMode === 'column') {
            const show = r.objectiveFill === 'every' || ai === 0;
            if (show) put(sheet, row, col('objective'), { value: objectiveTitle });
          }
          if (r.themeMode === 'column') {
            const show = r.groupFill === 'every' || row === themeFirstRow;
            if (show) put(sheet, row, col('group'), { value: title });
          }
          if (r.progress) put(sheet, row, col('progress'), { value: PROGRESS[a.progress] });
          if (r.percent) put(sheet, row, col('percent'), percentCell(r.percentStyle, percent));
          const area = r.ofstedArea ? (AREAS[a.area] ?? '') : '';
          if (r.ofstedArea) put(sheet, row, col('ofstedArea'), { value: area });
          if (r.notes) put(sheet, row, col('notes'), { value: NOTES[a.note] });
          if (a.hidden) sheet.hiddenRows.push(row);

          const action: ModelAction = {
            ref: refs.action,
            text,
            leads: uniqueLeads,
            due: deadline.due,
            rating: a.rating,
            percent: r.percent ? percent : null,
            ofstedArea: area,
            hidden: a.hidden,
          };
          modelObjective.actions.push(action);
          row++;
        });
        if (mergeLead)
          sheet.merges.push(`${colLetter(col('lead'))}${firstActionRow}:${colLetter(col('lead'))}${row - 1}`);
        if (r.objectiveMode === 'column' && r.objectiveFill === 'merged' && row - 1 > firstActionRow) {
          const c = colLetter(col('objective'));
          sheet.merges.push(`${c}${firstActionRow}:${c}${row - 1}`);
        }
        modelTheme.objectives.push(modelObjective);
      });
      if (r.themeMode === 'column' && r.groupFill === 'merged' && row - 1 > themeFirstRow) {
        const c = colLetter(col('group'));
        sheet.merges.push(`${c}${themeFirstRow}:${c}${row - 1}`);
      }
      if (!modelSheet.themes.includes(modelTheme)) modelSheet.themes.push(modelTheme);
    });

    const lastDataRow = row - 1;
    if (inTable) {
      const table = {
        name: `PlanTable${s + 1}`,
        top: headerRow,
        left: 1,
        width,
        dataRows: lastDataRow - headerRow,
        ...(r.totalRow
          ? {
              total: {
                label: 'Total',
                // Counts under the action and the lead: read as a row, it would look like an action.
                counts: columns.map((c, i) =>
                  i > 0 && (c.role === 'action' || c.role === 'lead') ? lastDataRow - headerRow : null,
                ),
              },
            }
          : {}),
      };
      sheet.tables.push(table);
      if (table.total) {
        put(sheet, row, 1, { value: table.total.label });
        table.total.counts.forEach((n, i) => {
          if (n !== null) put(sheet, row, i + 1, { value: n, formula: true });
        });
        row++;
      }
    }
    if (r.legend) {
      row++;
      for (const line of [
        'RAG key',
        'Red - significantly off track',
        'Amber - some slippage',
        'Green - on track',
      ]) {
        put(sheet, row++, 1, { value: line });
      }
    }
    grid.sheets.push(sheet);
    model.sheets.push(modelSheet);
  });

  if (r.hiddenOldCopy) {
    // Last year's plan, hidden: it has a plan header but is not read.
    const old: GridSheet = {
      name: 'Old plan 2023',
      rows: [],
      merges: [],
      hiddenRows: [],
      tables: [],
      hidden: true,
    };
    put(old, 1, 1, { value: 'Ref' });
    put(old, 1, 2, { value: 'Action' });
    put(old, 1, 3, { value: 'Lead' });
    put(old, 1, 4, { value: 'Deadline' });
    put(old, 1, 5, { value: 'RAG' });
    ['1.1', '1.2'].forEach((ref, i) => {
      put(old, i + 2, 1, { value: ref });
      put(old, i + 2, 2, { value: 'An action from last year' });
      put(old, i + 2, 3, { value: 'Jo Bloggs' });
      put(old, i + 2, 4, { value: 'March 2023' });
      put(old, i + 2, 5, { value: 'Purple' });
    });
    grid.sheets.push(old);
  }
  if (r.contactsSheet) {
    const contacts: GridSheet = { name: 'Contacts', rows: [], merges: [], hiddenRows: [], tables: [] };
    [
      ['Name', 'Role', 'Phone'],
      ['Jo Bloggs', 'Head of Service', '01922 650000'],
    ].forEach((line, i) => line.forEach((v, j) => put(contacts, i + 1, j + 1, { value: v })));
    grid.sheets.push(contacts);
  }
  if (r.ratingStyle === 'custom' && !r.mappingForRun) {
    // The council's own words, saved in the workbook as the pane saves them.
    const state: GridSheet = {
      name: 'PlanTracker State',
      rows: [],
      merges: [],
      hiddenRows: [],
      tables: [],
      hidden: true,
    };
    put(state, 1, 1, { value: 'Plan Tracker keeps its own data here. Please do not edit.' });
    put(state, 2, 1, { value: 'status-mapping' });
    put(state, 2, 2, {
      value: JSON.stringify({
        Stalled: 'red',
        'In progress': 'amber',
        Underway: 'green',
        Delivered: 'blue',
        Parked: 'not-started',
      }),
    });
    grid.sheets.push(state);
  }
  return { recipe: r, grid, model };
}

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const layoutArb: fc.Arbitrary<Layout> = recipeArb.map(buildLayout);
