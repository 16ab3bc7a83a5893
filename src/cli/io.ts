/** Where the CLI writes, so tests can run commands in-process and read what they printed. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => {
    if (text !== '') process.stdout.write(`${text}\n`);
  },
  err: (text) => process.stderr.write(`${text}\n`),
};
