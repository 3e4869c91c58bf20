import { checkDf, checkPoint, checkProbability, finiteQuantile } from './_internal/distributionArgs';
import { betaTail } from './_internal/incompleteBeta';
import { gammaTail } from './_internal/incompleteGamma';
import { betaQuantileOut, betaQuantileParts, gammaQuantile } from './_internal/inverse';

const INF = Number.POSITIVE_INFINITY;

/** P(F ≤ x) (`upper` false) or P(F > x) for x ≥ 0 and validated degrees of freedom. */
function fTail(x: number, df1: number, df2: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (x === INF) return upper ? 0 : 1;
  if (df1 === INF && df2 === INF) {
    // F = 1 with probability 1.
    return x < 1 ? (upper ? 1 : 0) : upper ? 0 : 1;
  }
  // df2 = ∞: F = χ²(ν1)/ν1; df1 = ∞: F = ν2/χ²(ν2).
  if (df2 === INF) return gammaTail(df1 / 2, (df1 * x) / 2, upper);
  if (df1 === INF) return gammaTail(df2 / 2, df2 / x / 2, !upper);
  // I_u(ν1/2, ν2/2) with u = ν1x/(ν1x + ν2) and 1 − u = ν2/(ν1x + ν2), both without cancellation.
  const nx = df1 * x;
  let u: number;
  let v: number;
  if (nx + df2 < INF) {
    const s = nx + df2;
    u = nx / s;
    v = df2 / s;
  } else {
    u = 1;
    v = df2 / df1 / x;
  }
  return betaTail(u, v, df1 / 2, df2 / 2, upper);
}

/**
 * Cumulative distribution function of the F distribution with (ν1, ν2) degrees of freedom: P(F ≤ x).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(F \le x) = I_{u}\!\left(\tfrac{\nu_1}{2}, \tfrac{\nu_2}{2}\right), \qquad u = \frac{\nu_1 x}{\nu_1 x + \nu_2}
 * ```
 * u and 1 − u = ν2/(ν1x + ν2) are both formed directly, and the incomplete beta is the same
 * continued-fraction evaluation as {@link betaCdf}. Degrees of freedom may be fractional (Welch's
 * ANOVA). ν2 = Infinity gives χ²(ν1)/ν1, ν1 = Infinity gives ν2/χ²(ν2), both infinite the point mass at 1.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.6.2.
 * - Press WH, Teukolsky SA, Vetterling WT, Flannery BP (2007). Numerical Recipes, 3rd ed., §6.4, eq. 6.14.11.
 * - DiDonato AR, Morris AH (1992). ACM TOMS 18(3):360–373. https://doi.org/10.1145/131766.131776
 *
 * @param x - the point (x ≤ 0 gives 0, Infinity gives 1)
 * @param df1 - numerator degrees of freedom ν1 > 0 (real, or Infinity)
 * @param df2 - denominator degrees of freedom ν2 > 0 (real, or Infinity)
 * @returns P(F ≤ x)
 * @throws {InvalidInputError} when x is NaN or not a number, or df1 or df2 is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { fCdf } from 'social-outcomes/stats';
 * fCdf(3.325834530413011, 2, 10) //=> 0.921889189381849
 * fCdf(1, 5, 5) //=> 0.5
 * fCdf(1, -2, 5) //=> throws InvalidInputError
 * ```
 */
export function fCdf(x: number, df1: number, df2: number): number {
  const fn = 'fCdf';
  checkPoint(fn, 'x', x);
  df1 = checkDf(fn, 'df1', df1, true); // above 1e15: the limiting distribution
  df2 = checkDf(fn, 'df2', df2, true); // above 1e15: the limiting distribution
  return fTail(x, df1, df2, false);
}

/**
 * Survival function of the F distribution with (ν1, ν2) degrees of freedom: P(F > x), computed
 * directly (the p-value of an F test).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(F > x) = I_{1-u}\!\left(\tfrac{\nu_2}{2}, \tfrac{\nu_1}{2}\right), \qquad 1 - u = \frac{\nu_2}{\nu_1 x + \nu_2}
 * ```
 * Same evaluation as {@link fCdf} with the tails exchanged, so small p-values keep full relative precision.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.6.2.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.4.
 *
 * @param x - the point (x ≤ 0 gives 1, Infinity gives 0)
 * @param df1 - numerator degrees of freedom ν1 > 0 (real, or Infinity)
 * @param df2 - denominator degrees of freedom ν2 > 0 (real, or Infinity)
 * @returns P(F > x)
 * @throws {InvalidInputError} when x is NaN or not a number, or df1 or df2 is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { fSf } from 'social-outcomes/stats';
 * fSf(4.102821015130399, 2, 10) //=> 0.05
 * fSf(50, 3, 40) //=> 1.34433926664e-13
 * ```
 */
export function fSf(x: number, df1: number, df2: number): number {
  const fn = 'fSf';
  checkPoint(fn, 'x', x);
  df1 = checkDf(fn, 'df1', df1, true); // above 1e15: the limiting distribution
  df2 = checkDf(fn, 'df2', df2, true); // above 1e15: the limiting distribution
  return fTail(x, df1, df2, true);
}

/**
 * Quantile function of the F distribution with (ν1, ν2) degrees of freedom: the x with P(F ≤ x) = p.
 *
 * @remarks
 * **Formula**
 * ```tex
 * x_p = \frac{\nu_2\, u}{\nu_1 (1 - u)}, \qquad I_u\!\left(\tfrac{\nu_1}{2}, \tfrac{\nu_2}{2}\right) = p
 * ```
 * u is found by the incomplete-beta inversion of {@link betaQuantile}, which returns u and 1 − u
 * each to full relative precision, so the ratio does not lose digits when u is close to 1.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.6.2.
 * - Cran GW, Martin KJ, Thomas GE (1977). Remark AS R19 and Algorithm AS 109. Applied Statistics
 *   26(1):111–114. https://doi.org/10.2307/2346887
 *
 * @param p - probability in [0, 1]; 0 gives 0 and 1 gives Infinity
 * @param df1 - numerator degrees of freedom ν1 > 0 (real, or Infinity)
 * @param df2 - denominator degrees of freedom ν2 > 0 (real, or Infinity)
 * @returns the p-quantile
 * @throws {InvalidInputError} when p is NaN or outside [0, 1], or df1 or df2 is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { fQuantile } from 'social-outcomes/stats';
 * fQuantile(0.95, 2, 10) //=> 4.10282101513040
 * fQuantile(0.5, 5, 5) //=> 1.000000000000000
 * fQuantile(2, 1, 1) //=> throws InvalidInputError
 * ```
 */
export function fQuantile(p: number, df1: number, df2: number): number {
  const fn = 'fQuantile';
  checkProbability(fn, 'p', p);
  df1 = checkDf(fn, 'df1', df1, true); // above 1e15: the limiting distribution
  df2 = checkDf(fn, 'df2', df2, true); // above 1e15: the limiting distribution
  if (p === 0) return 0;
  if (p === 1) return INF;
  if (df1 === INF && df2 === INF) return 1;
  if (df2 === INF) return (2 * gammaQuantile(p, df1 / 2, true)) / df1;
  if (df1 === INF) return df2 / (2 * gammaQuantile(p, df2 / 2, false));
  betaQuantileParts(p, df1 / 2, df2 / 2, true);
  const u = betaQuantileOut[0] as number;
  const v = betaQuantileOut[1] as number;
  if (v === 0) return finiteQuantile(fn, INF, p);
  return finiteQuantile(fn, (df2 / df1) * (u / v), p);
}
