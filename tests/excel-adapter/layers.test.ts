/**
 * The adapter sits below the UI: nothing in src/excel may import from the task pane (issue 15). The
 * pane imports the requirement checks from the adapter, never the other way round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXCEL = join(__dirname, '../../src/excel');

test('no module of src/excel imports from src/taskpane', () => {
  const files = readdirSync(EXCEL).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(5);
  const offenders = files.filter((f) =>
    /from\s+'\.\.\/taskpane\b/.test(readFileSync(join(EXCEL, f), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
