import { InsufficientDataError, InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { atLeast, confidenceLevel, finiteArray, finiteNumber, integerInRange, numberInRange, oneOf, optionsObject, optionPath, type NumericArray } from '../_internal/validate';
import { moments, momentsOf } from './moments';
import { studentTCdf, studentTQuantile, studentTSf } from './studentT';
import type { MeanSummary } from './tInterval';

type Alternative = 'two-sided' | 'less' | 'greater';

/** Options of {@link welchTTest} and {@link welchTTestFromSummary}. */
export interface WelchTTestOptions {
  /**
   * Alternative hypothesis about μx − μy − mu: `'two-sided'` (≠ 0), `'less'` (< 0) or `'greater'` (> 0).
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: 'two-sided' | 'less' | 'greater';
  /**
   * Confidence level of the interval for μx − μy, strictly between 0 and 1.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * Hypothesised difference μx − μy under the null.
   *
   * @defaultValue 0
   */
  readonly mu?: number;
}

/** A confidence interval for a difference of means; one-sided intervals have an infinite limit. */
export interface MeanDifferenceInterval {
  /** Lower limit (`-Infinity` for `alternative: 'less'`). */
  readonly lower: number;
  /** Upper limit (`Infinity` for `alternative: 'greater'`). */
  readonly upper: number;
  /** Confidence level. */
  readonly confidence: number;
}

/** Result of {@link welchTTest}, field for field R's `t.test(x, y)` (Welch). */
export interface WelchTTestResult {
  /** The t statistic (x̄ − ȳ − mu) / SE. */
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  readonly df: number;
  /** p-value under the chosen alternative. */
  readonly pValue: number;
  /** Mean of x. */
  readonly meanX: number;
  /** Mean of y. */
  readonly meanY: number;
  /** Difference of means x̄ − ȳ. */
  readonly difference: number;
  /** Standard error of the difference, √(s²x/nx + s²y/ny). */
  readonly stderr: number;
  /** Confidence interval for μx − μy (R `conf.int`). */
  readonly confidenceInterval: MeanDifferenceInterval;
  /** Number of values in x. */
  readonly nX: number;
  /** Number of values in y. */
  readonly nY: number;
  /** The alternative tested. */
  readonly alternative: 'two-sided' | 'less' | 'greater';
  /** The null difference. */
  readonly mu: number;
  /** Always `'welch'`. */
  readonly method: 'welch';
}

const EPSILON = 2.220446049250313e-16;

interface ParsedOptions {
  readonly alternative: Alternative;
  readonly confidence: number;
  readonly mu: number;
}

function parseOptions(fn: string, options: WelchTTestOptions | undefined): ParsedOptions {
  const opts = optionsObject(fn, options, ['alternative', 'confidence', 'mu']);
  return {
    alternative: opts.alternative === undefined ? 'two-sided' : oneOf(fn, 'alternative', opts.alternative, ['two-sided', 'less', 'greater'] as const),
    confidence: opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence),
    mu: opts.mu === undefined ? 0 : finiteNumber(fn, 'mu', opts.mu, optionPath('mu')),
  };
}

