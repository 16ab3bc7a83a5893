/**
 * What the terminal allows: colour in the text report only when standard output is a terminal and
 * NO_COLOR is not set (https://no-color.org), and a progress line on standard error only when standard
 * error is a terminal. FORCE_COLOR=0 turns colour off too; FORCE_COLOR=1 turns it on (for tests).
 */
export interface Terminal {
  colour: boolean;
  progress: boolean;
  /** Writes raw text to standard error (the progress line, redrawn in place). */
  writeErr(text: string): void;
}

export function detectTerminal(env: NodeJS.ProcessEnv = process.env): Terminal {
  const noColour = (env.NO_COLOR ?? '') !== '' || env.FORCE_COLOR === '0';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '';
  return {
    colour: !noColour && (forced || Boolean(process.stdout.isTTY)),
    progress: Boolean(process.stderr.isTTY),
    writeErr: (text) => process.stderr.write(text),
  };
}

/** A terminal with neither colour nor progress (in-process tests, pipes). */
export const PLAIN_TERMINAL: Terminal = { colour: false, progress: false, writeErr: () => undefined };

export interface Paint {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const NO_PAINT: Paint = {
  bold: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  cyan: (t) => t,
  dim: (t) => t,
};
export const ANSI_PAINT: Paint = {
  bold: sgr(1, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
};

export function paintFor(terminal: Terminal): Paint {
  return terminal.colour ? ANSI_PAINT : NO_PAINT;
}

/** Work longer than this shows a progress line. */
export const PROGRESS_AFTER_MS = 1000;

/**
 * A one-line progress report on standard error, shown only once the work has taken a second and only
 * on a terminal; each update redraws the line, and `done()` clears it so the report starts clean.
 */
export class Progress {
  private text = '';
  private shown = false;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly terminal: Terminal) {
    if (!terminal.progress) return;
    this.timer = setTimeout(() => {
      this.shown = true;
      this.draw();
    }, PROGRESS_AFTER_MS);
    this.timer.unref();
  }

  update(text: string): void {
    this.text = text;
    if (this.shown) this.draw();
  }

  done(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.shown) this.terminal.writeErr('\r\u001b[K');
    this.shown = false;
  }

  private draw(): void {
    const width = process.stderr.columns ?? 80;
    const line = this.text.length > width - 1 ? `${this.text.slice(0, width - 2)}…` : this.text;
    this.terminal.writeErr(`\r\u001b[K${line}`);
  }
}

/** Awaits `work`, with a progress line saying `text` if it takes more than a second. */
export async function withProgress<T>(terminal: Terminal, text: string, work: Promise<T>): Promise<T> {
  const progress = new Progress(terminal);
  progress.update(text);
  try {
    return await work;
  } finally {
    progress.done();
  }
}
