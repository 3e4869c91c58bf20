import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { arrayLike, atLeast, oneOf, type NumericArray } from '../_internal/validate';

/**
 * A multiple-comparison adjustment of {@link pAdjust}, named as in R `p.adjust`.
 *
 * @remarks
 * `'holm'`, `'hochberg'`, `'hommel'` and `'bonferroni'` control the family-wise error rate; `'BH'`
 * (Benjamini–Hochberg) and `'BY'` (Benjamini–Yekutieli) control the false discovery rate; `'none'` returns the
 * p-values unchanged.
 */
export type PAdjustMethod = 'holm' | 'hochberg' | 'hommel' | 'bonferroni' | 'BH' | 'BY' | 'none';

const METHODS: ReadonlyArray<PAdjustMethod> = ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'];

/** Indices 0…n−1 ordered by p ascending, ties in input order (R's `order`, which is stable). */
function orderAscending(p: Float64Array): Int32Array {
  const idx = new Int32Array(p.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => (p[a] as number) - (p[b] as number) || a - b);
}

/** Indices ordered by p descending, ties in input order (R's `order(p, decreasing = TRUE)`, stable). */
function orderDescending(p: Float64Array): Int32Array {
  const idx = new Int32Array(p.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
}

/** Step-down cumulative maximum (Holm), in the order of `o`. */
function holm(p: Float64Array, n: number): number[] {
  const o = orderAscending(p);
  const out = new Array<number>(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    const j = o[k] as number;
    // R: pmin(1, cummax((n + 1 - i) * p[o])) with i = 1..n
    running = Math.max(running, (n - k) * (p[j] as number));
    out[j] = Math.min(1, running);
  }
  return out;
}

/** Step-up cumulative minimum with weights w(i) for i = n…1 (Hochberg, BH, BY). */
function stepUp(p: Float64Array, n: number, weight: (i: number) => number): number[] {
  const o = orderDescending(p);
  const out = new Array<number>(n);
  let running = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const j = o[k] as number;
    const i = n - k;
    running = Math.min(running, weight(i) * (p[j] as number));
    out[j] = Math.min(1, running);
  }
  return out;
}

/** Hommel (1988) as computed by R `p.adjust` (O(n²)). */
function hommel(p: Float64Array, n: number): number[] {
  const o = orderAscending(p);
  const ps = new Float64Array(n);
  for (let k = 0; k < n; k++) ps[k] = p[o[k] as number] as number;
  let init = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n; k++) init = Math.min(init, (n * (ps[k] as number)) / (k + 1));
  const q = new Float64Array(n).fill(init);
  const pa = new Float64Array(n).fill(init);
  for (let m = n - 1; m >= 2; m--) {
    // R: i1 <- seq_len(n - m + 1); i2 <- (n - m + 2):n; q1 <- min(m * p[i2] / (2:m))
    const cut = n - m + 1; // 1-based length of i1
    let q1 = Number.POSITIVE_INFINITY;
    for (let k = cut; k < n; k++) q1 = Math.min(q1, (m * (ps[k] as number)) / (k - cut + 2));
    for (let k = 0; k < cut; k++) q[k] = Math.min(m * (ps[k] as number), q1);
    const last = q[cut - 1] as number;
    for (let k = cut; k < n; k++) q[k] = last;
    for (let k = 0; k < n; k++) if ((q[k] as number) > (pa[k] as number)) pa[k] = q[k] as number;
  }
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[o[k] as number] = Math.max(pa[k] as number, ps[k] as number);
  return out;
}

