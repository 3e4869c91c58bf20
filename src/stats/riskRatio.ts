import { confidenceLevel, oneOf, optionsObject } from '../_internal/validate';
import { normalQuantile } from './normal';
import { successesOutOfTrials } from './_internal/proportionInput';

/** Options of {@link riskRatio} and {@link oddsRatio}. */
export interface RatioIntervalOptions {
  /**
   * Two-sided confidence level, strictly between 0 and 1.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * When to add 0.5 to every cell of the 2×2 table (the Haldane–Anscombe correction): `'auto'` only when a
   * cell is zero (where the log ratio or its variance is infinite), `'always'` in every case.
   *
   * @defaultValue 'auto'
   */
  readonly correction?: 'auto' | 'always';
}

/** A ratio (risk ratio or odds ratio) with a log-scale confidence interval. */
export interface RatioInterval {
  /** The ratio (computed from the corrected cells when `corrected`). */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Two-sided confidence level. */
  readonly confidence: number;
  /** Standard error of the log ratio. */
  readonly logStandardError: number;
  /** Whether 0.5 was added to every cell (Haldane–Anscombe). */
  readonly corrected: boolean;
  /** `'katz-log'` for the risk ratio, `'woolf-logit'` for the odds ratio. */
  readonly method: 'katz-log' | 'woolf-logit';
}

/** The four cells a, b, c, d of the 2×2 table, corrected if asked or needed. */
function ratioCells(fn: string, x1: number, n1: number, x2: number, n2: number, options: RatioIntervalOptions | undefined): { a: number; b: number; c: number; d: number; corrected: boolean; z: number; confidence: number } {
  const opts = optionsObject(fn, options, ['confidence', 'correction']);
  const [a0, t1] = successesOutOfTrials(fn, x1, n1, 'x1', 'n1');
  const [c0, t2] = successesOutOfTrials(fn, x2, n2, 'x2', 'n2');
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const mode = opts.correction === undefined ? 'auto' : oneOf(fn, 'correction', opts.correction, ['auto', 'always'] as const);
  const b0 = t1 - a0;
  const d0 = t2 - c0;
  const corrected = mode === 'always' || a0 === 0 || b0 === 0 || c0 === 0 || d0 === 0;
  const h = corrected ? 0.5 : 0;
  return { a: a0 + h, b: b0 + h, c: c0 + h, d: d0 + h, corrected, z: normalQuantile((1 + confidence) / 2), confidence };
}

/**
 * Risk ratio (relative risk) of two independent proportions, x1/n1 ÷ x2/n2, with Katz's log confidence interval.
 *
 * @remarks
 * The "X times as likely" figure of disparity reporting (e.g. group versus reference). The interval is
 * symmetric on the log scale. When any cell of the 2×2 table is zero the log ratio or its variance is infinite,
 * so 0.5 is added to every cell (Haldane–Anscombe), the estimate is then the corrected one, and `corrected` says so.
 *
 * **Formula**
 * ```tex
 * \widehat{RR} = \frac{a/n_1}{c/n_2},\qquad
 * \mathrm{SE}(\ln \widehat{RR}) = \sqrt{\frac1a - \frac1{n_1} + \frac1c - \frac1{n_2}},\qquad
 * \exp\!\left(\ln \widehat{RR} \pm z_{1-\alpha/2}\, \mathrm{SE}\right)
 * ```
 * with a = x1, c = x2 (each cell + 0.5 and each n + 1 when corrected). Equal to scipy 1.17
 * `relative_risk(x1, n1, x2, n2).confidence_interval()` for tables without zero cells (relative error below 1e-10).
 *
 * **References**
 * Katz D, Baptista J, Azen SP, Pike MC (1978). Obtaining confidence intervals for the risk ratio in cohort
 * studies. *Biometrics* 34(3):469–474. https://doi.org/10.2307/2530610
 * Altman DG, Machin D, Bryant TN, Gardner MJ (2000). *Statistics with Confidence*, 2nd edn. BMJ Books, chapter 7.
 * Deeks JJ, Higgins JPT (2010). Statistical algorithms in Review Manager 5, section 1.1.2 (0.5 added to every
 * cell when one is zero). https://training.cochrane.org/handbook/statistical-methods-revman5
 *
 * @param x1 - events in the group, an integer in [0, n1]
 * @param n1 - size of the group, a positive integer
 * @param x2 - events in the reference group, an integer in [0, n2]
 * @param n2 - size of the reference group, a positive integer
 * @param options - confidence level and correction (see {@link RatioIntervalOptions})
 * @returns the risk ratio with its limits, the SE of its log, and whether the 0.5 correction was applied
 * @throws {InvalidInputError} when a count is not a non-negative integer, x1 > n1 or x2 > n2, or an option is invalid
 * @throws {InsufficientDataError} when n1 = 0 or n2 = 0
 * @example
 * ```ts
 * import { riskRatio } from 'social-outcomes/stats';
 * riskRatio(56, 70, 48, 80) //=> { estimate: 1.3333, lower: 1.076626, upper: 1.651249, corrected: false }
 * riskRatio(0, 20, 5, 25).corrected //=> true
 * riskRatio(3, 2, 1, 10) //=> throws InvalidInputError
 * ```
 */
