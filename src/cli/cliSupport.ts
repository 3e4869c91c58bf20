/**
 * CLI plumbing: terminal I/O, one-line usage errors, argument parsing, progress bar, file reading.
 *
 * @packageDocumentation
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readClientsFile, type ClientsRead } from '../io/_internal/readClients';
import type { ParseProgress } from '../io';
import { parseValueBank } from '../schema';
import type { ValueBank } from '../socialvalue/types';
import { census2021 } from '../data/census2021';

/** Writes to the terminal; injectable so tests capture output. */
export interface CliIO {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Whether standard error is a terminal (progress bars are drawn only then). */
  readonly errIsTTY?: boolean;
  /** Working directory relative paths are resolved against (defaults to `process.cwd()`). */
  readonly cwd?: string;
  /** Environment (defaults to `process.env`); read for `SOURCE_DATE_EPOCH`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A mistake in how the command was called: printed as one line with a hint, exit code 2. */
export class UsageError extends Error {
  /** The command whose help the hint points to. */
  readonly command: string;
  constructor(message: string, command: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Option declarations of one command (a subset of `parseArgs` options). */
export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

/** Parsed option values of an {@link OptionSpec}. */
export type OptionValues<T extends OptionSpec> = { -readonly [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };

/** `parseArgs` with strict checking and one-line usage errors. */
export function parseCommandArgs<T extends OptionSpec>(command: string, argv: ReadonlyArray<string>, options: T): { values: OptionValues<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...argv], options: options as unknown as NonNullable<ParseArgsConfig['options']>, allowPositionals: true, strict: true });
    return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
  } catch (error) {
    const msg = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, ''), command);
  }
}

/** Inputs from this size (bytes) up get a progress bar when stderr is a terminal. */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * A progress bar on stderr: drawn for inputs of at least {@link PROGRESS_MIN_BYTES} when stderr is a
 * terminal, always with `force: true` (the `--progress` flag), never otherwise. Stdout is untouched.
 */
export function progressBar(io: CliIO, label: string, totalBytes: number, force = false): { update: (p: ParseProgress) => void; done: () => void } {
  const draw = force || (io.errIsTTY === true && totalBytes >= PROGRESS_MIN_BYTES);
  let last = -1;
  return {
    update(p) {
      if (!draw) return;
      const read = p.bytesRead ?? (p.done ? totalBytes : undefined);
      if (read === undefined || totalBytes <= 0) return;
      const frac = Math.min(1, read / totalBytes);
      const pct = Math.floor(frac * 100);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round(frac * width);
      io.err(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}%  ${p.rowsRead.toLocaleString('en-GB')} rows`);
    },
    done() {
      if (draw && last >= 0) io.err('\n');
    },
  };
}

/** A records file read and merged to one record per client: clients, issues by row, counts of the read. */
export type LoadedRecords = ClientsRead;

/** Reads a records file (CSV, TSV or xlsx) with a progress bar and merges it to one record per client. */
export async function readRecordsFile(io: CliIO, path: string, options: { readonly progress?: boolean } = {}): Promise<LoadedRecords> {
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch {
    // parseFile reports the missing file as one clear error
  }
  const bar = progressBar(io, `reading ${basename(path)}`, size, options.progress === true);
  try {
    // parseFile + normaliseRecords, merged batch by batch (a long file's rows are not all held at once)
    return await readClientsFile('parseFile', path, { onProgress: bar.update });
  } finally {
    bar.done();
  }
}

/** Reads a value bank: `.json` (a bank object) or CSV rows. */
export async function readBankFile(path: string): Promise<ValueBank> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the value bank ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 'report');
  }
  return parseBankText(text, extname(path).toLowerCase() === '.json' ? 'json' : 'csv', basename(path));
}

/** Parses value-bank text (CSV rows or JSON). */
export function parseBankText(text: string, format: 'csv' | 'json', name: string): ValueBank {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`the value bank ${name} is not valid JSON: ${(error as Error).message}`, 'report');
    }
    return parseValueBank(data);
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: false }) as Array<Record<string, string>>;
  return parseValueBank(rows, { name });
}

/**
 * Checks an `--area` value before any file is read: a 2021 GSS code (letter + 8 digits) that the
 * census dataset holds. Throws a one-line usage error otherwise.
 */
export function checkArea(area: string, command: string, census: { readonly areas: Readonly<Record<string, { readonly name: string }>> } = census2021): void {
  if (!/^[EWSNK]\d{8}$/.test(area)) throw new UsageError(`--area must be an ONS GSS code such as E08000025 (got '${area}')`, command);
  if (!Object.prototype.hasOwnProperty.call(census.areas, area)) {
    throw new UsageError(`--area ${area} is not an area of the Census 2021 data (local authority districts and countries of England and Wales, 2021 codes; e.g. E08000025 Birmingham)`, command);
  }
}

/** Today's date (UTC) as YYYY-MM-DD, or the date of `SOURCE_DATE_EPOCH` when set (reproducible builds). */
export function reportDate(io: CliIO, now: () => Date = () => new Date()): string {
  const env = io.env ?? process.env;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return now().toISOString().slice(0, 10);
}
