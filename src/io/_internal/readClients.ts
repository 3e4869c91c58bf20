/**
 * A records file read into one record per client: what `parseFile` followed by `normaliseRecords`
 * gives, with each batch of rows merged as soon as it is read. A long file repeats a client's fields
 * on every reading's row; merged batch by batch, only the client's first record is kept, not every
 * row's, and records are not checked against the record standard a second time (the reader has just
 * checked each one).
 *
 * @internal
 * @packageDocumentation
 */
import type { ClientRecord } from '../../schema/clientRecord';
import { ParseFileOptionsSchema } from '../../schema/ioOptions';
import type { RecordIssue } from '../../schema/recordIssue';
import { ClientMerger } from '../../schema/_internal/clientMerger';
import type { ParseFileOptions } from '../parseFile';
import type { ParseRecordsStats } from '../parseRecords';
import { readAll, type EngineOptions } from './engine';
import { withRecordsFile } from './fileSource';
import { validateOptions } from './options';

/** Rows decoded before their records are merged. */
const BATCH_ROWS = 8192;

/** A file read and merged per client. */
export interface ClientsRead {
  /** One record per client, as `normaliseRecords` gives them. */
  readonly clients: ClientRecord[];
  /** File notices (row 0) first, then the issues of the read and of the merge, by row (a read's before a merge's on one row). */
  readonly issues: RecordIssue[];
  /** Counts of the read, as `parseFile` gives them. */
  readonly stats: ParseRecordsStats;
}

/**
 * Reads `path` as `parseFile(path, options)` does and merges its records as `normaliseRecords` (clients keyed by
 * `clientId`) does; the same clients, issues and counts, with `fn` naming the reader in errors.
 */
export async function readClientsFile(fn: string, path: string, options?: ParseFileOptions): Promise<ClientsRead> {
  const opts = validateOptions(fn, ParseFileOptionsSchema, options) as unknown as ParseFileOptions;
  const merger = new ClientMerger(false);
  let index = 0;
  const read = await withRecordsFile(fn, path, opts, (source) =>
    readAll(fn, source, { ...(opts as EngineOptions), batchSize: BATCH_ROWS }, (records, rows) => {
      for (let k = 0; k < records.length; k++) merger.add(records[k] as ClientRecord, index++, rows[k] as number);
    }),
  );
  const merged = merger.finish();
  const issues = [...read.issues, ...merged.issues].sort((a, b) => a.row - b.row);
  return { clients: merged.clients, issues, stats: read.stats as ParseRecordsStats };
}
