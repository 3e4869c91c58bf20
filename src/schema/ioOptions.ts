/**
 * Zod schemas of the options objects of `social-outcomes/io`. The io functions validate their
 * options with these (`safeParse`) and turn the first issue into an `InvalidInputError` with code
 * `invalid-option` naming the option; tools that build options from configuration files can use them
 * directly. Each schema refuses unknown keys, so a misspelt option is an error, not a no-op.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { CLIENT_RECORD_FIELDS } from './clientRecord';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'must be a function' });

const CodedFieldName = z.enum(CLIENT_RECORD_FIELDS.filter((f) => f !== 'readings') as [string, ...string[]]);

/** Instrument definitions passed to the readers: only the parts used to check scores. */
const InstrumentSpec = z.looseObject({
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
});

const readerShape = {
  columnMap: z.record(z.string(), z.string().min(1)).optional(),
  valueMap: z.partialRecord(CodedFieldName, z.record(z.string(), z.string())).optional(),
  onError: z.enum(['collect', 'throw']).optional(),
  onProgress: fn.optional(),
  progressInterval: z.int().min(1).optional(),
  shape: z.enum(['auto', 'long', 'wide']).optional(),
  dateFormat: z.enum(['iso', 'dmy']).optional(),
  unknownColumns: z.enum(['ignore', 'error']).optional(),
  instruments: z.union([z.array(InstrumentSpec), z.record(z.string(), InstrumentSpec)]).optional(),
} as const;

const fileShape = {
  headerRow: z.union([z.int().min(1), z.literal('auto')]).optional(),
  headerRows: z.int().min(1).max(5).optional(),
  sheet: z.union([z.string().min(1), z.int().min(1)]).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
} as const;

/** Schema of the options of `parseRecords`. */
export const ParseRecordsOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'rows']).optional(),
  ...readerShape,
  ...fileShape,
});

/** Schema of the options of `parseRecordsStream` (CSV only, read in batches). */
export const ParseRecordsStreamOptionsSchema = z.strictObject({
  format: z.literal('csv').optional(),
  batchSize: z.int().min(1).optional(),
  ...readerShape,
  headerRow: fileShape.headerRow,
  headerRows: fileShape.headerRows,
  delimiter: fileShape.delimiter,
  encoding: fileShape.encoding,
});

/** Schema of the options of `parseFile` (the format follows the file extension unless given). */
export const ParseFileOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).optional(),
  ...readerShape,
  ...fileShape,
});

/** Schema of the options of `fromDataFrame`. */
export const FromDataFrameOptionsSchema = z.strictObject({ ...readerShape });

const shapeOption = z.enum(['long', 'wide']).optional();

/** Schema of the options of `flattenRecords`. */
export const FlattenRecordsOptionsSchema = z.strictObject({ shape: shapeOption });

/** Schema of the options of `toCsv`. */
export const ToCsvOptionsSchema = z.strictObject({
  columns: z.array(z.string()).optional(),
  shape: shapeOption,
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  eol: z.enum(['\r\n', '\n']).optional(),
  bom: z.boolean().optional(),
  escapeFormulas: z.boolean().optional(),
});

/** Schema of the options of `toJson`. */
export const ToJsonOptionsSchema = z.strictObject({
  space: z.int().min(0).max(10).optional(),
});

/** Schema of the options of `toDataFrame`. */
export const ToDataFrameOptionsSchema = z.strictObject({
  dfd: z.custom<object>((v) => typeof v === 'object' && v !== null && typeof (v as { DataFrame?: unknown }).DataFrame === 'function', { message: 'must be the danfojs module (an object with a DataFrame constructor)' }).optional(),
  columns: z.array(z.string()).optional(),
  shape: shapeOption,
});

/** Schema of the options of `writeOutputFile`. */
export const WriteOutputFileOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'json']).optional(),
  overwrite: z.boolean().optional(),
  columns: ToCsvOptionsSchema.shape.columns,
  shape: shapeOption,
  delimiter: ToCsvOptionsSchema.shape.delimiter,
  eol: ToCsvOptionsSchema.shape.eol,
  bom: z.boolean().optional(),
  escapeFormulas: z.boolean().optional(),
  space: ToJsonOptionsSchema.shape.space,
});

/** Schema of the options of `normaliseRecords`. */
export const NormaliseRecordsOptionsSchema = z.strictObject({
  rows: z.array(z.int().min(0)).optional(),
  clientKey: z.enum(['clientId', 'providerId+clientId']).optional(),
});
