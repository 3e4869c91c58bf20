/**
 * `social-outcomes report <file>`: records file → HTML, Markdown or JSON report.
 *
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { buildReport, renderHtml, renderMarkdown } from '../../report';
import type { BuildReportConfig, ReportModel } from '../../report';
import { createReportWorker } from '../../io/reportWorker';
import { checkArea, parseCommandArgs, readBankFile, readRecordsFile, reportDate, UsageError, type CliIO } from '../cliSupport';

export const REPORT_HELP = `Usage: social-outcomes report <records.csv|.tsv|.xlsx> --area <GSS code> [options]

Build the annual outcomes report from a provider records file: reach, profile against
Census 2021, change on the Prevention First outcomes, wellbeing, reliable change, equity,
social value and data quality. Small counts are suppressed unless --no-suppression is given.

Options:
  --area <code>        ONS GSS code of the area, e.g. E08000025 (Birmingham)   [required]
  --out <file>         where to write the report                 (default: report.<format>)
  --format <f>         html | md | json                (default: from --out, else html)
  --bank <file>        value bank (.csv rows or .json) for the social value section
  --config <file>      JSON with more buildReport settings (adjustments, investment,
                       providerNames, reliability, avoidedCosts, suppression, title, …)
  --period <p>         financial year such as 2023-24   (default: the records' reportingPeriod)
  --date <YYYY-MM-DD>  date the report is dated      (default: SOURCE_DATE_EPOCH, else today)
  --seed <n>           seed of a synthetic cohort, recorded in the report
  --no-charts          HTML/Markdown without charts (no vega needed)
  --no-suppression     publish every count, however small (NOT for publication)
  --progress           draw a progress bar on stderr while reading (default: only
                       when stderr is a terminal and the file is 1 MiB or more)
  -h, --help           show this help

Examples:
  social-outcomes report returns.csv --area E08000025 --bank bank.csv --out report.html
  social-outcomes report returns.xlsx --area E08000025 --period 2023-24 --format md --out report/report.md
  social-outcomes report returns.csv --area E08000025 --config report-config.json --format json --out model.json
`;

const OPTIONS = {
  area: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  bank: { type: 'string' },
  config: { type: 'string' },
  period: { type: 'string' },
  date: { type: 'string' },
  seed: { type: 'string' },
  'no-charts': { type: 'boolean' },
  'no-suppression': { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Output format from --format or the --out extension. */
export function resolveFormat(format: string | undefined, out: string | undefined, command: string): 'html' | 'md' | 'json' {
  if (format !== undefined) {
    if (format === 'html' || format === 'md' || format === 'json') return format;
    if (format === 'markdown') return 'md';
    throw new UsageError(`--format must be html, md or json (got '${format}')`, command);
  }
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : 'html';
}

/** Writes a model in the chosen format; returns the paths written (the report first). */
export async function writeReport(model: ReportModel, format: 'html' | 'md' | 'json', outPath: string, charts: boolean): Promise<string[]> {
  await mkdir(dirname(outPath), { recursive: true });
  if (format === 'json') {
    await writeFile(outPath, `${JSON.stringify(model, null, 2)}\n`);
    return [outPath];
  }
  if (format === 'html') {
    await writeFile(outPath, await renderHtml(model, { charts }));
    return [outPath];
  }
  const { markdown, files } = await renderMarkdown(model, { charts, chartDir: 'charts' });
  await writeFile(outPath, markdown);
  const written = [outPath];
  for (const f of files) {
    const p = join(dirname(outPath), f.name);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, f.svg);
    written.push(p);
  }
  return written;
}

