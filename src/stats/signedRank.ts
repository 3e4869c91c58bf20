import { checkCount, checkPoint } from './_internal/distributionArgs';

/**
 * Largest n accepted. The exact distribution costs O(n · min(v, N − v)) time with N = n(n + 1)/2, about
 * 0.3 s at n = 1000 for v near the centre; beyond that the normal approximation is accurate to 1e-6.
 */
const MAX_N = 1000;

function readArgs(fn: string, v: number, n: number): void {
  checkPoint(fn, 'v', v);
  checkCount(fn, 'n', n, MAX_N);
}

/** Rescale the table by 2^−RESCALE_BITS every RESCALE_BITS stages, so counts never overflow. */
const RESCALE_BITS = 512;
const RESCALE = Math.pow(2, -RESCALE_BITS);

/**
 * Runs the subset-sum recurrence c_k(u) = c_(k−1)(u) + c_(k−1)(u − k) for k = 1…min(n, v) on a table
 * of v + 1 scaled counts (started at 1 for every u for the CDF, or at [u = 0] for the mass function),
 * and returns entry v divided by 2^n. Stages k > v leave entries ≤ v unchanged, so they are skipped.
 * The table is rescaled by 2^−512 every 512 stages, so no count overflows for any n.
 */
function subsetSumTable(v: number, n: number, cumulative: boolean): number {
  const m = Math.min(n, v);
  const c = new Float64Array(v + 1);
  if (cumulative) c.fill(1);
  else c[0] = 1;
  let shift = 0;
  for (let k = 1; k <= m; k++) {
    for (let u = v; u >= k; u--) c[u] = (c[u] as number) + (c[u - k] as number);
    if (k % RESCALE_BITS === 0) {
      for (let u = 0; u <= v; u++) c[u] = (c[u] as number) * RESCALE;
      shift += RESCALE_BITS;
    }
  }
  return (c[v] as number) * Math.pow(2, shift - n);
}

/** P(V ≤ v) for integer v, using the symmetry V ~ N − V to keep the table to at most N/2 entries. */
function cdfAt(v: number, n: number): number {
  const total = (n * (n + 1)) / 2;
  if (v < 0) return 0;
  if (v >= total) return 1;
  // P(V ≤ v) = 1 − P(V ≥ v + 1) = 1 − P(V ≤ N − v − 1).
  const mirror = total - v - 1;
  return v <= mirror ? subsetSumTable(v, n, true) : 1 - subsetSumTable(mirror, n, true);
}

/**
 * Probability mass function of the Wilcoxon signed-rank statistic V (the sum of the ranks of the
 * positive differences) under the null hypothesis, for n non-zero differences without ties: P(V = v).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(V = v) = \frac{c_n(v)}{2^n}, \qquad c_k(v) = c_{k-1}(v) + c_{k-1}(v - k), \quad c_0(v) = [v = 0]
 * ```
 * c_n(v) counts the subsets of {1, …, n} with sum v. The recurrence runs in one Float64Array of
 * min(v, N − v) + 1 scaled counts (N = n(n + 1)/2, using the symmetry V ~ N − V), rescaled by 2^−512
 * every 512 stages so nothing overflows; the cost is O(n · min(v, N − v)). Non-integer v gives 0.
 * Matches R's `dsignrank`.
 *
 * **References**
 * - Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6):80–83.
 *   https://doi.org/10.2307/3001968
 * - Hollander M, Wolfe DA, Chicken E (2014). Nonparametric Statistical Methods, 3rd ed., §3.1
 *   (null distribution of T⁺ by recursion).
 *
 * @param v - the statistic (non-integers and values outside [0, N] give 0)
 * @param n - number of non-zero differences, an integer in [0, 1000]
 * @returns P(V = v)
 * @throws {InvalidInputError} when v is NaN or not a number, or n is not an integer in [0, 1000]
 * @example
 * ```ts
 * import { signedRankPmf } from 'social-outcomes/stats';
 * signedRankPmf(0, 10) //=> 0.0009765625
 * signedRankPmf(27, 10) //=> 0.0390625
 * signedRankPmf(3, 1001) //=> throws InvalidInputError
 * ```
 */
