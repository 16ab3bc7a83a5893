/**
 * The "Ofsted Recommendations" sheet: one row per recommendation with the actions that answer it, its
 * state (Linked, Suggested, Not covered) and why each action was put forward.
 */
import { OFSTED_SHEET } from '../check';
import { isoToSerial, ukLongDate } from '../dates';
import type { PlanSheet } from '../plan-reader';
import type { SheetSpec, SpecCell } from '../sheet-spec';
import type { Rating } from '../types';
import { actionKey, planParts, type LinkResult, type LinkState } from './link';
import { reasonText, STATE_LABELS } from './reasons';
import type { Framework, OfstedReport, Timescale } from './types';

export { OFSTED_SHEET };

/** 1-based row of the column headings; recommendations start on the next row. */
export const RECOMMENDATIONS_HEADER_ROW = 5;

/** 1-based sheet row of the recommendation at this 0-based index. */
export function recommendationRow(index: number): number {
  return RECOMMENDATIONS_HEADER_ROW + 1 + index;
}

export const TIMESCALE_LABELS: Record<Timescale, string> = {
  immediate: 'Immediately',
  '3-months': 'Within 3 months',
  '6-months': 'Within 6 months',
  priority: 'Priority action',
  development: 'Area for development',
  unspecified: 'Not stated',
};

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  ilacs: 'inspection of local authority children’s services (ILACS)',
  sif: 'single inspection framework',
  'lscb-review': 'review of the local safeguarding children board',
  'protection-of-children': 'inspection of arrangements for the protection of children',
  'looked-after-children': 'inspection of services for looked after children',
  'unannounced-visit': 'unannounced inspection of contact, referral and assessment',
  'monitoring-visit': 'monitoring visit',
  'focused-visit': 'focused visit',
  unknown: 'inspection report',
};

const RATING_NAMES: Record<Rating, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (complete)',
  unrated: 'Not rated',
  invalid: 'Not rated',
};

const RATING_FILLS: Partial<Record<Rating, string>> = {
  red: '#FFC7CE',
  amber: '#FFEB9C',
  green: '#C6EFCE',
  blue: '#BDD7EE',
};

const HEADER_STYLE = { bold: true, fill: '#1F4E78', fontColour: '#FFFFFF', wrap: true, border: true };
const BODY = { wrap: true, border: true };

export interface RecommendationsSheetOptions {
  /** 'YYYY-MM-DD' the links were worked out on. */
  asOf: string;
  /** The sheet's name: `placeTrackerSheet(workbook, 'ofsted').name` (default "Ofsted Recommendations"). */
  name?: string;
}

const STATE_FILLS: Record<LinkState, string> = {
  linked: '#C6EFCE',
  suggested: '#FFEB9C',
  'not-covered': '#FFC7CE',
};

export function recommendationsSheetSpec(
  report: OfstedReport,
  plan: PlanSheet | readonly PlanSheet[],
  links: LinkResult,
  options: RecommendationsSheetOptions,
): SheetSpec {
  const plans = planParts(plan);
  const byPlace = new Map(
    plans.flatMap((p) => p.actions.map((a) => [`${p.sheet}\u0000${actionKey(a)}`, a] as const)),
  );
  const actionAt = (sheet: string, key: string) => byPlace.get(`${sheet}\u0000${key}`);
  const textCol = (sheet: string, key: string) => {
    const a = actionAt(sheet, key);
    return a ? (a.cells.objectiveAction ?? a.cells.action ?? a.cells.ref ?? `A${a.row}`) : 'A1';
  };
  const about = [
    report.localAuthority ?? 'Local authority not named',
    FRAMEWORK_LABELS[report.framework],
    report.inspectionDates ? `inspected ${report.inspectionDates}` : null,
    report.publicationDate ? `published ${ukLongDate(report.publicationDate)}` : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' – ');

  const rows: (SpecCell | undefined)[][] = [
    [{ value: 'Ofsted recommendations and the actions that answer them', style: { bold: true, size: 14 } }],
    [{ value: about }],
    [
      {
        value: `Matched to the actions in ${plans.map((p) => `"${p.sheet}"`).join(', ')} on ${ukLongDate(options.asOf)}. Linked: confirmed, from the Ofsted ref column or marked in the plan. Suggested: similar wording, not yet confirmed. Not covered: no action plausibly answers it.`,
        style: { italic: true },
      },
    ],
    [],
    ['Id', 'Recommendation', 'Timescale', 'Due by', 'Actions', 'Action RAG', 'Status', 'Why'].map(
      (value) => ({
        value,
        style: HEADER_STYLE,
      }),
    ),
  ];

  for (const rec of report.recommendations) {
    const recLinks = links.recommendations.find((l) => l.recommendation === rec.id);
    const answers = recLinks?.answers ?? [];
    const state: LinkState = recLinks?.state ?? 'not-covered';
    const keys = answers.map((l) => l.action);
    const ratings = answers.map((l) => actionAt(l.sheet, l.action)?.actionRag.rating ?? 'unrated');
    const single = new Set(ratings).size === 1 ? ratings[0] : undefined;
    const covered = keys.length > 0;
    rows.push([
      { value: rec.id, style: { ...BODY, bold: true } },
      { value: rec.text, style: BODY },
      { value: TIMESCALE_LABELS[rec.timescale], style: BODY },
      rec.dueBy
        ? { value: isoToSerial(rec.dueBy), style: { ...BODY, numberFormat: 'dd/mm/yyyy' } }
        : { value: null, style: BODY },
      {
        value: keys.join(', ') || null,
        style: BODY,
        ...(covered ? { link: { sheet: answers[0].sheet, cell: textCol(answers[0].sheet, keys[0]) } } : {}),
      },
      {
        value: covered
          ? keys.length === 1
            ? RATING_NAMES[ratings[0]]
            : keys.map((k, i) => `${k}: ${RATING_NAMES[ratings[i]]}`).join('\n')
          : null,
        style: { ...BODY, ...(single && RATING_FILLS[single] ? { fill: RATING_FILLS[single] } : {}) },
      },
      {
        value: STATE_LABELS[state],
        style: { ...BODY, bold: state !== 'linked', fill: STATE_FILLS[state] },
      },
      {
        value: answers.map((l) => `${l.action}: ${reasonText(l, 3)}`).join('\n') || null,
        style: BODY,
      },
    ]);
  }

  return {
    name: options.name ?? OFSTED_SHEET,
    rows,
    columnWidths: [6, 70, 16, 12, 16, 20, 12, 60],
    freeze: { rows: RECOMMENDATIONS_HEADER_ROW, columns: 0 },
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: [RECOMMENDATIONS_HEADER_ROW, RECOMMENDATIONS_HEADER_ROW],
    },
  };
}
