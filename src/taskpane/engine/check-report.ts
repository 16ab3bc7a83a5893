/**
 * What the Check view shows, worked out from one read of the workbook: per plan sheet, the findings to
 * fix before the board (what is wrong in the sheet) grouped by severity and rule, the fixes on offer,
 * where the plan stands (overdue, due soon, not started), what the column-mapping editor needs and the
 * columns the tracker would suggest for a role the header does not name; for the whole workbook, the
 * status words: the council's own, saved in the workbook, and the ones typed in the plan the tracker
 * does not know.
 *
 * The page gets the first items of each list only (`Page`), the rest on request from the full report
 * kept where the tasks run: a plan of thousands of actions has thousands of findings, and copying them
 * all to the page at once would hold it up. Pure: snapshot in, report out.
 */
import { columnLetter } from '../../core/address';
import { checkWorkbook, countBySeverity, type SkippedSheet } from '../../core/check';
import {
  SUGGESTED_ROLE_NAMES,
  suggestionText,
  type ColumnSuggestion,
  type SuggestedRole,
} from '../../core/column-suggestions';
import { fixesFor, type Fix } from '../../core/fixes';
import { SEVERITY_ORDER } from '../../core/labels';
import { readMappingOverrides, type MappingOverride } from '../../core/mapping-override';
import type { PlanSheet } from '../../core/plan-reader';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { DEFAULT_DUE_SOON_DAYS, planStanding, type StandingItem } from '../../core/standing';
import {
  DEFAULT_STATUS_MAPPING,
  readStatusMapping,
  statusKey,
  unknownStatusWords,
  type StatusMapping,
  type StatusValue,
} from '../../core/status-mapping';
import type { ColumnMapping, Finding, IsoDate, RuleId, Severity } from '../../core/types';
import { RULES } from '../../core/validate';

/** Rules about where the plan stands rather than what is wrong in the sheet: listed apart. */
export const STANDING_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['overdue']);

/** Items of a list the page gets at first, and with each "Show more". */
export const PAGE_SIZE = 25;

/** No more columns than this are offered (a stray cell far to the right should not make a huge list). */
const MAX_COLUMNS = 104;

/** A fix as the page shows it; its edits stay where the tasks run and are worked out afresh when applied. */
export type FixSummary = Omit<Fix, 'edits'>;

/** The first items of a list, and how many there are in all. */
export interface Page<T> {
  total: number;
  items: T[];
}

export interface FindingItem {
  finding: Finding;
  /** The fix that answers this finding, when there is one on offer. */
  fix?: FixSummary;
}

export type StandingList = 'overdue' | 'dueSoon' | 'notStarted';

export interface FindingGroup {
  severity: Severity;
  rule: RuleId;
  /** One line on what the rule checks. */
  note: string;
  page: Page<FindingItem>;
}

export interface ColumnOption {
  letter: string;
  /** 'A · Ref', or 'C (blank header)'. */
  label: string;
}

/** A column offered for a role the header does not name ("Use column D as the deadline"). */
export interface ColumnSuggestionItem {
  role: SuggestedRole;
  /** How the officer calls the role: 'deadline', 'lead', 'Action RAG'. */
  roleName: string;
  letter: string;
  /** 'No column is headed as the deadline. Column D ("Milestone") holds dates.' */
  text: string;
  /** The button: 'Use column D as the deadline'. */
  label: string;
}

/** The status words read as ratings: the council's own (saved in the workbook) and the unknown ones. */
export interface StatusWordsReport {
  /** Words typed in the plan's rating cells that the tracker could not read, as typed, once each. */
  unknown: string[];
  /** The council's own words saved in the workbook, by key (lower case), in key order. */
  saved: { key: string; value: StatusValue }[];
  /** How many words are read as ratings: the tracker's own and the council's. */
  known: number;
}

