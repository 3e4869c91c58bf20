import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import type { ClientRecord } from '../schema/clientRecord';
import { ParseRecordsOptionsSchema } from '../schema/ioOptions';
import type { RecordIssue } from '../schema/recordIssue';
import { collectAll, type EngineOptions } from './_internal/engine';
import { validateOptions } from './_internal/options';
import { csvSource, tableSource, xlsxSource } from './_internal/sources';

/** Instrument definitions used to check scores: the parts of `social-outcomes/data/instruments` definitions that matter here. */
export interface ParseInstrument {
  /** Instrument id, e.g. `homelessness-star`. */
  readonly id: string;
  /** Scale of the instrument's areas, or `null` when it is not known (then only ids are checked). */
  readonly scale: {
    /** Lowest score. */
    readonly min: number;
    /** Highest score. */
    readonly max: number;
    /** Distance between possible scores, or `null`/absent when any number in range is allowed. */
    readonly step?: number | null;
    /** Every possible score, when the scale is not an even grid (SWEMWBS metric scores). */
    readonly values?: ReadonlyArray<number>;
  } | null;
  /** Areas (score keys), each optionally with its own range. */
  readonly areas: ReadonlyArray<{
    /** Area id. */
    readonly id: string;
    /** The area's own range, when it differs from the instrument's. */
    readonly scale?: {
      /** Lowest score. */
      readonly min: number;
      /** Highest score. */
      readonly max: number;
    };
  }>;
  /** Items (score keys too, e.g. `item1` of WEMWBS) and their response range. */
  readonly items?: {
    /** Item ids. */
    readonly ids: ReadonlyArray<string>;
    /** Lowest item response. */
    readonly responseMin: number;
    /** Highest item response. */
    readonly responseMax: number;
  };
}

/** Options shared by every reader (`parseRecords`, `parseRecordsStream`, `parseFile`, `fromDataFrame`). */
export interface ReaderOptions {
  /**
   * Renames columns before they are matched: source column name → name of the record standard
   * (`clientId`, `ethnicity`, `score_managing-money`, `star_wemwbs_total_2`, `need_paid-work`, …).
   * A column mapped here is exempt from the forbidden-name check (its values are still checked).
   *
   * @defaultValue `{}`
   */
  readonly columnMap?: Readonly<Record<string, string>>;
  /**
   * Recodes values of coded fields before matching: field → (provider's value → code). Keys match
   * case-insensitively; targets must be codes (or labels) of the field, e.g.
   * `{ ethnicity: NHS_ETHNIC_CATEGORY_TO_ONS2021 }` or `{ gender: { M: 'man', F: 'woman' } }`.
   *
   * @defaultValue `{}`
   */
  readonly valueMap?: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;
  /**
   * `'collect'`: bad rows become issues and reading goes on; `'throw'`: the first bad row throws an
   * `InvalidInputError` carrying its code, path and row.
   *
   * @defaultValue 'collect'
   */
  readonly onError?: 'collect' | 'throw';
  /**
   * Called every `progressInterval` data rows, and once at the end with `done: true`.
   *
   * @defaultValue none
   */
  readonly onProgress?: (progress: ParseProgress) => void;
  /**
   * Rows between progress calls.
   *
   * @defaultValue 10000
   */
  readonly progressInterval?: number;
  /**
   * Which reading layout to expect: `'long'` (one row per reading), `'wide'` (one row per client), or
   * `'auto'` (from the columns). A file that contradicts it is refused.
   *
   * @defaultValue 'auto'
   */
  readonly shape?: 'auto' | 'long' | 'wide';
  /**
   * How text dates are written: `'iso'` (`YYYY-MM-DD`, also with a time) or `'dmy'` (also
   * `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`). Worksheet date cells are read as dates either way.
   *
   * @defaultValue 'iso'
   */
  readonly dateFormat?: 'iso' | 'dmy';
  /**
   * What to do with columns that are not fields of the standard: `'ignore'` (each is reported once as a
   * row-0 notice) or `'error'` (throw `unknown-field`).
   *
   * @defaultValue 'ignore'
   */
  readonly unknownColumns?: 'ignore' | 'error';
  /**
   * Instrument definitions to check readings against: an unknown instrument, an unknown area or item, a
   * score off the scale or between its steps becomes an issue. Pass the registry `INSTRUMENTS` of
   * `social-outcomes/data/instruments` (or your own registry, or an array of definitions).
   *
   * @defaultValue none (instrument and area ids are checked for form only)
   */
  readonly instruments?: ReadonlyArray<ParseInstrument> | Readonly<Record<string, ParseInstrument>>;
}

