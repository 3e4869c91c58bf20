import { checkDf, checkPoint, checkProbability, finiteQuantile } from './_internal/distributionArgs';
import { logBeta } from './_internal/gamma';
import { betaTail } from './_internal/incompleteBeta';
import { betaQuantileOut, betaQuantileParts } from './_internal/inverse';
import { normalQuantileTail, normalTail } from './_internal/normalKernel';

/** ln(1e-280): below this x = ν/(ν + t²) is replaced by its leading-order power law. */
const LN_TINY_X = Math.log(1e-280);

/**
 * Tail probability of Student's t: P(T ≤ t) (`upper` false) or P(T > t), from
 * P(T ≤ −|t|) = ½ I_x(ν/2, ½) with x = ν/(ν + t²) and P(0 < T ≤ |t|) = ½ I_y(½, ν/2), y = t²/(ν + t²),
 * both x and y formed without cancellation.
 */
function studentTTail(t: number, df: number, upper: boolean): number {
  if (df === Number.POSITIVE_INFINITY) return normalTail(t, upper);
  if (t === 0) return 0.5;
  // Is the requested tail the one beyond |t| (small) or the one containing the centre?
  const far = (t > 0) === upper;
  const a = df / 2;
  // ln x = ln ν − ln(ν + t²); below ln(1e-280) x itself would lose precision or underflow (|t| is
  // then astronomically large for small ν), and I_x(a, ½) = x^a/(a B(a, ½))·(1 + O(x)) is exact
  // to rounding.
  const absT = Math.abs(t);
  const lnX = Math.log(df) - 2 * Math.log(absT);
  if (lnX < LN_TINY_X) {
    const farTail = 0.5 * Math.exp(a * lnX - Math.log(a) - logBeta(a, 0.5));
    return far ? farTail : 1 - farTail;
  }
  const t2 = t * t;
  const s = df + t2;
  const x = df / s;
  const y = t2 / s;
  if (far) return 0.5 * betaTail(x, y, a, 0.5, false);
  return 0.5 + 0.5 * betaTail(x, y, a, 0.5, true);
}


/**
 * Cumulative distribution function of Student's t with ν degrees of freedom: P(T ≤ t).
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(T \le t) = \begin{cases} \tfrac12 I_{\nu/(\nu+t^2)}\!\left(\tfrac{\nu}{2}, \tfrac12\right) & t \le 0 \\
 * 1 - \tfrac12 I_{\nu/(\nu+t^2)}\!\left(\tfrac{\nu}{2}, \tfrac12\right) & t > 0 \end{cases}
 * ```
 * The regularised incomplete beta I is evaluated by a continued fraction (Numerical Recipes §6.4)
 * with the modified Lentz algorithm, in an even-contracted form that stays accurate when ν is
 * large, and with the prefactor x^a y^b / B(a, b) from Loader's saddle-point expansion. Above the
 * median the result is ½ + ½ I_y(½, ν/2), y = t²/(ν + t²), so no digits are lost to 1 − (…).
 * ν may be fractional (Welch–Satterthwaite) and `Infinity` gives the standard normal.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.7.1 and 26.5.27.
 * - Press WH, Teukolsky SA, Vetterling WT, Flannery BP (2007). Numerical Recipes, 3rd ed., §6.4.
 * - Lentz WJ (1976). Applied Optics 15(3):668–671. https://doi.org/10.1364/AO.15.000668;
 *   Thompson IJ, Barnett AR (1986). J. Comput. Phys. 64(2):490–509. https://doi.org/10.1016/0021-9991(86)90046-X
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *   https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf
 *
 * @param t - the point (±Infinity give the limits 0 and 1)
 * @param df - degrees of freedom ν > 0, real; `Infinity` for the normal limit
 * @returns P(T ≤ t)
 * @throws {InvalidInputError} when t is NaN or not a number, or df is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { studentTCdf } from 'social-outcomes/stats';
 * studentTCdf(2.228138851986274, 10) //=> 0.975
 * studentTCdf(-3.0353754156485896, 8) //=> 0.008088313717454
 * studentTCdf(1.2, 15.795) //=> 0.87608523868
 * studentTCdf(1, 0) //=> throws InvalidInputError
 * ```
 */
export function studentTCdf(t: number, df: number): number {
  const fn = 'studentTCdf';
  checkPoint(fn, 't', t);
  df = checkDf(fn, 'df', df, true); // above 1e15: the limiting distribution
  return studentTTail(t, df, false);
}

/**
 * Survival function of Student's t with ν degrees of freedom: P(T > t), computed directly.
 *
 * @remarks
 * **Formula**
 * ```tex
 * P(T > t) = P(T \le -t) = \tfrac12 I_{\nu/(\nu+t^2)}\!\left(\tfrac{\nu}{2}, \tfrac12\right) \quad (t \ge 0)
 * ```
 * Computed as in {@link studentTCdf} with the tails exchanged, so one-sided p-values keep full
 * relative precision in the far tail (e.g. 1e-300) instead of being rounded to 0 by 1 − CDF.
 *
 * **References**
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.7.1.
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.4.
 *
 * @param t - the point (±Infinity give the limits 1 and 0)
 * @param df - degrees of freedom ν > 0, real; `Infinity` for the normal limit
 * @returns P(T > t)
 * @throws {InvalidInputError} when t is NaN or not a number, or df is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { studentTSf } from 'social-outcomes/stats';
 * // two-sided p-value of the paired t-test t = 3.0354 on 8 df (R: 0.01617663)
 * 2 * studentTSf(3.0353754156485896, 8) //=> 0.0161766274349081
 * studentTSf(40, 3) //=> 0.0000171903403946
 * ```
 */
