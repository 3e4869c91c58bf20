import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InvalidInputError, SocialOutcomesError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { WriteOutputFileOptionsSchema } from '../schema/ioOptions';
import { toCsv, type ToCsvOptions } from './toCsv';
import { toJson } from './toJson';
import { validateOptions } from './_internal/options';

/** Options of {@link writeOutputFile}. */
export interface WriteOutputFileOptions extends ToCsvOptions {
  /**
   * `'csv'` (via `toCsv`) or `'json'` (via `toJson`).
   *
   * @defaultValue from the extension: `.json` → json, `.csv`/`.tsv`/`.txt` → csv
   */
  readonly format?: 'csv' | 'json';
  /**
   * Replace an existing file. Without it, an existing file is never touched.
   *
   * @defaultValue false
   */
  readonly overwrite?: boolean;
  /**
   * JSON indentation (spaces).
   *
   * @defaultValue 0
   */
  readonly space?: number;
}

/** Result of {@link writeOutputFile}. */
export interface WriteOutputFileResult {
  /** Absolute path written. */
  readonly path: string;
  /** Format written. */
  readonly format: 'csv' | 'json';
  /** Bytes written. */
  readonly bytes: number;
}

/**
 * Writes results to a CSV or JSON file safely: formula-safe CSV (`toCsv`) or exact JSON (`toJson`),
 * written atomically, readable only by the owner, and never over an existing file unless asked.
 *
 * @remarks
 * The text is written to a temporary file in the same folder (mode 0600: outputs may hold
 * individual-level data), flushed to disk, then moved into place: with `overwrite` by `rename`
 * (atomic on POSIX file systems), without it by `link`, which fails if the target exists, so a file
 * that appeared meanwhile is not replaced either. A reader never sees a half-written file, and a
 * failed write leaves nothing behind.
 *
 * **References**
 * - OWASP Foundation. CSV Injection. https://owasp.org/www-community/attacks/CSV_Injection
 * - POSIX.1-2017: rename() and link() semantics.
 *
 * @param path - where to write
 * @param input - what `toCsv` or `toJson` accepts
 * @param options - see {@link WriteOutputFileOptions}
 * @returns the absolute path, format and size written
 * @throws {SocialOutcomesError} when the file exists and `overwrite` is not set, or the write fails (`io-failure`)
 * @throws {InvalidInputError} when the format cannot be told from the extension, an option is invalid, or the input cannot be written as that format
 * @example
 * ```ts
 * import { writeOutputFile } from 'social-outcomes/io';
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'so-')), 'summary.csv');
 * await writeOutputFile(file, [{ provider: 'P1', n: 12 }]) //=> { format: 'csv', bytes: 19 }
 * await writeOutputFile(file, [{ provider: 'P1', n: 13 }]) //=> throws SocialOutcomesError
 * ```
 */
export async function writeOutputFile(path: string, input: unknown, options?: WriteOutputFileOptions): Promise<WriteOutputFileResult> {
  const fn = 'writeOutputFile';
  if (typeof path !== 'string' || path.length === 0) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires path to be a file path (got ${describeValue(path)})`, path: ['path'] });
  }
  const opts = validateOptions(fn, WriteOutputFileOptionsSchema, options);
  const ext = extname(path).toLowerCase();
  const format = opts.format ?? (ext === '.json' ? 'json' : ext === '.csv' || ext === '.tsv' || ext === '.txt' ? 'csv' : undefined);
  if (format === undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} cannot tell the format from the extension ${JSON.stringify(ext)}; pass format: 'csv' or 'json'`, path: ['options', 'format'] });
  }
  const { format: _f, overwrite: _o, space, ...csvOptions } = opts;
  const text =
    format === 'json'
      ? toJson(input, space === undefined ? {} : { space })
      : toCsv(input, { ...(csvOptions as ToCsvOptions), ...(opts.delimiter === undefined && ext === '.tsv' ? { delimiter: '\t' as const } : {}) });
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const data = Buffer.from(text, 'utf8');
  try {
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (opts.overwrite) await rename(tmp, target);
    else {
      try {
        await link(tmp, target);
      } catch (e) {
        if ((e as { code?: string }).code === 'EEXIST') {
          throw new SocialOutcomesError({ code: 'io-failure', message: `${fn} will not replace the existing file ${JSON.stringify(path)}; pass overwrite: true to replace it`, path: ['path'] });
        }
        throw e;
      }
      await unlink(tmp);
    }
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    if (e instanceof SocialOutcomesError) throw e;
    throw new SocialOutcomesError({ code: 'io-failure', message: `${fn} cannot write ${JSON.stringify(path)}: ${e instanceof Error ? e.message : String(e)}`, path: ['path'], cause: e });
  }
  return { path: target, format, bytes: data.length };
}
