/** Validates an options object with its zod schema and turns the first issue into an InvalidInputError. */
import type { z } from 'zod';
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { unknownOptionError } from '../../_internal/validate';

function at(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, p) ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  }
  return v;
}

/**
 * Parses `value` (undefined means no options) with `schema`; on failure throws
 * `InvalidInputError('invalid-option')` naming the function, the option and the value.
 */
export function validateOptions<S extends z.ZodType>(fn: string, schema: S, value: unknown): z.output<S> {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options to be an object (got ${describeValue(value)})`, path: ['options'] });
  }
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  let text = issue?.message ?? 'invalid value';
  if (issue?.code === 'unrecognized_keys') {
    // same error as optionsObject in the domain modules: unknown-option, with a suggestion within edit distance 2
    const key = ((issue as { keys?: string[] }).keys ?? [])[0] ?? '';
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    throw unknownOptionError(fn, key, shape === undefined ? [] : Object.keys(shape), ['options', ...path]);
  }
  text = text.charAt(0).toLowerCase() + text.slice(1);
  const name = path.length > 0 ? path.join('.') : 'options';
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires a valid options.${name}: ${text} (got ${describeValue(at(value, path))})`, path: ['options', ...path] });
}
