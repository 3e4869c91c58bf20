/**
 * Regularised incomplete beta function I_x(a, b) and its complement 1 − I_x(a, b) = I_(1−x)(b, a).
 *
 * Both x and y = 1 − x are passed in, because callers (the t, F and binomial distributions) can form
 * the smaller of the two without cancellation. The continued fraction (Numerical Recipes §6.4,
 * eq. 6.4.5; Didonato & Morris 1992 use the same expansion) is evaluated by the modified Lentz
 * method on whichever side converges quickly, x < (a + 1)/(a + b + 2), and gives the tail on that
 * side directly; the other tail is 1 minus it and is then ≥ about 0.3, so no precision is lost.
 * The prefactor x^a y^b / B(a, b) comes from Loader's saddle-point binomial density, so it keeps
 * full precision when a and b are large (where exp(a ln x + b ln y − ln B) loses log10(a + b) digits).
 *
 * References:
 * - Press WH, Teukolsky SA, Vetterling WT, Flannery BP (2007). Numerical Recipes, 3rd ed., §6.4.
 * - Lentz WJ (1976). Applied Optics 15(3):668–671. https://doi.org/10.1364/AO.15.000668
 * - Thompson IJ, Barnett AR (1986). Journal of Computational Physics 64(2):490–509.
 *   https://doi.org/10.1016/0021-9991(86)90046-X
 * - Loader C (2000). Fast and accurate computation of binomial probabilities.
 *
 * @internal
 */
import { dbinomRaw, EPS } from './gamma';

const TINY = 1e-300;
const MAX_ITER = 100_000;

/**
 * x^a y^b / B(a, b) for x + y = 1 and a, b > 0, from Loader's binomial density:
 * x^a y^b Γ(a + b)/(Γ(a)Γ(b)) = dbinom(a; a + b, x) · a b/(a + b).
 */
export function betaPrefactor(a: number, b: number, x: number, y: number): number {
  return (dbinomRaw(a, b, x, y) * a * b) / (a + b);
}

/**
 * Density of the beta(a, b) distribution at x (with y = 1 − x), x^(a−1) y^(b−1)/B(a, b).
 */
export function betaDensity(a: number, b: number, x: number, y: number): number {
  if (x <= 0 || y <= 0) {
    // Boundary: finite only when the exponent is zero.
    const e = x <= 0 ? a : b;
    if (e > 1) return 0;
    if (e < 1) return Number.POSITIVE_INFINITY;
    return x <= 0 ? b : a;
  }
  return betaPrefactor(a, b, x, y) / (x * y);
}

/**
 * Regularised incomplete beta: I_x(a, b) when `upper` is false, 1 − I_x(a, b) when true.
 * Requires a, b > 0 finite, x, y ∈ [0, 1] with x + y = 1 (to rounding).
 */
export function betaTail(x: number, y: number, a: number, b: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (y <= 0) return upper ? 0 : 1;
  if (x * (a + b + 2) < a + 1) {
    const lower = (betaPrefactor(a, b, x, y) / a) * continuedFraction(x, y, a, b);
    return upper ? 1 - lower : lower;
  }
  const up = (betaPrefactor(a, b, x, y) / b) * continuedFraction(y, x, b, a);
  return upper ? up : 1 - up;
}

/**
 * The continued fraction of I_x(a, b) (NR eq. 6.4.5), f = 1/(1 + d1/(1 + d2/(1 + …))) with
 * d_(2m+1) = −(a + m)(a + b + m)x/((a + 2m)(a + 2m + 1)) and d_(2m) = m(b − m)x/((a + 2m − 1)(a + 2m)),
 * evaluated in its even-contracted form f = 1/(β0 + α1/(β1 + α2/(β2 + …))), β_m = 1 + d_(2m) + d_(2m+1),
 * α_m = −d_(2m−1) d_(2m) (Lorentzen & Waadeland 1992, §2.4.2), by the modified Lentz method.
 *
 * When x is close to 1 and a ≫ b, every odd term d_(2m+1) is close to −1, and forming 1 + d_(2m+1)
 * in floating point cancels catastrophically (about 1e-11 relative error for a = 5e5). Writing
 * λ = a − (a + b)x = (a + b)y − b, the identity
 * 1 + d_(2m+1) = [2am + 3m² + a + 2m + m(a + m)y + (a + m)λ] / ((a + 2m)(a + 2m + 1))
 * forms it from positive terms (as in the λ-based fraction of DiDonato & Morris 1992, BFRAC).
 */
function continuedFraction(x: number, y: number, a: number, b: number): number {
  const lambda = x > 0.5 ? (a + b) * y - b : a - (a + b) * x;
  // m = 0: β0 = 1 + d1 = (1 + λ)/(a + 1).
  let f = (1 + lambda) / (a + 1);
  if (Math.abs(f) < TINY) f = TINY;
  let c = f;
  let d = 0;
  let dOdd = (-(a + b) * x) / (a + 1); // d_1
  for (let m = 1; m < MAX_ITER; m++) {
    const a2m = a + 2 * m;
    const dEven = (m * (b - m) * x) / ((a2m - 1) * a2m);
    const alpha = -dOdd * dEven;
    dOdd = (-(a + m) * (a + b + m) * x) / (a2m * (a2m + 1));
    const onePlusOdd = (2 * a * m + 3 * m * m + a + 2 * m + m * (a + m) * y + (a + m) * lambda) / (a2m * (a2m + 1));
    const beta = onePlusOdd + dEven;
    d = beta + alpha * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = beta + alpha / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = c * d;
    f *= del;
    if (Math.abs(del - 1) <= EPS) break;
  }
  return 1 / f;
}
