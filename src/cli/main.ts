/**
 * Entry point of the `plan-tracker` command. Never shows a stack trace to the person running it: a
 * user's error is said as it is, a fault in the tool is said to be one (exit-codes.ts), and a reader
 * that closes standard output early ends the process quietly (io.ts).
 */
import { EXIT, reportInternal } from './exit-codes';
import { endQuietlyOnClosedPipe, processIo, stdoutWasClosed } from './io';
import { writingOutput } from './output-file';
import { runCli } from './program';
import { detectTerminal } from './terminal';

endQuietlyOnClosedPipe(writingOutput);
// A library failing outside any command's own handling (in a stream, say) is still a fault in the tool.
const internalFault = (e: unknown) => process.exit(reportInternal(e, processIo));
process.on('uncaughtException', internalFault);
process.on('unhandledRejection', internalFault);

runCli(process.argv.slice(2), processIo, new Date(), detectTerminal())
  .then((code) => {
    process.exitCode = stdoutWasClosed() ? EXIT.ok : code;
  })
  .catch((e: unknown) => {
    process.exitCode = reportInternal(e, processIo);
  });