/**
 * Adjusts p-values for multiple comparisons: Holm, Hochberg, Hommel, Bonferroni, Benjamini–Hochberg or
 * Benjamini–Yekutieli, exactly as R `p.adjust`.
 *
 * @remarks
 * The result is in the order of the input, and the number of tests is `p.length`. Holm is the default (it
 * controls the family-wise error rate and dominates Bonferroni); use `'BH'` when screening many cells (every
 * group × outcome), where controlling the false discovery rate is enough. Ties are handled as R does (the
 * adjusted values of tied p-values are equal). `'hommel'` takes O(n²) time, the others O(n log n).
 *
 * Unlike R, which skips `NA`s and adjusts the rest, this function **rejects NaN** (and any value outside
 * [0, 1]) with an {@link InvalidInputError}: a missing p-value changes the number of tests, so the caller must
 * decide explicitly whether to drop it.
 *
 * **Formula** (p₍ᵢ₎ the i-th smallest of n p-values; results capped at 1)
 * ```tex
 * \text{Bonferroni: } \tilde p_i = \min(1, n p_i)\\
 * \text{Holm: } \tilde p_{(i)} = \min\!\Big(1, \max_{j \le i} (n - j + 1)\, p_{(j)}\Big)\\
 * \text{Hochberg: } \tilde p_{(i)} = \min\!\Big(1, \min_{j \ge i} (n - j + 1)\, p_{(j)}\Big)\\
 * \text{BH: } \tilde p_{(i)} = \min\!\Big(1, \min_{j \ge i} \tfrac{n}{j}\, p_{(j)}\Big),\qquad
 * \text{BY: } \tilde p_{(i)} = \min\!\Big(1, \min_{j \ge i} \tfrac{q\,n}{j}\, p_{(j)}\Big),\ q = \textstyle\sum_{k=1}^{n} 1/k\\
 * \text{Hommel: the closed-testing adjustment with Simes tests, by R's algorithm (n = 2: Hochberg)}
 * ```
 *
 * **References**
 * - R Core Team (2022). `p.adjust`, package stats, R 4.2.2. https://stat.ethz.ch/R-manual/R-devel/library/stats/html/p.adjust.html
 * - Holm S (1979). A simple sequentially rejective multiple test procedure. *Scandinavian Journal of
 *   Statistics* 6(2):65–70. https://www.jstor.org/stable/4615733
 * - Hochberg Y (1988). A sharper Bonferroni procedure for multiple tests of significance. *Biometrika*
 *   75(4):800–802. https://doi.org/10.1093/biomet/75.4.800
 * - Hommel G (1988). A stagewise rejective multiple test procedure based on a modified Bonferroni test.
 *   *Biometrika* 75(2):383–386. https://doi.org/10.1093/biomet/75.2.383
 * - Benjamini Y, Hochberg Y (1995). Controlling the false discovery rate. *Journal of the Royal Statistical
 *   Society B* 57(1):289–300. https://doi.org/10.1111/j.2517-6161.1995.tb02031.x
 * - Benjamini Y, Yekutieli D (2001). The control of the false discovery rate in multiple testing under
 *   dependency. *Annals of Statistics* 29(4):1165–1188. https://doi.org/10.1214/aos/1013699998
 *
 * @param p - p-values in [0, 1] (a plain or typed array), at least one
 * @param method - the adjustment
 * @returns the adjusted p-values, in input order, as a new plain array
 * @throws {InvalidInputError} when p is not an array, holds NaN, a non-number or a value outside [0, 1], or the
 *   method is unknown
 * @throws {InsufficientDataError} when p is empty
 * @example
 * ```ts
 * import { pAdjust } from 'social-outcomes/stats';
 * pAdjust([0.01, 0.02, 0.03, 0.04, 0.05]) //=> [0.05, 0.08, 0.09, 0.09, 0.09]
 * pAdjust([0.01, 0.02, 0.03, 0.04, 0.05], 'BH') //=> [0.05, 0.05, 0.05, 0.05, 0.05]
 * pAdjust([0.04, 0.01], 'bonferroni') //=> [0.08, 0.02]
 * pAdjust([0.01, Number.NaN]) //=> throws InvalidInputError
 * ```
 */
export function pAdjust(p: NumericArray, method: PAdjustMethod = 'holm'): number[] {
  const fn = 'pAdjust';
  const m = oneOf(fn, 'method', method, METHODS, ['method']);
  const arr = arrayLike(fn, 'p', p);
  const n = arr.length;
  atLeast(fn, 'p-value', n, 1, ['p']);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      const isNumber = typeof v === 'number';
      throw new InvalidInputError({
        code: !isNumber ? 'not-a-number' : Number.isNaN(v) ? 'not-a-number' : 'out-of-range',
        message: `${fn} requires p to hold p-values in [0, 1] (got ${describeValue(v)})`,
        path: ['p', i],
      });
    }
    x[i] = v;
  }
  if (n === 1 || m === 'none') return Array.from(x);
  switch (m) {
    case 'bonferroni':
      return Array.from(x, (v) => Math.min(1, n * v));
    case 'holm':
      return holm(x, n);
    case 'hochberg':
      return stepUp(x, n, (i) => n + 1 - i);
    case 'hommel':
      return n === 2 ? stepUp(x, n, (i) => n + 1 - i) : hommel(x, n);
    case 'BH':
      return stepUp(x, n, (i) => n / i);
    case 'BY': {
      let q = 0;
      for (let k = 1; k <= n; k++) q += 1 / k;
      return stepUp(x, n, (i) => (q * n) / i);
    }
  }
}
