import type { ErrorCode } from '../errors';

/**
 * A problem found in one row of a provider's file (or, with `row: 0`, in its header or encoding).
 *
 * @remarks
 * Rows are numbered from 1 for the first data row after the header row(s); the header is not counted,
 * and blank rows keep their numbers (they are counted in `stats.blankRows`, not as input rows).
 * `row: 0` marks a notice about the file as a whole (an ignored or duplicated column, a missing core
 * column filled with `not-known`, an encoding): such notices never exclude a row and are not counted
 * in `rowsWithIssues`. Any issue with `row >= 1` means that row was not turned into a record.
 */
export interface RecordIssue {
  /** 1-based data row (header excluded); 0 for a notice about the header or the file. */
  readonly row: number;
  /** The column as named in the file, or `null` when the problem is not in one column. */
  readonly column: string | null;
  /** Where the value would sit in the record, e.g. `['readings', 0, 'scores', 'managing-money']`. */
  readonly path: ReadonlyArray<string | number>;
  /** Machine-readable code (see `ErrorCode`). */
  readonly code: ErrorCode;
  /** Lower-case message without a final period, naming the field and echoing the value. */
  readonly message: string;
  /** The raw cell as read (at most 100 characters; longer values end in `…`), or `null`. */
  readonly value: string | null;
  /** For CSV input, the 1-based physical line on which the row starts (quoted line breaks make lines and rows differ). */
  readonly line?: number;
}
