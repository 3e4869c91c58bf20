import { ToCsvOptionsSchema } from '../schema/ioOptions';
import type { TableCell } from './flattenRecords';
import { validateOptions } from './_internal/options';
import { tableOf } from './_internal/tables';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /**
   * The columns to write, in order. For row objects it defaults to every key in order of first
   * appearance; for records, to the flattened record columns (a name they lack is an error).
   *
   * @defaultValue all columns
   */
  readonly columns?: ReadonlyArray<string>;
  /**
   * Layout of client records: `'long'` (one row per reading) or `'wide'` (one row per client).
   *
   * @defaultValue 'long'
   */
  readonly shape?: 'long' | 'wide';
  /**
   * Field delimiter.
   *
   * @defaultValue ','
   */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /**
   * Line end: `'\r\n'` (RFC 4180, what Excel writes) or `'\n'`.
   *
   * @defaultValue '\r\n'
   */
  readonly eol?: '\r\n' | '\n';
  /**
   * Start with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text correctly.
   *
   * @defaultValue false
   */
  readonly bom?: boolean;
  /**
   * Neutralise text cells that a spreadsheet would run as a formula (see remarks). Turning it off is an
   * explicit opt-out for files that will never be opened in a spreadsheet.
   *
   * @defaultValue true
   */
  readonly escapeFormulas?: boolean;
}

/** Text that a spreadsheet would treat as a formula, possibly behind apostrophes this writer added. */
const DANGEROUS = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Formats one cell: numbers as JavaScript prints them; text neutralised against formula injection
 * and quoted when it holds the delimiter, a quote, a line break or outer spaces.
 */
function formatCell(v: TableCell, delimiter: string, escapeFormulas: boolean): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = v;
  if (escapeFormulas && DANGEROUS.test(s)) s = `'${s}`;
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') || s !== s.trim()) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/**
 * Writes client records, a parse result, row objects or a `{ columns, data }` table as CSV text that
 * is safe to open in a spreadsheet.
 *
 * @remarks
 * **Formula injection.** A text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (or their full-width forms) is prefixed with a single quote, as the OWASP guidance on CSV injection
 * recommends, so Excel, LibreOffice and Google Sheets show it as text instead of running it. Only text
 * is neutralised: the number `-3` is written `-3` and stays a number. Text that already begins with
 * apostrophes followed by such a character gets one more, so the prefix is reversible:
 * `parseRecords` removes exactly one, and records → CSV → records is lossless.
 *
 * Cells holding the delimiter, a double quote, a line break or leading/trailing spaces are quoted with
 * quotes doubled (RFC 4180). Numbers are written as JavaScript prints them (shortest round-trip
 * form), `true`/`false` for yes/no, empty for missing; non-finite numbers are refused.
 *
 * **References**
 * - OWASP Foundation. CSV Injection. https://owasp.org/www-community/attacks/CSV_Injection
 * - RFC 4180 (2005). Common Format and MIME Type for Comma-Separated Values (CSV) Files. https://www.rfc-editor.org/rfc/rfc4180
 *
 * @param input - client records (or a `parseRecords` / `normaliseRecords` result), row objects, or a `{ columns, data }` table
 * @param options - see {@link ToCsvOptions}
 * @returns the CSV text, header first, every line ended by `eol`
 * @throws {InvalidInputError} when a cell is not text, a number, yes/no, a date or empty, a number is not finite, a requested column does not exist, or an option is invalid
 * @example
 * ```ts
 * import { toCsv } from 'social-outcomes/io';
 * toCsv([{ id: 'A', note: '=HYPERLINK("http://x")', change: -3 }], { eol: '\n' }) //=> 'id,note,change\nA,"\'=HYPERLINK(""http://x"")",-3\n'
 * toCsv([{ a: '-3', b: 'x, y' }], { eol: '\n' }) //=> "a,b\n'-3,\"x, y\"\n"
 * ```
 */
export function toCsv(input: unknown, options?: ToCsvOptions): string {
  const fn = 'toCsv';
  const opts = validateOptions(fn, ToCsvOptionsSchema, options);
  const table = tableOf(fn, input, opts.shape, opts.columns);
  const d = opts.delimiter ?? ',';
  const eol = opts.eol ?? '\r\n';
  const esc = opts.escapeFormulas ?? true;
  const lines: string[] = [table.columns.map((c) => formatCell(c, d, esc)).join(d)];
  for (const row of table.data) lines.push(row.map((c) => formatCell(c, d, esc)).join(d));
  return `${opts.bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}
