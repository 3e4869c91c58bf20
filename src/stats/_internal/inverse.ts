/**
 * Inverses of the regularised incomplete beta and gamma functions, shared by the beta, Student t,
 * F and chi-squared quantiles.
 *
 * Each problem is first reduced to "find w with T(w) = q, q ≤ ½", where T is the tail on the side
 * where q is small and w is the smaller of x and 1 − x (beta), so that both q and w keep full relative
 * precision; it is then solved by the safeguarded log-log Newton iteration of `rootFinding.ts`.
 *
 * References:
 * - Majumder KL, Bhattacharjee GP (1973). Algorithm AS 64/AS 109: inverse of the incomplete beta
 *   function ratio. Applied Statistics 22(3):409–414; starting value from Cran GW, Martin KJ,
 *   Thomas GE (1977), Remark AS R19. Applied Statistics 26(1):111–114. https://doi.org/10.2307/2346887
 * - Best DJ, Roberts DE (1975). Algorithm AS 91: the percentage points of the χ² distribution.
 *   Applied Statistics 24(3):385–388 (starting values). https://doi.org/10.2307/2347113
 * - Wilson EB, Hilferty MM (1931). The distribution of chi-square. PNAS 17(12):684–688.
 *   https://doi.org/10.1073/pnas.17.12.684
 * - DiDonato AR, Morris AH (1986). ACM TOMS 12(4):377–393 (inversion of the incomplete gamma ratio).
 *
 * @internal
 */
import { gammaTail, gammaDensity } from './incompleteGamma';
import { betaTail, betaDensity } from './incompleteBeta';
import { lgamma1p, logBeta, logGamma } from './gamma';
import { normalQuantileTail } from './normalKernel';
import { slope, solveTail } from './rootFinding';

/** Result slots of {@link betaQuantileParts}: x and y = 1 − x, each with full relative precision. */
export const betaQuantileOut = new Float64Array(2);

/**
 * Solves for x with I_x(a, b) = p (`lowerTail`) or 1 − I_x(a, b) = p (upper tail), p ∈ (0, 1).
 * Writes x to `betaQuantileOut[0]` and y = 1 − x to `betaQuantileOut[1]`; whichever of the two is
 * ≤ ½ is the one solved for, so both are accurate. An optional start (x0, y0) may be given.
 */
export function betaQuantileParts(p: number, a: number, b: number, lowerTail: boolean, x0?: number, y0?: number): void {
  // Reduce to a small tail probability q ≤ 1/2 (1 − p is exact for p ≥ 1/2).
  let q = p;
  let lower = lowerTail;
  if (q > 0.5) {
    q = 1 - q;
    lower = !lower;
  }
  // Starting value for x (and y).
  let sx: number;
  let sy: number;
  if (x0 !== undefined && y0 !== undefined && x0 > 0 && y0 > 0) {
    sx = x0;
    sy = y0;
  } else {
    // AS 109 works on a lower-tail problem with α ≤ 1/2: for an upper-tail problem solve the
    // mirrored one, I_y(b, a) = q.
    if (lower) {
      sx = betaStart(q, a, b);
      sy = 1 - sx;
    } else {
      sy = betaStart(q, b, a);
      sx = 1 - sy;
    }
  }
  // Solve in the smaller of x and y. In terms of w = y the lower tail of x is the upper tail of y
  // under beta(b, a).
  const useY = sx > 0.5;
  const A = useY ? b : a;
  const B = useY ? a : b;
  const lowerW = useY ? !lower : lower;
  const w0 = useY ? sy : sx;
  const tail = (w: number): number => {
    const v = 1 - w;
    const t = betaTail(w, v, A, B, !lowerW);
    const dens = betaDensity(A, B, w, v);
    slope.value = t > 0 ? ((lowerW ? dens : -dens) * w) / t : 0;
    return t;
  };
  const w = solveTail(tail, q, lowerW, w0, 1);
  if (useY) {
    betaQuantileOut[1] = w;
    betaQuantileOut[0] = 1 - w;
  } else {
    betaQuantileOut[0] = w;
    betaQuantileOut[1] = 1 - w;
  }
}

