/**
 * The `io` module (Node only): reads providers' CSV and xlsx files and DataFrames into validated
 * client records without losing a row, and writes results as formula-safe CSV and exact JSON.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

export { parseRecords } from './parseRecords';
export type {
  ParseRecordsInput,
  CsvInput,
  RowTable,
  ParseRecordsOptions,
  ParseRecordsResult,
  ParseRecordsStats,
  ParseProgress,
  ParseInstrument,
  ReaderOptions,
  FileReaderOptions,
} from './parseRecords';
export { parseRecordsStream } from './parseRecordsStream';
export type { ParseRecordsStreamOptions, ParseRecordsBatch } from './parseRecordsStream';
export { parseFile } from './parseFile';
export type { ParseFileOptions } from './parseFile';
export { fromDataFrame } from './fromDataFrame';
export type { FromDataFrameOptions, DataFrameLike } from './fromDataFrame';
export { toDataFrame } from './toDataFrame';
export type { ToDataFrameOptions, DanfoLike } from './toDataFrame';
export { flattenRecords } from './flattenRecords';
export type { FlattenRecordsOptions, FlatTable, TableCell } from './flattenRecords';
export { toCsv } from './toCsv';
export type { ToCsvOptions } from './toCsv';
export { toJson } from './toJson';
export type { ToJsonOptions } from './toJson';
export { writeOutputFile } from './writeOutputFile';
export type { WriteOutputFileOptions, WriteOutputFileResult } from './writeOutputFile';
export { createReportWorker } from './reportWorker';
export type { CreateReportWorkerOptions, ReportWorker } from './reportWorker';

// The record standard, re-exported for convenience (defined in social-outcomes/schema).
export { normaliseRecords } from '../schema/normaliseRecords';
export type { ClientRecord, Reading } from '../schema/clientRecord';
export type { RecordIssue } from '../schema/recordIssue';
