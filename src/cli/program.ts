/** The `plan-tracker` command line: argument parsing and exit codes, no business logic. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isValidYmd, todayIso } from '../core/dates';
import { DEFAULT_DUE_SOON_DAYS, MAX_DUE_SOON_DAYS, dueSoonDaysFrom } from '../core/due-soon';
import { parseStatusOption, type StatusMapping } from '../core/status-mapping';
import { EXIT, reportFailure } from './exit-codes';
import type { Io } from './io';
import { PLAIN_TERMINAL, type Terminal } from './terminal';

// Each command's module is loaded only when that command runs, so `plan-tracker validate` never loads
// the PDF reader or the Ofsted matcher, and start-up stays short.

/** The version in the package.json this copy of the tool was installed from. */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'plan-tracker') return pkg.version ?? 'unknown';
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

function examples(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

function parseToday(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new InvalidArgumentError('write the date as YYYY-MM-DD, e.g. 2025-10-31.');
  }
  return value;
}

function parseDueSoonDays(value: string): number {
  const days = dueSoonDaysFrom(value);
  if (days === null)
    throw new InvalidArgumentError(`give a whole number of days from 0 to ${MAX_DUE_SOON_DAYS}.`);
  return days;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--status "In progress=amber"`, repeatable: the council's status words for this run. */
function collectStatus(value: string, previous: StatusMapping | undefined): StatusMapping {
  const parsed = parseStatusOption(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error);
  return { ...previous, [parsed.key]: parsed.value };
}

const STATUS_HELP =
  'read a status word as a rating, e.g. "In progress=amber" (red, amber, green, blue, not-started); repeat for several';

export async function runCli(
  argv: string[],
  io: Io,
  now: Date = new Date(),
  terminal: Terminal = PLAIN_TERMINAL,
): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('plan-tracker')
    .description('Check and summarise improvement-plan workbooks (.xlsx).')
    .version(packageVersion(), '-V, --version', 'print the version of plan-tracker')
    .addHelpText(
      'after',
      examples(
        'plan-tracker validate plans/ --register register.xlsx',
        'plan-tracker summary plan.xlsx -o plan-with-summary.xlsx',
        'plan-tracker ofsted report.pdf',
        'plan-tracker flag plan.xlsx --report report.pdf -o flagged.xlsx',
      ) + '\n\nRun "plan-tracker <command> --help" for the options of one command.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('validate')
    .description(
      'Check every plan sheet in one or more workbooks (or folders of them) and report the problems found.',
    )
    .argument('<files...>', '.xlsx workbooks, or folders searched for .xlsx files')
    .addOption(
      new Option('--today <YYYY-MM-DD>', 'judge deadlines as of this day (default: today)').argParser(
        parseToday,
      ),
    )
    .option('--sheet <name>', 'check only this sheet (repeat for several)', collect)
    .option('--status <word=rating>', STATUS_HELP, collectStatus)
    .option('--json', 'print the result as JSON')
    .option('--register <out.xlsx>', 'also write a plan register: one row per plan sheet, linked to its file')
    .addHelpText(
      'after',
      examples('plan-tracker validate plans/ --today 2025-10-31 --register register.xlsx'),
    )
    .action(
      async (
        files: string[],
        opts: {
          today?: string;
          sheet?: string[];
          status?: StatusMapping;
          json?: boolean;
          register?: string;
        },
      ) => {
        const { validateCommand } = await import('./validate-command');
        exitCode = await validateCommand(
          {
            files,
            today: opts.today ?? todayIso(now),
            sheet: opts.sheet,
            statusMapping: opts.status,
            json: Boolean(opts.json),
            register: opts.register,
          },
          io,
          terminal,
        );
      },
    );

  program
    .command('summary')
    .description('Write a copy of the workbook with a RAG Summary and RAG History sheet.')
    .argument('<file>', '.xlsx workbook holding the plan')
    .option('-o, --out <out.xlsx>', 'where to write the copy (the input is never changed)')
    .addOption(
      new Option('--today <YYYY-MM-DD>', 'judge deadlines as of this day (default: today)').argParser(
        parseToday,
      ),
    )
    .option('--status <word=rating>', STATUS_HELP, collectStatus)
    .addOption(
      new Option(
        '--due-soon-days <n>',
        `list actions due within this many days as due soon (default ${DEFAULT_DUE_SOON_DAYS})`,
      ).argParser(parseDueSoonDays),
    )
    .option('--json', 'print the computed summary as JSON')
    .addHelpText(
      'after',
      examples('plan-tracker summary plan.xlsx -o plan-with-summary.xlsx --today 2025-10-31'),
    )
    .action(
      async (
        file: string,
        opts: { out?: string; today?: string; status?: StatusMapping; dueSoonDays?: number; json?: boolean },
      ) => {
        const { summaryCommand } = await import('./summary-command');
        exitCode = await summaryCommand(
          {
            file,
            out: opts.out,
            today: opts.today ?? todayIso(now),
            statusMapping: opts.status,
            dueSoonDays: opts.dueSoonDays,
            json: Boolean(opts.json),
            now,
          },
          io,
          terminal,
        );
      },
    );

  program
    .command('ofsted')
    .description('Read an Ofsted inspection report (.txt or .pdf) and list its recommendations.')
    .argument('<report>', 'the report as text (.txt) or PDF')
    .option('--json', 'print what was read as JSON')
    .addOption(
      new Option(
        '--published <YYYY-MM-DD>',
        'publication date, for due dates, when the report does not state it (ILACS reports do not)',
      ).argParser(parseToday),
    )
    .addHelpText('after', examples('plan-tracker ofsted report.pdf --json'))
    .action(async (report: string, opts: { json?: boolean; published?: string }) => {
      const { ofstedCommand } = await import('./ofsted-command');
      exitCode = await ofstedCommand(
        { file: report, json: Boolean(opts.json), published: opts.published },
        io,
      );
    });

  program
    .command('flag')
    .description("Link an Ofsted report's recommendations to the plan's actions and report the gaps.")
    .argument('<file>', '.xlsx workbook holding the plan')
    .requiredOption('--report <report>', 'the Ofsted report as text (.txt) or PDF')
    .option(
      '-o, --out <out.xlsx>',
      'write a copy with an Ofsted Recommendations sheet (the input is never changed)',
    )
    .addOption(
      new Option('--today <YYYY-MM-DD>', 'the date shown on the sheet (default: today)').argParser(
        parseToday,
      ),
    )
    .option('--json', 'print the links and findings as JSON')
    .addOption(
      new Option(
        '--published <YYYY-MM-DD>',
        "the report's publication date, for due dates, when the report does not state it",
      ).argParser(parseToday),
    )
    .addHelpText('after', examples('plan-tracker flag plan.xlsx --report report.pdf -o flagged.xlsx'))
    .action(
      async (
        file: string,
        opts: { report: string; out?: string; today?: string; json?: boolean; published?: string },
      ) => {
        const { flagCommand } = await import('./flag-command');
        exitCode = await flagCommand(
          {
            file,
            report: opts.report,
            out: opts.out,
            today: opts.today ?? todayIso(now),
            json: Boolean(opts.json),
            published: opts.published,
          },
          io,
          terminal,
        );
      },
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return EXIT.ok;
      return EXIT.unusable;
    }
    // A user's error escaping a command is a file it could not use; anything else is a fault in the tool.
    return reportFailure(e, io, EXIT.unusable);
  }
  return exitCode;
}
