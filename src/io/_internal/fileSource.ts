/**
 * Opening a records file as a row source: the format from the option, the extension or the content, CSV
 * streamed in 1 MiB chunks, xlsx loaded whole. Shared by `parseFile` (which collects every record) and
 * the CLI's reader (which merges them per client batch by batch).
 *
 * @internal
 * @packageDocumentation
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InvalidInputError, SocialOutcomesError } from '../../errors';
import type { ParseFileOptions } from '../parseFile';
import { csvSource, xlsxSource, type RowSource } from './sources';

/** The `io-failure` error of a file that cannot be read, naming it and why. */
function ioError(fn: string, path: string, cause: unknown): SocialOutcomesError {
  const code = (cause as { code?: string }).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : cause instanceof Error ? cause.message : String(cause);
  return new SocialOutcomesError({ code: 'io-failure', message: `${fn} cannot read ${JSON.stringify(path)}: ${why}`, path: ['path'], cause });
}

/** A file opened for reading: its rows, and `close` to release the file whatever happened. */
interface OpenedFile {
  readonly source: RowSource;
  close(): void;
}

/**
 * Runs `read` on the rows of `path` (options already validated) and closes the file, whatever happens. A failure
 * that is not one of the library's errors (the disk, the stream) becomes an `io-failure` naming the file.
 */
export async function withRecordsFile<T>(fn: string, path: string, opts: ParseFileOptions, read: (source: RowSource) => Promise<T>): Promise<T> {
  const file = await openRecordsFile(fn, path, opts);
  try {
    return await read(file.source);
  } catch (e) {
    if (e instanceof SocialOutcomesError) throw e;
    throw ioError(fn, path, e);
  } finally {
    file.close();
  }
}

/** Opens `path` as a row source; throws `io-failure` or the `.xls` refusal. */
async function openRecordsFile(fn: string, path: string, opts: ParseFileOptions): Promise<OpenedFile> {
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
  if (format === 'xlsx') {
    let data: Uint8Array;
    try {
      data = await readFile(path);
    } catch (e) {
      throw ioError(fn, path, e);
    }
    return { source: await xlsxSource(fn, data, opts.sheet), close: () => undefined };
  }
  const delimiter = opts.delimiter ?? (ext === '.tsv' || ext === '.tab' ? '\t' : ',');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  return { source: csvSource(fn, stream, { delimiter, encoding: opts.encoding ?? 'utf-8', totalBytes: size }), close: () => stream.destroy() };
}
