/**
 * Cumulative distribution function of the non-central t distribution and the inversion that gives confidence
 * limits for its non-centrality parameter (the exact interval for a standardised mean change d_z).
 *
 * The CDF is the Poisson mixture of incomplete beta functions of Lenth (1989) evaluated as Benton & Krishnamoorthy
 * (2003) recommend: start at the mode k = ⌊δ²/2⌋ of the Poisson weights, where the two incomplete beta values are
 * computed directly, and run the recurrence I_x(a + 1, b) = I_x(a, b) − Γ(a + b)/(Γ(a + 1)Γ(b)) x^a (1 − x)^b
 * forwards and backwards until the remaining Poisson mass is negligible. The Poisson weights and the beta
 * prefactors come from Loader's saddle-point forms in the stats kernel, so they keep full precision for large δ.
 *
 * The series needs about 20√λ terms (λ = δ²/2), so beyond |δ| = 1000 (a degenerate sample with almost no spread
 * gives t, and so δ, of 1e10 or more) the CDF is computed instead from its representation as a normal mixture of
 * chi-squared tails, P(T ≤ t) = Φ(−δ) + ∫_{z > −δ} φ(z) Q_ν(ν((z + δ)/t)²) dz for t > 0, by the trapezoid rule on
 * z ∈ [−12, 12], which converges geometrically for a smooth integrand against the normal weight (Trefethen &
 * Weideman 2014). The two methods agree to 1e-12 at the switch (tested) and both are checked against scipy.
 *
 * References:
 * - Lenth RV (1989). Algorithm AS 243: Cumulative distribution function of the non-central t distribution.
 *   Applied Statistics 38(1):185–189. https://doi.org/10.2307/2347693
 * - Benton D, Krishnamoorthy K (2003). Computing discrete mixtures of continuous distributions: noncentral
 *   chisquare, noncentral t and the distribution of the square of the sample multiple correlation coefficient.
 *   Computational Statistics & Data Analysis 43(2):249–267, section 3. https://doi.org/10.1016/S0167-9473(02)00283-9
 * - Trefethen LN, Weideman JAC (2014). The exponentially convergent trapezoidal rule. SIAM Review 56(3):385–458.
 *   https://doi.org/10.1137/130932132
 * - Brent RP (1973). Algorithms for Minimization without Derivatives, chapter 4. Prentice-Hall (the root finder).
 * - Johnson NL, Welch BL (1940). Applications of the non-central t-distribution. Biometrika 31(3/4):362–389.
 *   https://doi.org/10.2307/2332616 (the normal approximation that starts the search).
 * - Steiger JH, Fouladi RT (1997). Noncentrality interval estimation and the evaluation of statistical models.
 *   In Harlow, Mulaik & Steiger (eds), What if there were no significance tests? Erlbaum, 221–257 (inversion
 *   of the non-central t for an interval of δ).
 *
 * @internal
 */
import { chiSquaredSf } from '../../stats/chiSquared';
import { normalCdf } from '../../stats/normal';
import { normalQuantileTail } from '../../stats/_internal/normalKernel';
import { dpoisRaw } from '../../stats/_internal/gamma';
import { betaPrefactor, betaTail } from '../../stats/_internal/incompleteBeta';

const TAIL = 1e-20;
const MAX_TERMS = 10_000_000;
/** Above this |δ| the mixture integral replaces the Poisson series (whose cost grows like |δ|). */
export const SERIES_MAX_DELTA = 1000;

/**
 * P(T ≤ t) for t > 0 from the normal mixture of chi-squared tails, by the trapezoid rule on z ∈ [−12, 12]. The step
 * is at most 1/8 of the z-scale t/√ν on which the chi-squared tail changes, and at most 1/8.
 */
function cdfMixture(t: number, df: number, delta: number): number {
  const scale = t / Math.sqrt(df);
  const h = Math.min(0.125, scale / 8);
  const lo = Math.max(-12, -delta);
  if (lo >= 12) return normalCdf(-delta);
  const steps = Math.min(200_000, Math.max(2, Math.ceil((12 - lo) / h)));
  const step = (12 - lo) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const z = lo + i * step;
    const r = (z + delta) / t;
    const w = i === 0 || i === steps ? 0.5 : 1;
    const x = df * r * r;
    if (x < Number.POSITIVE_INFINITY) sum += w * Math.exp(-0.5 * z * z) * chiSquaredSf(x, df);
  }
  const f = normalCdf(-delta) + (sum * step) / Math.sqrt(2 * Math.PI);
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

/** P(T ≤ t) for T ~ t'(df, delta) and t ≥ 0, by the mixture integral (exported for the consistency test). */
export function cdfIntegral(t: number, df: number, delta: number): number {
  return t === 0 ? normalCdf(-delta) : cdfMixture(t, df, delta);
}

/** P(T ≤ t) for T ~ t'(df, delta) and t ≥ 0. */
function cdfNonNegative(t: number, df: number, delta: number): number {
  if (t !== 0 && Math.abs(delta) > SERIES_MAX_DELTA) return cdfMixture(t, df, delta);
  return cdfSeries(t, df, delta);
}

