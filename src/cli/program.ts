/** The `plan-tracker` command line: argument parsing and exit codes, no business logic. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidYmd, todayIso } from '../core/dates';
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
    .option('--json', 'print the computed summary as JSON')
    .action(async (file: string, opts: { out?: string; today?: string; json?: boolean }) => {
      exitCode = await summaryCommand(
        { file, out: opts.out, today: opts.today ?? todayIso(now), json: Boolean(opts.json), now },
        io,
      );
    });

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
    .action(async (report: string, opts: { json?: boolean; published?: string }) => {
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
    .action(
      async (
        file: string,
        opts: { report: string; out?: string; today?: string; json?: boolean; published?: string },
      ) => {
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
        );
      },
    );

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
