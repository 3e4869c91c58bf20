import { confidenceLevel, optionsObject } from '../_internal/validate';
import type { ConfidenceOptions, Interval } from './interval';
import { normalQuantile } from './normal';
import { successesOutOfTrials } from './_internal/proportionInput';

/**
 * Agresti–Coull ("adjusted Wald") confidence interval for a binomial proportion x/n, clamped to [0, 1].
 *
 * @remarks
 * Adds z²/2 successes and z²/2 failures (about two of each at 95%) and then forms the Wald interval around the
 * adjusted proportion p̃. Its coverage is close to nominal and slightly conservative; it is easy to explain,
 * but {@link wilsonInterval} (whose centre it borrows) is narrower and is OHID's default.
 *
 * The limits are **clamped to [0, 1]**: without clamping the lower limit is negative whenever x = 0 (and
 * for small x at high confidence), and the upper limit exceeds 1 symmetrically; a proportion outside [0, 1]
 * is impossible, so the overshoot is cut off, as R `PropCIs::add4ci` does ("the CI is truncated when it
 * overshoots the boundary").
 * The estimate returned is the sample proportion x/n (not the centre p̃ of the interval).
 *
 * **Formula**
 * ```tex
 * z = \Phi^{-1}\!\left(\tfrac{1+\gamma}{2}\right),\quad \tilde n = n + z^2,\quad \tilde p = \frac{x + z^2/2}{\tilde n}\\
 * L = \max\!\left(0,\; \tilde p - z\sqrt{\tilde p(1-\tilde p)/\tilde n}\right),\quad
 * U = \min\!\left(1,\; \tilde p + z\sqrt{\tilde p(1-\tilde p)/\tilde n}\right)
 * ```
 *
 * **References**
 * - Agresti A, Coull BA (1998). Approximate is better than "exact" for interval estimation of binomial
 *   proportions. *The American Statistician* 52(2):119–126.
 *   https://doi.org/10.1080/00031305.1998.10480550
 * - RSurveillance (CRAN) `binom.agresti`, documented example output (e.g. 25/200 → 0.08558957 to 0.1785444),
 *   reproduced in the tests. https://rdrr.io/cran/RSurveillance/man/binom.agresti.html
 * - Brown LD, Cai TT, DasGupta A (2001). Interval estimation for a binomial proportion. *Statistical Science*
 *   16(2):101–133, section 4.1.2. https://doi.org/10.1214/ss/1009213286
 *
 * @param x - number of successes, an integer in [0, n]
 * @param n - number of trials, a positive integer
 * @param options - confidence level
 * @returns the proportion x/n with the Agresti–Coull limits; `method` is `'agresti-coull'`
 * @throws {InvalidInputError} when x or n is not a non-negative integer, x > n, or the confidence is not in (0, 1)
 * @throws {InsufficientDataError} when n = 0
 * @example
 * ```ts
 * import { agrestiCoullInterval } from 'social-outcomes/stats';
 * agrestiCoullInterval(7, 50) //=> { estimate: 0.14, lower: 0.0663743, upper: 0.2649959, method: 'agresti-coull' }
 * agrestiCoullInterval(0, 20).lower //=> 0
 * agrestiCoullInterval(7, 50, { confidence: 1 }) //=> throws InvalidInputError
 * ```
 */
export function agrestiCoullInterval(x: number, n: number, options?: ConfidenceOptions): Interval {
  const fn = 'agrestiCoullInterval';
  const opts = optionsObject(fn, options, ['confidence']);
  const [successes, trials] = successesOutOfTrials(fn, x, n);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const z = normalQuantile((1 + confidence) / 2);
  const z2 = z * z;
  const nTilde = trials + z2;
  const pTilde = (successes + z2 / 2) / nTilde;
  const qTilde = (trials - successes + z2 / 2) / nTilde;
  const half = z * Math.sqrt((pTilde * qTilde) / nTilde);
  return {
    estimate: successes / trials,
    lower: Math.max(0, pTilde - half),
    upper: Math.min(1, pTilde + half),
    confidence,
    method: 'agresti-coull',
  };
}
