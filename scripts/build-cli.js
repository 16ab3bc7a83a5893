// Builds the `plan-tracker` command: src/cli/main.ts and everything it imports from src/ bundled by
// esbuild into one plain JavaScript file, build/cli/plan-tracker.js. npm packages stay external (they are
// the package's dependencies), so nothing is compiled at run time and start-up reads one file of ours.
// Run by `npm run build:cli`, which `prepare` runs on `npm ci` in a clone and before `npm pack`; the CLI
// tests run it too. The file is written beside the target and renamed over it, so a test process never
// runs a half-written build while another test file rebuilds it.
const { buildSync } = require('esbuild');
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');
const OUTFILE = join(ROOT, 'build', 'cli', 'plan-tracker.js');

function buildCli() {
  const result = buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: OUTFILE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(dirname(OUTFILE), { recursive: true });
  const temp = `${OUTFILE}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, OUTFILE);
  return OUTFILE;
}

module.exports = { buildCli, OUTFILE };

if (require.main === module) buildCli();
