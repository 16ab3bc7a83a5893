/** The readable report `plan-tracker validate` prints: grouped by file, sheet and severity. */
import type { FileJson } from '../core/report-json';
import { ROLE_LABELS, SEVERITY_LABELS, SEVERITY_ORDER } from '../core/labels';
import type { ColumnRole, Severity } from '../core/types';
import { NO_PAINT, type Paint } from './terminal';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Severity headings in colour when the report goes to a terminal that allows it. */
function severityPaint(paint: Paint, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}

export function formatFileReport(report: FileJson, paint: Paint = NO_PAINT): string {
  const out: string[] = [paint.bold(report.file)];
  for (const plan of report.plans ?? []) {
    if (plan.length > 1)
      out.push(`  One plan kept over ${plan.length} sheets: ${plan.map((s) => `"${s}"`).join(', ')}`);
  }
  for (const s of report.sheets) {
    const c = s.counts;
    const where = s.table ? ` (Excel table ${s.table})` : '';
    out.push(
      `  Sheet "${s.sheet}": header in row ${s.headerRow}${where}; ${plural(c.themes, 'theme')}, ${plural(c.objectives, 'objective')}, ${plural(c.actions, 'action')}`,
    );
    const cols = Object.entries(s.columns).map(
      ([role, letter]) => `${ROLE_LABELS[role as ColumnRole] ?? role} ${letter}`,
    );
    out.push(`    Columns: ${cols.join(', ')}`);
    if (c.actions === 0) out.push('    No actions found under the header.');
    else if (s.findings.length === 0) out.push('    No problems found.');
    for (const severity of SEVERITY_ORDER) {
      const list = s.findings.filter((f) => f.severity === severity);
      if (list.length === 0) continue;
      out.push(severityPaint(paint, severity)(`    ${SEVERITY_LABELS[severity].plural} (${list.length})`));
      for (const f of list) out.push(`      ${f.cell.padEnd(6)} ${f.rule.padEnd(20)} ${f.message}`);
    }
  }
  for (const k of report.skipped) out.push(paint.dim(`  Skipped sheet "${k.sheet}": ${k.reason}`));
  if (report.sheets.length === 0) out.push('  No plan found in this workbook.');
  const all = report.sheets.flatMap((s) => s.findings);
  const n = (sev: Severity) => all.filter((f) => f.severity === sev).length;
  out.push(
    `  Total: ${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('info'), 'note')}`,
  );
  return out.join('\n');
}
