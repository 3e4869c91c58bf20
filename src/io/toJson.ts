import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { ToJsonOptionsSchema } from '../schema/ioOptions';
import { validateOptions } from './_internal/options';

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /**
   * Indentation (spaces); 0 writes one line.
   *
   * @defaultValue 0
   */
  readonly space?: number;
}

function check(fn: string, v: unknown, path: Array<string | number>, seen: Set<object>): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires finite numbers (JSON would write ${describeValue(v)} as null) (got ${describeValue(v)})`, path });
    return;
  }
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} cannot write ${describeValue(v)} as JSON (it would be dropped or fail)`, path });
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new InvalidInputError({ code: 'invalid-date', message: `${fn} requires valid dates (got an invalid Date)`, path });
    return;
  }
  if (v instanceof Map || v instanceof Set || ArrayBuffer.isView(v)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} cannot write ${describeValue(v)} as JSON (convert it to an array or object first)`, path });
  }
  const o = v as object;
  if (seen.has(o)) throw new InvalidInputError({ code: 'invalid-type', message: `${fn} cannot write a value that contains itself`, path });
  seen.add(o);
  if (Array.isArray(o)) Array.from(o).forEach((x, i) => check(fn, x, [...path, i], seen)); // a hole would be written as null
  else for (const [k, x] of Object.entries(o)) if (x !== undefined) check(fn, x, [...path, k], seen);
  seen.delete(o);
}

/**
 * Writes results as JSON text that is exact and safe to embed: no value is silently changed or dropped,
 * and the text can sit inside an HTML `<script>` element.
 *
 * @remarks
 * `JSON.stringify` writes `NaN` and `Infinity` as `null` and drops functions and `undefined` array
 * entries without a word; `toJson` refuses them (and Maps, Sets, typed arrays and cycles) with the path
 * of the value. Properties whose value is `undefined` are left out, as optional fields are. `<`, `>`,
 * `&`, U+2028 and U+2029 are written as `\u` escapes, which JSON readers decode to the same characters.
 * Key order is the objects' own order, so the same input gives byte-identical text.
 *
 * **References**
 * - ECMA-404 (2017). The JSON Data Interchange Syntax, 2nd edition.
 * - OWASP Foundation. Cross Site Scripting Prevention Cheat Sheet (JSON in HTML).
 *
 * @param value - any JSON-representable value (records, parse results, report models)
 * @param options - see {@link ToJsonOptions}
 * @returns the JSON text
 * @throws {InvalidInputError} when a value cannot be written exactly (non-finite number, function, Map, cycle …) or an option is invalid
 * @example
 * ```ts
 * import { toJson } from 'social-outcomes/io';
 * toJson({ note: '</script>', n: 2 }) //=> '{"note":"\\u003c/script\\u003e","n":2}'
 * toJson({ mean: NaN }) //=> throws InvalidInputError
 * ```
 */
export function toJson(value: unknown, options?: ToJsonOptions): string {
  const fn = 'toJson';
  const opts = validateOptions(fn, ToJsonOptionsSchema, options);
  check(fn, value, [], new Set());
  const text = JSON.stringify(value, null, opts.space ?? 0);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
