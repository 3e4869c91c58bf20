import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  FlattenRecordsOptionsSchema,
  FromDataFrameOptionsSchema,
  NormaliseRecordsOptionsSchema,
  ParseFileOptionsSchema,
  ParseRecordsOptionsSchema,
  ParseRecordsStreamOptionsSchema,
  ToCsvOptionsSchema,
  ToDataFrameOptionsSchema,
  ToJsonOptionsSchema,
  WriteOutputFileOptionsSchema,
  type NormaliseRecordsOptions,
} from 'social-outcomes/schema';
import type {
  FlattenRecordsOptions,
  FromDataFrameOptions,
  ParseFileOptions,
  ParseRecordsOptions,
  ParseRecordsStreamOptions,
  ToCsvOptions,
  ToJsonOptions,
  WriteOutputFileOptions,
} from 'social-outcomes/io';
import * as raw from '../../src/schema/_internal/ioOptionSchemas';

// Readonly arrays in the documented interfaces are what callers pass; zod's input types use mutable ones.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DeepMutable<T> = T extends (...args: any[]) => unknown ? T : T extends ReadonlyArray<infer U> ? Array<DeepMutable<U>> : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

describe('io option schemas', () => {
  it('accept every documented options interface (type level)', () => {
    expectTypeOf<DeepMutable<ParseRecordsOptions>>().toExtend<z.input<typeof raw.parseRecordsOptionsSchema>>();
    expectTypeOf<DeepMutable<ParseRecordsStreamOptions>>().toExtend<z.input<typeof raw.parseRecordsStreamOptionsSchema>>();
    expectTypeOf<DeepMutable<ParseFileOptions>>().toExtend<z.input<typeof raw.parseFileOptionsSchema>>();
    expectTypeOf<DeepMutable<FromDataFrameOptions>>().toExtend<z.input<typeof raw.fromDataFrameOptionsSchema>>();
    expectTypeOf<DeepMutable<FlattenRecordsOptions>>().toExtend<z.input<typeof raw.flattenRecordsOptionsSchema>>();
    expectTypeOf<DeepMutable<ToCsvOptions>>().toExtend<z.input<typeof raw.toCsvOptionsSchema>>();
    expectTypeOf<DeepMutable<ToJsonOptions>>().toExtend<z.input<typeof raw.toJsonOptionsSchema>>();
    expectTypeOf<DeepMutable<WriteOutputFileOptions>>().toExtend<z.input<typeof raw.writeOutputFileOptionsSchema>>();
    expectTypeOf<DeepMutable<NormaliseRecordsOptions>>().toExtend<z.input<typeof raw.normaliseRecordsOptionsSchema>>();
    expectTypeOf<keyof ParseRecordsOptions>().toEqualTypeOf<keyof z.input<typeof raw.parseRecordsOptionsSchema>>();
    expectTypeOf<keyof WriteOutputFileOptions>().toEqualTypeOf<keyof z.input<typeof raw.writeOutputFileOptionsSchema>>();
  });

  it('are declared as the documented interfaces (type level)', () => {
    expectTypeOf<z.output<typeof ParseRecordsOptionsSchema>>().toEqualTypeOf<ParseRecordsOptions>();
    expectTypeOf<z.output<typeof ParseRecordsStreamOptionsSchema>>().toEqualTypeOf<ParseRecordsStreamOptions>();
    expectTypeOf<z.output<typeof ToCsvOptionsSchema>>().toEqualTypeOf<ToCsvOptions>();
    expectTypeOf<z.output<typeof NormaliseRecordsOptionsSchema>>().toEqualTypeOf<NormaliseRecordsOptions>();
  });

  it('accept an option given as undefined as if it were left out', () => {
    expect(ParseRecordsOptionsSchema.safeParse({ onError: undefined, delimiter: undefined }).success).toBe(true);
    expect(ToCsvOptionsSchema.safeParse({ eol: undefined }).success).toBe(true);
  });

  it('refuse unknown keys and wrong values', () => {
    expect(ParseRecordsOptionsSchema.safeParse({ fromat: 'csv' }).success).toBe(false);
    expect(ParseRecordsOptionsSchema.safeParse({ format: 'xls' }).success).toBe(false);
    expect(ParseRecordsOptionsSchema.safeParse({ onProgress: 'log' }).success).toBe(false);
    expect(ParseRecordsOptionsSchema.safeParse({ headerRow: 0 }).success).toBe(false);
    expect(ParseRecordsOptionsSchema.safeParse({ valueMap: { notAField: {} } }).success).toBe(false);
    expect(ParseRecordsOptionsSchema.safeParse({ format: 'csv', onError: 'throw', onProgress: () => undefined, headerRow: 'auto', valueMap: { gender: { M: 'man' } } }).success).toBe(true);
    expect(ToDataFrameOptionsSchema.safeParse({ dfd: {} }).success).toBe(false);
    expect(ToDataFrameOptionsSchema.safeParse({ dfd: { DataFrame: class {} } }).success).toBe(true);
    expect(ToCsvOptionsSchema.safeParse({ delimiter: ':' }).success).toBe(false);
    expect(FlattenRecordsOptionsSchema.safeParse({ nope: true }).success).toBe(false);
    expect(FromDataFrameOptionsSchema.safeParse({ nope: true }).success).toBe(false);
    expect(ParseFileOptionsSchema.safeParse({ format: 'xls' }).success).toBe(false);
    expect(ToJsonOptionsSchema.safeParse({ nope: true }).success).toBe(false);
    expect(WriteOutputFileOptionsSchema.safeParse({ nope: true }).success).toBe(false);
    for (const schema of [FlattenRecordsOptionsSchema, FromDataFrameOptionsSchema, ParseFileOptionsSchema, ToJsonOptionsSchema, WriteOutputFileOptionsSchema]) {
      expect(schema.safeParse({}).success).toBe(true);
    }
  });
});
