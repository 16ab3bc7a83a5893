/**
 * `npm run demo`: checks the bundled example plans and prints the report. Finding problems in the
 * examples is the point, so only an unreadable file makes the demo fail.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processIo } from '../src/cli/io';
import { runCli } from '../src/cli/program';

const dir = join(__dirname, '..', 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join('examples', f));

// The Walsall plan was published in August 2013; judge its deadlines as the September 2013 board would.
runCli(['validate', ...files, '--today', '2013-09-30'], processIo).then((code) => {
  process.exitCode = code === 2 ? 2 : 0;
});
