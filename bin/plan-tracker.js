#!/usr/bin/env node
// The installed command: plain JavaScript built from src/ by `npm run build:cli` (which `prepare` runs,
// so `npm ci` in a clone and `npm pack` both build it). Nothing is compiled at run time.
try {
  require.resolve('../build/cli/plan-tracker.js');
} catch {
  process.stderr.write(
    'plan-tracker: the command has not been built. Run "npm run build:cli" (or "npm ci") first.\n',
  );
  process.exit(2);
}
require('../build/cli/plan-tracker.js');
