/**
 * `social-outcomes demo`: the full HTML report on the bundled synthetic cohort.
 *
 * @packageDocumentation
 */
import { resolve, join } from 'node:path';
import { buildReport, generateCohort } from '../../report';
import { DEMO_BANK_CSV, DEMO_COHORT, DEMO_CONFIG } from '../demoData';
import { parseBankText, parseCommandArgs, UsageError, type CliIO } from '../cliSupport';
import { resolveFormat, writeReport } from './report';

export const DEMO_HELP = `Usage: social-outcomes demo [options]

Generate the synthetic demonstration cohort (${DEMO_COHORT.n} clients, seed ${DEMO_COHORT.seed}; it describes
no real service), build the full report on it and write it. Prints the report's path and a
10-line summary. The same options always give byte-identical output.

Options:
  --out <dir>          folder to write report.<format> into          (default: out/demo)
  --format <f>         html | md | json                               (default: html)
  --no-charts          without charts (no vega needed)
  -h, --help           show this help

Examples:
  social-outcomes demo
  social-outcomes demo --out /tmp/demo --format md
`;

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  'no-charts': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `demo`; returns the exit code. */
export async function demoCommand(argv: ReadonlyArray<string>, io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('demo', argv, OPTIONS);
  if (values.help === true) {
    io.out(DEMO_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`demo takes no file (got ${positionals.join(', ')}); use 'social-outcomes report <file>' for your own data`, 'demo');
  }
  const format = resolveFormat(values.format, undefined, 'demo');
  const dir = resolve(io.cwd ?? process.cwd(), values.out ?? join('out', 'demo'));
  const records = generateCohort(DEMO_COHORT);
  const model = buildReport(records, { ...DEMO_CONFIG, valueBank: parseBankText(DEMO_BANK_CSV, 'csv', 'social-outcomes example bank (illustrative, not HACT values)') });
  const written = await writeReport(model, format, join(dir, `report.${format}`), values['no-charts'] !== true);
  io.out(`${written[0] as string}\n`);
  io.out(`${model.summary.lines.join('\n')}\n`);
  return 0;
}