export interface SheetReport {
  sheet: string;
  headerRow: number;
  counts: { themes: number; objectives: number; actions: number };
  columns: ColumnMapping[];
  /** The columns the mapping editor offers. */
  columnOptions: ColumnOption[];
  /** The corrected mapping saved in the workbook for this sheet, if any. */
  savedMapping: MappingOverride | null;
  /** Columns offered for a role the header does not name. */
  suggestions: ColumnSuggestionItem[];
  /** What to fix before the board, by severity (errors first) and rule (largest first). */
  groups: FindingGroup[];
  bySeverity: Record<Severity, number>;
  /** Fixes on offer on this sheet. */
  fixes: number;
  standing: { asOf: IsoDate; dueSoonDays: number } & Record<StandingList, Page<StandingItem>>;
}

export interface CheckReport {
  /** Names this report, for asking for more of its lists. */
  id: number;
  asOf: IsoDate;
  dueSoonDays: number;
  sheets: SheetReport[];
  skipped: SkippedSheet[];
  statusWords: StatusWordsReport;
  /** Findings to fix, by severity, over every plan sheet. */
  totals: Record<Severity, number>;
  /** Fixes on offer over every plan sheet. */
  fixes: number;
}

/** Everything the report's pages come from. */
export interface FullReport {
  report: CheckReport;
  /** By sheet: each group's findings (key `${severity}:${rule}`), each standing list, and the fixes. */
  lists: Map<
    string,
    { groups: Map<string, FindingItem[]>; standing: Record<StandingList, StandingItem[]>; fixes: Fix[] }
  >;
}

function cellText(cell: CellSnapshot | undefined): string {
  if (!cell || cell.error) return '';
  if (cell.text !== '') return cell.text.trim();
  return typeof cell.value === 'string' ? cell.value.trim() : '';
}

/** The columns on offer: 'A · Ref', 'B · Objective', … ('C (blank header)' for a column with no header). */
export function columnOptions(plan: PlanSheet, sheet: SheetSnapshot | undefined): ColumnOption[] {
  const header = sheet?.rows[plan.headerRow - 1] ?? [];
  let width = header.length;
  for (const row of sheet?.rows ?? []) width = Math.max(width, row?.length ?? 0);
  for (const c of plan.columns) width = Math.max(width, c.col + 1);
  width = Math.min(width, Math.max(MAX_COLUMNS, ...plan.columns.map((c) => c.col + 1)));
  const out: ColumnOption[] = [];
  for (let col = 0; col < width; col++) {
    const letter = columnLetter(col);
    const text = cellText(header[col]).replace(/\s+/g, ' ');
    out.push({ letter, label: text ? `${letter} · ${text}` : `${letter} (blank header)` });
  }
  return out;
}

export function suggestionItem(s: ColumnSuggestion): ColumnSuggestionItem {
  const role = SUGGESTED_ROLE_NAMES[s.role];
  return {
    role: s.role,
    roleName: role,
    letter: s.letter,
    text: `No column is headed as the ${role}. ${suggestionText(s)}.`,
    label: `Use column ${s.letter} as the ${role}`,
  };
}

export function statusWordsReport(plans: readonly PlanSheet[], saved: StatusMapping): StatusWordsReport {
  const own = Object.entries(saved)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value }));
  // A council's word may give one of the tracker's own words another rating: counted once.
  const known = new Set([...DEFAULT_STATUS_MAPPING.map(([word]) => statusKey(word)), ...Object.keys(saved)]);
  return { unknown: unknownStatusWords(plans), saved: own, known: known.size };
}

export function fixSummary({ edits: _edits, ...rest }: Fix): FixSummary {
  return rest;
}

function page<T>(list: T[]): Page<T> {
  return { total: list.length, items: list.slice(0, PAGE_SIZE) };
}

export interface CheckReportOptions {
  asOf: IsoDate;
  dueSoonDays?: number;
  /** Fixes not to offer (dropdowns already added in this session: they cannot clear their finding). */
  hide?: readonly string[];
}

