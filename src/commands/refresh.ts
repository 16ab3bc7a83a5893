/** One refresh of the RAG summary on any host: the ribbon button, the pane and tests share it. */
import { todayIso } from '../core/dates';
import type { PlanHost } from '../core/host';
import { refreshMessage, refreshStamp } from '../core/refresh-message';
import { refreshSummary } from '../core/summary-sheets';

/** Reads once, writes once; returns the message to show. */
export async function refreshOn(host: PlanHost, now: Date): Promise<string> {
  const result = refreshSummary(await host.readWorkbook(), todayIso(now), refreshStamp(now));
  await host.apply([...result.edits, { kind: 'select', sheet: result.sheetNames.summary, address: 'A1' }]);
  return refreshMessage(result.summary, result.notices);
}
