import { optionsObject } from '../_internal/validate';
import { readPairs, readRange } from './_internal/pairs';
import { pairedTFromPairs } from './_internal/tTestCore';
import { readAlternative, readConfidence } from './_internal/options';
import type { Alternative, ConfidenceBounds, ScoreRange } from './types';

/** Options of {@link pairedTTest}. */
export interface PairedTTestOptions {
  /**
   * Alternative hypothesis about the mean change post − pre.
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: Alternative;
  /**
   * Confidence level of the interval for the mean change (one-sided for a one-sided alternative, as in R).
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /** Possible scores of the instrument; a score outside it is an error. */
  readonly range?: ScoreRange;
}

/** Result of {@link pairedTTest}. */
export interface PairedTTestResult {
  /** Number of pairs. */
  readonly n: number;
  /** Mean change, mean(post − pre). */
  readonly meanDifference: number;
  /** Standard deviation of the changes (divisor n − 1). */
  readonly sdDifference: number;
  /** Standard error of the mean change, sd/√n. */
  readonly standardError: number;
  /** The t statistic. */
  readonly statistic: number;
  /** Degrees of freedom, n − 1. */
  readonly df: number;
  /** The p-value for `alternative`. */
  readonly pValue: number;
  /** Confidence interval for the mean change (`method: 't'`); one limit is `null` (unbounded) for a one-sided alternative. */
  readonly ci: ConfidenceBounds;
  /** The alternative tested. */
  readonly alternative: Alternative;
}

/**
 * Paired t-test of the mean change post − pre, equal to R's `t.test(post, pre, paired = TRUE)` and scipy's
 * `ttest_rel(post, pre)`, with the confidence interval of the mean change.
 *
 * @remarks
 * Change scores are not causal impact (Birmingham prevention framework review 2022, §6.3): the test says whether
 * the average score moved, not why. Warwick recommends paired t-tests for WEMWBS/SWEMWBS with at least 30 people;
 * for Outcomes Star data (ordinal) prefer {@link wilcoxonSignedRank} or {@link signTest}.
 *
 * **Formula**
 * ```tex
 * d_i = \text{post}_i - \text{pre}_i,\quad \bar d = \tfrac1n\sum d_i,\quad
 * s_d = \sqrt{\tfrac{1}{n-1}\sum (d_i - \bar d)^2},\quad
 * t = \frac{\bar d}{s_d/\sqrt n},\quad \nu = n - 1,\quad
 * \bar d \pm t_{\nu,\,1-\alpha/2}\; s_d/\sqrt n
 * ```
 *
 * **References**
 * - Student (1908). The probable error of a mean. *Biometrika* 6(1):1–25. https://doi.org/10.1093/biomet/6.1.1
 * - R Core Team. `t.test` (stats, R 4.2.2): `paired = TRUE`, "data are essentially constant" check.
 * - SciPy 1.17.1, `scipy.stats.ttest_rel`.
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - alternative, confidence, range
 * @returns n, mean and SD of the changes, t, df, p-value and the confidence interval
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside `range`, or an option is invalid
 * @throws {InsufficientDataError} when there are fewer than 2 pairs, or all changes are equal (`zero-variance`)
 * @example
 * ```ts
 * import { pairedTTest } from 'social-outcomes/change';
 * const movie2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7];
 * const movie1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9];
 * pairedTTest(movie2, movie1) //=> { n: 10, meanDifference: 1, statistic: 4.743, df: 9, pValue: 0.00105 }
 * pairedTTest(movie2, movie1).ci //=> { lower: 0.523, upper: 1.477, confidence: 0.95 }
 * pairedTTest([1, 2, 3], [2, 3, 4]) //=> throws InsufficientDataError
 * ```
 */
export function pairedTTest(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: PairedTTestOptions): PairedTTestResult {
  const fn = 'pairedTTest';
  const opts = optionsObject(fn, options, ['alternative', 'confidence', 'range']);
  const alternative = readAlternative(fn, opts.alternative);
  const confidence = readConfidence(fn, opts.confidence);
  const s = readPairs(fn, pre, post, readRange(fn, opts.range));
  return pairedTFromPairs(fn, s, alternative, confidence);
}
