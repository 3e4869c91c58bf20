import { checkNonNegative, checkPoint } from './_internal/distributionArgs';
import { dpoisRaw } from './_internal/gamma';
import { gammaTail } from './_internal/incompleteGamma';

function readArgs(fn: string, k: number, mu: number): void {
  checkPoint(fn, 'k', k);
  checkNonNegative(fn, 'mu', mu);
}

/** P(X ≤ k) (`upper` false) or P(X > k) for X ~ Poisson(μ), k = ⌊k⌋ already applied. */
function poissonTail(k: number, mu: number, upper: boolean): number {
  if (k < 0) return upper ? 1 : 0;
  if (k === Number.POSITIVE_INFINITY || mu === 0) return upper ? 0 : 1;
  // P(X ≤ k) = Q(k + 1, μ); P(X > k) = P(k + 1, μ).
  return gammaTail(k + 1, mu, !upper);
}

/**
 * Probability mass function of the Poisson(μ) distribution: P(X = k).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X = k) = \frac{\mu^k e^{-\mu}}{k!} = \frac{1}{\sqrt{2\pi k}} \exp\!\big(-\delta(k) - D(k, \mu)\big)
 * ```
 * Loader's saddle-point form (δ Stirling's error term, D(k, μ) = k ln(k/μ) + μ − k the deviance),
 * accurate to a few ulps for μ up to 1e15 and beyond, where μ^k/k! overflows. A non-integer k gives 0.
 *
 * **References**
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *   https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf
 *
 * @param k - number of events (non-integers and negative values give 0)
 * @param mu - mean μ ≥ 0 (finite); μ = 0 puts all mass at 0
 * @returns P(X = k)
 * @throws {InvalidInputError} when k is NaN or not a number, or mu is negative or not a finite number
 * @example
 * ```ts
 * import { poissonPmf } from 'social-outcomes/stats';
 * poissonPmf(3, 2.5) //=> 0.213763017249737
 * poissonPmf(100000, 100000) //=> 0.0012615652097053
 * poissonPmf(0, 0) //=> 1
 * poissonPmf(1, -1) //=> throws InvalidInputError
 * ```
 */
export function poissonPmf(k: number, mu: number): number {
  const fn = 'poissonPmf';
  readArgs(fn, k, mu);
  if (!Number.isInteger(k) || k < 0) return 0;
  return dpoisRaw(k, mu);
}

/**
 * Cumulative distribution function of the Poisson(μ) distribution: P(X ≤ k), with k rounded down
 * to an integer as in R.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X \le k) = \sum_{j=0}^{\lfloor k\rfloor} \frac{\mu^j e^{-\mu}}{j!} = Q\big(\lfloor k\rfloor + 1, \mu\big)
 * ```
 * Q is the regularised upper incomplete gamma function (see {@link chiSquaredSf}); the identity
 * avoids the sum, and both tails are computed directly with full relative precision.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.4.21.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.2, eq. 6.14.34.
 *
 * @param k - number of events (rounded down; below 0 gives 0; ±Infinity allowed)
 * @param mu - mean μ ≥ 0 (finite)
 * @returns P(X ≤ ⌊k⌋)
 * @throws {InvalidInputError} when k is NaN or not a number, or mu is negative or not a finite number
 * @example
 * ```ts
 * import { poissonCdf } from 'social-outcomes/stats';
 * poissonCdf(3, 2.5) //=> 0.757576133133066
 * poissonCdf(0, 50) //=> 1.92874984796392e-22
 * ```
 */
export function poissonCdf(k: number, mu: number): number {
  const fn = 'poissonCdf';
  readArgs(fn, k, mu);
  return poissonTail(Math.floor(k), mu, false);
}

/**
 * Survival function of the Poisson(μ) distribution: P(X > k) (R's `lower.tail = FALSE`), with k
 * rounded down to an integer.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(X > k) = P\big(\lfloor k\rfloor + 1, \mu\big) = \frac{\gamma(\lfloor k\rfloor + 1, \mu)}{\lfloor k\rfloor!}
 * ```
 * P is the regularised lower incomplete gamma function, computed directly. Note
 * P(X ≥ k) = poissonSf(k − 1, μ), the upper p-value of an exact Poisson test.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.4.21.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.2.
 *
 * @param k - number of events (rounded down; below 0 gives 1; ±Infinity allowed)
 * @param mu - mean μ ≥ 0 (finite)
 * @returns P(X > ⌊k⌋)
 * @throws {InvalidInputError} when k is NaN or not a number, or mu is negative or not a finite number
 * @example
 * ```ts
 * import { poissonSf } from 'social-outcomes/stats';
 * poissonSf(3, 2.5) //=> 0.242423866866934
 * poissonSf(100, 10) //=> 5.3394054607197e-64
 * ```
 */
export function poissonSf(k: number, mu: number): number {
  const fn = 'poissonSf';
  readArgs(fn, k, mu);
  return poissonTail(Math.floor(k), mu, true);
}
