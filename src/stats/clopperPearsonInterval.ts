import { confidenceLevel, optionsObject } from '../_internal/validate';
import { betaQuantile } from './beta';
import type { ConfidenceOptions, Interval } from './interval';
import { successesOutOfTrials } from './_internal/proportionInput';

/**
 * Clopper–Pearson ("exact") confidence interval for a binomial proportion x/n.
 *
 * @remarks
 * The limits are the values of p at which the binomial tail probabilities of the observed x equal α/2, which
 * is a beta quantile. The interval guarantees coverage of at least the nominal level for every p, so it is
 * conservative (wider than {@link wilsonInterval} on average); use it where a guarantee is required.
 *
 * **Formula**
 * ```tex
 * \alpha = 1 - \gamma\\
 * L = \begin{cases}0 & x = 0\\ (\alpha/2)^{1/n} & x = n\\ B^{-1}(\alpha/2;\; x,\; n - x + 1) & \text{otherwise}\end{cases}
 * \qquad
 * U = \begin{cases}1 & x = n\\ 1 - (\alpha/2)^{1/n} & x = 0\\ B^{-1}(1 - \alpha/2;\; x + 1,\; n - x) & \text{otherwise}\end{cases}
 * ```
 * where B⁻¹(p; a, b) is the quantile of the Beta(a, b) distribution ({@link betaQuantile}). The closed forms at
 * x = 0 and x = n are the same quantiles in closed form (computed with `expm1`/`exp` of log(α/2)/n).
 * Equal to R `binom.test(x, n, conf.level = γ)$conf.int` and to scipy
 * `binomtest(x, n).proportion_ci(γ, method = 'exact')`.
 *
 * **References**
 * - Clopper CJ, Pearson ES (1934). The use of confidence or fiducial limits illustrated in the case of the
 *   binomial. *Biometrika* 26(4):404–413. https://doi.org/10.1093/biomet/26.4.404
 * - Newcombe RG (1998a). Two-sided confidence intervals for the single proportion: comparison of seven
 *   methods. *Statistics in Medicine* 17(8):857–872, method 5.
 *
 * @param x - number of successes, an integer in [0, n]
 * @param n - number of trials, a positive integer
 * @param options - confidence level
 * @returns the proportion x/n with its exact limits; `method` is `'clopper-pearson'`
 * @throws {InvalidInputError} when x or n is not a non-negative integer, x > n, or the confidence is not in (0, 1)
 * @throws {InsufficientDataError} when n = 0
 * @example
 * ```ts
 * import { clopperPearsonInterval } from 'social-outcomes/stats';
 * clopperPearsonInterval(7, 50) //=> { estimate: 0.14, lower: 0.0581917, upper: 0.2673960, method: 'clopper-pearson' }
 * clopperPearsonInterval(0, 20).upper //=> 0.1684335
 * clopperPearsonInterval(-1, 20) //=> throws InvalidInputError
 * ```
 */
export function clopperPearsonInterval(x: number, n: number, options?: ConfidenceOptions): Interval {
  const fn = 'clopperPearsonInterval';
  const opts = optionsObject(fn, options, ['confidence']);
  const [successes, trials] = successesOutOfTrials(fn, x, n);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const halfAlpha = (1 - confidence) / 2;
  let lower: number;
  let upper: number;
  if (successes === 0) {
    lower = 0;
    upper = -Math.expm1(Math.log(halfAlpha) / trials);
  } else if (successes === trials) {
    lower = Math.exp(Math.log(halfAlpha) / trials);
    upper = 1;
  } else {
    lower = betaQuantile(halfAlpha, successes, trials - successes + 1);
    upper = betaQuantile(1 - halfAlpha, successes + 1, trials - successes);
  }
  return { estimate: successes / trials, lower, upper, confidence, method: 'clopper-pearson' };
}
