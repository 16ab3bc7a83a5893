/**
 * Where the CLI writes, so tests can run commands in-process and read what they printed.
 *
 * When the reader of standard output goes away early (`plan-tracker validate … | head -1`), writing
 * fails with EPIPE. That is not a failure of the command: the process ends quietly with exit code 0, as
 * soon as any copy it is writing (-o) is complete.
 */
import { EXIT } from './exit-codes';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

let stdoutClosed = false;

export const processIo: Io = {
  out: (text) => {
    if (text !== '' && !stdoutClosed) process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    if (!process.stderr.destroyed) process.stderr.write(`${text}\n`);
  },
};

/** True once standard output's reader has gone: the exit code is then 0, whatever the command found. */
export function stdoutWasClosed(): boolean {
  return stdoutClosed;
}

/**
 * Ends the process quietly when a reader closes standard output or standard error early. `busy` says
 * whether a copy is being written; if so the end waits for it (checked every 20 ms).
 */
export function endQuietlyOnClosedPipe(busy: () => boolean): void {
  const onError = (e: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    // Any other failure to print (a disk-full redirect, say) lets the command finish with its own code.
    if (e.code !== 'EPIPE') return;
    const end = () => (busy() ? setTimeout(end, 20) : process.exit(EXIT.ok));
    end();
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}
