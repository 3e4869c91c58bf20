/**
 * Midranks from sorted data: the distinct values with the midrank of each (1-based; ties share the mean of their
 * ranks) and the sizes of the tie groups, shared by rankWithTies and the sort route of kruskalWallis.
 *
 * @packageDocumentation
 */

import type { DistinctValues } from '../../_internal/distinctValues';

/** Distinct sorted values, their midranks and the tie-group sizes (t ≥ 2) in increasing order of value. */
export interface Midranks {
  readonly distinct: Float64Array;
  readonly midrank: Float64Array;
  readonly tieSizes: number[];
}

/**
 * Midranks of ascending `sorted` (a typed sort puts −0 before 0; the === scan treats them as equal). Distinct
 * values are compacted into the front of `sorted` (slot m ≤ start is written only after it was read).
 */
export function midranksOfSorted(sorted: Float64Array): Midranks {
  const n = sorted.length;
  const midrank = new Float64Array(n);
  const tieSizes: number[] = [];
  let m = 0;
  for (let start = 0; start < n; ) {
    const v = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === v) end++;
    const t = end - start;
    sorted[m] = v;
    midrank[m] = start + 1 + (t - 1) / 2;
    m++;
    if (t >= 2) tieSizes.push(t);
    start = end;
  }
  return { distinct: sorted.subarray(0, m), midrank: midrank.subarray(0, m), tieSizes };
}

/** The midrank of `v`, one of the values ranked (binary search; −0 and 0 are equal). */
export function midrankOf(r: Midranks, v: number): number {
  const { distinct } = r;
  let lo = 0;
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((distinct[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return r.midrank[lo] as number;
}

/** Midranks of the distinct values of a counted table (indexed as the table), and the tie term Σ(t³ − t) in increasing order of value. */
export function midranksOfCounts(table: DistinctValues): { readonly midrank: Float64Array; readonly tieSum: number } {
  const counts = table.counts();
  const midrank = new Float64Array(table.size);
  let tieSum = 0;
  let start = 0;
  for (const d of table.ascending()) {
    const t = counts[d] as number;
    midrank[d] = start + 1 + (t - 1) / 2;
    if (t >= 2) tieSum += t * t * t - t;
    start += t;
  }
  return { midrank, tieSum };
}
