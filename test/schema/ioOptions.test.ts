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

// Readonly arrays in the documented interfaces are what callers pass; zod's input types use mutable ones.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DeepMutable<T> = T extends (...args: any[]) => unknown ? T : T extends ReadonlyArray<infer U> ? Array<DeepMutable<U>> : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

describe('io option schemas', () => {
  it('accept every documented options interface (type level)', () => {
    expectTypeOf<DeepMutable<ParseRecordsOptions>>().toExtend<z.input<typeof ParseRecordsOptionsSchema>>();
    expectTypeOf<DeepMutable<ParseRecordsStreamOptions>>().toExtend<z.input<typeof ParseRecordsStreamOptionsSchema>>();
    expectTypeOf<DeepMutable<ParseFileOptions>>().toExtend<z.input<typeof ParseFileOptionsSchema>>();
    expectTypeOf<DeepMutable<FromDataFrameOptions>>().toExtend<z.input<typeof FromDataFrameOptionsSchema>>();
    expectTypeOf<DeepMutable<FlattenRecordsOptions>>().toExtend<z.input<typeof FlattenRecordsOptionsSchema>>();
    expectTypeOf<DeepMutable<ToCsvOptions>>().toExtend<z.input<typeof ToCsvOptionsSchema>>();
    expectTypeOf<DeepMutable<ToJsonOptions>>().toExtend<z.input<typeof ToJsonOptionsSchema>>();
    expectTypeOf<DeepMutable<WriteOutputFileOptions>>().toExtend<z.input<typeof WriteOutputFileOptionsSchema>>();
    expectTypeOf<DeepMutable<NormaliseRecordsOptions>>().toExtend<z.input<typeof NormaliseRecordsOptionsSchema>>();
    expectTypeOf<keyof ParseRecordsOptions>().toEqualTypeOf<keyof z.input<typeof ParseRecordsOptionsSchema>>();
    expectTypeOf<keyof WriteOutputFileOptions>().toEqualTypeOf<keyof z.input<typeof WriteOutputFileOptionsSchema>>();
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
  });
});
