import type { ClientRecord } from '../schema/clientRecord';
import { ParseRecordsStreamOptionsSchema } from '../schema/ioOptions';
import type { RecordIssue } from '../schema/recordIssue';
import type { CsvInput, FileReaderOptions, ParseRecordsStats, ReaderOptions } from './parseRecords';
import { parseBatches, type EngineOptions } from './_internal/engine';
import { validateOptions } from './_internal/options';
import { csvSource } from './_internal/sources';

/** Options of {@link parseRecordsStream}. */
export interface ParseRecordsStreamOptions extends ReaderOptions, Omit<FileReaderOptions, 'sheet'> {
  /**
   * Input format; only CSV is streamed (workbooks are read whole by `parseRecords` / `parseFile`).
   *
   * @defaultValue 'csv'
   */
  readonly format?: 'csv';
  /**
   * Rows per batch (records plus rows with issues; blank rows are not counted).
   *
   * @defaultValue 10000
   */
  readonly batchSize?: number;
}

/** One batch of {@link parseRecordsStream}. */
export interface ParseRecordsBatch {
  /** The batch's records, in file order. */
  readonly records: ClientRecord[];
  /** The 1-based data row of each record. */
  readonly recordRows: number[];
  /** Issues found in this batch (file notices, `row: 0`, as they are found). */
  readonly issues: RecordIssue[];
  /** Counts so far (cumulative over the batches). */
  readonly stats: ParseRecordsStats;
  /** `true` on the last batch. */
  readonly done: boolean;
}

/**
 * Reads a large CSV in batches, with memory bounded by the batch size rather than the file: the same
 * checks and counts as `parseRecords`, for files too big to hold (or for pipelines that aggregate as
 * they go).
 *
 * @remarks
 * The input is read chunk by chunk (1 MiB), decoded, split into rows line by line (plain lines
 * directly, anything else through csv-parse, as in `parseRecords`), and decoded row by row; a batch is yielded every `batchSize` rows, and the generator waits for you
 * before reading on. Counts in `stats` are cumulative, so the last batch (`done: true`) holds the
 * totals, and `validRows + rowsWithIssues === inputRows` holds after every batch. Options are
 * validated when the function is called; reading starts at the first `next()`.
 *
 * **References**
 * - csv-parse API. https://csv.js.org/parse/api/
 *
 * @param source - CSV text, bytes, a Node readable stream (`fs.createReadStream(path)`), or any (async) iterable of byte or text chunks
 * @param options - see {@link ParseRecordsStreamOptions}
 * @returns an async generator of batches
 * @throws {InvalidInputError} when an option is invalid (at the call); while iterating, as `parseRecords`
 * @example
 * ```ts
 * import { parseRecordsStream } from 'social-outcomes/io';
 * const lines = ['clientId,ageBand,gender,ethnicity'];
 * for (let i = 1; i <= 25; i++) lines.push(`C${i},25-34,woman,${i === 7 ? 'Martian' : 'white-irish'}`);
 * const batches = [];
 * for await (const b of parseRecordsStream(lines.join('\n'), { batchSize: 10 })) batches.push(b);
 * batches.map((b) => b.records.length) //=> [9, 10, 5]
 * batches[2].stats //=> { inputRows: 25, validRows: 24, rowsWithIssues: 1 }
 * ```
 */
export function parseRecordsStream(source: CsvInput, options?: ParseRecordsStreamOptions): AsyncGenerator<ParseRecordsBatch> {
  const fn = 'parseRecordsStream';
  const opts = validateOptions(fn, ParseRecordsStreamOptionsSchema, options) as unknown as ParseRecordsStreamOptions;
  const src = csvSource(fn, source, { delimiter: opts.delimiter ?? ',', encoding: opts.encoding ?? 'utf-8' });
  return parseBatches(fn, src, { ...(opts as EngineOptions), batchSize: opts.batchSize ?? 10_000 }) as AsyncGenerator<ParseRecordsBatch>;
}
