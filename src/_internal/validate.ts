/**
 * Runtime guards shared by every public function. Types cannot stop a JavaScript caller (or a CSV)
 * from passing NaN, a sparse array or a string, so each public function checks its inputs with
 * these and throws a typed error that names the function, the field and the value (STYLE rule 13).
 */
import { InsufficientDataError, InvalidInputError, type ErrorPath } from '../errors';
import { describeValue } from './describeValue';

/**
 * Array-like numeric input accepted by the library: a plain array or a typed array.
 *
 * @inline
 */
export type NumericArray = ReadonlyArray<number> | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

/** Returns the path of a field inside the options object. */
export function optionPath(name: string): ErrorPath {
  return ['options', name];
}

/** Throws unless `value` is a plain array or typed array; returns it unchanged. */
export function arrayLike(fn: string, name: string, value: unknown, path: ErrorPath = [name]): ArrayLike<unknown> {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return value as unknown as ArrayLike<unknown>;
  throw new InvalidInputError({
    code: 'not-an-array',
    message: `${fn} requires ${name} to be an array of numbers (got ${describeValue(value)})`,
    path,
  });
}

/**
 * Checks that every element of an array is a finite number (holes of sparse arrays are rejected)
 * and returns the values as a new Float64Array; the input is not modified.
 */
export function finiteArray(fn: string, name: string, value: unknown, path: ErrorPath = [name]): Float64Array {
  const arr = arrayLike(fn, name, value, path);
  const n = arr.length;
  const out = new Float64Array(n);
  const isPlain = Array.isArray(arr);
  for (let i = 0; i < n; i++) {
    if (isPlain && !(i in (arr as unknown[]))) {
      throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires ${name} to have no empty slots (index ${i} is a hole)`, path: [...path, i] });
    }
    const v = arr[i];
    if (typeof v !== 'number') {
      throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires ${name} to hold numbers (got ${describeValue(v)})`, path: [...path, i] });
    }
    if (!Number.isFinite(v)) {
      throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires ${name} to hold finite numbers (got ${describeValue(v)})`, path: [...path, i] });
    }
    out[i] = v;
  }
  return out;
}

/** Throws InsufficientDataError unless `n >= min`. `what` names the thing counted. */
export function atLeast(fn: string, what: string, n: number, min: number, path: ErrorPath = []): void {
  if (n < min) {
    throw new InsufficientDataError({
      code: n === 0 ? 'empty-input' : 'too-few-observations',
      message: `${fn} requires at least ${min} ${what} (got ${n})`,
      path,
    });
  }
}

/** Throws unless the two arrays have the same length. */
export function sameLength(fn: string, nameA: string, a: ArrayLike<unknown>, nameB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new InvalidInputError({
      code: 'length-mismatch',
      message: `${fn} requires ${nameA} and ${nameB} to have the same length (got ${a.length} and ${b.length})`,
      path: [nameB],
    });
  }
}

/** Throws unless `value` is a number (finite unless `allowInfinite`). */
export function finiteNumber(fn: string, name: string, value: unknown, path: ErrorPath = [name], allowInfinite = false): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires ${name} to be a number (got ${describeValue(value)})`, path });
  }
  if (!allowInfinite && !Number.isFinite(value)) {
    throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires ${name} to be finite (got ${describeValue(value)})`, path });
  }
  return value;
}

/** Interval bounds for {@link numberInRange}; `open` excludes the bound itself. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly minOpen?: boolean;
  readonly maxOpen?: boolean;
  readonly allowInfinite?: boolean;
}

function boundsText(b: Bounds): string {
  const lo = b.min === undefined ? '(-Infinity' : `${b.minOpen ? '(' : '['}${b.min}`;
  const hi = b.max === undefined ? 'Infinity)' : `${b.max}${b.maxOpen ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/** Throws unless `value` is a number inside the given bounds. */
export function numberInRange(fn: string, name: string, value: unknown, bounds: Bounds, path: ErrorPath = [name]): number {
  const v = finiteNumber(fn, name, value, path, bounds.allowInfinite ?? false);
  const belowMin = bounds.min !== undefined && (bounds.minOpen ? v <= bounds.min : v < bounds.min);
  const aboveMax = bounds.max !== undefined && (bounds.maxOpen ? v >= bounds.max : v > bounds.max);
  if (belowMin || aboveMax) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ${name} in ${boundsText(bounds)} (got ${describeValue(v)})`, path });
  }
  return v;
}

/** Throws unless `value` is a probability in [0, 1]. */
export function probability(fn: string, name: string, value: unknown, path: ErrorPath = [name]): number {
  return numberInRange(fn, name, value, { min: 0, max: 1 }, path);
}

/** Throws unless `value` is a confidence level strictly between 0 and 1. */
export function confidenceLevel(fn: string, value: unknown, path: ErrorPath = optionPath('confidence')): number {
  return numberInRange(fn, 'confidence', value, { min: 0, max: 1, minOpen: true, maxOpen: true }, path);
}

/** Throws unless `value` is a safe integer (|v| ≤ 2^53 − 1) inside the given bounds. */
export function integerInRange(fn: string, name: string, value: unknown, bounds: Bounds, path: ErrorPath = [name]): number {
  const v = numberInRange(fn, name, value, bounds, path);
  if (!Number.isInteger(v)) {
    throw new InvalidInputError({ code: 'not-an-integer', message: `${fn} requires ${name} to be an integer (got ${describeValue(v)})`, path });
  }
  // Beyond 2^53 − 1 doubles are not exact integers (a count of 1e308 is an overflow, not data).
  if (!Number.isSafeInteger(v)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ${name} to be a safe integer, at most 2^53 − 1 in magnitude (got ${describeValue(v)})`, path });
  }
  return v;
}

