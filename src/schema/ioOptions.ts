/**
 * Zod schemas of the options objects of `social-outcomes/io`. The io functions validate their
 * options with these (`safeParse`) and turn the first issue into an `InvalidInputError` with code
 * `invalid-option` naming the option; tools that build options from configuration files can use them
 * directly. Each schema refuses unknown keys, so a misspelt option is an error, not a no-op.
 *
 * @remarks
 * Each schema is declared as a `z.ZodType` of the documented options interface it checks (the
 * interfaces live next to their functions in `social-outcomes/io` and are imported here as types
 * only, so loading this module does not load the io layer): `ToCsvOptionsSchema.parse(config)` is a
 * {@link ToCsvOptions} that `toCsv` takes as it is. The compiler checks that every schema's output
 * fits its interface, and a type test checks that every value the interface allows is accepted. An
 * option given as `undefined` is accepted and means the same as leaving it out.
 *
 * @packageDocumentation
 */
import type { z } from 'zod';
import type { NormaliseRecordsOptions } from './normaliseRecords';
import type { FlattenRecordsOptions } from '../io/flattenRecords';
import type { FromDataFrameOptions } from '../io/fromDataFrame';
import type { ParseFileOptions } from '../io/parseFile';
import type { ParseRecordsOptions } from '../io/parseRecords';
import type { ParseRecordsStreamOptions } from '../io/parseRecordsStream';
import type { ToCsvOptions } from '../io/toCsv';
import type { ToDataFrameOptions } from '../io/toDataFrame';
import type { ToJsonOptions } from '../io/toJson';
import type { WriteOutputFileOptions } from '../io/writeOutputFile';
import * as raw from './_internal/ioOptionSchemas';
import { declared } from './_internal/declared';

/** Schema of the options of `parseRecords` ({@link ParseRecordsOptions}). */
export const ParseRecordsOptionsSchema: z.ZodType<ParseRecordsOptions> = declared<ParseRecordsOptions>()(raw.parseRecordsOptionsSchema);

/** Schema of the options of `parseRecordsStream` ({@link ParseRecordsStreamOptions}; CSV only, read in batches). */
export const ParseRecordsStreamOptionsSchema: z.ZodType<ParseRecordsStreamOptions> = declared<ParseRecordsStreamOptions>()(raw.parseRecordsStreamOptionsSchema);

/** Schema of the options of `parseFile` ({@link ParseFileOptions}; the format follows the file extension unless given). */
export const ParseFileOptionsSchema: z.ZodType<ParseFileOptions> = declared<ParseFileOptions>()(raw.parseFileOptionsSchema);

/** Schema of the options of `fromDataFrame` ({@link FromDataFrameOptions}). */
export const FromDataFrameOptionsSchema: z.ZodType<FromDataFrameOptions> = declared<FromDataFrameOptions>()(raw.fromDataFrameOptionsSchema);

/** Schema of the options of `flattenRecords` ({@link FlattenRecordsOptions}). */
export const FlattenRecordsOptionsSchema: z.ZodType<FlattenRecordsOptions> = declared<FlattenRecordsOptions>()(raw.flattenRecordsOptionsSchema);

/** Schema of the options of `toCsv` ({@link ToCsvOptions}). */
export const ToCsvOptionsSchema: z.ZodType<ToCsvOptions> = declared<ToCsvOptions>()(raw.toCsvOptionsSchema);

/** Schema of the options of `toJson` ({@link ToJsonOptions}). */
export const ToJsonOptionsSchema: z.ZodType<ToJsonOptions> = declared<ToJsonOptions>()(raw.toJsonOptionsSchema);

/** Schema of the options of `toDataFrame` ({@link ToDataFrameOptions}). */
export const ToDataFrameOptionsSchema: z.ZodType<ToDataFrameOptions> = declared<ToDataFrameOptions>()(raw.toDataFrameOptionsSchema);

/** Schema of the options of `writeOutputFile` ({@link WriteOutputFileOptions}). */
export const WriteOutputFileOptionsSchema: z.ZodType<WriteOutputFileOptions> = declared<WriteOutputFileOptions>()(raw.writeOutputFileOptionsSchema);

/** Schema of the options of `normaliseRecords` ({@link NormaliseRecordsOptions}). */
export const NormaliseRecordsOptionsSchema: z.ZodType<NormaliseRecordsOptions> = declared<NormaliseRecordsOptions>()(raw.normaliseRecordsOptionsSchema);
