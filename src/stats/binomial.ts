import { checkCount, checkPoint, checkProbability } from './_internal/distributionArgs';
import { dbinomRaw } from './_internal/gamma';
import { betaTail } from './_internal/incompleteBeta';

function readArgs(fn: string, k: number, n: number, p: number): void {
  checkPoint(fn, 'k', k);
  checkCount(fn, 'n', n);
  checkProbability(fn, 'p', p);
}

/** P(X ≤ k) (`upper` false) or P(X > k) for X ~ binomial(n, p), k = ⌊k⌋ already applied. */
function binomialTail(k: number, n: number, p: number, upper: boolean): number {
  if (k < 0) return upper ? 1 : 0;
  if (k >= n) return upper ? 0 : 1;
  if (p === 0) return upper ? 0 : 1;
  if (p === 1) return upper ? 1 : 0;
  // P(X ≤ k) = I_(1−p)(n − k, k + 1); P(X > k) = I_p(k + 1, n − k).
  return betaTail(1 - p, p, n - k, k + 1, upper);
}

/**
 * Probability mass function of the binomial(n, p) distribution: P(X = k).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X = k) = \binom{n}{k} p^k (1-p)^{n-k}
 *   = \sqrt{\frac{n}{2\pi k (n-k)}}\; \exp\!\big(\delta(n) - \delta(k) - \delta(n-k) - D(k, np) - D(n-k, n(1-p))\big)
 * ```
 * Loader's saddle-point form: δ is Stirling's error term and D(x, m) = x ln(x/m) + m − x the
 * deviance, evaluated by a series when x ≈ m. It has relative error of a few ulps for any n, where
 * the naive product of a huge binomial coefficient and tiny powers loses all precision or overflows.
 * A non-integer k gives 0 (like R's dbinom, which also warns).
 *
 * **References**
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *   https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf
 *
 * @param k - number of successes (non-integers and values outside [0, n] give 0)
 * @param n - number of trials, a non-negative integer
 * @param p - success probability in [0, 1]
 * @returns P(X = k)
 * @throws {InvalidInputError} when k is NaN or not a number, n is not a non-negative integer, or p is outside [0, 1]
 * @example
 * ```ts
 * import { binomialPmf } from 'social-outcomes/stats';
 * binomialPmf(7, 20, 0.5) //=> 0.0739288330078125
 * binomialPmf(0, 50, 0.5) //=> 8.881784197001252e-16
 * binomialPmf(50000, 100000, 0.5) //=> 0.00252312621419674
 * binomialPmf(1, 2.5, 0.5) //=> throws InvalidInputError
 * ```
 */
export function binomialPmf(k: number, n: number, p: number): number {
  const fn = 'binomialPmf';
  readArgs(fn, k, n, p);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  return dbinomRaw(k, n - k, p, 1 - p);
}

/**
 * Cumulative distribution function of the binomial(n, p) distribution: P(X ≤ k), with k rounded
 * down to an integer as in R.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X \le k) = \sum_{j=0}^{\lfloor k \rfloor} \binom{n}{j} p^j (1-p)^{n-j} = I_{1-p}\big(n - \lfloor k\rfloor, \lfloor k\rfloor + 1\big)
 * ```
 * The incomplete beta identity replaces the sum, so the cost does not grow with n and the lower
 * tail keeps full relative precision (P(X ≤ 0 | n = 50, p = ½) = 8.9e-16, which summing 1 − (…) loses).
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.5.24.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.4, eq. 6.14.15.
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *
 * @param k - number of successes (rounded down; below 0 gives 0, n or more gives 1; ±Infinity allowed)
 * @param n - number of trials, a non-negative integer
 * @param p - success probability in [0, 1]
 * @returns P(X ≤ ⌊k⌋)
 * @throws {InvalidInputError} when k is NaN or not a number, n is not a non-negative integer, or p is outside [0, 1]
 * @example
 * ```ts
 * import { binomialCdf } from 'social-outcomes/stats';
 * // one-sided exact binomial test of 7 successes in 20 (R: binom.test(7, 20, alternative = "less"))
 * binomialCdf(7, 20, 0.5) //=> 0.131587982177734
 * binomialCdf(7.9, 20, 0.5) //=> 0.131587982177734
 * binomialCdf(999, 1000, 0.9) //=> 1
 * binomialCdf(1, 10, 1.2) //=> throws InvalidInputError
 * ```
 */
export function binomialCdf(k: number, n: number, p: number): number {
  const fn = 'binomialCdf';
  readArgs(fn, k, n, p);
  return binomialTail(Math.floor(k), n, p, false);
}

/**
 * Survival function of the binomial(n, p) distribution: P(X > k) (R's `lower.tail = FALSE`), with k
 * rounded down to an integer.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X > k) = I_p\big(\lfloor k\rfloor + 1,\; n - \lfloor k\rfloor\big)
 * ```
 * Computed directly, not as 1 − CDF. Note P(X ≥ k) = binomialSf(k − 1, n, p).
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.5.24.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.4.
 *
 * @param k - number of successes (rounded down; below 0 gives 1, n or more gives 0; ±Infinity allowed)
 * @param n - number of trials, a non-negative integer
 * @param p - success probability in [0, 1]
 * @returns P(X > ⌊k⌋)
 * @throws {InvalidInputError} when k is NaN or not a number, n is not a non-negative integer, or p is outside [0, 1]
 * @example
 * ```ts
 * import { binomialSf } from 'social-outcomes/stats';
 * // P(X ≥ 13) for n = 20, p = ½
 * binomialSf(12, 20, 0.5) //=> 0.131587982177734
 * binomialSf(999, 1000, 0.9) //=> 1.74787125172269e-46
 * ```
 */
export function binomialSf(k: number, n: number, p: number): number {
  const fn = 'binomialSf';
  readArgs(fn, k, n, p);
  return binomialTail(Math.floor(k), n, p, true);
}