/**
 * Starting value for I_x(a, b) = α, α ≤ 1/2 (Cran, Martin & Thomas 1977, AS R19/AS 109), compared
 * with the small-x power law I_x ≈ x^a/(a B(a, b)) in the far tail.
 */
function betaStart(alpha: number, a: number, b: number): number {
  const lnB = logBeta(a, b);
  // Upper normal quantile z_(1−α) by AS 109's rational approximation.
  let r = Math.sqrt(-2 * Math.log(alpha));
  const y = r - (2.30753 + 0.27061 * r) / (1 + (0.99229 + 0.04481 * r) * r);
  let x: number;
  if (a > 1 && b > 1) {
    r = (y * y - 3) / 6;
    const s = 1 / (2 * a - 1);
    const t = 1 / (2 * b - 1);
    const h = 2 / (s + t);
    const w = (y * Math.sqrt(h + r)) / h - (t - s) * (r + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    r = 2 * b;
    let t = 1 / (9 * b);
    t = r * Math.pow(1 - t + y * Math.sqrt(t), 3);
    if (t <= 0) {
      x = -Math.expm1((Math.log1p(-alpha) + Math.log(b) + lnB) / b);
    } else {
      t = (4 * a + r - 2) / t;
      x = t <= 1 ? Math.exp((Math.log(alpha * a) + lnB) / a) : 1 - 2 / (t + 1);
    }
  }
  // Far lower tail: the power law is a lower bound for b ≥ 1 and usually the better start.
  const power = Math.exp((Math.log(alpha) + Math.log(a) + lnB) / a);
  if (!(x > 0 && x < 1) || (alpha < 1e-8 && power > 0 && power < 0.5)) x = power;
  if (!(x > 0)) x = Number.MIN_VALUE;
  if (!(x < 1)) x = 1 - 1e-16;
  return x;
}

/**
 * Solves P(a, x) = p (`lowerTail`) or Q(a, x) = p for x ≥ 0, p ∈ (0, 1).
 */
export function gammaQuantile(p: number, a: number, lowerTail: boolean): number {
  let q = p;
  let lower = lowerTail;
  if (q > 0.5) {
    q = 1 - q;
    lower = !lower;
  }
  const tail = (x: number): number => {
    const t = gammaTail(a, x, !lower);
    const dens = gammaDensity(a, x);
    slope.value = t > 0 ? ((lower ? dens : -dens) * x) / t : 0;
    return t;
  };
  return solveTail(tail, q, lower, gammaStart(q, a, lower), Number.POSITIVE_INFINITY);
}

/**
 * Starting value for the gamma(a) quantile with tail probability q ≤ 1/2 on the given side:
 * Wilson–Hilferty's cube-root normal approximation, replaced in the lower tail of small shapes by
 * P(a, x) ≈ x^a/Γ(a + 1) and in the far upper tail by Q(a, x) ≈ x^(a−1)e^(−x)/Γ(a) (AS 91).
 */
function gammaStart(q: number, a: number, lower: boolean): number {
  const z = normalQuantileTail(q, !lower); // lower-tail normal deviate for the target point
  const c = 1 / (9 * a);
  const wh = a * Math.pow(1 - c + z * Math.sqrt(c), 3);
  if (lower) {
    const power = Math.exp((Math.log(q) + lgamma1p(a)) / a);
    if (!(wh > 0) || power > wh || a < 1) return power > 0 ? power : Number.MIN_VALUE;
    return wh;
  }
  if (q < 1e-5 || !(wh > 0)) {
    // Iterate x = −ln q − ln Γ(a) + (a − 1) ln x a few times from x = max(1, −ln q).
    const lg = logGamma(a);
    let x = Math.max(1, -Math.log(q), wh > 0 ? wh : 0);
    for (let i = 0; i < 4; i++) {
      const xn = -Math.log(q) - lg + (a - 1) * Math.log(x);
      if (!(xn > 0)) break;
      x = xn;
    }
    return Math.max(x, wh > 0 ? wh : 0);
  }
  return wh;
}