export function signedRankPmf(v: number, n: number): number {
  const fn = 'signedRankPmf';
  readArgs(fn, v, n);
  const total = (n * (n + 1)) / 2;
  if (!Number.isInteger(v) || v < 0 || v > total) return 0;
  return subsetSumTable(Math.min(v, total - v), n, false);
}

/**
 * Cumulative distribution function of the Wilcoxon signed-rank statistic V under the null
 * hypothesis (n non-zero differences, no ties): P(V ≤ v), with v rounded down as in R's `psignrank`.
 *
 * @remarks
 * **Formula**
 * ```tex
 * F_n(v) = P(V \le v) = \frac{C_n(v)}{2^n}, \qquad C_k(v) = C_{k-1}(v) + C_{k-1}(v - k), \quad C_0(v) = [v \ge 0]
 * ```
 * C_n(v) counts the subsets of {1, …, n} with sum at most v; the recurrence follows from
 * V_k = V_(k−1) + k·B_k with B_k a fair coin and runs directly on the cumulative counts (scaled by
 * 2^−512 every 512 stages), so no sum of many small masses is formed. By the symmetry V ~ N − V
 * (N = n(n + 1)/2) the table never exceeds N/2 + 1 entries, and the smaller tail is always the one
 * computed; the other is 1 minus it (≥ ½, so nothing is lost). Exact to rounding for n ≤ 1000 (the
 * smallest probability, 2^−n, is then a normal double).
 *
 * **References**
 * - Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6):80–83.
 *   https://doi.org/10.2307/3001968
 * - Hollander M, Wolfe DA, Chicken E (2014). Nonparametric Statistical Methods, 3rd ed., §3.1.
 *
 * @param v - the statistic (rounded down; below 0 gives 0, N or more gives 1; ±Infinity allowed)
 * @param n - number of non-zero differences, an integer in [0, 1000]
 * @returns P(V ≤ ⌊v⌋)
 * @throws {InvalidInputError} when v is NaN or not a number, or n is not an integer in [0, 1000]
 * @example
 * ```ts
 * import { signedRankCdf } from 'social-outcomes/stats';
 * // R: wilcox.test(x, y, paired = TRUE) with V = 40, n = 9 gives p = 0.0390625 = 2·P(V ≥ 40)
 * 2 * (1 - signedRankCdf(39, 9)) //=> 0.0390625
 * signedRankCdf(0, 1000) //=> 9.33263618503219e-302
 * ```
 */
export function signedRankCdf(v: number, n: number): number {
  const fn = 'signedRankCdf';
  readArgs(fn, v, n);
  return cdfAt(Math.floor(v), n);
}

/**
 * Survival function of the Wilcoxon signed-rank statistic V under the null hypothesis:
 * P(V > v) (R's `psignrank(v, n, lower.tail = FALSE)`), with v rounded down.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(V > v) = P(V \ge v + 1) = P(V \le N - v - 1) = F_n(N - v - 1), \qquad N = \tfrac{n(n+1)}{2}
 * ```
 * By symmetry the survival function is the distribution function at the mirrored point, computed
 * by the same recurrence (see {@link signedRankCdf}), so upper-tail p-values keep full precision.
 *
 * **References**
 * - Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6):80–83.
 *   https://doi.org/10.2307/3001968
 * - Hollander M, Wolfe DA, Chicken E (2014). Nonparametric Statistical Methods, 3rd ed., §3.1.
 *
 * @param v - the statistic (rounded down; below 0 gives 1, N or more gives 0; ±Infinity allowed)
 * @param n - number of non-zero differences, an integer in [0, 1000]
 * @returns P(V > ⌊v⌋)
 * @throws {InvalidInputError} when v is NaN or not a number, or n is not an integer in [0, 1000]
 * @example
 * ```ts
 * import { signedRankSf } from 'social-outcomes/stats';
 * // P(V ≥ 40) for n = 9, the one-sided exact p-value
 * signedRankSf(39, 9) //=> 0.01953125
 * signedRankSf(-1, 9) //=> 1
 * ```
 */
export function signedRankSf(v: number, n: number): number {
  const fn = 'signedRankSf';
  readArgs(fn, v, n);
  const total = (n * (n + 1)) / 2;
  const w = Math.floor(v);
  if (w < 0) return 1;
  if (w >= total) return 0;
  return cdfAt(total - w - 1, n);
}