async function readConfigFile(path: string): Promise<Partial<BuildReportConfig>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the config file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 'report');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the config file ${path} is not valid JSON: ${(error as Error).message}`, 'report');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`the config file ${path} must hold a JSON object of buildReport settings`, 'report');
  return data as Partial<BuildReportConfig>;
}

/** Runs `report`; returns the exit code. */
export async function reportCommand(argv: ReadonlyArray<string>, io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', argv, OPTIONS);
  if (values.help === true) {
    io.out(REPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'report needs one records file (CSV, TSV or xlsx)' : `report takes one records file (got ${positionals.length}: ${positionals.join(', ')})`, 'report');
  const cwd = io.cwd ?? process.cwd();
  const file = resolve(cwd, positionals[0] as string);
  const format = resolveFormat(values.format, values.out, 'report');
  const outPath = resolve(cwd, values.out ?? `report.${format}`);
  const fileConfig = values.config !== undefined ? await readConfigFile(resolve(cwd, values.config)) : {};
  const area = values.area ?? fileConfig.area;
  if (area === undefined) throw new UsageError('--area is required: the ONS GSS code of the area, e.g. --area E08000025', 'report');
  if (typeof area !== 'string') throw new UsageError(`the config file's area must be a GSS code string such as E08000025`, 'report');
  checkArea(area, 'report', fileConfig.baseline);
  let seed: number | undefined;
  if (values.seed !== undefined) {
    if (!/^-?\d+$/.test(values.seed)) throw new UsageError(`--seed must be an integer (got '${values.seed}')`, 'report');
    seed = Number(values.seed);
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD (got '${values.date}')`, 'report');

  const bank = values.bank !== undefined ? await readBankFile(resolve(cwd, values.bank)) : fileConfig.valueBank;
  const parsed = await readRecordsFile(io, file, { progress: values.progress === true });
  const rowIssues = parsed.issues.filter((i) => i.row > 0);
  let period = values.period ?? fileConfig.period;
  if (period === undefined) {
    const periods = [...new Set(parsed.clients.map((r) => r.reportingPeriod).filter((p): p is string => typeof p === 'string'))];
    if (periods.length !== 1 || !/^\d{4}-\d{2}$/.test(periods[0] as string)) {
      throw new UsageError(`--period is required: the records hold ${periods.length === 0 ? 'no reportingPeriod' : `reporting periods ${periods.slice(0, 3).join(', ')}${periods.length > 3 ? ', …' : ''}`} (e.g. --period 2023-24)`, 'report');
    }
    period = periods[0] as string;
  }
  if (values['no-suppression'] === true) io.err('social-outcomes: warning: --no-suppression publishes small counts; do not share this report outside the team\n');
  const config: BuildReportConfig = {
    ...fileConfig,
    area,
    period,
    generated: values.date ?? fileConfig.generated ?? reportDate(io),
    ...(bank !== undefined ? { valueBank: bank } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(values['no-suppression'] === true ? { suppression: false as const } : {}),
    issues: rowIssues,
  };
  if (fileConfig.suppression === false && values['no-suppression'] !== true) {
    throw new UsageError('the config file turns suppression off; that must be asked for explicitly with --no-suppression', 'report');
  }
  // From 100,000 clients the equity comparisons run on a second core (the same model; starting the worker costs
  // tens of milliseconds, more than it saves on smaller files).
  let model: ReportModel;
  if (parsed.clients.length >= 100_000) {
    const worker = createReportWorker();
    try {
      model = worker.buildReport(parsed.clients, config);
    } finally {
      await worker.close();
    }
  } else model = buildReport(parsed.clients, config);
  const written = await writeReport(model, format, outPath, values['no-charts'] !== true);
  if (rowIssues.length > 0) {
    const rows = new Set(rowIssues.map((i) => i.row)).size;
    io.err(`social-outcomes: warning: ${rows} row${rows === 1 ? '' : 's'} of ${positionals[0] as string} had issues and were left out (run 'social-outcomes validate ${positionals[0] as string}')\n`);
  }
  io.out(`${written[0] as string}\n`);
  if (written.length > 1) io.out(`(and ${written.length - 1} chart files in ${join(dirname(written[0] as string), 'charts')})\n`);
  io.out(`${model.summary.lines.join('\n')}\n`);
  return 0;
}
