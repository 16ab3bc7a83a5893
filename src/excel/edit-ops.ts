/**
 * One Edit → the Office.js calls that make it, as ops (see ops.ts). Nothing here syncs.
 *
 * Tracker conditional formats: every rule the tracker adds is a custom-formula rule whose formula ends
 * in a harmless, always-true marker naming its tag, e.g.
 *   =AND(TRIM(E2)="Red",ISTEXT("PlanTracker:rag-colours"))
 * so clearConditionalFormats can find exactly the tracker's own rules again (in any copy of the
 * workbook, on any device) and leave the user's alone. The marker is also readable in Excel's
 * Conditional Formatting Rules Manager. The convention lives in src/core/tracker-marker.ts, shared with
 * the .xlsx writer (src/xlsx/package/user-sheet-edits.ts).
 */
import type { Edit, TrackerTag } from '../core/edits';
import { parseRange } from '../core/address';
import { trackerRuleFormula } from '../core/tracker-marker';
import { cellWrite, queueCellWrite } from './cell-values';
import { type BatchLimits, op, type Op, type OpEnv, rowBands } from './ops';
import { writeSheetOps } from './write-sheet';

export { MARKER_PREFIX, tagMarker } from '../core/tracker-marker';

/** The custom formula for a tracker conditional format, relative to the range's top-left cell. */
export function trackerFormula(
  address: string,
  rule: Extract<Edit, { kind: 'conditionalFormat' }>['rule'],
  tag: TrackerTag,
): string {
  return trackerRuleFormula(address, rule, tag);
}

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;
const ALERT_TITLE = 'Plan Tracker';

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/**
 * Queues `use` on a range, then lets the range go: Excel.run would otherwise keep a reference to every
 * range until it ends, which adds to each response and makes one large clean-up request at the end
 * (the "untrack" advice in "Resource limits and performance optimization").
 */
export function onRange(range: Excel.Range, use: (range: Excel.Range) => void): void {
  use(range);
  range.untrack();
}

/** setValues split into bands of whole rows, each within the batch limits (half for the values). */
function setValuesOps(edit: Extract<Edit, { kind: 'setValues' }>, limits: BatchLimits): Op[] {
  const { top, left } = parseRange(edit.address);
  const cols = Math.max(0, ...edit.values.map((r) => r.length));
  if (edit.values.length === 0 || cols === 0) return [];
  const padded = edit.values.map((row) => {
    const out = [...row];
    while (out.length < cols) out.push(null);
    return out;
  });
  // The Text format grid can be as large as the values: each band keeps both within a batch.
  return rowBands(padded, cols, { bytes: limits.bytes / 2, cells: limits.cells }).map(({ start, rows }) => {
    const write = cellWrite(rows);
    return op(
      (context) =>
        onRange(sheetOf(context, edit.sheet).getRangeByIndexes(top + start, left, rows.length, cols), (r) =>
          queueCellWrite(r, write),
        ),
      rows.length * cols,
    );
  });
}

