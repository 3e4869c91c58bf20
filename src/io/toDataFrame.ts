import { ToDataFrameOptionsSchema } from '../schema/ioOptions';
import type { FlatTable } from './flattenRecords';
import { validateOptions } from './_internal/options';
import { tableOf } from './_internal/tables';

/**
 * danfojs dtype of each column, from its non-missing cells: all whole numbers in the int32 range →
 * `'int32'`, other numbers → `'float32'`, all yes/no → `'boolean'`, anything else (text, mixed, or only
 * missing cells) → `'string'`. danfojs itself infers a column's dtype from its first cell, so a column
 * starting with a missing value would otherwise be typed `float32` whatever it holds.
 */
function dtypesOf(table: FlatTable): string[] {
  return table.columns.map((_, j) => {
    let kind: 'none' | 'int' | 'float' | 'boolean' | 'string' = 'none';
    for (const row of table.data) {
      const v = row[j];
      if (v === null || v === undefined) continue;
      const k = typeof v === 'number' ? (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? 'int' : 'float') : typeof v === 'boolean' ? 'boolean' : 'string';
      if (kind === 'none' || kind === k) kind = k;
      else if ((kind === 'int' && k === 'float') || (kind === 'float' && k === 'int')) kind = 'float';
      else return 'string';
    }
    return kind === 'int' ? 'int32' : kind === 'float' ? 'float32' : kind === 'boolean' ? 'boolean' : 'string';
  });
}

/** The part of the danfojs (or danfojs-node) module that {@link toDataFrame} uses: the DataFrame constructor. */
export interface DanfoLike<D> {
  /** The DataFrame class of danfojs 1.x. */
  readonly DataFrame: {
    /**
     * `new DataFrame(rows, { columns, dtypes })`: a frame of `rows` (arrays of cells) with the given
     * column names and danfojs dtypes (`'string'`, `'int32'`, `'float32'`, `'boolean'`).
     */
    new (data: unknown[][], options: { columns: string[]; dtypes: string[] }): D;
  };
}

/** Options of {@link toDataFrame}. */
export interface ToDataFrameOptions<D = unknown> {
  /**
   * Your danfojs module (`import * as dfd from 'danfojs-node'`). With it a DataFrame is returned;
   * without it, the `{ columns, data }` table to build one with.
   *
   * @defaultValue none
   */
  readonly dfd?: DanfoLike<D>;
  /**
   * The columns, in order.
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
}

/**
 * Turns client records, a parse result, or row objects (any result table) into a danfojs DataFrame,
 * using the danfojs module you pass in; the library never imports danfojs itself.
 *
 * @remarks
 * danfojs-node is an optional peer, not a dependency: it fails to install on registry-only networks
 * unless its consumer adds two npm overrides, and weighs 338 MB (research notes, ecosystem.md §1a).
 * So you import it and hand it over as `options.dfd`; `toDataFrame` calls `new dfd.DataFrame(data,
 * { columns, dtypes })`, with each column's dtype set from all its cells (whole numbers → `int32`, other
 * numbers → `float32`, yes/no → `boolean`, text, mixed or empty columns → `string`) rather than left to
 * danfojs, which types a column from its first cell (a column starting with a missing value would
 * become `float32`). Values are passed as they are: danfojs keeps them as JavaScript numbers, so
 * decimals are not rounded to 32 bits. Without `dfd` you get `{ columns, data }`, from which any DataFrame library can build
 * a table (`new dfd.DataFrame(data, { columns })`, `aq.from(...)`, `pandas.DataFrame(data, columns=…)`).
 * Missing values are `null`. Records are flattened as {@link flattenRecords} does.
 *
 * **References**
 * - danfojs 1.x API: `new DataFrame(data, { columns })`. https://danfo.jsdata.org/api-reference/dataframe
 *
 * @param input - client records (or a `parseRecords` / `normaliseRecords` result), row objects, or a `{ columns, data }` table
 * @param options - see {@link ToDataFrameOptions}
 * @returns a DataFrame built by `options.dfd`, or the `{ columns, data }` table
 * @throws {InvalidInputError} when the input cannot be tabulated, a column does not exist, or `dfd` is not a danfojs-like module
 * @example
 * ```ts
 * import { toDataFrame } from 'social-outcomes/io';
 * toDataFrame([{ provider: 'P1', n: 12 }, { provider: 'P2', n: 7 }]) //=> { columns: ['provider', 'n'], data: [['P1', 12], ['P2', 7]] }
 * class Frame { constructor(public data: unknown[][], public options: { columns: string[]; dtypes: string[] }) {} }
 * toDataFrame([{ provider: 'P1', n: 12 }], { dfd: { DataFrame: Frame } }).options //=> { columns: ['provider', 'n'], dtypes: ['string', 'int32'] }
 * ```
 */
export function toDataFrame<D>(input: unknown, options: ToDataFrameOptions<D> & { readonly dfd: DanfoLike<D> }): D;
export function toDataFrame(input: unknown, options?: Omit<ToDataFrameOptions, 'dfd'>): FlatTable;
export function toDataFrame<D>(input: unknown, options?: ToDataFrameOptions<D>): D | FlatTable {
  const fn = 'toDataFrame';
  const opts = validateOptions(fn, ToDataFrameOptionsSchema, options);
  const table = tableOf(fn, input, opts.shape, opts.columns);
  if (options?.dfd === undefined) return table;
  return new options.dfd.DataFrame(table.data, { columns: table.columns, dtypes: dtypesOf(table) });
}
