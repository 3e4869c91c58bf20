/**
 * The zod objects behind the io option schemas of `../ioOptions` (which exports them typed as the
 * documented interfaces). Kept apart so tests can check both directions: every value an interface
 * allows is accepted, and every output fits the interface.
 */
import { z } from 'zod';
import { CLIENT_RECORD_FIELDS } from '../clientRecord';
import type { ParseInstrument, ParseProgress } from '../../io/parseRecords';
import type { DanfoLike } from '../../io/toDataFrame';
import { declared } from './declared';

const progressCallback = z.custom<(progress: ParseProgress) => void>((v) => typeof v === 'function', { message: 'must be a function' });

const CodedFieldName = z.enum(CLIENT_RECORD_FIELDS.filter((f) => f !== 'readings') as [string, ...string[]]);

/** Instrument definitions passed to the readers: only the parts used to check scores. */
const InstrumentSpec = declared<ParseInstrument>()(
  z.looseObject({
  id: z.string().min(1),
  scale: z
    .looseObject({
      min: z.number(),
      max: z.number(),
      step: z.number().positive().nullable().optional(),
      values: z.array(z.number()).optional(),
    })
    .nullable(),
  areas: z.array(z.looseObject({ id: z.string().min(1), scale: z.looseObject({ min: z.number(), max: z.number() }).optional() })),
  items: z.looseObject({ ids: z.array(z.string()), responseMin: z.number(), responseMax: z.number() }).optional(),
  }),
);

const readerShape = {
  columnMap: z.record(z.string(), z.string().min(1)).optional(),
  valueMap: z.partialRecord(CodedFieldName, z.record(z.string(), z.string())).optional(),
  onError: z.enum(['collect', 'throw']).optional(),
  onProgress: progressCallback.optional(),
  progressInterval: z.int().min(1).optional(),
  shape: z.enum(['auto', 'long', 'wide']).optional(),
  dateFormat: z.enum(['iso', 'dmy']).optional(),
  unknownColumns: z.enum(['ignore', 'error']).optional(),
  instruments: z.union([z.array(InstrumentSpec), z.record(z.string(), InstrumentSpec)]).optional(),
} as const;

const delimiter = z.enum([',', ';', '\t', '|']).optional();

const fileShape = {
  headerRow: z.union([z.int().min(1), z.literal('auto')]).optional(),
  headerRows: z.int().min(1).max(5).optional(),
  sheet: z.union([z.string().min(1), z.int().min(1)]).optional(),
  delimiter,
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
} as const;

const shapeOption = z.enum(['long', 'wide']).optional();

const csvShape = {
  columns: z.array(z.string()).optional(),
  shape: shapeOption,
  delimiter,
  eol: z.enum(['\r\n', '\n']).optional(),
  bom: z.boolean().optional(),
  escapeFormulas: z.boolean().optional(),
} as const;

const space = z.int().min(0).max(10).optional();

/** Schema of the options of `parseRecords` (`ParseRecordsOptions`). */
export const parseRecordsOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'rows']).optional(),
  ...readerShape,
  ...fileShape,
});

/** Schema of the options of `parseRecordsStream` (`ParseRecordsStreamOptions`; CSV only, read in batches). */
export const parseRecordsStreamOptionsSchema = z.strictObject({
  format: z.literal('csv').optional(),
  batchSize: z.int().min(1).optional(),
  ...readerShape,
  headerRow: fileShape.headerRow,
  headerRows: fileShape.headerRows,
  delimiter: fileShape.delimiter,
  encoding: fileShape.encoding,
});

/** Schema of the options of `parseFile` (`ParseFileOptions`; the format follows the file extension unless given). */
export const parseFileOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).optional(),
  ...readerShape,
  ...fileShape,
});

/** Schema of the options of `fromDataFrame` (`FromDataFrameOptions`). */
export const fromDataFrameOptionsSchema = z.strictObject({ ...readerShape });

/** Schema of the options of `flattenRecords` (`FlattenRecordsOptions`). */
export const flattenRecordsOptionsSchema = z.strictObject({ shape: shapeOption });

/** Schema of the options of `toCsv` (`ToCsvOptions`). */
export const toCsvOptionsSchema = z.strictObject(csvShape);

/** Schema of the options of `toJson` (`ToJsonOptions`). */
export const toJsonOptionsSchema = z.strictObject({ space });

/** Schema of the options of `toDataFrame` (`ToDataFrameOptions`). */
export const toDataFrameOptionsSchema = z.strictObject({
  dfd: z
    .custom<DanfoLike<unknown>>((v) => typeof v === 'object' && v !== null && typeof (v as { DataFrame?: unknown }).DataFrame === 'function', {
      message: 'must be the danfojs module (an object with a DataFrame constructor)',
    })
    .optional(),
  columns: csvShape.columns,
  shape: shapeOption,
});

/** Schema of the options of `writeOutputFile` (`WriteOutputFileOptions`). */
export const writeOutputFileOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'json']).optional(),
  overwrite: z.boolean().optional(),
  ...csvShape,
  space,
});

/** Schema of the options of `normaliseRecords` (`NormaliseRecordsOptions`). */
export const normaliseRecordsOptionsSchema = z.strictObject({
  rows: z.array(z.int().min(0)).optional(),
  clientKey: z.enum(['clientId', 'providerId+clientId']).optional(),
});
