// A dictionary-encoded numeric outcome column ({codes, values}, as Arrow dictionary arrays store one): reading and
// checking it, decoding it, and counting each group's outcomes straight from the codes, so a column of a million
// change scores drawn from a few dozen values is grouped without hashing each score.
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { DistinctValues } from '../../_internal/distinctValues';
import { scratchInt32 } from '../../_internal/scratch';
import type { CodedNumberColumn } from '../outcomeByGroup';

/** True for an object with `codes` and `values` (not an array or typed array). */
export function isCodedNumbers(c: unknown): c is CodedNumberColumn {
  return c !== null && typeof c === 'object' && !Array.isArray(c) && !ArrayBuffer.isView(c) && 'codes' in c && 'values' in c;
}

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/** Checks a coded numeric column: finite values, and integer codes from −1 to the last value. */
export function readCodedNumbers(fn: string, field: string, column: CodedNumberColumn): { codes: ArrayLike<number>; values: Float64Array } {
  const { codes, values } = column as { codes: unknown; values: unknown };
  if (!isArrayLike(values)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${field}.values to be an array of numbers (got ${describeValue(values)})`, path: ['columns', field, 'values'] });
  }
  const v = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++) {
    const x = values[j];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new InvalidInputError({ code: typeof x === 'number' ? 'non-finite' : 'not-a-number', message: `${fn} requires ${field}.values to hold finite numbers (got ${describeValue(x)})`, path: ['columns', field, 'values', j] });
    }
    v[j] = x;
  }
  if (!isArrayLike(codes)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${field}.codes to be an array of integer codes (got ${describeValue(codes)})`, path: ['columns', field, 'codes'] });
  }
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < -1 || c >= v.length) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ${field}.codes to be integers from -1 (missing) to ${v.length - 1} (got ${describeValue(c)})`, path: ['columns', field, 'codes', i], row: i + 1 });
    }
  }
  return { codes: codes as ArrayLike<number>, values: v };
}

/** The column's rows as numbers in `into` (NaN where missing). */
export function decodeNumbers(column: { codes: ArrayLike<number>; values: Float64Array }, into: Float64Array): Float64Array {
  const { codes, values } = column;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    into[i] = c < 0 ? Number.NaN : (values[c] as number);
  }
  return into;
}

/** One group's outcomes counted from the codes. */
export interface CountedGroup {
  /** Distinct outcome values with counts. */
  readonly table: DistinctValues;
  /** Number of outcomes. */
  readonly n: number;
  /** Rows of the group with a missing outcome. */
  readonly missing: number;
}

/**
 * Each group's outcomes as distinct values with counts, counted by (group, code) in one pass over the rows
 * (`groupOf[i]` −1: row not grouped). Undefined when a group would hold more than `limit(g)` distinct values, or
 * there are too many groups × values to count in one table; the caller then decodes the column.
 */
export function countFromCodes(groupOf: Int32Array, nGroups: number, column: { codes: ArrayLike<number>; values: Float64Array }, limit: (g: number) => number): CountedGroup[] | undefined {
  const { codes, values } = column;
  const d = values.length;
  const stride = d + 1;
  if (nGroups * stride > 1 << 22) return undefined;
  // Column d of each group's row counts its missing outcomes.
  const counts = scratchInt32('codedOutcome.counts', nGroups * stride).fill(0);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i] as number;
    if (g < 0) continue;
    const c = codes[i] as number;
    const at = g * stride + (c < 0 ? d : c);
    counts[at] = (counts[at] as number) + 1;
  }
  const groups: CountedGroup[] = [];
  const present = new Float64Array(d), times = new Float64Array(d);
  for (let g = 0; g < nGroups; g++) {
    let k = 0, n = 0;
    for (let c = 0; c < d; c++) {
      const t = counts[g * stride + c] as number;
      if (t === 0) continue;
      present[k] = values[c] as number;
      times[k++] = t;
      n += t;
    }
    const table = new DistinctValues(limit(g));
    if (!table.addCounted(present.subarray(0, k), times.subarray(0, k))) return undefined;
    groups.push({ table, n, missing: counts[g * stride + d] as number });
  }
  return groups;
}
