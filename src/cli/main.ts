import { readFileSync } from 'node:fs';
import { SocialOutcomesError } from '../errors';
import { UsageError, type CliIO } from './cliSupport';
import { REPORT_HELP, reportCommand } from './commands/report';
import { VALIDATE_HELP, validateCommand } from './commands/validate';
import { DEMO_HELP, demoCommand } from './commands/demo';

export type { CliIO } from './cliSupport';

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
};

/** The package version, read from package.json next to the built files. */
export function packageVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'social-outcomes' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

export const HELP = `social-outcomes — show what adult social care and prevention services achieve

Usage:
  social-outcomes <command> [options]

Commands:
  report <file>        build the annual outcomes report (HTML, Markdown or JSON) from a records file
  validate <file>      check a records file: row issues (exit 1 if any) and k-anonymity
  demo                 write the full report on the bundled synthetic cohort
  help [command]       show help for a command
  version              print the version

Options:
  -h, --help           show help (also after a command)
  -v, --version        print the version

Examples:
  social-outcomes demo
  social-outcomes validate returns.csv
  social-outcomes report returns.csv --area E08000025 --bank bank.csv --out report.html
  social-outcomes report --help
`;

const COMMANDS: Readonly<Record<string, { run: (argv: ReadonlyArray<string>, io: CliIO) => Promise<number>; help: string }>> = {
  report: { run: reportCommand, help: REPORT_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  demo: { run: demoCommand, help: DEMO_HELP },
};

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Runs the CLI with the given arguments and returns the exit code (0 ok, 1 findings, 2 usage or input error).
 * Errors are printed as one clear line, never a stack trace.
 */
export async function main(argv: ReadonlyArray<string>, io: CliIO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help') {
      io.out(HELP);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      const entry = topic === undefined ? undefined : COMMANDS[topic];
      if (topic !== undefined && entry === undefined) throw new UsageError(`unknown command '${topic}'`, '');
      io.out(entry?.help ?? HELP);
      return 0;
    }
    if (command === 'version' || command === '-v' || command === '--version') {
      io.out(`${packageVersion()}\n`);
      return 0;
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (entry === undefined) {
      io.err(`social-outcomes: unknown command '${oneLine(command)}'${rest.length ? ` (with ${rest.length} more arguments)` : ''}; run 'social-outcomes --help'\n`);
      return 2;
    }
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.command === '' ? 'social-outcomes --help' : `social-outcomes ${error.command} --help`;
      io.err(`social-outcomes: ${oneLine(error.message)} (see '${hint}')\n`);
    } else if (error instanceof SocialOutcomesError) {
      io.err(`social-outcomes: ${oneLine(error.message)}${error.row !== undefined && !/\(row \d+\)/.test(error.message) ? ` (row ${error.row})` : ''}\n`);
    } else {
      const e = error as NodeJS.ErrnoException | undefined;
      const msg = e instanceof Error ? `${e.code !== undefined ? `${e.code}: ` : ''}${e.message}` : String(error);
      io.err(`social-outcomes: ${oneLine(msg)}\n`);
    }
    return 2;
  }
}
