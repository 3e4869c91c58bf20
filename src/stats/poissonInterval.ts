import { confidenceLevel, finiteResult, integerInRange, numberInRange, oneOf, optionPath, optionsObject } from '../_internal/validate';
import { chiSquaredQuantile } from './chiSquared';
import type { Interval } from './interval';
import { normalQuantile } from './normal';

/** Options of {@link poissonInterval}. */
export interface PoissonIntervalOptions {
  /**
   * Two-sided confidence level, strictly between 0 and 1. OHID's Fingertips tables use 0.95 and 0.998.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * `'exact'`: the exact (Garwood) limits from χ² quantiles, as R `poisson.test`; `'byar'`: Byar's
   * approximation, which OHID uses for counts of 10 or more (it is within 0.2% of the exact limits there).
   *
   * @defaultValue 'exact'
   */
  readonly method?: 'exact' | 'byar';
  /**
   * The person-time (or population) the count refers to, finite and positive: the estimate and its limits
   * are divided by it. Multiply the result by 1,000 or 100,000 yourself for a rate "per 1,000".
   *
   * @defaultValue 1
   */
  readonly exposure?: number;
}

/**
 * Confidence interval for a Poisson count or rate (count/exposure): exact (Garwood) or Byar's approximation.
 *
 * @remarks
 * The limits are computed for the expected count and divided by the exposure. The exact limits are χ²
 * quantiles (equal to R `poisson.test(count, T = exposure)$conf.int`). Byar's method is the cube-root
 * (Wilson–Hilferty) approximation to them that OHID's technical guide prescribes for counts of 10 or more;
 * OHID uses the exact method below 10, which callers reproduce by choosing `method` on the count.
 *
 * **Formula**
 * ```tex
 * z = \Phi^{-1}\!\left(\tfrac{1+\gamma}{2}\right),\quad \alpha = 1 - \gamma,\quad O = \text{count}\\
 * \text{exact:}\quad O_L = \tfrac12\chi^2_{\alpha/2,\;2O}\ (0 \text{ if } O = 0),\qquad
 * O_U = \tfrac12\chi^2_{1-\alpha/2,\;2(O+1)}\\
 * \text{Byar:}\quad O_L = O\left(1 - \frac{1}{9O} - \frac{z}{3\sqrt O}\right)^3,\qquad
 * O_U = (O+1)\left(1 - \frac{1}{9(O+1)} + \frac{z}{3\sqrt{O+1}}\right)^3\\
 * \text{rate} = O/E,\quad \text{limits} = (O_L/E,\; O_U/E)
 * ```
 * Byar's lower limit is set to 0 when O = 0 (where the formula is undefined) and when the cube is negative
 * (small O at high confidence, e.g. O = 1 at 99.9%), since a count cannot be negative; the exact method has no
 * such edge and is the better choice below 10.
 *
 * **References**
 * - Public Health England, Public Health Data Science (2018). *Technical Guide: Confidence Intervals*
 *   (version of 25 May 2018), section on rates: Byar's method for counts of 10 or more ("within 0.2% of the
 *   exact value"), the exact χ² method below. Published with OHID's Fingertips public health technical
 *   guidance, https://fingertips.phe.org.uk; implemented in OHID's R package `PHEindicatormethods::phe_rate`.
 * - Breslow NE, Day NE (1987). *Statistical Methods in Cancer Research, Volume II: The Design and Analysis of
 *   Cohort Studies*. IARC Scientific Publications No. 82, p. 69 (Byar's approximation).
 * - Garwood F (1936). Fiducial limits for the Poisson distribution. *Biometrika* 28(3/4):437–442.
 *   https://doi.org/10.1093/biomet/28.3-4.437
 *
 * @param count - the observed number of events, a non-negative integer
 * @param options - confidence level, method and exposure
 * @returns the rate count/exposure with its limits; `method` is `'poisson-exact'` or `'poisson-byar'`
 * @throws {InvalidInputError} when count is not a non-negative integer, exposure is not finite and positive,
 *   the confidence or method is invalid, or the rate overflows (an exposure near 5e-324)
 * @example
 * ```ts
 * import { poissonInterval } from 'social-outcomes/stats';
 * poissonInterval(3) //=> { estimate: 3, lower: 0.618672, upper: 8.767273, method: 'poisson-exact' }
 * poissonInterval(10, { method: 'byar' }) //=> { lower: 4.787450, upper: 18.391459, method: 'poisson-byar' }
 * poissonInterval(10, { exposure: 2 }) //=> { estimate: 5, lower: 2.397694, upper: 9.195178 }
 * poissonInterval(2.5) //=> throws InvalidInputError
 * ```
 */
export function poissonInterval(count: number, options?: PoissonIntervalOptions): Interval {
  const fn = 'poissonInterval';
  const opts = optionsObject(fn, options, ['confidence', 'method', 'exposure']);
  const o = integerInRange(fn, 'count', count, { min: 0 });
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const method = opts.method === undefined ? 'exact' : oneOf(fn, 'method', opts.method, ['exact', 'byar'] as const);
  const exposure = opts.exposure === undefined ? 1 : numberInRange(fn, 'exposure', opts.exposure, { min: 0, minOpen: true }, optionPath('exposure'));
  let lower: number;
  let upper: number;
  if (method === 'exact') {
    const alpha = 1 - confidence;
    lower = o === 0 ? 0 : chiSquaredQuantile(alpha / 2, 2 * o) / 2;
    upper = chiSquaredQuantile(1 - alpha / 2, 2 * (o + 1)) / 2;
  } else {
    const z = normalQuantile((1 + confidence) / 2);
    const baseLower = o === 0 ? 0 : 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o));
    lower = baseLower > 0 ? o * baseLower ** 3 : 0;
    const o1 = o + 1;
    upper = o1 * (1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1))) ** 3;
  }
  // finiteResult: an exposure near 5e-324 overflows the rate; refuse rather than return Infinity
  return finiteResult(fn, { estimate: o / exposure, lower: lower / exposure, upper: upper / exposure, confidence, method: method === 'exact' ? 'poisson-exact' : 'poisson-byar' });
}
