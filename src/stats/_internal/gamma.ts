/**
 * Log-gamma and the pieces of Loader's saddle-point method (Stirling's error term and the deviance
 * term `bd0`), which the densities and the incomplete beta and gamma prefactors are built from.
 *
 * Every function here works on finite, positive arguments; callers validate first.
 *
 * References:
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *   https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf (stirlerr, bd0, the saddle-point densities).
 * - Abramowitz M, Stegun IA (1972). Handbook of Mathematical Functions, eq. 6.1.33 (Taylor series of
 *   ln Γ(1 + a)) and eq. 6.1.40 (Stirling's series).
 *
 * @internal
 */

/** ln(√(2π)). */
export const LN_SQRT_2PI = 0.9189385332046728;
/** ln(2π). */
export const LN_2PI = 1.8378770664093456;
/** 1/√(2π). */
export const INV_SQRT_2PI = 0.3989422804014327;
/** Euler–Mascheroni constant γ. */
const EULER_GAMMA = 0.5772156649015329;
/** Machine epsilon, 2^-52. */
export const EPS = 2.220446049250313e-16;
/** Smallest positive normal double. */
export const DBL_MIN = 2.2250738585072014e-308;

/**
 * (ζ(k) − 1)/k for k = 2…31 (computed with mpmath 1.3.0 at 40 digits). They are the Taylor
 * coefficients of ln Γ(1 + a) + ln(1 + a) − (1 − γ)a (A&S 6.1.33 with the ln(1 + a) part taken out),
 * which decay like 2^−k, so 30 terms give full precision for |a| ≤ 1/2.
 */
const ZETA_MINUS_ONE_OVER_K = [
  0.3224670334241132, 0.06735230105319809, 0.020580808427784546, 0.007385551028673986,
  0.0028905103307415234, 0.001192753911703261, 0.0005096695247430425, 0.00022315475845357939,
  0.00009945751278180853, 0.00004492623673813314, 0.00002050721277567069, 0.000009439488275268397,
  0.000004374866789907488, 0.000002039215753801366, 9.55141213040742e-7, 4.492469198764566e-7,
  2.1207184805554667e-7, 1.00432248239681e-7, 4.7698101693639804e-8, 2.2711094608943164e-8,
  1.0838659214896955e-8, 5.183475041970047e-9, 2.4836745438024785e-9, 1.1921401405860912e-9,
  5.731367241678862e-10, 2.7595228851242334e-10, 1.330476437424449e-10, 6.4229645638381e-11,
  3.1044247747322276e-11, 1.5021384080754142e-11,
];

/** ln Γ(1 + a) for |a| ≤ 1/2, with full relative precision near a = 0 (A&S 6.1.33). */
function lgamma1pSeries(a: number): number {
  const c = ZETA_MINUS_ONE_OVER_K;
  let s = 0;
  for (let k = c.length - 1; k >= 0; k--) s = (c[k] as number) - a * s;
  return a * (1 - EULER_GAMMA) - Math.log1p(a) + a * a * s;
}

/**
 * ln Γ(1 + a) for a > −1/2, accurate relative to its value also when a is near 0 or 1.
 */
export function lgamma1p(a: number): number {
  if (Math.abs(a) <= 0.5) return lgamma1pSeries(a);
  if (a <= 1.5) return Math.log(a) + lgamma1pSeries(a - 1);
  return logGamma(a + 1);
}

// Stirling's series coefficients B_{2k} / (2k(2k − 1)) (A&S 6.1.40).
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;
const S5 = 691 / 360360;
const S6 = 1 / 156;
const S7 = 3617 / 122400;

/** Stirling's series for stirlerr(x), x ≥ 10: truncation error below 2e-18. */
function stirlingSeries(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (S0 - r2 * (S1 - r2 * (S2 - r2 * (S3 - r2 * (S4 - r2 * (S5 - r2 * (S6 - r2 * S7)))))));
}

/**
 * Natural logarithm of the gamma function for x > 0.
 *
 * Uses the Taylor series of ln Γ(1 + a) on [1/2, 5/2] (so ln Γ is accurate relative to itself near
 * its zeros at 1 and 2), the recurrence Γ(x + 1) = xΓ(x) below 10, and Stirling's series above.
 */
