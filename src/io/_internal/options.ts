/** Validates an options object with its zod schema and turns the first issue into an InvalidInputError. */
import type { z } from 'zod';
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';

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
    const keys = (issue as { keys?: string[] }).keys ?? [];
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} does not know the option ${keys.map((k) => JSON.stringify(k)).join(', ')}`, path: ['options', ...(keys[0] !== undefined ? [keys[0]] : [])] });
  }
  text = text.charAt(0).toLowerCase() + text.slice(1);
  const name = path.length > 0 ? path.join('.') : 'options';
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires a valid options.${name}: ${text} (got ${describeValue(at(value, path))})`, path: ['options', ...path] });
}