/** The test from per-sample n, mean and variance (R `t.test.default`, `var.equal = FALSE`). */
function welchCore(fn: string, nx: number, mx: number, vx: number, ny: number, my: number, vy: number, o: ParsedOptions, scale = Math.max(Math.abs(mx), Math.abs(my))): WelchTTestResult {
  const sx2 = vx / nx;
  const sy2 = vy / ny;
  const stderr = Math.sqrt(sx2 + sy2);
  if (!(stderr >= 10 * EPSILON * scale) || stderr === 0) {
    throw new InsufficientDataError({
      code: 'zero-variance',
      message: `${fn} requires data that are not essentially constant (standard error ${describeValue(stderr)} against means of magnitude ${describeValue(scale)})`,
      path: [],
    });
  }
  const df = (sx2 + sy2) ** 2 / (sx2 ** 2 / (nx - 1) + sy2 ** 2 / (ny - 1));
  const t = (mx - my - o.mu) / stderr;
  let pValue: number;
  let lo: number;
  let hi: number;
  if (o.alternative === 'less') {
    pValue = studentTCdf(t, df);
    lo = Number.NEGATIVE_INFINITY;
    hi = o.mu + (t + studentTQuantile(o.confidence, df)) * stderr;
  } else if (o.alternative === 'greater') {
    pValue = studentTSf(t, df);
    lo = o.mu + (t - studentTQuantile(o.confidence, df)) * stderr;
    hi = Number.POSITIVE_INFINITY;
  } else {
    pValue = Math.min(1, 2 * studentTSf(Math.abs(t), df));
    const q = studentTQuantile(1 - (1 - o.confidence) / 2, df);
    lo = o.mu + (t - q) * stderr;
    hi = o.mu + (t + q) * stderr;
  }
  return {
    statistic: t,
    df,
    pValue,
    meanX: mx,
    meanY: my,
    difference: mx - my,
    stderr,
    confidenceInterval: { lower: lo, upper: hi, confidence: o.confidence },
    nX: nx,
    nY: ny,
    alternative: o.alternative,
    mu: o.mu,
    method: 'welch',
  };
}

/**
 * Welch's two-sample t-test for a difference of means without assuming equal variances.
 *
 * @remarks
 * The default two-sample test of R (`t.test(x, y)`) and of scipy with `equal_var=False`: each sample keeps its
 * own variance and the degrees of freedom come from the Welch–Satterthwaite equation. Means and variances come
 * from {@link momentsOf} after subtracting one common value from both samples, so the difference of two large,
 * close means keeps its precision. One-sided alternatives give a one-sided interval with an infinite limit, as R does.
 *
 * **Formula**
 * ```tex
 * t = \frac{\bar x - \bar y - \mu_0}{\sqrt{s_x^2/n_x + s_y^2/n_y}},\qquad
 * \nu = \frac{\left(s_x^2/n_x + s_y^2/n_y\right)^2}{\frac{(s_x^2/n_x)^2}{n_x - 1} + \frac{(s_y^2/n_y)^2}{n_y - 1}},\qquad
 * \text{CI} = \bar x - \bar y \pm t_{1-\alpha/2,\,\nu}\,\mathrm{SE}
 * ```
 * Equal to R 4.2.2 `t.test(x, y, alternative, mu, conf.level)` and scipy 1.17 `ttest_ind(x, y, equal_var=False)`
 * (relative error below 1e-10 in the fixtures).
 *
 * **References**
 * Welch BL (1947). The generalization of "Student's" problem when several different population variances are
 * involved. *Biometrika* 34(1–2):28–35. https://doi.org/10.1093/biomet/34.1-2.28
 * Satterthwaite FE (1946). An approximate distribution of estimates of variance components. *Biometrics
 * Bulletin* 2(6):110–114. https://doi.org/10.2307/3002019
 *
 * @param x - first sample: at least two finite numbers
 * @param y - second sample: at least two finite numbers
 * @param options - alternative, confidence level and null difference (see {@link WelchTTestOptions})
 * @returns the statistic, Welch df, p-value, means, difference with its interval, and standard error
 * @throws {InvalidInputError} when a sample is not an array of finite numbers or an option is invalid
 * @throws {InsufficientDataError} when a sample has fewer than two values, or both samples are essentially
 *   constant (standard error below 10·ε·max(|x̄|, |ȳ|), as in R)
 * @example
 * ```ts
 * import { welchTTest } from 'social-outcomes/stats';
 * const r = welchTTest([19.1, 21.3, 18.2, 24.6, 20.0], [15.2, 17.9, 16.4, 14.8]);
 * r.statistic //=> 3.4725
 * r.df //=> 6.4283
 * r.pValue //=> 0.01188
 * r.confidenceInterval //=> { lower: 1.3995, upper: 7.7305 }
 * welchTTest([1], [2, 3]) //=> throws InsufficientDataError
 * ```
 */