/** P(T ≤ t) for T ~ t'(df, delta) and t ≥ 0, by the Poisson series (exported for the consistency test). */
export function cdfSeries(t: number, df: number, delta: number): number {
  const base = normalCdf(-delta);
  if (t === 0) return base;
  const t2 = t * t;
  const x = t2 / (t2 + df);
  const y = df / (t2 + df);
  const b = df / 2;
  const lambda = (delta * delta) / 2;
  const k = Math.floor(lambda);
  const sgn = delta < 0 ? -1 : 1;
  // Mode terms.
  const p0 = dpoisRaw(k, lambda);
  const q0 = delta === 0 ? 0 : sgn * dpoisRaw(k + 0.5, lambda);
  const ip0 = betaTail(x, y, k + 0.5, b, false);
  const iq0 = betaTail(x, y, k + 1, b, false);
  const gp0 = betaPrefactor(k + 0.5, b, x, y) / (k + 0.5);
  const gq0 = betaPrefactor(k + 1, b, x, y) / (k + 1);
  let sum = p0 * ip0 + q0 * iq0;
  // Forward: i = k + 1, k + 2, …
  let p = p0, q = q0, ip = ip0, iq = iq0, gp = gp0, gq = gq0;
  for (let i = k + 1; i < k + MAX_TERMS; i++) {
    const ap = i - 0.5; // a of gp before the step
    const aq = i; // a of gq before the step
    ip -= gp;
    iq -= gq;
    gp *= (x * (ap + b)) / (ap + 1);
    gq *= (x * (aq + b)) / (aq + 1);
    p *= lambda / i;
    q *= lambda / (i + 0.5);
    if (ip < 0) ip = 0;
    if (iq < 0) iq = 0;
    const term = p * ip + q * iq;
    sum += term;
    if (i > lambda) {
      const r = lambda / (i + 1);
      if ((p + Math.abs(q)) / (1 - r) < TAIL || (ip === 0 && iq === 0)) break;
    }
  }
  // Backward: i = k − 1, …, 0.
  p = p0; q = q0; ip = ip0; iq = iq0; gp = gp0; gq = gq0;
  for (let i = k - 1; i >= 0; i--) {
    const ap = i + 0.5; // a after the step back
    const aq = i + 1;
    gp *= (ap + 1) / (x * (ap + b));
    gq *= (aq + 1) / (x * (aq + b));
    ip += gp;
    iq += gq;
    if (ip > 1) ip = 1;
    if (iq > 1) iq = 1;
    p *= (i + 1) / lambda;
    q *= (i + 1.5) / lambda;
    sum += p * ip + q * iq;
    if (p + Math.abs(q) < TAIL * 1e-3 * (i + 1)) break;
  }
  const f = base + sum / 2;
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

/** P(T ≤ t) for the non-central t distribution with `df` degrees of freedom and non-centrality `delta`. */
export function noncentralTCdf(t: number, df: number, delta: number): number {
  if (t >= 0) return cdfNonNegative(t, df, delta);
  return 1 - cdfNonNegative(-t, df, -delta);
}

/**
 * Solves noncentralTCdf(t, df, δ) = target for δ (the CDF decreases in δ).
 *
 * Start: the normal approximation T ≈ δ + z·√(1 + δ²/(2ν)) (Johnson & Welch 1940) inverted at the observed t,
 * δ₀ = t − z·√(1 + t²/(2ν)) with z = Φ⁻¹(target). A bracket is grown from δ₀ in steps of a tenth of that scale,
 * doubling until the sign changes (one or two evaluations when the approximation is good). Then Brent's method
 * (inverse quadratic interpolation and secant steps, safeguarded by bisection) narrows it until the root is known to
 * within 2 ulps of max(1, |δ|): about 8–12 CDF evaluations a limit, against 20–25 for bisection-guarded regula falsi
 * from a unit bracket.
 *
 * Reference: Brent RP (1973). Algorithms for Minimization without Derivatives, chapter 4 (zeroin). Prentice-Hall.
 */
function solveDelta(t: number, df: number, target: number): number {
  const f = (d: number): number => noncentralTCdf(t, df, d) - target;
  const scale = Math.sqrt(1 + (t * t) / (2 * df));
  const z = normalQuantileTail(target, false);
  const start = t - z * scale;
  const guess = Number.isFinite(start) ? start : t;
  // Bracket [a, b] with f(a) > 0 > f(b): f decreases, so the root lies above a point where f > 0.
  let a = guess;
  let fa = f(a);
  if (fa === 0) return a;
  let step = 0.1 * (Number.isFinite(scale) ? scale : Math.abs(t));
  if (!(step > 0)) step = 0.1;
  const dir = fa > 0 ? 1 : -1;
  let b = a + dir * step;
  let fb = f(b);
  for (let k = 0; k < 2100 && fb !== 0 && (fb > 0) === (fa > 0); k++) {
    a = b;
    fa = fb;
    step *= 2;
    b = guess + dir * step;
    fb = f(b);
  }
  if (fb === 0) return b;
  // Brent's zeroin on [a, b]; b is the best estimate, c the point that brackets the root with b.
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let it = 0; it < 300; it++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a; fc = fa; d = b - a; e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = c; c = a;
      fa = fb; fb = fc; fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.max(1, Math.abs(b));
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const sab = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * sab; // secant
        q = 1 - sab;
      } else {
        const qa = fa / fc; // inverse quadratic interpolation
        const r = fb / fc;
        p = sab * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (sab - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d; d = p / q;
      } else {
        d = m; e = m;
      }
    } else {
      d = m; e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/**
 * Two-sided confidence limits [δL, δU] for the non-centrality parameter given an observed t on `df` degrees of
 * freedom: F(t; df, δL) = 1 − α/2 and F(t; df, δU) = α/2.
 */
export function noncentralityInterval(t: number, df: number, confidence: number): [number, number] {
  const alpha = 1 - confidence;
  return [solveDelta(t, df, 1 - alpha / 2), solveDelta(t, df, alpha / 2)];
}
