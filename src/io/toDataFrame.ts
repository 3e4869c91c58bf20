import { ToDataFrameOptionsSchema } from '../schema/ioOptions';
import type { FlatTable } from './flattenRecords';
import { validateOptions } from './_internal/options';
import { tableOf } from './_internal/tables';

/** The part of the danfojs (or danfojs-node) module that {@link toDataFrame} uses: the DataFrame constructor. */
export interface DanfoLike<D> {
  /** The DataFrame class of danfojs 1.x. */
  readonly DataFrame: {
    /** `new DataFrame(rows, { columns })`: a frame of `rows` (arrays of cells) with the given column names. */
    new (data: unknown[][], options: { columns: string[] }): D;
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
 * { columns })`. Without `dfd` you get `{ columns, data }`, from which any DataFrame library can build
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
 * class Frame { constructor(public data: unknown[][], public options: { columns: string[] }) {} }
 * toDataFrame([{ provider: 'P1', n: 12 }], { dfd: { DataFrame: Frame } }).options.columns //=> ['provider', 'n']
 * ```
 */
export function toDataFrame<D>(input: unknown, options: ToDataFrameOptions<D> & { readonly dfd: DanfoLike<D> }): D;
export function toDataFrame(input: unknown, options?: Omit<ToDataFrameOptions, 'dfd'>): FlatTable;
export function toDataFrame<D>(input: unknown, options?: ToDataFrameOptions<D>): D | FlatTable {
  const fn = 'toDataFrame';
  const opts = validateOptions(fn, ToDataFrameOptionsSchema, options);
  const table = tableOf(fn, input, opts.shape, opts.columns);
  if (options?.dfd === undefined) return table;
  return new options.dfd.DataFrame(table.data, { columns: table.columns });
}