export function welchTTest(x: NumericArray, y: NumericArray, options?: WelchTTestOptions): WelchTTestResult {
  const fn = 'welchTTest';
  const o = parseOptions(fn, options);
  const xs = finiteArray(fn, 'x', x);
  const ys = finiteArray(fn, 'y', y);
  atLeast(fn, 'values in x', xs.length, 2, ['x']);
  atLeast(fn, 'values in y', ys.length, 2, ['y']);
  // Shift both samples by one common value (exact for data near it, by Sterbenz's lemma) so that the
  // difference of means keeps its digits when both means are large and close (e.g. 1e5 ± 0.01).
  const shift = xs[0] as number;
  for (let i = 0; i < xs.length; i++) xs[i] = (xs[i] as number) - shift;
  for (let i = 0; i < ys.length; i++) ys[i] = (ys[i] as number) - shift;
  const mx = moments.finalize(momentsOf(xs));
  const my = moments.finalize(momentsOf(ys));
  const meanX = mx.mean + shift;
  const meanY = my.mean + shift;
  const r = welchCore(fn, mx.n, mx.mean, mx.variance as number, my.n, my.mean, my.variance as number, o, Math.max(Math.abs(meanX), Math.abs(meanY)));
  return { ...r, meanX, meanY };
}

function checkSummary(fn: string, name: string, s: unknown): MeanSummary {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to be an object {n, mean, sd} (got ${describeValue(s)})`, path: [name] });
  }
  const o = s as Record<string, unknown>;
  const n = integerInRange(fn, `${name}.n`, o.n, { min: 0 }, [name, 'n']);
  const mean = finiteNumber(fn, `${name}.mean`, o.mean, [name, 'mean']);
  const sd = numberInRange(fn, `${name}.sd`, o.sd, { min: 0 }, [name, 'sd']);
  atLeast(fn, `observations (${name}.n)`, n, 2, [name, 'n']);
  return { n, mean, sd };
}

/**
 * Welch's two-sample t-test from summary statistics (n, mean, standard deviation of each sample).
 *
 * @remarks
 * The same test as {@link welchTTest}, for published summaries or for means merged from {@link moments} states.
 *
 * **Formula**
 * ```tex
 * t = \frac{\bar x - \bar y - \mu_0}{\sqrt{s_x^2/n_x + s_y^2/n_y}},\qquad
 * \nu = \frac{\left(s_x^2/n_x + s_y^2/n_y\right)^2}{\frac{(s_x^2/n_x)^2}{n_x - 1} + \frac{(s_y^2/n_y)^2}{n_y - 1}}
 * ```
 *
 * **References**
 * Welch BL (1947). The generalization of "Student's" problem when several different population variances are
 * involved. *Biometrika* 34(1–2):28–35. https://doi.org/10.1093/biomet/34.1-2.28
 *
 * @param x - summary of the first sample: n (integer ≥ 2), mean, sd (≥ 0, divisor n − 1)
 * @param y - summary of the second sample
 * @param options - alternative, confidence level and null difference (see {@link WelchTTestOptions})
 * @returns the statistic, Welch df, p-value, means, difference with its interval, and standard error
 * @throws {InvalidInputError} when a summary is not an object of finite numbers, n is not an integer, sd is negative, or an option is invalid
 * @throws {InsufficientDataError} when n < 2, or both standard deviations are (essentially) zero
 * @example
 * ```ts
 * import { welchTTestFromSummary } from 'social-outcomes/stats';
 * welchTTestFromSummary({ n: 30, mean: 5.2, sd: 3.1 }, { n: 45, mean: 3.9, sd: 4.0 }).pValue //=> 0.1182
 * ```
 */
export function welchTTestFromSummary(x: MeanSummary, y: MeanSummary, options?: WelchTTestOptions): WelchTTestResult {
  const fn = 'welchTTestFromSummary';
  const o = parseOptions(fn, options);
  const sx = checkSummary(fn, 'x', x);
  const sy = checkSummary(fn, 'y', y);
  return welchCore(fn, sx.n, sx.mean, sx.sd * sx.sd, sy.n, sy.mean, sy.sd * sy.sd, o);
}
