/**
 * One-click fixes, offered only where the right change is certain:
 * - a rating typed a non-standard way ("g", "AMBER", "red ", "Complete") → the standard word;
 * - a rating shown only by the cell's colour → the rating the colour shows, typed in (in a column kept
 *   in status words, the status word: "Off track", not "Red", so the column stays in one vocabulary and
 *   its other words stay understood);
 * - an invalid or missing rating → no value is guessed; the fix adds the RAG dropdown to the cell so
 *   the officer can pick the rating. It does not clear the finding, so it says so (`clears: false`,
 *   and its label ends "you still choose the rating").
 * The officer sees each fix's preview (cell, from, to) before anything is written.
 * tests/structure/fixes.test.ts proves that every fix marked `clears` clears its finding.
 */
import { parseA1 } from './address';
import type { SheetCheck } from './check';
import type { Edit } from './edits';
import type { SheetSnapshot } from './snapshot';
import { DEFAULT_STATUS_MAPPING } from './status-mapping';
import { ragDropdownFor } from './structure/rag';
import type { RatingReading, RuleId } from './types';
import { statusWordColumns } from './validate';

/** One cell a fix changes, as the officer sees it before agreeing. */
export interface FixPreview {
  cell: string;
  from: string;
  to: string;
}

export interface Fix {
  /** Stable within one check: `<rule>:<sheet>!<cell>`. */
  id: string;
  rule: RuleId;
  /** The cell of the finding this fix answers. */
  cell: string;
  ref: string | null;
  /** What the fix does, in plain English ("Type Red in E6"). */
  label: string;
  /**
   * True when applying the fix clears its finding. False for a fix that only helps the officer do it
   * (the RAG dropdown on a cell whose rating only they can choose): its label says what is left to do.
   */
  clears: boolean;
  /** The values that change; empty when the fix changes no value (adding a dropdown). */
  preview: FixPreview[];
  edits: Edit[];
}

const RATING_WORDS: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue' };

/** The first status word the tracker knows for each rating: Off track, At risk, On track, Complete. */
const STATUS_WORDS: Record<string, string> = Object.fromEntries(
  [...DEFAULT_STATUS_MAPPING].reverse().map(([word, value]) => [value, word]),
);

/** The text the cell shows, as it is (trailing spaces kept, so the preview shows what is really there). */
function shownText(sheet: SheetSnapshot, cell: string): string {
  const { row, col } = parseA1(cell);
  const c = sheet.rows[row]?.[col];
  if (!c) return '';
  if (c.text !== '') return c.text;
  return typeof c.value === 'string' ? c.value : '';
}

/** The fixes the tracker can offer for one checked sheet, in the order of its findings. */
export function fixesFor(check: SheetCheck, sheet: SheetSnapshot): Fix[] {
  const sheetName = check.plan.sheet;
  const readings = new Map<string, RatingReading>();
  const inStatusWords = new Set<string>();
  const statusColumns = statusWordColumns(check.plan);
  for (const action of check.plan.actions) {
    const { actionRag, impactRag } = action.cells;
    if (actionRag) readings.set(actionRag, action.actionRag);
    if (impactRag) readings.set(impactRag, action.impactRag);
    if (actionRag && statusColumns.has('actionRag')) inStatusWords.add(actionRag);
    if (impactRag && statusColumns.has('impactRag')) inStatusWords.add(impactRag);
  }

  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const finding of check.findings) {
    const id = `${finding.rule}:${sheetName}!${finding.cell}`;
    if (seen.has(id)) continue;
    const reading = readings.get(finding.cell);
    const base = { id, rule: finding.rule, cell: finding.cell, ref: finding.ref };
    const typeWord = (word: string, label: string): Fix => ({
      ...base,
      label,
      clears: true,
      preview: [{ cell: finding.cell, from: shownText(sheet, finding.cell), to: word }],
      edits: [{ kind: 'setValues', sheet: sheetName, address: finding.cell, values: [[word]] }],
    });

    let fix: Fix | null = null;
    switch (finding.rule) {
      case 'rag-not-standard': {
        const word = reading ? RATING_WORDS[reading.rating] : undefined;
        if (word && reading && !reading.byColour && reading.text !== word) {
          fix = typeWord(
            word,
            `Change "${shownText(sheet, finding.cell).trim()}" to ${word} in ${finding.cell}`,
          );
        }
        break;
      }
      case 'rag-by-colour-only': {
        const words = inStatusWords.has(finding.cell) ? STATUS_WORDS : RATING_WORDS;
        const word = reading?.byColour ? words[reading.rating] : undefined;
        if (word) fix = typeWord(word, `Type ${word} in ${finding.cell}`);
        break;
      }
      case 'invalid-rag':
      case 'missing-rag':
        // What the rating should be is the officer's call: offer the dropdown, change no value.
        if (reading) {
          fix = {
            ...base,
            label: `Add the RAG dropdown to ${finding.cell}; you still choose the rating`,
            clears: false,
            preview: [],
            edits: [ragDropdownFor(sheetName, finding.cell)],
          };
        }
        break;
      default:
        break;
    }
    if (fix) {
      seen.add(id);
      fixes.push(fix);
    }
  }
  return fixes;
}

/** The edits of the chosen fixes, in order, for one host.apply call. */
export function fixEdits(fixes: Fix[]): Edit[] {
  return fixes.flatMap((f) => f.edits);
}
