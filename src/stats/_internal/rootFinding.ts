/**
 * Safeguarded Newton iteration for quantiles: solves T(w) = q for a monotone tail probability T on
 * w ∈ (0, wMax], iterating on ln T as a function of ln w. In those coordinates every tail the
 * library inverts (power-law tails of the beta and t, exponential tails of the gamma, the normal
 * Mills ratio) is close to linear or mildly convex, so Newton converges in a few steps from a rough
 * start even for q = 1e-300, and the relative precision of w is not limited by an absolute tolerance.
 * A bracket is kept throughout; a step that leaves it, or does not shrink |ln T − ln q|, is replaced
 * by bisection in ln w, so the iteration always converges.
 *
 * References:
 * - Press WH et al. (2007). Numerical Recipes, 3rd ed., §9.4 (Newton–Raphson with bracketing, rtsafe).
 *
 * @internal
 */

/**
 * A tail function: returns T(w) and stores d ln T / d ln w in `slope.value`.
 */
export type TailFunction = (w: number) => number;

/** Scratch slot written by each {@link TailFunction} (avoids returning an object per evaluation). */
export const slope = { value: 0 };

const MAX_ITER = 300;

/**
 * Finds w ∈ [0, wMax] with T(w) = q, where T is increasing (`increasing`) or decreasing in w.
 * Returns 0 (or wMax) when the root lies beyond the smallest (largest) representable w.
 *
 * The Newton step is taken multiplicatively, w ← w·exp(−(ln T − ln q)/(d ln T/d ln w)), so w keeps
 * its full relative precision (iterating on the rounded value of ln w would cost |ln w|·ε).
 *
 * @param tail - the tail function, writing its log-log slope into {@link slope}
 * @param q - target probability in (0, 1)
 * @param increasing - whether T increases with w
 * @param w0 - starting value in (0, wMax)
 * @param wMax - upper end of the support (1 for the beta, Infinity for the gamma)
 */
export function solveTail(tail: TailFunction, q: number, increasing: boolean, w0: number, wMax: number): number {
  const lnQ = Math.log(q);
  let lo = 0;
  let hi = wMax;
  let w = w0 > 0 && w0 < wMax ? w0 : Number.isFinite(wMax) ? 0.5 * wMax : 1;
  let prevAbsG = Number.POSITIVE_INFINITY;
  for (let iter = 0; iter < MAX_ITER; iter++) {
    const t = tail(w);
    const s = slope.value;
    const g = t > 0 ? Math.log(t) - lnQ : Number.NEGATIVE_INFINITY;
    if (g === 0) return w;
    // The root lies at larger w when (T too small and increasing) or (T too large and decreasing).
    if ((g < 0) === increasing) lo = w;
    else hi = w;
    const absG = Math.abs(g);
    const step = Number.isFinite(g) && s !== 0 && Number.isFinite(s) ? g / s : Number.NaN;
    let next = Number.isFinite(step) ? w * Math.exp(-step) : Number.NaN;
    const inBracket = next > lo && next < hi;
    // |ln T − ln q| below 1e-13 is near the rounding floor of T: the Newton step is then final.
    if (absG <= 1e-13 || Math.abs(step) <= 1e-15) return next >= lo && next <= hi ? next : w;
    if (inBracket && absG < 0.75 * prevAbsG) {
      prevAbsG = absG;
    } else {
      // Bisection in ln w (or geometric expansion while one side of the bracket is open).
      prevAbsG = Number.POSITIVE_INFINITY;
      if (lo > 0 && Number.isFinite(hi)) next = Math.sqrt(lo) * Math.sqrt(hi);
      else if (lo > 0) next = Math.max(lo * 16, lo + 1);
      else next = Math.min(w, hi) / 16;
      if (next === 0) {
        // The root is below the smallest positive double when T there is already past q.
        const tMin = tail(Number.MIN_VALUE);
        if (increasing ? tMin >= q : tMin <= q) return 0;
        next = Number.MIN_VALUE;
      }
      if (next === Number.POSITIVE_INFINITY) return wMax;
      if (Number.isFinite(hi) && hi - lo <= 4e-16 * hi) return next;
    }
    w = next;
  }
  return w;
}