export function studentTSf(t: number, df: number): number {
  const fn = 'studentTSf';
  checkPoint(fn, 't', t);
  df = checkDf(fn, 'df', df, true); // above 1e15: the limiting distribution
  return studentTTail(t, df, true);
}

/**
 * Quantile function of Student's t with ν degrees of freedom: the t with P(T ≤ t) = p.
 *
 * @remarks
 * **Formula**
 * ```tex
 * t_p = -\operatorname{sign}(\tfrac12 - p)\,\sqrt{\nu\,(1 - x)/x}, \qquad
 * I_x\!\left(\tfrac{\nu}{2}, \tfrac12\right) = 2\min(p, 1 - p)
 * ```
 * Closed forms for ν = 1 (t = −cot(πp)) and ν = 2 (t = (2p − 1)/√(2p(1 − p))). Otherwise Hill's
 * (1970) Algorithm 396 gives the starting value (an expansion about the normal quantile in the body,
 * an asymptotic power law in the tails), and a safeguarded Newton iteration on ln I_x against ln x
 * (or ln(1 − x) near the centre) converges to full precision; ν = Infinity gives the normal quantile.
 *
 * **References**
 * - Hill GW (1970). Algorithm 396: Student's t-quantiles. Communications of the ACM 13(10):619–620.
 *   https://doi.org/10.1145/355598.355600
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 26.7.5 (Cornish–Fisher).
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §6.4 and §9.4.
 *
 * @param p - probability in [0, 1]; 0 gives −Infinity and 1 gives Infinity
 * @param df - degrees of freedom ν > 0, real; `Infinity` for the normal limit
 * @returns the p-quantile
 * @throws {InvalidInputError} when p is NaN or outside [0, 1], or df is NaN, not a number or ≤ 0
 * @example
 * ```ts
 * import { studentTQuantile } from 'social-outcomes/stats';
 * studentTQuantile(0.975, 10) //=> 2.22813885198627
 * studentTQuantile(0.025, 15.795) //=> -2.12214362045
 * studentTQuantile(0.975, Infinity) //=> 1.959963984540054
 * studentTQuantile(0.5, 0) //=> throws InvalidInputError
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  const fn = 'studentTQuantile';
  checkProbability(fn, 'p', p);
  df = checkDf(fn, 'df', df, true); // above 1e15: the limiting distribution
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (df === Number.POSITIVE_INFINITY) return normalQuantileTail(p, false);
  // q = the smaller tail, exact (1 − p is exact for p ≥ ½); |t| solves P(T ≤ −|t|) = q.
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  let abs: number;
  if (df === 1) {
    abs = q < 0.25 ? 1 / Math.tan(Math.PI * q) : Math.tan(Math.PI * (0.5 - q));
  } else if (df === 2) {
    abs = (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  } else {
    const a = df / 2;
    // Far tail where x = ν/(ν + t²) is below 1e-280: invert the power law I_x(a, ½) ≈ x^a/(a B(a, ½)),
    // exact to rounding there, in logarithms (|t| itself may be up to 1e308).
    const lnX = (Math.log(2 * q) + Math.log(a) + logBeta(a, 0.5)) / a;
    if (lnX < LN_TINY_X) return finiteQuantile(fn, sign * Math.exp(0.5 * (Math.log(df) - lnX)), p);
    const start = df >= 1 ? hillStart(q, df) : Number.NaN;
    if (start > 0 && start < Number.POSITIVE_INFINITY) {
      const t2 = start * start;
      betaQuantileParts(2 * q, df / 2, 0.5, true, df / (df + t2), t2 / (df + t2));
    } else {
      betaQuantileParts(2 * q, df / 2, 0.5, true);
    }
    const x = betaQuantileOut[0] as number;
    const y = betaQuantileOut[1] as number;
    abs = x === 0 ? Number.POSITIVE_INFINITY : Math.sqrt(df * (y / x));
  }
  return finiteQuantile(fn, sign * abs, p);
}

/**
 * Starting value |t| for P(T ≤ −|t|) = q (ν ≥ 1) by Hill's Algorithm 396, which takes the two-sided
 * probability P = 2q.
 */
function hillStart(q: number, n: number): number {
  const P = 2 * q;
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI * 0.5) * n;
  let y = Math.pow(d * P, 2 / n);
  if (y > 0.05 + a) {
    // Expansion about the normal quantile.
    const x = normalQuantileTail(0.5 * P, false);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    // Asymptotic power law in the tail.
    y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * (n + 1) / (n + 2) + 1 / y;
  }
  return Math.sqrt(n * y);
}
