import { optionsObject } from '../_internal/validate';
import { readPairs, readRange } from './_internal/pairs';
import { effectFromPairs } from './_internal/effectCore';
import { readConfidence } from './_internal/options';
import type { ConfidenceBounds, ScoreRange } from './types';

/** Options of {@link effectSizes}. */
export interface EffectSizesOptions {
  /**
   * Confidence level of the interval for d_z.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /** Possible scores of the instrument; a score outside it is an error. */
  readonly range?: ScoreRange;
}

/** Result of {@link effectSizes}: every standardised mean change of a pre-post design, each named by its denominator. */
export interface EffectSizesResult {
  /** Number of pairs. */
  readonly n: number;
  /** Mean change, mean(post − pre). */
  readonly meanDifference: number;
  /** SD of the changes (divisor n − 1). */
  readonly sdDifference: number;
  /** SD of the pre scores. */
  readonly sdPre: number;
  /** SD of the post scores. */
  readonly sdPost: number;
  /** Pearson correlation of pre and post. */
  readonly r: number;
  /** Cohen's d_z = mean change / SD of changes (Lakens 2013; = t/√n). */
  readonly dz: number;
  /** d_rm = d_z·√(2(1 − r)) (Lakens 2013; Morris & DeShon 2002): the "repeated measures" d corrected for r. */
  readonly drm: number;
  /** d_av as Lakens (2013) defines it: mean change / ((SD_pre + SD_post)/2), the arithmetic mean of the SDs. */
  readonly davLakens: number;
  /**
   * d_av as Cumming (2012) and R effectsize (`repeated_measures_d(method = "av")`) / pingouin (`paired = TRUE`)
   * define it: mean change / √((SD_pre² + SD_post²)/2), the root mean variance. Differs from {@link EffectSizesResult.davLakens}
   * whenever SD_pre ≠ SD_post.
   */
  readonly davCumming: number;
  /** Alias of {@link EffectSizesResult.davLakens} (Lakens' mean of SDs), kept because the issue names the field `dav`. */
  readonly dav: number;
  /** Becker's d_b: mean change / SD_pre (standardised by the baseline SD, as in a Glass-type d; Becker 1988). */
  readonly db: number;
  /** Hedges' exact small-sample correction J(n − 1) = Γ(ν/2)/(√(ν/2)Γ((ν − 1)/2)), ν = n − 1. */
  readonly J: number;
  /** Hedges' g_av = J(n − 1)·d_av (Lakens' d_av, exact J with ν = n − 1, as effectsize's `adjust = TRUE`). */
  readonly gav: number;
  /**
   * g_av exactly as Lakens (2013) computes it in his worked example: d_av·(1 − 3/(4(n₁ + n₂) − 9)) with n₁ = n₂ = n,
   * Hedges' approximation for two independent groups that Lakens applies to g_av. Reported to reproduce published figures.
   */
  readonly gavLakens: number;
  /** Exact confidence interval for d_z by inversion of the non-central t distribution (method `'noncentral-t'`). */
  readonly dzCi: ConfidenceBounds;
}

/**
 * Standardised mean changes of a pre-post design (d_z, d_rm, both meanings of d_av, d_b, Hedges' g_av) with an exact
 * confidence interval for d_z.
 *
 * @remarks
 * Users are repeatedly confused by which paired d a tool reports (R effectsize #372, JASP #38, #1144), so every
 * variant is returned under a name that says its denominator. The two published meanings of d_av differ:
 * Lakens (2013) divides by the mean of the two SDs (`davLakens`, also returned as `dav`), Cumming (2012), R effectsize
 * and pingouin by the root mean variance (`davCumming`).
 *
 * The interval for d_z inverts the non-central t distribution of t = d_z·√n with ν = n − 1 (Steiger & Fouladi 1997;
 * as MBESS `conf.limits.nct` and MOTE), not the normal approximation of effectsize. Hedges' J is exact (log-gamma).
 *
 * Worked example (Lakens 2013, movie ratings of Table 1; values in the section on within-subjects designs):
 * t(9) = 4.74, d_z = 1.50, d_av = 1.13, g_av = 1.08 (Lakens' approximation, `gavLakens`), r = 0.726.
 *
 * **Formula**
 * ```tex
 * d_z = \frac{\bar d}{s_d},\quad
 * d_{rm} = d_z\sqrt{2(1-r)},\quad
 * d_{av}^{L} = \frac{\bar d}{(s_1 + s_2)/2},\quad
 * d_{av}^{C} = \frac{\bar d}{\sqrt{(s_1^2 + s_2^2)/2}},\quad
 * d_b = \frac{\bar d}{s_1},\\
 * J(\nu) = \frac{\Gamma(\nu/2)}{\sqrt{\nu/2}\,\Gamma((\nu-1)/2)},\ \nu = n - 1,\quad g_{av} = J\,d_{av}^{L},\quad
 * g_{av}^{L} = d_{av}^{L}\left(1 - \frac{3}{8n - 9}\right),\\
 * F_{t'}(d_z\sqrt n;\ \nu, \delta_L) = 1 - \tfrac{\alpha}{2},\quad F_{t'}(d_z\sqrt n;\ \nu, \delta_U) = \tfrac{\alpha}{2},\quad
 * \text{CI} = [\delta_L, \delta_U]/\sqrt n
 * ```
 *
 * **References**
 * - Lakens D (2013). Calculating and reporting effect sizes to facilitate cumulative science: a practical primer for
 *   t-tests and ANOVAs. *Frontiers in Psychology* 4:863, section "Cohen's d in one-sample or correlated samples comparisons" and Table 1. https://doi.org/10.3389/fpsyg.2013.00863
 * - Cumming G (2012). *Understanding the New Statistics*. Routledge, ch. 8 (d_av with the root mean variance).
 * - Morris SB, DeShon RP (2002). Combining effect size estimates in meta-analysis with repeated measures and
 *   independent-groups designs. *Psychological Methods* 7(1):105–125. https://doi.org/10.1037/1082-989X.7.1.105
 * - Becker BJ (1988). Synthesizing standardized mean-change measures. *Br J Math Stat Psychol* 41(2):257–278.
 *   https://doi.org/10.1111/j.2044-8317.1988.tb00901.x
 * - Hedges LV (1981). Distribution theory for Glass's estimator of effect size and related estimators. *Journal of
 *   Educational Statistics* 6(2):107–128, eq. 6b (exact J). https://doi.org/10.3102/10769986006002107
 * - Steiger JH, Fouladi RT (1997). Noncentrality interval estimation and the evaluation of statistical models.
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - confidence, range
 * @returns every standardised mean change with its inputs (SDs, r, J) and the interval for d_z
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside `range`, or an option is invalid
 * @throws {InsufficientDataError} when there are fewer than 3 pairs (J(1) = 0), or the changes, pre or post scores
 *   do not vary (`zero-variance`)
 * @example
 * ```ts
 * import { effectSizes } from 'social-outcomes/change';
 * const movie2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7];
 * const movie1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9];
 * effectSizes(movie2, movie1) //=> { dz: 1.50, davLakens: 1.13, gavLakens: 1.08, r: 0.726 }
 * effectSizes([1, 2], [2, 4]) //=> throws InsufficientDataError
 * ```
 */
export function effectSizes(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: EffectSizesOptions): EffectSizesResult {
  const fn = 'effectSizes';
  const opts = optionsObject(fn, options, ['confidence', 'range']);
  const confidence = readConfidence(fn, opts.confidence);
  const s = readPairs(fn, pre, post, readRange(fn, opts.range));
  return effectFromPairs(fn, s, confidence);
}
