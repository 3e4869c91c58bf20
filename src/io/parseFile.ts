import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { ParseFileOptionsSchema } from '../schema/ioOptions';
import type { FileReaderOptions, ParseRecordsResult, ReaderOptions } from './parseRecords';
import { collectAll, type EngineOptions } from './_internal/engine';
import { validateOptions } from './_internal/options';
import { withRecordsFile } from './_internal/fileSource';

/** Options of {@link parseFile}. */
export interface ParseFileOptions extends ReaderOptions, FileReaderOptions {
  /**
   * File format. When left out it follows the extension (`.csv`, `.txt` → CSV; `.tsv`, `.tab` → CSV
   * with a tab delimiter; `.xlsx`, `.xlsm` → xlsx), else the content (a zip signature means xlsx).
   *
   * @defaultValue from the extension
   */
  readonly format?: 'csv' | 'xlsx';
}

/**
 * Reads a provider's CSV or xlsx file from disk: CSV is streamed (memory bounded by what is kept, not
 * by the file), xlsx loaded with exceljs; then every row is checked as `parseRecords` does, with
 * progress reported in bytes.
 *
 * @remarks
 * CSV files are read in 1 MiB chunks and split into rows as `parseRecords` does (plain lines directly,
 * anything else through csv-parse); `onProgress` receives
 * `bytesRead` and `totalBytes` (the file size). A legacy `.xls` file is refused with a hint to save it
 * as `.xlsx` or "CSV UTF-8". Everything else — columns, issues, counts, refusals — is as in
 * `parseRecords`. To process a file larger than memory, use `parseRecordsStream(fs.createReadStream(path))`.
 *
 * **References**
 * - csv-parse API. https://csv.js.org/parse/api/
 *
 * @param path - path of a `.csv`, `.tsv` or `.xlsx` file
 * @param options - see {@link ParseFileOptions}
 * @returns records, the row of each, issues and counts, as `parseRecords` returns them
 * @throws {SocialOutcomesError} when the file cannot be read (`io-failure`), or exceljs is missing for xlsx (`missing-peer`)
 * @throws {InvalidInputError} when the file is `.xls`, an option is invalid, a column is forbidden, `clientId` is missing, or (with `onError: 'throw'`) a row is bad
 * @example
 * ```ts
 * import { parseFile } from 'social-outcomes/io';
 * const out = await parseFile('examples/data/records-long.csv');
 * out.stats //=> { inputRows: 12, validRows: 10, rowsWithIssues: 2, shape: 'long' }
 * await parseFile('examples/data/no-such-file.csv') //=> throws SocialOutcomesError
 * ```
 */
export async function parseFile(path: string, options?: ParseFileOptions): Promise<ParseRecordsResult> {
  const fn = 'parseFile';
  if (typeof path !== 'string' || path.length === 0) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires path to be a file path (got ${describeValue(path)})`, path: ['path'] });
  }
  const opts = validateOptions(fn, ParseFileOptionsSchema, options) as unknown as ParseFileOptions;
  return withRecordsFile(fn, path, opts, (source) => collectAll(fn, source, opts as EngineOptions));
}
