import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { FromDataFrameOptionsSchema } from '../schema/ioOptions';
import type { ParseRecordsResult, ReaderOptions } from './parseRecords';
import { collectAll, type EngineOptions } from './_internal/engine';
import { validateOptions } from './_internal/options';
import { tableSource } from './_internal/sources';

/** Options of {@link fromDataFrame}: those of `parseRecords` that apply to tables. */
export type FromDataFrameOptions = ReaderOptions;

/**
 * The table shapes {@link fromDataFrame} reads: a danfojs DataFrame (`columns` + `values`), an
 * arquero table (`objects()`), row objects (`toJSON(df, { format: 'row' })`), or `{ columns, data }`.
 */
export type DataFrameLike =
  | {
      /** Column names (danfojs `df.columns`). */
      readonly columns: ReadonlyArray<string>;
      /** One array of cells per row (danfojs `df.values`). */
      readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
    }
  | {
      /** The rows as objects (arquero `table.objects()`). */
      objects(): ReadonlyArray<Readonly<Record<string, unknown>>>;
    }
  | ReadonlyArray<Readonly<Record<string, unknown>>>
  | {
      /** Column names. */
      readonly columns: ReadonlyArray<string>;
      /** One array of cells per row, aligned with `columns`. */
      readonly data: ReadonlyArray<ReadonlyArray<unknown>>;
    };

function asTable(fn: string, df: unknown): unknown {
  if (Array.isArray(df)) return df;
  if (df !== null && typeof df === 'object') {
    const o = df as { columns?: unknown; values?: unknown; data?: unknown; objects?: unknown };
    // Array.from: holes in the column list or the row list become undefined and are reported, not skipped
    if (Array.isArray(o.columns) && Array.isArray(o.values)) return { columns: Array.from(o.columns), rows: Array.from(o.values) };
    if (Array.isArray(o.columns) && Array.isArray(o.data)) return { columns: Array.from(o.columns), rows: Array.from(o.data) };
    if (typeof o.objects === 'function') {
      const rows: unknown = (o.objects as () => unknown).call(df);
      if (Array.isArray(rows)) return rows;
    }
  }
  throw new InvalidInputError({
    code: 'invalid-type',
    message: `${fn} requires a DataFrame-like table: danfojs (columns and values), arquero (objects()), row objects, or { columns, data } (got ${describeValue(df)})`,
    path: ['df'],
  });
}

/**
 * Reads client records from a DataFrame — danfojs, arquero, or any table with the same surface —
 * through the same checks as `parseRecords`. It reads only the table's column names and cell values,
 * and never imports a DataFrame library.
 *
 * @remarks
 * Duck-typed: a danfojs `DataFrame` is read through `df.columns` and `df.values` (row arrays); an
 * arquero table through `table.objects()`; an array of row objects (`dfd.toJSON(df, { format:
 * 'row' })`) and a `{ columns, data }` table (what {@link toDataFrame} returns without `dfd`) as they
 * are. `NaN`, `null` and `undefined` cells are missing values (danfojs stores missing numbers as
 * `NaN`). Row numbers in issues are 1-based positions in the table. Everything else — columns, codes,
 * issues, counts, refusal of identifier columns — is as in `parseRecords`.
 *
 * **References**
 * - danfojs 1.x API: `DataFrame.columns`, `DataFrame.values`. https://danfo.jsdata.org/api-reference/dataframe
 * - arquero API: `table.objects()`. https://idl.uw.edu/arquero/api/table
 *
 * @param df - a DataFrame-like table
 * @param options - see {@link FromDataFrameOptions}
 * @returns records, the row of each, issues and counts, as `parseRecords` returns them
 * @throws {InvalidInputError} when `df` is not a table, a column is forbidden, `clientId` is missing, an option is invalid, or (with `onError: 'throw'`) a row is bad
 * @example
 * ```ts
 * import { fromDataFrame } from 'social-outcomes/io';
 * const df = { columns: ['clientId', 'ageBand', 'gender', 'ethnicity', 'instrumentId', 'readingDate', 'score_total'], values: [['C1', '25-34', 'woman', 'asian-indian', 'wemwbs', '2023-04-01', 44], ['C2', '35-49', 'man', 'black-african', 'wemwbs', '2023-04-02', NaN]] };
 * const out = await fromDataFrame(df);
 * out.stats //=> { inputRows: 2, validRows: 1, rowsWithIssues: 1 }
 * out.issues.filter((i) => i.row > 0)[0] //=> { row: 2, code: 'missing-field' }
 * ```
 */
export async function fromDataFrame(df: DataFrameLike, options?: FromDataFrameOptions): Promise<ParseRecordsResult> {
  const fn = 'fromDataFrame';
  const opts = validateOptions(fn, FromDataFrameOptionsSchema, options) as unknown as EngineOptions;
  return collectAll(fn, tableSource(fn, asTable(fn, df)), opts);
}
