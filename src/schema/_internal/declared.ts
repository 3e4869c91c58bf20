/** Ties a zod schema to the documented interface it checks, at compile time, without changing it. */
import type { z } from 'zod';

type Fn = ((...args: never[]) => unknown) | (abstract new (...args: never[]) => unknown);
/** Keys of T that are optional. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/**
 * What zod outputs for a value of type T: the same, except that an optional property may also be
 * present as `undefined` (`.optional()` accepts an explicit `undefined`, which callers treat as
 * absent), at any depth.
 */
export type Parsed<T> = T extends Fn
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Parsed<U>>
    : T extends object
      ? { [K in Exclude<keyof T, OptionalKeys<T>>]: Parsed<T[K]> } & { [K in OptionalKeys<T>]?: Parsed<Exclude<T[K], undefined>> | undefined }
      : T;

/** T with readonly removed at every depth (zod's input types use mutable arrays and objects). */
export type DeepMutable<T> = T extends Fn ? T : T extends ReadonlyArray<infer U> ? Array<DeepMutable<U>> : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

/** `unknown` when the schema accepts every value of T and has exactly T's keys; else a type naming the mismatch. */
type Agrees<T, S extends z.ZodType> = [DeepMutable<T>] extends [z.input<S>]
  ? string extends keyof z.output<S>
    ? unknown
    : [keyof T] extends [keyof z.output<S>]
      ? [keyof z.output<S>] extends [keyof T]
        ? unknown
        : { schemaHasKeysTheInterfaceLacks: Exclude<keyof z.output<S>, keyof T> }
      : { interfaceHasKeysTheSchemaLacks: Exclude<keyof T, keyof z.output<S>> }
  : { interfaceAllowsValuesTheSchemaRefuses: true };

/**
 * `declared<T>()(schema)` returns `schema` typed as `z.ZodType<T>`, after checking at compile time that
 * (1) its output fits `T` (up to explicit `undefined` in optional properties), (2) it accepts every
 * value `T` allows, and (3) it has exactly `T`'s keys. TypeDoc then shows the schema as `ZodType<T>`,
 * linking to the documented interface, instead of expanding zod's inferred types member by member.
 */
export function declared<T>(): <S extends z.ZodType<Parsed<T>>>(schema: S & Agrees<T, S>) => z.ZodType<T> {
  return (schema) => schema as unknown as z.ZodType<T>;
}

/** `unknown` when the schema's output has exactly T's keys; else a type naming the mismatch. */
type SameKeys<T, S extends z.ZodType> = [keyof T] extends [keyof z.output<S>]
  ? [keyof z.output<S>] extends [keyof T]
    ? unknown
    : { schemaHasKeysTheInterfaceLacks: Exclude<keyof z.output<S>, keyof T> }
  : { interfaceHasKeysTheSchemaLacks: Exclude<keyof T, keyof z.output<S>> };

/**
 * As {@link declared}, for schemas that transform their input (CSV cells as strings, `;`-separated
 * lists): checks only that the output fits `T` and has exactly `T`'s keys.
 */
export function declaredOutput<T>(): <S extends z.ZodType<Parsed<T>>>(schema: S & SameKeys<T, S>) => z.ZodType<T> {
  return (schema) => schema as unknown as z.ZodType<T>;
}
