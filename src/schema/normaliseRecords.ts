import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { unknownOptionError } from '../_internal/validate';
import { ClientRecordSchema, type ClientRecord, type Reading } from './clientRecord';
import { NormaliseRecordsOptionsSchema } from './ioOptions';
import type { RecordIssue } from './recordIssue';
import { ClientMerger } from './_internal/clientMerger';

/** Options of {@link normaliseRecords}. */
export interface NormaliseRecordsOptions {
  /**
   * The source row of each record (what `parseRecords` returns as `recordRows`), so that issues name
   * file rows. Must have one entry per record.
   *
   * @defaultValue the position of each record, 1-based
   */
  readonly rows?: ReadonlyArray<number>;
  /**
   * What identifies a client. Pseudonymous ids are unique only within a provider, so when records of
   * several providers are combined use `'providerId+clientId'`: clients are then keyed by both, and
   * their `clientId` (and their readings' `clientId`) becomes `<providerId>/<clientId>`.
   *
   * @defaultValue 'clientId'
   */
  readonly clientKey?: 'clientId' | 'providerId+clientId';
}

/** Counts of {@link normaliseRecords}. */
export interface NormaliseRecordsStats {
  /** Records read. */
  readonly records: number;
  /** Distinct clients. */
  readonly clients: number;
  /** Readings, over all clients. */
  readonly readings: number;
  /** Fields whose values disagreed between records of one client (each reported as an issue). */
  readonly conflicts: number;
}

/** Result of {@link normaliseRecords}: one record per client, and every reading in one list. */
export interface NormaliseRecordsResult {
  /** One record per client, in order of first appearance; each client's readings sorted by date, then instrument id. */
  readonly clients: ClientRecord[];
  /** Every reading of every client, clients in the order of `clients` (the input of `outcomes.pairReadings`). */
  readonly readings: Reading[];
  /** Conflicts between records of one client, and client ids shared by providers. Nothing is excluded. */
  readonly issues: RecordIssue[];
  /** Counts. */
  readonly stats: NormaliseRecordsStats;
}

/**
 * Combines the records of a provider's file into one record per client and one list of readings:
 * the normalised shape that long-form files (one row per reading) and wide-form files (one row per
 * client) both reach.
 *
 * @remarks
 * Records are grouped by client (by `clientId`, or by provider and client with `clientKey`). For each
 * client:
 * - **readings** are concatenated and sorted by date, then instrument id (a stable sort: equal keys
 *   keep file order); each reading's `clientId` is the client's key;
 * - **person fields** (gender, gender identity, disability, ethnicity, sex, disability detail, sexual
 *   orientation, religion, nationality, interpreter, geography) take the first substantive value; a
 *   substantive answer replaces `prefer-not-to-say`, which replaces `not-known`. A later, different
 *   substantive value is a conflict: the first is kept and the conflict is reported as an issue
 *   (code `invalid-record`) on the later row;
 * - **fields that may change over time** (provider, commissioning area, reporting period, employment
 *   and immigration status, referral fields, accessibility) take the first value given; age and age
 *   band are taken together from the first record that has either;
 * - **outputs** are the union of the records' ids, in order of first appearance; **needs** keep, per
 *   VA1 outcome, the furthest status reached (identified < met partially < met fully).
 *
 * With `clientKey: 'clientId'`, a client id that appears under two providers is reported (code
 * `duplicate`): the records are still combined, but they may belong to different people.
 *
 * **References**
 * - Prevention First framework review (2022), recommendation 5 and §7.1.
 *
 * @param records - records as `parseRecords` returns them (one per valid row)
 * @param options - see {@link NormaliseRecordsOptions}
 * @returns one record per client, all readings, conflicts as issues, and counts
 * @throws {InvalidInputError} when `records` is not an array of records, a record does not follow
 *   {@link ClientRecordSchema} (e.g. a NaN score or a hole in the array), or an option is invalid
 * @example
 * ```ts
 * import { normaliseRecords } from 'social-outcomes/schema';
 * const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' } as const;
 * const rows = [
 *   { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-09-01', scores: { total: 50 } }] },
 *   { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-03-01', scores: { total: 41 } }] },
 * ];
 * const out = normaliseRecords(rows);
 * out.stats //=> { records: 2, clients: 1, readings: 2, conflicts: 0 }
 * out.readings.map((r) => r.date) //=> ['2023-03-01', '2023-09-01']
 * ```
 */
export function normaliseRecords(records: ReadonlyArray<ClientRecord>, options?: NormaliseRecordsOptions): NormaliseRecordsResult {
  const fn = 'normaliseRecords';
  if (!Array.isArray(records)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires records to be an array (got ${describeValue(records)})`, path: ['records'] });
  }
  const parsed = NormaliseRecordsOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['options', ...(issue?.path ?? [])].filter((p): p is string | number => typeof p !== 'symbol');
    if (issue?.code === 'unrecognized_keys') throw unknownOptionError(fn, issue.keys[0] ?? '', Object.keys((NormaliseRecordsOptionsSchema as unknown as { shape: Record<string, unknown> }).shape), path);
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires valid options: ${issue?.message ?? 'invalid'}`, path });
  }
  const rows = parsed.data.rows;
  if (rows !== undefined && rows.length !== records.length) {
    throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires options.rows to have one entry per record (got ${rows.length} for ${records.length})`, path: ['options', 'rows'] });
  }
  const merger = new ClientMerger(parsed.data.clientKey === 'providerId+clientId');
  // Array.from visits holes (forEach skips them); every record is checked against the record standard, so
  // NaN, ±Infinity or a function in a field is reported here instead of travelling into the result.
  Array.from(records).forEach((r, i) => {
    if (r === null || typeof r !== 'object' || typeof r.clientId !== 'string' || !Array.isArray(r.readings)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records to be client records with a clientId and readings (got ${describeValue(r)})`, path: ['records', i] });
    }
    const row = rows?.[i] ?? i + 1;
    const checked = ClientRecordSchema.safeParse(r);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const at = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records to follow the record standard (${issue?.message ?? 'invalid'} at ${['records', i, ...at].join('.')})`, path: ['records', i, ...at], row });
    }
    merger.add(r, i, row);
  });
  return merger.finish();
}