export function logGamma(x: number): number {
  if (x < 0.5) return lgamma1pSeries(x) - Math.log(x);
  if (x <= 1.5) return lgamma1pSeries(x - 1);
  if (x <= 2.5) return Math.log(x - 1) + lgamma1pSeries(x - 2);
  if (x < 10) {
    let prod = 1;
    let y = x;
    while (y > 2.5) {
      y -= 1;
      prod *= y;
    }
    return Math.log(prod) + Math.log(y - 1) + lgamma1pSeries(y - 2);
  }
  if (x === Number.POSITIVE_INFINITY) return x;
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingSeries(x);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0. */
export function logBeta(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi >= 10) {
    // ln Γ(hi) − ln Γ(lo + hi) by Stirling with the large logarithms cancelled analytically:
    // (hi − ½) ln(hi/n) − lo ln n + lo + δ(hi) − δ(n), n = lo + hi.
    const n = lo + hi;
    const corr = stirlerr(hi) - stirlerr(n);
    return logGamma(lo) + corr + (hi - 0.5) * Math.log1p(-lo / n) - lo * Math.log(n) + lo;
  }
  return logGamma(lo) + logGamma(hi) - logGamma(lo + hi);
}

/**
 * Stirling's error term δ(x) = ln Γ(x + 1) − [(x + ½) ln x − x + ln √(2π)] for x > 0 (Loader 2000).
 *
 * Below 10 it uses the exact recurrence δ(x) = δ(x + 1) + (x + ½) ln(1 + 1/x) − 1, whose terms
 * carry no cancellation of large logarithms, so δ has an absolute error of a few ulps.
 */
export function stirlerr(x: number): number {
  if (x >= 10) return stirlingSeries(x);
  let sum = 0;
  let y = x;
  while (y < 10) {
    sum += (y + 0.5) * Math.log1p(1 / y) - 1;
    y += 1;
  }
  return sum + stirlingSeries(y);
}

/**
 * Loader's deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, computed without cancellation when
 * x ≈ m (series in v = (x − m)/(x + m)).
 */
export function bd0(x: number, m: number): number {
  const d = x - m;
  if (Math.abs(d) < 0.5 * (x + m)) {
    const v = d / (x + m);
    let s = d * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  if (x === 0) return m;
  const r = x / m;
  // x/m can overflow or underflow when one argument is subnormal; the difference of logs cannot.
  const lr = r > 0 && r < Number.POSITIVE_INFINITY ? Math.log(r) : Math.log(x) - Math.log(m);
  return x * lr + m - x;
}

/**
 * Poisson-type density λ^x e^(−λ) / Γ(x + 1) for real x ≥ 0 and λ ≥ 0 (Loader 2000, `dpois_raw`).
 * It is the prefactor x^a e^(−x)/Γ(a + 1) of the regularised incomplete gamma functions.
 */
export function dpoisRaw(x: number, lambda: number): number {
  if (lambda === 0) return x === 0 ? 1 : 0;
  if (!Number.isFinite(lambda) || x < 0) return 0;
  if (x === 0) return Math.exp(-lambda);
  if (x <= lambda * DBL_MIN) return Math.exp(-lambda);
  if (lambda < x * DBL_MIN) {
    if (!Number.isFinite(x)) return 0;
    return Math.exp(-lambda + x * Math.log(lambda) - logGamma(x + 1));
  }
  return Math.exp(-stirlerr(x) - bd0(x, lambda)) / Math.sqrt(2 * Math.PI * x);
}

/**
 * q^n for q = 1 − p: Math.pow when q is exactly 1 − p (it is then correctly rounded to within an
 * ulp), otherwise exp(n·log1p(−p)) so that the rounding of q is not raised to the power n.
 */
function powerOfComplement(q: number, p: number, n: number): number {
  if (1 - q === p || q < 0.5) return Math.pow(q, n);
  return Math.exp(n * Math.log1p(-p));
}

/**
 * Binomial-type density Γ(n + 1)/(Γ(k + 1)Γ(n − k + 1)) p^k q^(n − k) for real k, nk = n − k ≥ 0
 * and p + q = 1, both supplied so that neither is formed by cancellation (Loader 2000, `dbinom_raw`).
 */
export function dbinomRaw(k: number, nk: number, p: number, q: number): number {
  const n = k + nk;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return nk === 0 ? 1 : 0;
  if (k === 0) return nk === 0 ? 1 : powerOfComplement(q, p, n);
  if (nk === 0) return powerOfComplement(p, q, n);
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(nk) - bd0(k, n * p) - bd0(nk, n * q);
  return Math.exp(lc) * Math.sqrt(n / (2 * Math.PI * k * nk));
}