/** Options of the file readers: where the header is, which sheet, how the text is encoded. */
export interface FileReaderOptions {
  /**
   * 1-based row (CSV record or sheet row) of the header, or `'auto'`: the first of the first 20 rows
   * with a `clientId` column (after `columnMap`). Rows above the header are skipped.
   *
   * @defaultValue 'auto'
   */
  readonly headerRow?: number | 'auto';
  /**
   * Number of header rows. With more than one, each column's name joins the non-blank cells of the
   * header rows with `_` (merged cells count in every column they span), so a merged
   * `star_homelessness-star` above `date_1`, `managing-money_1` reads as
   * `star_homelessness-star_date_1`, `star_homelessness-star_managing-money_1`.
   *
   * @defaultValue 1
   */
  readonly headerRows?: number;
  /**
   * Worksheet to read (xlsx): its name, or its 1-based position.
   *
   * @defaultValue 1
   */
  readonly sheet?: string | number;
  /**
   * Field delimiter (CSV).
   *
   * @defaultValue ','
   */
  readonly delimiter?: ',' | ';' | '\t' | '|';
  /**
   * Text encoding of CSV bytes. A byte-order mark overrides it (and is reported when it names another
   * encoding). Bytes that are not valid in the encoding become U+FFFD and the rows holding them are
   * reported.
   *
   * @defaultValue 'utf-8'
   */
  readonly encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Options of {@link parseRecords}. */
export interface ParseRecordsOptions extends ReaderOptions, FileReaderOptions {
  /**
   * Input format. When left out: `'rows'` for arrays and `{ columns, rows }` tables, `'xlsx'` for
   * bytes that start with the zip signature, else `'csv'`.
   *
   * @defaultValue inferred from the input
   */
  readonly format?: 'csv' | 'xlsx' | 'rows';
}

/** A progress report. */
export interface ParseProgress {
  /** Data rows read so far (blank rows included, header excluded). */
  readonly rowsRead: number;
  /** Rows turned into records so far. */
  readonly validRows: number;
  /** Rows with issues so far. */
  readonly rowsWithIssues: number;
  /** Bytes consumed (CSV from bytes or a stream). */
  readonly bytesRead?: number;
  /** Size of the input in bytes, when known (files). */
  readonly totalBytes?: number;
  /** `true` on the last call. */
  readonly done: boolean;
}

/**
 * Counts of a read. Every non-blank data row is either a record or a row with issues:
 * `validRows + rowsWithIssues === inputRows`, and `records.length === validRows`.
 */
export interface ParseRecordsStats {
  /** Non-blank data rows read (header and blank rows excluded). */
  readonly inputRows: number;
  /** Rows turned into records. */
  readonly validRows: number;
  /** Rows with at least one issue (not turned into records). */
  readonly rowsWithIssues: number;
  /** Blank rows skipped (they keep their row numbers). */
  readonly blankRows: number;
  /** Readings in the records. */
  readonly readings: number;
  /** 1-based position of the (last) header row in the source (CSV record or sheet row); 0 for tables. */
  readonly headerRow: number;
  /** Reading layout found: `'long'`, `'wide'`, or `'none'` (no reading columns). */
  readonly shape: 'long' | 'wide' | 'none';
  /** Text encoding used (CSV), or `'text'` when the input was already a string. */
  readonly encoding?: string;
}

/** Result of {@link parseRecords}. */
export interface ParseRecordsResult {
  /** One record per valid data row, in file order. */
  readonly records: ClientRecord[];
  /** The 1-based data row of each record (aligned with `records`); pass it to `normaliseRecords` as `rows`. */
  readonly recordRows: number[];
  /** File notices (`row: 0`) first, then every issue of every bad row, by row. */
  readonly issues: RecordIssue[];
  /** Counts. */
  readonly stats: ParseRecordsStats;
}

/** CSV input: text, bytes, or a (Node readable or any async) stream or iterable of byte or text chunks. */
export type CsvInput = string | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** A table given as column names and row arrays. */
export interface RowTable {
  /** Column names. */
  readonly columns: ReadonlyArray<string>;
  /** One array of cells per row, aligned with `columns`. */
  readonly rows: ReadonlyArray<ReadonlyArray<unknown>>;
}

/** Input of {@link parseRecords}: CSV (text, bytes, stream), xlsx bytes, row objects, or a {@link RowTable}. */
export type ParseRecordsInput = CsvInput | ReadonlyArray<Readonly<Record<string, unknown>>> | RowTable;

function inferFormat(input: unknown): 'csv' | 'xlsx' | 'rows' {
  if (Array.isArray(input)) return 'rows';
  if (input !== null && typeof input === 'object' && Array.isArray((input as { columns?: unknown }).columns)) return 'rows';
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input, 0, Math.min(4, input.byteLength)) : input instanceof Uint8Array ? input : undefined;
  if (bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  return 'csv';
}

/**
 * Reads individual-level records from a provider's CSV, xlsx workbook or an in-memory table,
 * without losing a row: every non-blank data row becomes a validated {@link ClientRecord} or is
 * reported with its row, column, code and value.
 *
 * @remarks
 * **Columns.** Names are matched ignoring case, spaces, `_`, `-` and `.` (`Client ID` = `clientId`);
 * `columnMap` renames others. Scalar fields are the fields of {@link ClientRecord} (lists such as
 * `outputsAchieved` are `;`-separated). Readings come in one of two layouts, which parse to the same
 * records:
 * - **long** (one row per reading): `instrumentId`, `readingDate`, optional `retrospective`,
 *   `completedBy`, `readingId`, and one `score_<areaId>` column per area;
 * - **wide** (one row per client): `star_<instrumentId>_date_<n>`, optional
 *   `star_<instrumentId>_retrospective_<n>`, `…_completedBy_<n>`, `…_readingId_<n>`, and
 *   `star_<instrumentId>_<areaId>_<n>`, for readings n = 1, 2, … (ids in lower-case kebab-case, so `_`
 *   only separates).
 * VA1 needs are `need_<va1OutcomeId>` columns holding `identified`, `met-partially` or `met-fully`.
 *
 * **Refused files.** Columns named like direct identifiers (names, dates of birth, NHS or NI numbers,
 * full postcodes, addresses, emails, phones) make the whole read throw `forbidden-column`, listing
 * them (see `findForbiddenColumns`). A file without a `clientId` column throws `missing-field`; one
 * that mixes long and wide reading columns throws `invalid-format`.
 *
 * **Issues.** Row numbers are 1-based data rows after the header row(s), counting blank rows (which
 * are skipped and counted in `stats.blankRows`); CSV issues also give the physical `line`.
 * `row: 0` marks file notices: ignored, duplicated or missing columns (missing core demographics are
 * filled with `not-known`), and encoding. A row with any issue yields no record, so
 * `records.length + stats.rowsWithIssues === stats.inputRows` always holds. Values that look like
 * personal data are never echoed in issues.
 *
 * **Hostile input.** Rows are built as arrays and assembled into fresh objects of known keys, so
 * `__proto__`, `constructor` or `prototype` headers are just unknown columns. Plain CSV lines
 * (unquoted fields, or quoted fields closed on the line) are split directly; any other line, and the
 * lines up to where its quote closes, are parsed by csv-parse with relaxed quotes and column counts,
 * which gives the same cells (a property test checks this), so a stray quote or short row cannot
 * shift later rows; a row whose field count differs from the header's is reported; a quote left open is reported
 * on its line and the lines it swallowed are read again as rows; mixed CRLF/LF/CR line ends, quoted
 * line breaks, byte-order marks, 1 MB cells (records up to 64 Mi characters) and duplicate headers
 * (values must agree) are handled. Invalid UTF-8 is reported per row; UTF-16 with a byte-order mark is
 * decoded and noted; UTF-16 without one is refused with a hint.
 *
 * xlsx needs the optional peer `exceljs` (loaded with `import()`); without it the call throws
 * `missing-peer`. Workbooks are loaded whole (exceljs); for large CSV files use {@link parseFile} or
 * `parseRecordsStream`, which stream.
 *
 * **References**
 * - Prevention First framework review (2022), recommendation 5 and §7.1–7.3.
 * - RFC 4180 (2005). Common Format and MIME Type for Comma-Separated Values (CSV) Files. https://www.rfc-editor.org/rfc/rfc4180
 *
 * @param input - CSV text or bytes (or a stream of them), xlsx bytes, an array of row objects, or a `{ columns, rows }` table
 * @param options - see {@link ParseRecordsOptions}
 * @returns the records, the row of each, every issue, and counts
 * @throws {InvalidInputError} when options are invalid, a column is forbidden (`forbidden-column`), `clientId` is missing, reading columns are inconsistent, the input cannot be read, or (with `onError: 'throw'`) a row is bad
 * @throws {SocialOutcomesError} when xlsx is asked for and exceljs is not installed (`missing-peer`)
 * @example
 * ```ts
 * import { parseRecords } from 'social-outcomes/io';
 * const csv = 'clientId,ageBand,gender,genderSameAsBirth,disability,ethnicity,instrumentId,readingDate,score_managing-money\nC1,25-34,woman,yes,no,White: Irish,homelessness-star,2023-04-01,4\nC2,25-34,man,yes,no,Martian,homelessness-star,2023-04-01,5\n';
 * const result = await parseRecords(csv);
 * result.stats //=> { inputRows: 2, validRows: 1, rowsWithIssues: 1, shape: 'long' }
 * result.records[0].ethnicity //=> 'white-irish'
 * result.issues[0] //=> { row: 2, column: 'ethnicity', code: 'unknown-category', value: 'Martian', line: 3 }
 * await parseRecords('clientId,Client Name\nC1,Ann\n') //=> throws InvalidInputError
 * ```
 */
export async function parseRecords(input: ParseRecordsInput, options?: ParseRecordsOptions): Promise<ParseRecordsResult> {
  const fn = 'parseRecords';
  const opts = validateOptions(fn, ParseRecordsOptionsSchema, options) as unknown as ParseRecordsOptions;
  const format = opts.format ?? inferFormat(input);
  const engine = opts as EngineOptions;
  if (format === 'rows') return collectAll(fn, tableSource(fn, input), engine);
  if (format === 'xlsx') {
    if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires xlsx input as bytes (a Buffer, Uint8Array or ArrayBuffer) (got ${describeValue(input)})`, path: ['input'] });
    }
    return collectAll(fn, await xlsxSource(fn, input, opts.sheet), engine);
  }
  if (Array.isArray(input) || (input !== null && typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer) && Array.isArray((input as { columns?: unknown }).columns))) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} was asked for csv but got a table; use format: 'rows'`, path: ['input'] });
  }
  return collectAll(fn, csvSource(fn, input as CsvInput, { delimiter: opts.delimiter ?? ',', encoding: opts.encoding ?? 'utf-8' }), engine);
}
