import { InsufficientDataError, InvalidInputError } from '../errors';
import { atLeast, confidenceLevel, finiteArray, finiteNumber, integerInRange, numberInRange, optionsObject, type NumericArray } from '../_internal/validate';
import { describeValue } from '../_internal/describeValue';
import type { Interval } from './interval';
import { momentsOf, moments } from './moments';
import { studentTQuantile } from './studentT';

/** Options of {@link tInterval} and {@link tIntervalFromSummary}. */
export interface TIntervalOptions {
  /**
   * Two-sided confidence level, strictly between 0 and 1.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
}

/** Summary statistics of a sample, enough to form a t interval for its mean. */
export interface MeanSummary {
  /** Number of observations, an integer of at least 2. */
  readonly n: number;
  /** Sample mean. */
  readonly mean: number;
  /** Sample standard deviation (divisor n − 1), finite and positive. */
  readonly sd: number;
}

const EPSILON = 2.220446049250313e-16;

function interval(fn: string, n: number, mean: number, sd: number, confidence: number): Interval {
  const se = sd / Math.sqrt(n);
  // R t.test refuses "essentially constant" data with the same test: a zero-width interval says nothing.
  if (!(se >= 10 * EPSILON * Math.abs(mean)) || se === 0) {
    throw new InsufficientDataError({
      code: 'zero-variance',
      message: `${fn} requires data that are not constant (sd = ${describeValue(sd)}, mean = ${describeValue(mean)})`,
      path: [],
    });
  }
  const q = studentTQuantile((1 + confidence) / 2, n - 1);
  return { estimate: mean, lower: mean - q * se, upper: mean + q * se, confidence, method: 't' };
}

function confidenceOf(fn: string, options: TIntervalOptions | undefined): number {
  const opts = optionsObject(fn, options, ['confidence']);
  return opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
}

/**
 * Student t confidence interval for the mean of a sample.
 *
 * @remarks
 * The classical interval for a population mean when the standard deviation is estimated from the same sample;
 * OHID's technical guidance uses it for means. The mean and standard deviation come from {@link momentsOf}
 * (a shifted Welford pass, accurate also for data with a large common offset).
 *
 * **Formula**
 * ```tex
 * \bar x \pm t_{(1+\gamma)/2,\; n-1}\; \frac{s}{\sqrt n},\qquad s^2 = \frac{1}{n-1}\sum_i (x_i - \bar x)^2
 * ```
 * Equal to R `t.test(x, conf.level = γ)$conf.int` (relative error below 1e-12 in the fixtures).
 *
 * **References**
 * - Student (1908). The probable error of a mean. *Biometrika* 6(1):1–25. https://doi.org/10.1093/biomet/6.1.1
 * - Altman DG, Machin D, Bryant TN, Gardner MJ (eds) (2000). *Statistics with Confidence*, 2nd ed. BMJ Books,
 *   chapter 4 (means).
 *
 * @param values - the sample: at least two finite numbers, not all equal
 * @param options - confidence level
 * @returns the sample mean with its t limits; `method` is `'t'`
 * @throws {InvalidInputError} when values is not an array of finite numbers or the confidence is not in (0, 1)
 * @throws {InsufficientDataError} when there are fewer than two values, or all values are equal
 *   (standard error below 10·ε·|mean|, as in R `t.test`)
 * @example
 * ```ts
 * import { tInterval } from 'social-outcomes/stats';
 * tInterval([2.1, 3.4, 1.9, 5.6, 4.2, 3.3]) //=> { estimate: 3.4166667, lower: 1.9755861, upper: 4.8577473, method: 't' }
 * tInterval([5]) //=> throws InsufficientDataError
 * ```
 */
export function tInterval(values: NumericArray, options?: TIntervalOptions): Interval {
  const fn = 'tInterval';
  const confidence = confidenceOf(fn, options);
  const data = finiteArray(fn, 'values', values);
  atLeast(fn, 'values', data.length, 2, ['values']);
  const r = moments.finalize(momentsOf(data));
  return interval(fn, r.n, r.mean, r.sd as number, confidence);
}

/**
 * Student t confidence interval for a mean from summary statistics (n, mean, standard deviation).
 *
 * @remarks
 * Use it when only a published summary is available, or to form the interval of a mean merged from
 * {@link moments} states computed elsewhere.
 *
 * **Formula**
 * ```tex
 * \bar x \pm t_{(1+\gamma)/2,\; n-1}\; \frac{s}{\sqrt n}
 * ```
 * Equal to R `t.test` on a sample with that n, mean and sd.
 *
 * **References**
 * - Student (1908). The probable error of a mean. *Biometrika* 6(1):1–25. https://doi.org/10.1093/biomet/6.1.1
 *
 * @param summary - n (integer ≥ 2), mean (finite) and sd (finite, > 0; divisor n − 1)
 * @param options - confidence level
 * @returns the mean with its t limits; `method` is `'t'`
 * @throws {InvalidInputError} when summary is not an object, n is not an integer, mean or sd is not finite,
 *   sd is negative, or the confidence is not in (0, 1)
 * @throws {InsufficientDataError} when n < 2, or sd is zero (below 10·ε·|mean| in standard-error terms)
 * @example
 * ```ts
 * import { tIntervalFromSummary } from 'social-outcomes/stats';
 * tIntervalFromSummary({ n: 6, mean: 3.4166667, sd: 1.3731958 }) //=> { lower: 1.97559, upper: 4.85775 }
 * tIntervalFromSummary({ n: 25, mean: 50, sd: 10 }, { confidence: 0.9 }).lower //=> 46.5782
 * tIntervalFromSummary({ n: 1, mean: 50, sd: 10 }) //=> throws InsufficientDataError
 * ```
 */
export function tIntervalFromSummary(summary: MeanSummary, options?: TIntervalOptions): Interval {
  const fn = 'tIntervalFromSummary';
  if (summary === null || typeof summary !== 'object' || Array.isArray(summary)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires summary to be an object {n, mean, sd} (got ${describeValue(summary)})`, path: ['summary'] });
  }
  const confidence = confidenceOf(fn, options);
  const n = integerInRange(fn, 'summary.n', summary.n, { min: 0 }, ['summary', 'n']);
  const mean = finiteNumber(fn, 'summary.mean', summary.mean, ['summary', 'mean']);
  const sd = numberInRange(fn, 'summary.sd', summary.sd, { min: 0 }, ['summary', 'sd']);
  atLeast(fn, 'observations (summary.n)', n, 2, ['summary', 'n']);
  return interval(fn, n, mean, sd, confidence);
}
