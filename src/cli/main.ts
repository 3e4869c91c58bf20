import { readFileSync } from 'node:fs';
import { SocialOutcomesError } from '../errors';

/** Writes to the terminal; injectable so tests capture output. */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
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
  help                 show this help
  version              print the version

Options:
  -h, --help           show this help
  -v, --version        print the version

Examples:
  social-outcomes --version
`;

/**
 * Runs the CLI with the given arguments and returns the exit code (0 ok, 1 findings, 2 usage or input error).
 * Errors are printed as one clear line, never a stack trace.
 */
export async function main(argv: ReadonlyArray<string>, io: CliIO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '-h' || command === '--help') {
      io.out(HELP);
      return 0;
    }
    if (command === 'version' || command === '-v' || command === '--version') {
      io.out(`${packageVersion()}\n`);
      return 0;
    }
    io.err(`social-outcomes: unknown command '${command}'${rest.length ? ` (with ${rest.length} more arguments)` : ''}; run 'social-outcomes --help'\n`);
    return 2;
  } catch (error) {
    const message = error instanceof SocialOutcomesError || error instanceof Error ? error.message : String(error);
    io.err(`social-outcomes: ${message}\n`);
    return 2;
  }
}
