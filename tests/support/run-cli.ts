/** Runs the real `plan-tracker` command as a separate process and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BIN = join(__dirname, '..', '..', 'bin', 'plan-tracker.js');

let built = false;

/** The command runs from build/cli (compiled JavaScript, as installed); build it from the current source once per test file. */
export function ensureCliBuilt(): void {
  if (built) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script shared with `npm run build:cli`
  (require('../../scripts/build-cli.js') as { buildCli(): string }).buildCli();
  built = true;
}

export function runPlanTracker(
  args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): CliRun {
  ensureCliBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