export function riskRatio(x1: number, n1: number, x2: number, n2: number, options?: RatioIntervalOptions): RatioInterval {
  const { a, b, c, d, corrected, z, confidence } = ratioCells('riskRatio', x1, n1, x2, n2, options);
  const m1 = a + b;
  const m2 = c + d;
  const estimate = (a / m1) / (c / m2);
  const se = Math.sqrt(1 / a - 1 / m1 + 1 / c - 1 / m2);
  const log = Math.log(estimate);
  return { estimate, lower: Math.exp(log - z * se), upper: Math.exp(log + z * se), confidence, logStandardError: se, corrected, method: 'katz-log' };
}

/**
 * Odds ratio of two independent proportions, (x1/(n1 − x1)) ÷ (x2/(n2 − x2)), with Woolf's logit confidence interval.
 *
 * @remarks
 * The sample (unconditional maximum-likelihood) odds ratio, with the interval symmetric on the log scale.
 * When any cell of the 2×2 table is zero, 0.5 is added to every cell (the Haldane–Anscombe correction); the
 * estimate is then the corrected one and `corrected` says so. For small counts, Fisher's exact test is the
 * better test of OR = 1.
 *
 * **Formula**
 * ```tex
 * \widehat{OR} = \frac{a d}{b c},\qquad
 * \mathrm{SE}(\ln \widehat{OR}) = \sqrt{\frac1a + \frac1b + \frac1c + \frac1d},\qquad
 * \exp\!\left(\ln \widehat{OR} \pm z_{1-\alpha/2}\, \mathrm{SE}\right)
 * ```
 * with a = x1, b = n1 − x1, c = x2, d = n2 − x2 (each + 0.5 when corrected). Equal to scipy 1.17
 * `odds_ratio([[a, b], [c, d]], kind='sample').confidence_interval()` for tables without zero cells
 * (relative error below 1e-10).
 *
 * **References**
 * Woolf B (1955). On estimating the relation between blood group and disease. *Annals of Human Genetics*
 * 19(4):251–253. https://doi.org/10.1111/j.1469-1809.1955.tb01348.x
 * Haldane JBS (1956). The estimation and significance of the logarithm of a ratio of frequencies. *Annals of
 * Human Genetics* 20(4):309–311. https://doi.org/10.1111/j.1469-1809.1955.tb01285.x
 * Anscombe FJ (1956). On estimating binomial response relations. *Biometrika* 43(3–4):461–464.
 * https://doi.org/10.1093/biomet/43.3-4.461
 *
 * @param x1 - events in the group, an integer in [0, n1]
 * @param n1 - size of the group, a positive integer
 * @param x2 - events in the reference group, an integer in [0, n2]
 * @param n2 - size of the reference group, a positive integer
 * @param options - confidence level and correction (see {@link RatioIntervalOptions})
 * @returns the odds ratio with its limits, the SE of its log, and whether the 0.5 correction was applied
 * @throws {InvalidInputError} when a count is not a non-negative integer, x1 > n1 or x2 > n2, or an option is invalid
 * @throws {InsufficientDataError} when n1 = 0 or n2 = 0
 * @example
 * ```ts
 * import { oddsRatio } from 'social-outcomes/stats';
 * oddsRatio(56, 70, 48, 80) //=> { estimate: 2.6667, lower: 1.276218, upper: 5.572020, corrected: false }
 * oddsRatio(0, 20, 5, 25) //=> { estimate: 0.0909, corrected: true }
 * ```
 */
export function oddsRatio(x1: number, n1: number, x2: number, n2: number, options?: RatioIntervalOptions): RatioInterval {
  const { a, b, c, d, corrected, z, confidence } = ratioCells('oddsRatio', x1, n1, x2, n2, options);
  const estimate = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const log = Math.log(estimate);
  return { estimate, lower: Math.exp(log - z * se), upper: Math.exp(log + z * se), confidence, logStandardError: se, corrected, method: 'woolf-logit' };
}
