/**
 * Reusable scratch buffers for the column paths that run once per group-by on millions of rows. A typed array of
 * that size lives outside the JS heap, and allocating one per call makes V8 run full mark-compact collections
 * (over the caller's whole heap, ~0.6 s at a million records) for the external memory alone; reusing one buffer
 * per purpose avoids them. Buffers are only ever used within one synchronous call, are fully written before they
 * are read, and never appear in a result, so functions stay pure. At most 4M elements are kept per purpose (32 MB
 * for a Float64Array), so a long-running process holds no more; bigger requests get a fresh array.
 *
 * @packageDocumentation
 */

const MAX_KEPT = 1 << 22;
const f64 = new Map<string, Float64Array>();
const i32 = new Map<string, Int32Array>();

/** A Float64Array view of length `n` for `purpose` (contents unspecified: write before reading). */
export function scratchFloat64(purpose: string, n: number): Float64Array {
  if (n > MAX_KEPT) return new Float64Array(n);
  let a = f64.get(purpose);
  if (a === undefined || a.length < n) f64.set(purpose, (a = new Float64Array(Math.max(n, 1024))));
  return a.subarray(0, n);
}

/** An Int32Array view of length `n` for `purpose` (contents unspecified: write before reading). */
export function scratchInt32(purpose: string, n: number): Int32Array {
  if (n > MAX_KEPT) return new Int32Array(n);
  let a = i32.get(purpose);
  if (a === undefined || a.length < n) i32.set(purpose, (a = new Int32Array(Math.max(n, 1024))));
  return a.subarray(0, n);
}
