import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InvalidInputError, SocialOutcomesError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { ParseFileOptionsSchema } from '../schema/ioOptions';
import type { FileReaderOptions, ParseRecordsResult, ReaderOptions } from './parseRecords';
import { collectAll, type EngineOptions } from './_internal/engine';
import { validateOptions } from './_internal/options';
import { csvSource, xlsxSource } from './_internal/sources';

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

function ioError(fn: string, path: string, cause: unknown): SocialOutcomesError {
  const code = (cause as { code?: string }).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : cause instanceof Error ? cause.message : String(cause);
  return new SocialOutcomesError({ code: 'io-failure', message: `${fn} cannot read ${JSON.stringify(path)}: ${why}`, path: ['path'], cause });
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
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    throw ioError(fn, path, e);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xls') {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} cannot read legacy .xls workbooks (${JSON.stringify(path)}); save it as .xlsx or as "CSV UTF-8"`, path: ['path'] });
  }
  let format = opts.format ?? (ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : ext === '.csv' || ext === '.txt' || ext === '.tsv' || ext === '.tab' ? 'csv' : undefined);
  if (format === undefined) {
    try {
      const fh = await open(path, 'r');
      const head = new Uint8Array(4);
      await fh.read(head, 0, 4, 0);
      await fh.close();
      format = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 ? 'xlsx' : 'csv';
    } catch (e) {
      throw ioError(fn, path, e);
    }
  }
  const engine = opts as EngineOptions;
  if (format === 'xlsx') {
    let data: Uint8Array;
    try {
      data = await readFile(path);
    } catch (e) {
      throw ioError(fn, path, e);
    }
    return collectAll(fn, await xlsxSource(fn, data, opts.sheet), engine);
  }
  const delimiter = opts.delimiter ?? (ext === '.tsv' || ext === '.tab' ? '\t' : ',');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    return await collectAll(fn, csvSource(fn, stream, { delimiter, encoding: opts.encoding ?? 'utf-8', totalBytes: size }), engine);
  } catch (e) {
    if (e instanceof SocialOutcomesError) throw e;
    throw ioError(fn, path, e);
  } finally {
    stream.destroy();
  }
}
