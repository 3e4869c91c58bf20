/**
 * Median and quartiles (R's default type 7, numpy's 'linear') by counting for small-range integer scores, by the
 * sorted distinct values and their counts when many scores share few values, else by one Float64Array sort of a copy.
 *
 * Reference: Hyndman RJ, Fan Y (1996). Sample quantiles in statistical packages. The American Statistician
 * 50(4):361–365, definition 7. https://doi.org/10.1080/00031305.1996.10473566
 *
 * @internal
 */

import { distinctValues } from '../../_internal/distinctValues';

/** Median and quartiles of a set of scores. */
export interface Quartiles {
  /** Lower quartile (type 7). */
  q1: number;
  /** Median. */
  median: number;
  /** Upper quartile (type 7). */
  q3: number;
}

function typeSeven(at: (k: number) => number, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = at(lo);
  if (h === lo) return a;
  return a + (h - lo) * (at(lo + 1) - a);
}

/** Quartiles of `values`; `integerSpan` is max − min when every value is an integer (else −1). */
export function quartiles(values: ArrayLike<number>, integerSpan: number, min: number): Quartiles {
  const n = values.length;
  if (integerSpan >= 0 && integerSpan <= 1 << 16 && integerSpan < 4 * n) {
    const counts = new Float64Array(integerSpan + 1);
    for (let i = 0; i < n; i++) { const k = (values[i] as number) - min; counts[k] = (counts[k] as number) + 1; }
    // cumulative counts; k-th order statistic (0-based) = first value whose cumulative count exceeds k
    const cum = new Float64Array(integerSpan + 1);
    let c = 0;
    for (let v = 0; v <= integerSpan; v++) { c += counts[v] as number; cum[v] = c; }
    const at = (k: number): number => {
      let lo = 0, hi = integerSpan;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cum[mid] as number) > k) hi = mid; else lo = mid + 1;
      }
      return min + lo;
    };
    return { q1: typeSeven(at, n, 0.25), median: typeSeven(at, n, 0.5), q3: typeSeven(at, n, 0.75) };
  }
  // Few distinct values among many (change scores on a proportion scale): order statistics from the sorted
  // distinct values and their counts, the same values a full sort gives.
  if (n >= 512) {
    const d = distinctValues(values, n >>> 4);
    if (d !== undefined) {
      const byValue = d.ascending();
      const values = d.values(), counts = d.counts();
      return quartilesFromCounts(Float64Array.from(byValue, (k) => values[k] as number), Float64Array.from(byValue, (k) => counts[k] as number), n);
    }
  }
  const s = Float64Array.from(values).sort();
  const at = (k: number): number => s[k] as number;
  return { q1: typeSeven(at, n, 0.25), median: typeSeven(at, n, 0.5), q3: typeSeven(at, n, 0.75) };
}

/**
 * Quartiles from sorted distinct values and their counts (n = Σ counts): the same order statistics, and so the
 * same type-7 figures, as {@link quartiles} on the expanded values.
 */
export function quartilesFromCounts(values: Float64Array, counts: Float64Array, n: number): Quartiles {
  const k = values.length;
  const cum = new Float64Array(k);
  let c = 0;
  for (let i = 0; i < k; i++) { c += counts[i] as number; cum[i] = c; }
  // k-th order statistic (0-based) = first value whose cumulative count exceeds k
  const at = (j: number): number => {
    let lo = 0, hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] as number) > j) hi = mid; else lo = mid + 1;
    }
    return values[lo] as number;
  };
  return { q1: typeSeven(at, n, 0.25), median: typeSeven(at, n, 0.5), q3: typeSeven(at, n, 0.75) };
}