/** The ops for one edit; edits this Excel cannot do are reported through `skip`. */
export function editOps(edit: Edit, env: OpEnv, limits: BatchLimits, skip: (why: string) => void): Op[] {
  const on = (sheet: string, address: string, use: (range: Excel.Range) => void): Op[] => [
    op((context) => onRange(sheetOf(context, sheet).getRange(address), use)),
  ];
  switch (edit.kind) {
    case 'setValues':
      return setValuesOps(edit, limits);
    case 'setFill':
      return on(edit.sheet, edit.address, (range) => {
        if (edit.colour === null) range.format.fill.clear();
        else range.format.fill.color = edit.colour;
      });
    case 'setFont':
      return on(edit.sheet, edit.address, (range) => {
        const font = range.format.font;
        if (edit.bold !== undefined) font.bold = edit.bold;
        if (edit.italic !== undefined) font.italic = edit.italic;
        if (edit.colour !== undefined) font.color = edit.colour;
      });
    case 'setNumberFormat': {
      const r = parseRange(edit.address);
      const grid = Array.from({ length: r.bottom - r.top + 1 }, () =>
        Array.from({ length: r.right - r.left + 1 }, () => edit.format),
      );
      return on(edit.sheet, edit.address, (range) => {
        range.numberFormat = grid;
      });
    }
    case 'dataValidationList':
      if (!env.supports('dataValidation')) {
        skip(`drop-down list on ${edit.sheet}!${edit.address} (needs ExcelApi 1.8)`);
        return [];
      }
      return on(edit.sheet, edit.address, (range) => {
        const dv = range.dataValidation;
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: edit.source.join(',') } };
        promptAndAlert(dv, edit, `Choose one of: ${edit.source.join(', ')}.`);
      });
    case 'dataValidationDate':
      if (!env.supports('dataValidation')) {
        skip(`date check on ${edit.sheet}!${edit.address} (needs ExcelApi 1.8)`);
        return [];
      }
      return on(edit.sheet, edit.address, (range) => {
        const dv = range.dataValidation;
        dv.clear();
        // Any real date passes; text such as "Ongoing" gets the warning, which the user may accept.
        dv.rule = { date: { formula1: '1900-01-01', formula2: '9999-12-31', operator: 'Between' } };
        promptAndAlert(
          dv,
          edit,
          'This is not a date Excel recognises, such as 31/03/2025. You can keep it if the deadline is not a date.',
        );
      });
    case 'conditionalFormat':
      if (!env.supports('conditionalFormats')) {
        skip(`conditional format on ${edit.sheet}!${edit.address} (needs ExcelApi 1.6)`);
        return [];
      }
      return on(edit.sheet, edit.address, (range) => {
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = trackerFormula(edit.address, edit.rule, edit.tag);
        cf.custom.format.fill.color = edit.fill;
        if (edit.fontColour) cf.custom.format.font.color = edit.fontColour;
      });
    case 'clearConditionalFormats':
      // Removed by the host before anything else is written (tracker-formats.ts): the rules are found
      // afresh in the same Excel.run and deleted in descending priority.
      return [];
    case 'freezeRows':
      return [
        op((context) => {
          const panes = sheetOf(context, edit.sheet).freezePanes;
          if (edit.rows > 0) panes.freezeRows(edit.rows);
          else panes.unfreeze();
        }),
      ];
    case 'insertRows':
      if (edit.count <= 0) return [];
      return on(edit.sheet, `${edit.row}:${edit.row + edit.count - 1}`, (range) => {
        range.insert('Down');
      });
    case 'writeSheet':
      return writeSheetOps(edit.spec, env, limits, skip);
    case 'addChart': {
      const src = parseRange(edit.source);
      // Series by columns: the first row holds the series names, the first column the categories.
      const seriesCount = src.right - src.left;
      return [
        op((context) => {
          const sheet = sheetOf(context, edit.sheet);
          sheet.charts.getItemOrNullObject(edit.name).delete(); // a rebuilt sheet replaces its chart
          const chart = sheet.charts.add(
            edit.type === 'line' ? 'Line' : 'BarStacked',
            sheet.getRange(edit.source),
            'Columns',
          );
          chart.name = edit.name;
          chart.title.text = edit.title;
          chart.setPosition(edit.position.from, edit.position.to);
          (edit.colours ?? []).slice(0, seriesCount).forEach((colour, i) => {
            const format = chart.series.getItemAt(i).format;
            if (edit.type === 'line') format.line.color = colour;
            else format.fill.setSolidColor(colour);
          });
        }),
      ];
    }
    case 'select':
      return on(edit.sheet, edit.address, (range) => range.select());
  }
}

/** The sheet an edit writes to. */
export function sheetOfEdit(edit: Edit): string {
  return edit.kind === 'writeSheet' ? edit.spec.name : edit.sheet;
}

/** The input message and error alert both validation kinds set, clipped to Excel's lengths. */
function promptAndAlert(
  dv: Excel.DataValidation,
  edit: { prompt?: { title: string; message: string }; errorStyle: keyof typeof ALERT_STYLE },
  message: string,
): void {
  if (edit.prompt)
    dv.prompt = {
      showPrompt: true,
      title: clip(edit.prompt.title, 32),
      message: clip(edit.prompt.message, 255),
    };
  dv.errorAlert = {
    showAlert: true,
    style: ALERT_STYLE[edit.errorStyle],
    title: ALERT_TITLE,
    message: clip(message, 225),
  };
}
