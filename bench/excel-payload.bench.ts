/**
 * What the Excel add-in sends and gets back for plans of 500, 5,000 and 20,000 actions, measured on the
 * strict Excel double as Microsoft 365 / Excel on the web (where the 5 MB limit applies): for each step
 * of a session (read, the Structure commands, refresh, Ofsted highlight and its removal) the syncs and
 * the largest request and response in KB, side by side with the 5 MB limit. Counts and sizes, not
 * timings: they are the same on every run.
 */
import { PAYLOAD_LIMIT } from '../tests/excel-double';
import { fixture, kb, Session, type StepFigures } from '../tests/excel-adapter/scale';

const SIZES = [500, 5_000, 20_000];

function row(step: string, syncs: string, request: string, response: string): string {
  return `  ${step.padEnd(28)}${syncs.padStart(6)}${request.padStart(14)}${response.padStart(15)}`;
}

export async function benchExcelPayload(): Promise<void> {
  console.log(
    'Excel payload: syncs and largest request / response per step (Microsoft 365 / Excel on the web)',
  );
  const totals: string[] = [];
  for (const actions of SIZES) {
    const s = new Session(fixture(actions), 'microsoft365');
    await s.read();
    await s.structure();
    await s.read();
    await s.refresh();
    await s.read();
    await s.highlight();
    await s.removeHighlight();
    console.log(`\n${actions.toLocaleString('en-GB')} actions`);
    console.log(row('step', 'syncs', 'request KB', 'response KB'));
    for (const f of s.figures) console.log(row(f.step, String(f.syncs), kb(f.request), kb(f.response)));
    const worst = (pick: (f: StepFigures) => number) => Math.max(...s.figures.map(pick));
    const syncs = s.figures.reduce((n, f) => n + f.syncs, 0);
    totals.push(
      `  ${actions.toLocaleString('en-GB').padStart(6)} actions: ${syncs} syncs in all; largest request ${kb(worst((f) => f.request))} KB, largest response ${kb(worst((f) => f.response))} KB (${(
        (100 *
          Math.max(
            worst((f) => f.request),
            worst((f) => f.response),
          )) /
        PAYLOAD_LIMIT
      ).toFixed(0)}% of 5 MB)`,
    );
  }
  console.log('\nLargest payload against the 5 MB limit:');
  for (const t of totals) console.log(t);
}
