/** What a manager is told after a refresh, in the pane and by the ribbon command. */
import type { Summary } from './summary';

/** `notices` are the refresh's own (e.g. a user's sheet that kept the name "RAG Summary"), said after. */
export function refreshMessage(summary: Summary, notices: string[] = []): string {
  const t = summary.totals;
  const after = notices.map((n) => ` ${n}`).join('');
  if (t.actions === 0)
    return `No plan actions were found, so the RAG Summary is empty. Check that the plan sheet has a header row.${after}`;
  const moved = summary.previous
    ? ` ${summary.movement.length} action(s) changed since the last refresh.`
    : '';
  return `RAG Summary refreshed: ${t.actions} actions — Red ${t.red}, Amber ${t.amber}, Green ${t.green}, Blue ${t.blue}, unrated ${t.unrated}; ${t.overdue} overdue.${moved}${after}`;
}

/** Local time as 'YYYY-MM-DD HH:MM', as the RAG History sheet records each refresh. */
export function refreshStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
