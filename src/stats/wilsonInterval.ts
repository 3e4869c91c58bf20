import { booleanOption, confidenceLevel, optionsObject } from '../_internal/validate';
import type { Interval } from './interval';
import { normalQuantile } from './normal';
import { successesOutOfTrials } from './_internal/proportionInput';
import { wilsonLimits } from './_internal/wilsonScore';

/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /**
   * Two-sided confidence level, strictly between 0 and 1. OHID's Fingertips tables use 0.95 and 0.998.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * Apply the continuity correction (Newcombe 1998a, method 4; R `prop.test(correct = TRUE)`).
   *
   * @defaultValue false
   */
  readonly correction?: boolean;
}

/**
 * Wilson score confidence interval for a binomial proportion x/n, optionally with the continuity correction.
 *
 * @remarks
 * The interval inverts the score test: it holds every p whose score statistic |p̂ − p|/√(p(1 − p)/n) is at
 * most z = Φ⁻¹((1 + confidence)/2). It stays inside [0, 1], is never empty or of zero width, and has coverage
 * close to nominal even for small n, which is why OHID's Fingertips guidance and Newcombe (1998a) recommend
 * it for proportions. With `correction: true`, p̂ is moved by 1/(2n) towards each limit before solving
 * (Newcombe's method 4), which makes the interval more conservative.
 *
 * **Formula**
 * ```tex
 * \hat p = x/n,\quad z = \Phi^{-1}\!\left(\tfrac{1+\gamma}{2}\right)\\
 * L, U = \frac{\hat p + \frac{z^2}{2n} \mp z\sqrt{\frac{\hat p(1-\hat p)}{n} + \frac{z^2}{4n^2}}}{1 + z^2/n}
 * \quad\text{(no correction)}\\
 * L = \text{lower root with } \hat p - \tfrac{1}{2n},\quad U = \text{upper root with } \hat p + \tfrac{1}{2n},
 * \quad L = 0 \text{ if } x = 0,\; U = 1 \text{ if } x = n \quad\text{(correction)}
 * ```
 * The lower limit is computed as the product of the roots, p̂²/(1 + z²/n), divided by the upper root, which
 * avoids the cancellation of the "∓" form when x is small against n.
 *
 * Agreement with R: equal to `prop.test(x, n, correct = FALSE)$conf.int` (relative error below 1e-12 in the
 * fixtures) and to `prop.test(x, n, p = p0, correct = TRUE)$conf.int` whenever |x − n·p0| ≥ 1/2. R's
 * `prop.test` caps its correction at |x − n·p0| (the distance to the *null* value, 0.5 by default), so with
 * `correct = TRUE` and x = n/2 exactly R returns the uncorrected interval; this function applies the
 * correction always, as Newcombe's method 4 defines it, so that the interval does not depend on a null
 * hypothesis and {@link newcombeInterval} method 11 uses the same limits.
 *
 * **References**
 * - Wilson EB (1927). Probable inference, the law of succession, and statistical inference. *Journal of the
 *   American Statistical Association* 22(158):209–212. https://doi.org/10.1080/01621459.1927.10502953
 * - Newcombe RG (1998a). Two-sided confidence intervals for the single proportion: comparison of seven methods.
 *   *Statistics in Medicine* 17(8):857–872, methods 3 (score) and 4 (score with continuity correction).
 *   https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E
 * - Office for Health Improvement and Disparities. Fingertips technical guidance: proportions (Wilson score
 *   method). https://fingertips.phe.org.uk/profile/guidance
 *
 * @param x - number of successes, an integer in [0, n]
 * @param n - number of trials, a positive integer
 * @param options - confidence level and continuity correction
 * @returns the proportion x/n with its Wilson limits; `method` is `'wilson'` or `'wilson-cc'`
 * @throws {InvalidInputError} when x or n is not a non-negative integer, x > n, or an option is invalid
 * @throws {InsufficientDataError} when n = 0
 * @example
 * ```ts
 * import { wilsonInterval } from 'social-outcomes/stats';
 * wilsonInterval(7, 50) //=> { estimate: 0.14, lower: 0.0695083, upper: 0.2618619, confidence: 0.95, method: 'wilson' }
 * wilsonInterval(7, 50, { correction: true }) //=> { lower: 0.0627701, upper: 0.2735638, method: 'wilson-cc' }
 * wilsonInterval(0, 20).upper //=> 0.1611252
 * wilsonInterval(51, 50) //=> throws InvalidInputError
 * ```
 */
export function wilsonInterval(x: number, n: number, options?: WilsonIntervalOptions): Interval {
  const fn = 'wilsonInterval';
  const opts = optionsObject(fn, options, ['confidence', 'correction']);
  const [successes, trials] = successesOutOfTrials(fn, x, n);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const correction = booleanOption(fn, 'correction', opts.correction, false);
  const z = normalQuantile((1 + confidence) / 2);
  const [lower, upper] = wilsonLimits(successes, trials, z, correction);
  return { estimate: successes / trials, lower, upper, confidence, method: correction ? 'wilson-cc' : 'wilson' };
}
