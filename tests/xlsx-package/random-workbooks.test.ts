/**
 * A property over random plan workbooks (scripts/lib/random-workbook.ts): `summary -o`, `flag -o` and
 * both twice, run as the real commands, keep every foreign part byte for byte and every user cell as it
 * was, write well-formed XML and unique ids (tests/support/package-invariants.ts).
 *
 * 200 workbooks per run here; `npm run bench` runs 1,000. A failure prints fast-check's seed and the
 * shrunk workbook; rerun it with PLAN_TRACKER_PROPERTY_SEED=<seed>.
 */
import fc from 'fast-check';
import { rm } from 'node:fs/promises';
import { copyProperty, copyPropertyDir } from '../support/copy-property';

const RUNS = Number(process.env.PLAN_TRACKER_PROPERTY_RUNS ?? 200);
const SEED = process.env.PLAN_TRACKER_PROPERTY_SEED;

let dir: string;
beforeAll(async () => {
  dir = await copyPropertyDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it(`summary, flag and both twice keep every foreign part, cell and id (${RUNS} random workbooks)`, async () => {
  await fc.assert(copyProperty(dir), {
    numRuns: RUNS,
    ...(SEED !== undefined ? { seed: Number(SEED) } : {}),
  });
}, 300_000);
