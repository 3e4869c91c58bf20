/**
 * The change summary's inputs from a change state (distinct (pre, post) pairs with counts) without expanding the
 * state back to n pairs: the moments, the distributions of pre, post and change as sorted distinct values with
 * counts (for the quartiles and the signed ranks), and the entries with their counts (for reliable change).
 *
 * Every figure is the one `readPairs` + the value paths give on the state expanded in its canonical order (sorted
 * by pre, then post), bit for bit:
 * - the moments use the same shift (the first pair) and the same formulas. For integer scores whose sums stay below
 *   2^53 every partial sum is an exact integer, so `c · x` replaces c additions of x; otherwise (non-integer scores)
 *   the c additions are replayed in the same order — O(n) additions, no memory, no sort;
 * - quartiles are type-7 interpolations between order statistics, which depend only on the multiset of values;
 * - the signed-rank sums visit the groups of equal |d| in increasing |d| with their positive and negative counts,
 *   the same sequence of midrank additions as the sort and counting paths of `signedRanks`.
 * So the cost after the one pass that built the state is O(distinct pairs · log) instead of a sort of n changes.
 *
 * @internal
 */
import { setMoments, type PairStats } from './pairs';
import { quartilesFromCounts, type Quartiles } from './quartiles';
import { rankSumsFromCounts, type RankSums, type ZeroMethod } from './signedRanks';

/** Sorted distinct values with their counts. */
export interface SortedCounts {
  /** Distinct values, ascending. */
  values: Float64Array;
  /** Count of each value. */
  counts: Float64Array;
}

/** What the summary needs besides the moments, computed from counts. */
export interface CountedDistributions {
  /** Quartiles of pre, post or change. */
  quartiles(which: 'pre' | 'post' | 'change'): Quartiles;
  /** Signed-rank sums of the changes. */
  rankSums(zeroMethod: ZeroMethod, withGroups: boolean): RankSums;
  /** Count of each entry of the pre/post arrays handed to the summary (which are then the distinct pairs). */
  count: ArrayLike<number>;
}

/** A change state's arrays (already checked: sorted distinct finite pairs, positive integer counts summing to n). */
export interface StateArrays {
  readonly n: number;
  readonly pre: ArrayLike<number>;
  readonly post: ArrayLike<number>;
  readonly count: ArrayLike<number>;
}

/** Distinct values of `v` (one per entry, weighted by `c`) in ascending order with summed counts. */
function sortedCounts(v: Float64Array, c: ArrayLike<number>): SortedCounts {
  const m = v.length;
  const s = v.slice().sort();
  let k = 0;
  for (let i = 0; i < m; i++) if (k === 0 || (s[i] as number) !== (s[k - 1] as number)) s[k++] = s[i] as number;
  const values = s.subarray(0, k);
  const counts = new Float64Array(k);
  for (let i = 0; i < m; i++) {
    const x = v[i] as number;
    let lo = 0, hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[mid] as number) < x) lo = mid + 1; else hi = mid;
    }
    counts[lo] = (counts[lo] as number) + (c[i] as number);
  }
  return { values, counts };
}

/** The pre distribution: the entries are sorted by pre, so equal pre values are adjacent. */
function preCounts(pre: ArrayLike<number>, c: ArrayLike<number>): SortedCounts {
  const m = pre.length;
  const values = new Float64Array(m), counts = new Float64Array(m);
  let k = 0;
  for (let i = 0; i < m; i++) {
    const x = pre[i] as number;
    if (k > 0 && (values[k - 1] as number) === x) counts[k - 1] = (counts[k - 1] as number) + (c[i] as number);
    else { values[k] = x; counts[k] = c[i] as number; k++; }
  }
  return { values: values.subarray(0, k), counts: counts.subarray(0, k) };
}

/**
 * The moments of the expanded state, exactly as `readPairs` computes them on the pairs in canonical order, and the
 * count-based distributions.
 */
export function readCountedPairs(state: StateArrays): { stats: PairStats; counted: CountedDistributions } {
  const { n, pre: x, post: y, count: c } = state;
  const m = x.length;
  const d = new Float64Array(m);
  let minX = Number.POSITIVE_INFINITY, maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY, maxY = Number.NEGATIVE_INFINITY;
  let minD = Number.POSITIVE_INFINITY, maxD = Number.NEGATIVE_INFINITY;
  let ints = true, pos = 0, neg = 0;
  for (let e = 0; e < m; e++) {
    const u = x[e] as number, v = y[e] as number, k = c[e] as number;
    const di = v - u;
    d[e] = di;
    if (di > 0) pos += k; else if (di < 0) neg += k;
    if (u < minX) minX = u;
    if (u > maxX) maxX = u;
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
    if (di < minD) minD = di;
    if (di > maxD) maxD = di;
    if (ints && ((u | 0) !== u || (v | 0) !== v)) ints = false;
  }
  const kx = x[0] as number, ky = y[0] as number, kd = ky - kx;
  let s1x = 0, s2x = 0, s1y = 0, s2y = 0, s1d = 0, s2d = 0, sxy = 0;
  // Largest shifted magnitude: with n·M² ≤ 2^53 every partial sum of integers is exact, in any grouping.
  const M = Math.max(maxX - kx, kx - minX, maxY - ky, ky - minY, maxD - kd, kd - minD);
  if (ints && n * M * M <= 2 ** 53) {
    for (let e = 0; e < m; e++) {
      const k = c[e] as number;
      const xs = (x[e] as number) - kx, ys = (y[e] as number) - ky, ds = (d[e] as number) - kd;
      s1x += k * xs; s2x += k * (xs * xs);
      s1y += k * ys; s2y += k * (ys * ys);
      s1d += k * ds; s2d += k * (ds * ds);
      sxy += k * (xs * ys);
    }
  } else {
    for (let e = 0; e < m; e++) {
      const k = c[e] as number;
      const xs = (x[e] as number) - kx, ys = (y[e] as number) - ky, ds = (d[e] as number) - kd;
      const xx = xs * xs, yy = ys * ys, dd = ds * ds, xy = xs * ys;
      for (let r = 0; r < k; r++) {
        s1x += xs; s2x += xx;
        s1y += ys; s2y += yy;
        s1d += ds; s2d += dd;
        sxy += xy;
      }
    }
  }
  const stats: PairStats = {
    n, d: new Float64Array(0), meanPre: 0, meanPost: 0, meanD: 0, ssPre: 0, ssPost: 0, ssD: 0, spPrePost: 0,
    nPositive: pos, nNegative: neg, nZero: n - pos - neg, minD, maxD, minPre: minX, maxPre: maxX, minPost: minY, maxPost: maxY, integers: ints,
  };
  setMoments(stats, n, ints, kx, ky, kd, { s1x, s2x, s1y, s2y, s1d, s2d, sxy });
  let dDist: SortedCounts | undefined;
  const dist = (): SortedCounts => (dDist ??= sortedCounts(d, c));
  const counted: CountedDistributions = {
    quartiles(which) {
      const s = which === 'pre' ? preCounts(x, c) : which === 'post' ? sortedCounts(Float64Array.from(y), c) : dist();
      return quartilesFromCounts(s.values, s.counts, n);
    },
    rankSums(zeroMethod, withGroups) {
      const s = dist();
      return rankSumsFromCounts(s.values, s.counts, zeroMethod, withGroups);
    },
    count: c,
  };
  return { stats, counted };
}
