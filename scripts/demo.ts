/**
 * `npm run demo`: checks the bundled example plans and prints the report. Finding problems in the
 * examples is the point, so only an unreadable file makes the demo fail.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processIo } from '../src/cli/io';
import { runCli } from '../src/cli/program';
import { EXAMPLE_FILES } from './build-examples';

const dir = join(__dirname, '..', 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx') && f !== EXAMPLE_FILES.dudley)
  .sort()
  .map((f) => join('examples', f));

async function demo(): Promise<number> {
  // The Walsall plan was published in August 2013; judge its deadlines as the September 2013 board would.
  const first = await runCli(['validate', ...files, '--today', '2013-09-30'], processIo);
  processIo.out('');
  // The Dudley plan (one sheet per priority, status words) was updated in July 2011; its council says
  // "In progress" for Amber, which the tracker is told for this run.
  const dudley = await runCli(
    [
      'validate',
      join('examples', EXAMPLE_FILES.dudley),
      '--today',
      '2011-09-30',
      '--status',
      'In progress=amber',
    ],
    processIo,
  );
  return first === 2 || dudley === 2 ? 2 : 0;
}

demo().then((code) => {
  process.exitCode = code;
});
