/**
 * `social-outcomes validate <file>`: row issues and a k-anonymity check of a records file.
 *
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import { checkKAnonymity } from '../../equity';
import { parseCommandArgs, readRecordsFile, UsageError, type CliIO } from '../cliSupport';

export const VALIDATE_HELP = `Usage: social-outcomes validate <records.csv|.tsv|.xlsx> [options]

Check a provider records file against the record standard without building a report.
Prints every row issue as: row, column, code, message (row = data row, 1-based,
header excluded: spreadsheet line row + 1). Exit code 0 when every row is
valid, 1 when any row has an issue, 2 when the file cannot be read. Also warns when the
extract is not k-anonymous on the quasi-identifiers (people could be re-identified).

Options:
  --k <n>              smallest allowed group size for k-anonymity      (default: 10)
  --quasi <fields>     comma-separated quasi-identifiers
                       (default: ageBand,gender,ethnicity,postcodeDistrict)
  --json               print issues and the k-anonymity result as JSON
  --limit <n>          print at most n issues (0 = all)                (default: 0)
  --progress           draw a progress bar on stderr while reading (default: only
                       when stderr is a terminal and the file is 1 MiB or more)
  -h, --help           show this help

Examples:
  social-outcomes validate returns.csv
  social-outcomes validate returns.xlsx --k 5 --quasi ageBand,gender,postcodeDistrict
  social-outcomes validate returns.csv --json > issues.json
`;

const OPTIONS = {
  k: { type: 'string' },
  quasi: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEFAULT_QUASI = ['ageBand', 'gender', 'ethnicity', 'postcodeDistrict'];

function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** Runs `validate`; returns the exit code. */
export async function validateCommand(argv: ReadonlyArray<string>, io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, OPTIONS);
  if (values.help === true) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'validate needs one records file (CSV, TSV or xlsx)' : `validate takes one records file (got ${positionals.length})`, 'validate');
  const k = values.k === undefined ? 10 : Number(values.k);
  if (!Number.isInteger(k) || k < 2) throw new UsageError(`--k must be an integer of at least 2 (got '${values.k ?? ''}')`, 'validate');
  const limit = values.limit === undefined ? 0 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number (got '${values.limit ?? ''}')`, 'validate');
  const quasi = values.quasi === undefined ? DEFAULT_QUASI : values.quasi.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (quasi.length === 0) throw new UsageError('--quasi needs at least one field name', 'validate');

  const name = positionals[0] as string;
  const parsed = await readRecordsFile(io, resolve(io.cwd ?? process.cwd(), name), { progress: values.progress === true });
  const notices = parsed.issues.filter((i) => i.row === 0);
  const rowIssues = parsed.issues.filter((i) => i.row > 0);

  const present = quasi.filter((q) => parsed.clients.some((r) => (r as unknown as Record<string, unknown>)[q] !== undefined));
  const missing = quasi.filter((q) => !present.includes(q));
  const kAnon = parsed.clients.length > 0 && present.length > 0 ? checkKAnonymity(parsed.clients as unknown as ReadonlyArray<Record<string, unknown>>, present, k) : null;

  if (values.json === true) {
    io.out(
      `${JSON.stringify(
        {
          file: name,
          stats: parsed.stats,
          issues: parsed.issues,
          kAnonymity: kAnon === null ? null : { k, quasiIdentifiers: present, satisfied: kAnon.satisfied, classes: kAnon.nClasses, classesBelowK: kAnon.violatingClasses.length, recordsBelowK: kAnon.nRecordsAtRisk, smallestClass: kAnon.smallestClass.n },
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const shown = limit === 0 ? rowIssues : rowIssues.slice(0, limit);
    if (shown.length > 0) {
      io.out('row\tcolumn\tcode\tmessage\n');
      for (const i of shown) io.out(`${i.row}\t${cell(i.column ?? '-')}\t${i.code}\t${cell(i.message)}\n`);
      if (shown.length < rowIssues.length) io.out(`… and ${rowIssues.length - shown.length} more issues (use --limit 0 to see all)\n`);
    }
    for (const n of notices) io.err(`social-outcomes: notice: ${cell(n.message)}\n`);
    const s = parsed.stats;
    io.out(`${name}: ${s.inputRows} rows, ${s.validRows} valid, ${s.rowsWithIssues} with issues (${rowIssues.length} issues); ${s.readings} readings, layout ${s.shape}\n`);
  }
  if (missing.length > 0) io.err(`social-outcomes: notice: no record has ${missing.join(', ')}; k-anonymity checked on ${present.length > 0 ? present.join(', ') : 'nothing'}\n`);
  if (kAnon !== null && !kAnon.satisfied) {
    io.err(
      `social-outcomes: warning: the extract is not ${k}-anonymous on ${present.join(', ')}: ${kAnon.nRecordsAtRisk} of ${kAnon.nRecords} records are in ${kAnon.violatingClasses.length} groups smaller than ${k} (smallest ${kAnon.smallestClass.n}); do not share it at record level\n`,
    );
  }
  return rowIssues.length > 0 ? 1 : 0;
}