/** Throws unless `value` is one of the allowed strings. */
export function oneOf<T extends string>(fn: string, name: string, value: unknown, allowed: ReadonlyArray<T>, path: ErrorPath = optionPath(name)): T {
  if (typeof value === 'string' && (allowed as ReadonlyArray<string>).includes(value)) return value as T;
  throw new InvalidInputError({
    code: 'invalid-option',
    message: `${fn} requires ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${describeValue(value)})`,
    path,
  });
}

/** Throws unless `value` is a boolean; returns `fallback` when undefined. */
export function booleanOption(fn: string, name: string, value: unknown, fallback: boolean, path: ErrorPath = optionPath(name)): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ${name} to be true or false (got ${describeValue(value)})`, path });
}

/** The declared string keys of `T`, without index signatures (a `Record<string, unknown>` narrowing adds one). */
type DeclaredKeys<T> = keyof { [P in keyof T as string extends P ? never : number extends P ? never : P]: T[P] } & string;

/** The keys of `T` missing from the list `K` (never when the list covers every key). */
type MissingOptionKeys<T, K extends ReadonlyArray<PropertyKey>> = Exclude<DeclaredKeys<T>, K[number]>;

/**
 * The key list itself when it names every key of `T`; otherwise a type the list cannot satisfy, so the
 * compiler reports `missingOptionKeys: 'forgotten'` at the call site (a new option must be listed).
 */
export type AllOptionKeys<T, K extends ReadonlyArray<PropertyKey>> = [MissingOptionKeys<T, K>] extends [never] ? K : K & { readonly missingOptionKeys: MissingOptionKeys<T, K> };

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) between two short keys,
 * or `limit + 1` as soon as it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] as number;
}

/** The known key closest to `key` within edit distance 2 (ties: the first listed; case differences count 0.5), if any. */
export function closestKey(key: string, known: ReadonlyArray<string>): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = Math.min(editDistance(key, k, 2), editDistance(key.toLowerCase(), k.toLowerCase(), 2) + 0.5);
    if (d <= 2 && d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/**
 * The InvalidInputError (`unknown-option`) for an options key the function does not know:
 * `wilsonInterval does not know options.confidnce (did you mean confidence?); known options: confidence, correction`.
 * `path` is the path of the object holding the key (`['options']`, `['options', 'wilcoxon']`).
 */
export function unknownOptionError(fn: string, key: string, known: ReadonlyArray<string>, path: ErrorPath = ['options']): InvalidInputError {
  const near = closestKey(key, known);
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  const list = known.length === 0 ? `${path.join('.')} takes no keys` : `known options: ${known.join(', ')}`;
  return new InvalidInputError({ code: 'unknown-option', message: `${fn} does not know ${[...path, key].join('.')}${hint}; ${list}`, path: [...path, key] });
}

/**
 * Throws {@link unknownOptionError} for the first own enumerable key of `value` not in `known`.
 * A key whose value is `undefined` counts as given.
 */
export function knownKeys(fn: string, value: object, known: ReadonlyArray<string>, path: ErrorPath = ['options']): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw unknownOptionError(fn, key, known, path);
  }
}

/**
 * Throws unless `value` is undefined or a plain object; returns it (or an empty object). With `known`,
 * also throws InvalidInputError (`unknown-option`) for any own key not in the list, suggesting a known key
 * within edit distance 2: a misspelt `confidnce` must never silently fall back to the default. The list is
 * checked at compile time to name every key of `T` ({@link AllOptionKeys}). `path` locates a nested
 * options object (`['options', 'wilcoxon']`).
 */
export function optionsObject<T extends object, const K extends ReadonlyArray<keyof T & string> = ReadonlyArray<keyof T & string>>(
  fn: string,
  value: T | undefined,
  known?: AllOptionKeys<T, K>,
  path: ErrorPath = ['options'],
): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const name = path.join('.');
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ${name} to be an object (got ${describeValue(value)})`, path });
  }
  if (known !== undefined) knownKeys(fn, value, known as ReadonlyArray<string>, path);
  return value;
}

/**
 * Last line of defence for results: throws InvalidInputError (`out-of-range`) naming the first number of a
 * plain result that is NaN or ±Infinity (an overflow from finite but extreme inputs, such as 5e-324 as a
 * denominator), so no non-finite figure is returned. `allow` lists dotted paths where ±Infinity is documented.
 */
export function finiteResult<T>(fn: string, result: T, allow: ReadonlyArray<RegExp> = []): T {
  const walk = (v: unknown, path: Array<string | number>): void => {
    if (typeof v === 'number') {
      if (Number.isNaN(v) || (!Number.isFinite(v) && !allow.some((r) => r.test(path.join('.'))))) {
        throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: ${path.join('.') || 'the result'} would be ${describeValue(v)} (an input is too extreme, near 1e308 or 5e-324)`, path: [] });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(result, []);
  return result;
}
