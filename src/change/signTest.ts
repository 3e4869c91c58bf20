import { optionsObject } from '../_internal/validate';
import { readPairs, readRange } from './_internal/pairs';
import { signFromPairs } from './_internal/signCore';
import { readAlternative, readConfidence } from './_internal/options';
import type { Alternative, ConfidenceBounds, ScoreRange } from './types';

/** Options of {@link signTest}. */
export interface SignTestOptions {
  /**
   * Alternative hypothesis: `'greater'` means more rises than falls (P(post > pre | post ≠ pre) > 1/2).
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: Alternative;
  /**
   * Confidence level of the Clopper–Pearson interval for the proportion of rises among non-zero changes.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /** Possible scores of the instrument; a score outside it is an error. */
  readonly range?: ScoreRange;
}

/** Result of {@link signTest}. */
export interface SignTestResult {
  /** Number of pairs. */
  readonly n: number;
  /** Number of non-zero changes (the binomial trials). */
  readonly nNonZero: number;
  /** Number of rises (post > pre), the statistic of R's `binom.test`. */
  readonly nPositive: number;
  /** Number of falls (post < pre). */
  readonly nNegative: number;
  /** Number of zero changes, left out of the test. */
  readonly zeros: number;
  /** The statistic: the number of rises. */
  readonly statistic: number;
  /** Exact binomial p-value. */
  readonly pValue: number;
  /** Always `'exact-binomial'`. */
  readonly method: 'exact-binomial';
  /** The alternative tested. */
  readonly alternative: Alternative;
  /** Proportion of rises among non-zero changes with its Clopper–Pearson interval (one-sided for one-sided alternatives, as in R). */
  readonly ci: ConfidenceBounds;
}

/**
 * Sign test of paired changes: the exact binomial test of the number of rises among the non-zero changes,
 * equal to R's `binom.test(sum(d > 0), sum(d != 0))`.
 *
 * @remarks
 * The sign test uses only the direction of each change, so it needs no assumption about distances between scale
 * points; that suits Outcomes Star readings, which Triangle describes as non-parametric (ordinal) data. Zero
 * changes carry no sign and are left out (and counted in `zeros`).
 *
 * **Formula**
 * ```tex
 * X = \#\{d_i > 0\} \sim \mathrm{Bin}(m, \tfrac12),\quad m = \#\{d_i \ne 0\},\qquad
 * p_{\text{two-sided}} = \min\{1,\; 2\min(P(X \le x), P(X \ge x))\}
 * ```
 *
 * **References**
 * - Dixon WJ, Mood AM (1946). The statistical sign test. *JASA* 41(236):557–566. https://doi.org/10.1080/01621459.1946.10501898
 * - Clopper CJ, Pearson ES (1934). The use of confidence or fiducial limits illustrated in the case of the binomial.
 *   *Biometrika* 26(4):404–413. https://doi.org/10.1093/biomet/26.4.404
 * - R Core Team. `binom.test` (stats, R 4.2.2).
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - alternative, confidence, range
 * @returns counts of rises, falls and zeros, the exact p-value and the interval for the proportion of rises
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside `range`, or an option is invalid
 * @throws {InsufficientDataError} when there are no pairs, or no non-zero change (`zero-variance`)
 * @example
 * ```ts
 * import { signTest } from 'social-outcomes/change';
 * signTest([3, 4, 2, 5, 6, 3, 4, 2], [5, 4, 3, 7, 6, 6, 5, 4]) //=> { nPositive: 6, nNegative: 0, zeros: 2, pValue: 0.03125 }
 * signTest([2, 2], [2, 2]) //=> throws InsufficientDataError
 * ```
 */
export function signTest(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: SignTestOptions): SignTestResult {
  const fn = 'signTest';
  const opts = optionsObject(fn, options, ['alternative', 'confidence', 'range']);
  const alternative = readAlternative(fn, opts.alternative);
  const confidence = readConfidence(fn, opts.confidence);
  const s = readPairs(fn, pre, post, readRange(fn, opts.range));
  return signFromPairs(fn, s, alternative, confidence);
}
