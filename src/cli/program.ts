/** The `plan-tracker` command line: argument parsing and exit codes, no business logic. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidYmd, todayIso } from '../core/dates';
import { DEFAULT_DUE_SOON_DAYS, MAX_DUE_SOON_DAYS, dueSoonDaysFrom } from '../core/due-soon';
import { flagCommand } from './flag-command';
import type { Io } from './io';
import { ofstedCommand } from './ofsted-command';
import { summaryCommand } from './summary-command';
import { EXIT_UNREADABLE, validateCommand } from './validate-command';

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

interface SummaryOptions {
  out?: string;
  today?: string;
  dueSoonDays?: number;
  json?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export async function runCli(argv: string[], io: Io, now: Date = new Date()): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('plan-tracker')
    .description('Check and summarise improvement-plan workbooks (.xlsx).')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('validate')
    .description('Check every plan sheet in one or more workbooks and report the problems found.')
    .argument('<files...>', '.xlsx workbooks to check')
    .addOption(
      new Option('--today <YYYY-MM-DD>', 'judge deadlines as of this day (default: today)').argParser(
        parseToday,
      ),
    )
    .option('--sheet <name>', 'check only this sheet (repeat for several)', collect)
    .option('--json', 'print the result as JSON')
    .action(async (files: string[], opts: { today?: string; sheet?: string[]; json?: boolean }) => {
      exitCode = await validateCommand(
        { files, today: opts.today ?? todayIso(now), sheet: opts.sheet, json: Boolean(opts.json) },
        io,
      );
    });

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
    .addOption(
      new Option(
        '--due-soon-days <n>',
        `list actions due within this many days as due soon (default ${DEFAULT_DUE_SOON_DAYS})`,
      ).argParser(parseDueSoonDays),
    )
    .option('--json', 'print the computed summary as JSON')
    .action(async (file: string, opts: SummaryOptions) => {
      exitCode = await summaryCommand(
        {
          file,
          out: opts.out,
          today: opts.today ?? todayIso(now),
          json: Boolean(opts.json),
          now,
          dueSoonDays: opts.dueSoonDays,
        },
        io,
      );
    });

  program
    .command('ofsted')
    .description('Read an Ofsted inspection report (.txt or .pdf) and list its recommendations.')
    .argument('<report>', 'the report as text (.txt) or PDF')
    .option('--json', 'print what was read as JSON')
    .action(async (report: string, opts: { json?: boolean }) => {
      exitCode = await ofstedCommand({ file: report, json: Boolean(opts.json) }, io);
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
    .action(async (file: string, opts: { report: string; out?: string; today?: string; json?: boolean }) => {
      exitCode = await flagCommand(
        {
          file,
          report: opts.report,
          out: opts.out,
          today: opts.today ?? todayIso(now),
          json: Boolean(opts.json),
        },
        io,
      );
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return 0;
      return EXIT_UNREADABLE;
    }
    io.err(`plan-tracker: ${(e as Error).message}`);
    return EXIT_UNREADABLE;
  }
  return exitCode;
}
