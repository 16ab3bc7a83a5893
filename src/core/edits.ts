/**
 * What the core asks an adapter to change, as plain data. The core never writes; a fix, a structure
 * command or a summary refresh returns a list of edits, the user sees it (for fixes), and an adapter
 * applies the whole list in one go (one context.sync() in Excel, chunked only for size).
 *
 * Edits touch only what the user asked for: the cells of a confirmed fix, the formats the tracker
 * manages, and the tracker's own sheets.
 */
import type { SheetSpec } from './sheet-spec';

/** Every conditional format the tracker adds carries a tag so it can find and remove its own. */
export type TrackerTag = 'rag-colours' | 'overdue' | 'ofsted-highlight';

export type Edit =
  /** Write values into a rectangle. Strings are written as text, never as formulas. */
  | { kind: 'setValues'; sheet: string; address: string; values: (string | number | null)[][] }
  | { kind: 'setFill'; sheet: string; address: string; colour: string | null }
  | { kind: 'setFont'; sheet: string; address: string; bold?: boolean; italic?: boolean; colour?: string }
  | { kind: 'setNumberFormat'; sheet: string; address: string; format: string }
  /** A dropdown list; `errorStyle: 'warning'` lets the user keep another value after a warning. */
  | {
      kind: 'dataValidationList';
      sheet: string;
      address: string;
      source: string[];
      prompt?: { title: string; message: string };
      errorStyle: 'stop' | 'warning' | 'information';
    }
  /** A date rule that warns rather than blocks (deadlines may legitimately say "Ongoing"). */
  | {
      kind: 'dataValidationDate';
      sheet: string;
      address: string;
      prompt?: { title: string; message: string };
      errorStyle: 'warning' | 'information';
    }
  /** Conditional fill when the cell's text equals/contains `text` (case-insensitive), or a formula is true. */
  | {
      kind: 'conditionalFormat';
      sheet: string;
      address: string;
      tag: TrackerTag;
      rule: { type: 'textEquals'; text: string } | { type: 'formula'; formula: string };
      fill: string;
      fontColour?: string;
    }
  /** Remove the tracker's own conditional formats with this tag (the user's own are left alone). */
  | { kind: 'clearConditionalFormats'; sheet: string; tag: TrackerTag }
  | { kind: 'freezeRows'; sheet: string; rows: number }
  /** Insert whole rows before `row` (1-based), shifting what is below down. */
  | { kind: 'insertRows'; sheet: string; row: number; count: number }
  /** Create or rebuild one of the tracker's own sheets (RAG Summary, RAG History, state …). */
  | { kind: 'writeSheet'; spec: SheetSpec }
  /**
   * A chart on one of the tracker's sheets (Excel only; the .xlsx writer leaves charts out).
   * `source` is an A1 range on the same sheet whose first row and column hold the labels.
   */
  | {
      kind: 'addChart';
      sheet: string;
      name: string;
      type: 'barStacked' | 'line';
      source: string;
      title: string;
      /** Top-left and bottom-right cells the chart covers. */
      position: { from: string; to: string };
      /** Series colours in order, '#RRGGBB'. */
      colours?: string[];
    }
  /** Select a cell or range and bring it into view. */
  | { kind: 'select'; sheet: string; address: string };

/** The hidden sheet where the tracker keeps what must travel with the workbook (state, mappings). */
export const STATE_SHEET = 'PlanTracker State';
