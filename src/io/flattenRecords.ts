import { type ClientRecord } from '../schema/clientRecord';
import { FlattenRecordsOptionsSchema } from '../schema/ioOptions';
import { checkRecords, flattenChecked } from './_internal/flatten';
import { validateOptions } from './_internal/options';

/** A cell of a flat table: text, a number, a yes/no, or empty. */
export type TableCell = string | number | boolean | null;

/** Options of {@link flattenRecords}. */
export interface FlattenRecordsOptions {
  /**
   * `'long'`: one row per reading (a record without readings gives one row with empty reading cells);
   * `'wide'`: one row per record, readings in `star_<instrument>_<field>_<n>` columns.
   *
   * @defaultValue 'long'
   */
  readonly shape?: 'long' | 'wide';
}

/** A flat table: column names and one array of cells per row. */
export interface FlatTable {
  /** Column names, in the record standard's names and order. */
  readonly columns: string[];
  /** Rows of cells aligned with `columns`. */
  readonly data: TableCell[][];
}

/**
 * Flattens client records into a table in the record standard's column layout, long (one row per
 * reading) or wide (one row per client): the inverse of `parseRecords`, used by `toCsv` and
 * `toDataFrame`.
 *
 * @remarks
 * Columns follow the order of {@link ClientRecord}'s fields. The core fields are always present;
 * other fields only when some record has them. Lists are joined with `;`; needs become
 * `need_<va1OutcomeId>` columns. Long-form score columns are `score_<areaId>` (areas in order of
 * first appearance); wide-form columns are numbered per record and instrument in reading order
 * (`star_wemwbs_date_1`, `star_wemwbs_total_1`, `star_wemwbs_date_2`, …). Reading the table back with
 * `parseRecords` gives the same records (wide form: readings grouped by instrument, which
 * `normaliseRecords` sorts by date).
 *
 * **References**
 * - Prevention First framework review (2022), recommendation 5.
 *
 * @param records - client records
 * @param options - see {@link FlattenRecordsOptions}
 * @returns the columns and rows
 * @throws {InvalidInputError} when `records` is not an array of client records or an option is invalid
 * @example
 * ```ts
 * import { flattenRecords } from 'social-outcomes/io';
 * const records = [{ clientId: 'C1', ageBand: '25-34', gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 41 } }, { clientId: 'C1', instrumentId: 'wemwbs', date: '2023-10-01', scores: { total: 50 } }] }] as const;
 * flattenRecords(records).columns //=> ['clientId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'instrumentId', 'readingDate', 'score_total']
 * flattenRecords(records, { shape: 'wide' }).data[0] //=> ['C1', '25-34', 'woman', 'yes', 'no', 'white-irish', '2023-04-01', 41, '2023-10-01', 50]
 * ```
 */
export function flattenRecords(records: ReadonlyArray<ClientRecord>, options?: FlattenRecordsOptions): FlatTable {
  const fn = 'flattenRecords';
  const opts = validateOptions(fn, FlattenRecordsOptionsSchema, options);
  return flattenChecked(checkRecords(fn, records), opts.shape ?? 'long');
}

