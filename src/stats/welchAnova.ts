import { InsufficientDataError, InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { finiteArray, finiteNumber, finiteResult, integerInRange, numberInRange, type NumericArray } from '../_internal/validate';
import { fSf } from './fDistribution';
import { moments, momentsOf } from './moments';
import type { MeanSummary } from './tInterval';

/** Result of {@link welchAnova}, field for field R's `oneway.test(var.equal = FALSE)`. */
export interface WelchAnovaResult {
  /** Welch's F statistic. */
  readonly statistic: number;
  /** Numerator degrees of freedom k − 1. */
  readonly df1: number;
  /** Denominator degrees of freedom 1/(3·A) (not an integer in general). */
  readonly df2: number;
  /** Upper-tail p-value P(F_{df1, df2} ≥ F). */
  readonly pValue: number;
  /** Total number of observations. */
  readonly n: number;
  /** Number of observations in each group. */
  readonly groupSizes: number[];
  /** Mean of each group. */
  readonly means: number[];
  /** Precision-weighted grand mean Σ w_i x̄_i / Σ w_i. */
  readonly weightedMean: number;
}

function core(fn: string, sizes: number[], means: number[], variances: number[], pathOf: (i: number) => Array<string | number>): WelchAnovaResult {
  const k = sizes.length;
  variances.forEach((v, i) => {
    if (!(v > 0)) {
      throw new InsufficientDataError({ code: 'zero-variance', message: `${fn} requires every group to vary (group ${i} has variance ${describeValue(v)})`, path: pathOf(i) });
    }
  });
  const w = sizes.map((n, i) => n / (variances[i] as number));
  const sw = w.reduce((s, v) => s + v, 0);
  let a = 0;
  let m = 0;
  for (let i = 0; i < k; i++) {
    const r = 1 - (w[i] as number) / sw;
    a += (r * r) / ((sizes[i] as number) - 1);
    m += (w[i] as number) * (means[i] as number);
  }
  a /= k * k - 1;
  m /= sw;
  let ss = 0;
  for (let i = 0; i < k; i++) ss += (w[i] as number) * ((means[i] as number) - m) ** 2;
  const statistic = ss / ((k - 1) * (1 + 2 * (k - 2) * a));
  const df1 = k - 1;
  const df2 = 1 / (3 * a);
  // finiteResult: means near ±1e308 (or variances near 5e-324) overflow the weighted mean and the statistic;
  // refuse them with this function's name rather than return ±Infinity or fail inside fSf
  finiteResult(fn, { statistic, df2, weightedMean: m });
  return finiteResult(fn, { statistic, df1, df2, pValue: fSf(statistic, df1, df2), n: sizes.reduce((s, v) => s + v, 0), groupSizes: sizes, means, weightedMean: m });
}

/**
 * Welch's one-way analysis of means for k groups without assuming equal variances.
 *
 * @remarks
 * Compares k group means when the groups' variances may differ, as change scores across protected
 * characteristics often do. Each group is weighted by n_i / s²_i; the statistic is referred to an F
 * distribution with Welch's approximate denominator degrees of freedom. With k = 2 it gives the same p-value as
 * {@link welchTTest} (F = t²).
 *
 * **Formula**
 * ```tex
 * w_i = \frac{n_i}{s_i^2},\quad \tilde x = \frac{\sum w_i \bar x_i}{\sum w_i},\quad
 * A = \frac{1}{k^2 - 1}\sum_i \frac{(1 - w_i/\sum w)^2}{n_i - 1},\quad
 * F = \frac{\sum_i w_i (\bar x_i - \tilde x)^2}{(k-1)\,(1 + 2(k-2)A)},\quad
 * \nu_1 = k - 1,\ \nu_2 = \frac{1}{3A}
 * ```
 * Equal to R 4.2.2 `oneway.test(y ~ g, var.equal = FALSE)` and scipy 1.17 `f_oneway(*groups, equal_var=False)`
 * (relative error below 1e-10 in the fixtures).
 *
 * **References**
 * Welch BL (1951). On the comparison of several mean values: an alternative approach. *Biometrika*
 * 38(3–4):330–336. https://doi.org/10.1093/biomet/38.3-4.330
 *
 * @param groups - k ≥ 2 arrays of finite numbers, each with at least two values that are not all equal
 * @returns F, its two degrees of freedom, the p-value, group sizes and means
 * @throws {InvalidInputError} when groups is not an array of arrays of finite numbers, or values near ±1e308 overflow the statistic
 * @throws {InsufficientDataError} when there are fewer than 2 groups, a group has fewer than 2 values, or a group has zero variance
 * @example
 * ```ts
 * import { welchAnova } from 'social-outcomes/stats';
 * const r = welchAnova([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
 * r.statistic //=> 0.3919
 * r.df2 //=> 5.5187
 * r.pValue //=> 0.6932
 * welchAnova([[1, 2], [3, 3]]) //=> throws InsufficientDataError
 * ```
 */
export function welchAnova(groups: ReadonlyArray<NumericArray>): WelchAnovaResult {
  const fn = 'welchAnova';
  if (!Array.isArray(groups)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires groups to be an array of arrays of numbers (got ${describeValue(groups)})`, path: ['groups'] });
  }
  if (groups.length < 2) {
    throw new InsufficientDataError({ code: groups.length === 0 ? 'empty-input' : 'too-few-observations', message: `${fn} requires at least 2 groups (got ${groups.length})`, path: ['groups'] });
  }
  const sizes: number[] = [];
  const means: number[] = [];
  const variances: number[] = [];
  Array.from(groups).forEach((g, i) => { // Array.from turns holes into undefined (forEach skips them)
    const x = finiteArray(fn, `groups[${i}]`, g, ['groups', i]);
    if (x.length < 2) {
      throw new InsufficientDataError({ code: x.length === 0 ? 'empty-group' : 'too-few-observations', message: `${fn} requires at least 2 values in every group (group ${i} has ${x.length})`, path: ['groups', i] });
    }
    const m = moments.finalize(momentsOf(x));
    sizes.push(m.n);
    means.push(m.mean);
    variances.push(m.variance as number);
  });
  return core(fn, sizes, means, variances, (i) => ['groups', i]);
}

/**
 * Welch's one-way analysis of means from summary statistics (n, mean, standard deviation of each group).
 *
 * @remarks
 * The same test as {@link welchAnova}, for published summaries or for group means merged from
 * {@link moments} states.
 *
 * **Formula**
 * ```tex
 * w_i = \frac{n_i}{s_i^2},\quad
 * F = \frac{\sum_i w_i (\bar x_i - \tilde x)^2}{(k-1)\,(1 + 2(k-2)A)},\quad \nu_2 = \frac{1}{3A}
 * ```
 *
 * **References**
 * Welch BL (1951). On the comparison of several mean values: an alternative approach. *Biometrika*
 * 38(3–4):330–336. https://doi.org/10.1093/biomet/38.3-4.330
 *
 * @param summaries - k ≥ 2 group summaries: n (integer ≥ 2), mean, sd (> 0, divisor n − 1)
 * @returns F, its two degrees of freedom, the p-value, group sizes and means
 * @throws {InvalidInputError} when a summary is not an object of finite numbers, n is not an integer, or sd is negative, or means near ±1e308 overflow the statistic
 * @throws {InsufficientDataError} when there are fewer than 2 groups, n < 2, or an sd is zero
 * @example
 * ```ts
 * import { welchAnovaFromSummary } from 'social-outcomes/stats';
 * welchAnovaFromSummary([{ n: 30, mean: 5.2, sd: 3.1 }, { n: 45, mean: 3.9, sd: 4.0 }, { n: 12, mean: 6.8, sd: 2.2 }]).pValue //=> 0.0082
 * ```
 */
export function welchAnovaFromSummary(summaries: ReadonlyArray<MeanSummary>): WelchAnovaResult {
  const fn = 'welchAnovaFromSummary';
  if (!Array.isArray(summaries)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires summaries to be an array of {n, mean, sd} (got ${describeValue(summaries)})`, path: ['summaries'] });
  }
  if (summaries.length < 2) {
    throw new InsufficientDataError({ code: summaries.length === 0 ? 'empty-input' : 'too-few-observations', message: `${fn} requires at least 2 groups (got ${summaries.length})`, path: ['summaries'] });
  }
  const sizes: number[] = [];
  const means: number[] = [];
  const variances: number[] = [];
  Array.from(summaries as unknown[]).forEach((s, i) => { // Array.from turns holes into undefined (forEach skips them)
    if (s === null || typeof s !== 'object' || Array.isArray(s)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each summary to be an object {n, mean, sd} (got ${describeValue(s)})`, path: ['summaries', i] });
    }
    const o = s as Record<string, unknown>;
    const n = integerInRange(fn, `summaries[${i}].n`, o.n, { min: 0 }, ['summaries', i, 'n']);
    if (n < 2) {
      throw new InsufficientDataError({ code: 'too-few-observations', message: `${fn} requires n >= 2 in every group (group ${i} has ${n})`, path: ['summaries', i, 'n'] });
    }
    means.push(finiteNumber(fn, `summaries[${i}].mean`, o.mean, ['summaries', i, 'mean']));
    const sd = numberInRange(fn, `summaries[${i}].sd`, o.sd, { min: 0 }, ['summaries', i, 'sd']);
    sizes.push(n);
    variances.push(sd * sd);
  });
  return core(fn, sizes, means, variances, (i) => ['summaries', i, 'sd']);
}