/** The fixes on offer for each plan sheet, in the order of its findings. */
export function offeredFixes(workbook: WorkbookSnapshot, { asOf, hide = [] }: CheckReportOptions): Fix[] {
  const hidden = new Set(hide);
  return checkWorkbook(workbook, { asOf }).sheets.flatMap(({ plan, findings }) => {
    const sheet = workbook.sheets.find((s) => s.name === plan.sheet);
    const board = findings.filter((f) => !STANDING_RULES.has(f.rule));
    return sheet ? fixesFor({ plan, findings: board }, sheet).filter((f) => !hidden.has(f.id)) : [];
  });
}

export function checkReport(workbook: WorkbookSnapshot, options: CheckReportOptions, id = 0): FullReport {
  const { asOf, dueSoonDays = DEFAULT_DUE_SOON_DAYS } = options;
  const hidden = new Set(options.hide ?? []);
  const result = checkWorkbook(workbook, { asOf });
  const saved = readMappingOverrides(workbook);
  const lists: FullReport['lists'] = new Map();
  const sheets = result.sheets.map((sheetCheck): SheetReport => {
    const { plan } = sheetCheck;
    const sheet = workbook.sheets.find((s) => s.name === plan.sheet);
    const findings = sheetCheck.findings.filter((f) => !STANDING_RULES.has(f.rule));
    const fixes = sheet ? fixesFor({ plan, findings }, sheet).filter((f) => !hidden.has(f.id)) : [];
    const fixByFinding = new Map(fixes.map((f) => [`${f.rule}|${f.cell}`, fixSummary(f)]));

    const grouped = new Map<string, FindingItem[]>();
    for (const finding of findings) {
      const key = `${finding.severity}:${finding.rule}`;
      const fix = fixByFinding.get(`${finding.rule}|${finding.cell}`);
      let list = grouped.get(key);
      if (!list) grouped.set(key, (list = []));
      list.push(fix ? { finding, fix } : { finding });
    }
    const order = (key: string) => SEVERITY_ORDER.indexOf(key.split(':')[0] as Severity);
    const keys = [...grouped.keys()].sort(
      (a, b) => order(a) - order(b) || grouped.get(b)!.length - grouped.get(a)!.length || a.localeCompare(b),
    );
    const standing = planStanding(plan, sheet, asOf, dueSoonDays);
    lists.set(plan.sheet, {
      groups: grouped,
      standing: { overdue: standing.overdue, dueSoon: standing.dueSoon, notStarted: standing.notStarted },
      fixes,
    });
    return {
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      counts: {
        themes: plan.themes.filter((t) => t.row > 0).length,
        objectives: plan.objectives.length,
        actions: plan.actions.length,
      },
      columns: plan.columns,
      columnOptions: columnOptions(plan, sheet),
      savedMapping: saved[plan.sheet] ?? null,
      suggestions: plan.suggestions.map(suggestionItem),
      groups: keys.map((key) => {
        const [severity, rule] = key.split(':') as [Severity, RuleId];
        return { severity, rule, note: RULES[rule].summary, page: page(grouped.get(key)!) };
      }),
      bySeverity: countBySeverity(findings),
      fixes: fixes.length,
      standing: {
        asOf,
        dueSoonDays,
        overdue: page(standing.overdue),
        dueSoon: page(standing.dueSoon),
        notStarted: page(standing.notStarted),
      },
    };
  });
  const totals = { error: 0, warning: 0, info: 0 };
  for (const s of sheets) for (const sev of SEVERITY_ORDER) totals[sev] += s.bySeverity[sev];
  return {
    report: {
      id,
      asOf,
      dueSoonDays,
      sheets,
      skipped: result.skipped,
      statusWords: statusWordsReport(
        result.sheets.map((s) => s.plan),
        readStatusMapping(workbook),
      ),
      totals,
      fixes: sheets.reduce((n, s) => n + s.fixes, 0),
    },
    lists,
  };
}
