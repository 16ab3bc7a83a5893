/**
 * Drift (issue 15): a user who corrects the Ofsted-ref column in the Check view must see the correction
 * used by `plan-tracker flag`, as it is by `validate`. Run in-process on a workbook written to a temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagCommand, type FlagJson } from '../../src/cli/flag-command';
import { correctedOfstedPlan } from '../support/corrected-ofsted-plan';
import { SEEDS } from './fixtures';
import { WALSALL_REPORT_SEED } from './walsall-truth';

const dir = mkdtempSync(join(tmpdir(), 'flag-mapping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('flag links through the corrected Ofsted-ref column', async () => {
  const file = join(dir, 'plan.xlsx');
  await correctedOfstedPlan().xlsx.writeFile(file);
  const out: string[] = [];
  const err: string[] = [];
  const code = await flagCommand(
    { file, report: join(SEEDS, WALSALL_REPORT_SEED), today: '2013-09-15', json: true },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
  );
  expect(err).toEqual([]);
  expect(code).toBe(1); // most of the report's recommendations are not answered by this small plan
  const json = JSON.parse(out.join('\n')) as FlagJson;
  const byRec = Object.fromEntries(json.links.map((l) => [l.recommendation, l]));
  expect(byRec.R1).toMatchObject({ actions: ['1.1'], source: 'ref-column' });
  expect(byRec.R2).toMatchObject({ actions: ['1.2'], source: 'ref-column' });
});
