/** Entry point of the `plan-tracker` command. Never shows a stack trace to the person running it. */
import { processIo } from './io';
import { runCli } from './program';
import { detectTerminal } from './terminal';

runCli(process.argv.slice(2), processIo, new Date(), detectTerminal())
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    process.stderr.write(`plan-tracker: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  });
