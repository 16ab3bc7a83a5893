/**
 * Every lint or type-check exception in the project says why (`-- reason`), as changesets does; ESLint's
 * reportUnusedDisableDirectives (eslint.config.mjs) already makes a stale one an error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['src', 'tests', 'scripts', 'bench'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(name) ? [path] : [];
  });
}

test('every eslint-disable and @ts-expect-error gives its reason', () => {
  const unexplained: string[] = [];
  for (const file of FOLDERS.flatMap((f) => sources(join(ROOT, f)))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const exception =
          /(?:\/\/|\/\*)\s*(eslint-disable(?:-next-line|-line)?|@ts-expect-error|@ts-ignore)\b/.exec(line);
        if (exception && !/\s--\s+\S/.test(line.slice(exception.index))) {
          unexplained.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        }
      });
  }
  expect(unexplained).toEqual([]);
});
