/**
 * Wilson score limits for x successes out of n, with or without the continuity correction, computed
 * without cancellation. Shared by wilsonInterval and newcombeInterval; callers validate first.
 *
 * The limits are the two roots of (1 + z²/n)·p² − (2p̂ + z²/n)·p + p̂² = 0 (Wilson 1927), with p̂ replaced by
 * p̂ ∓ 1/(2n) for the continuity-corrected limits (Newcombe 1998, method 4). The larger root is a sum of
 * positive terms; the smaller one is taken from the product of the roots, p̂²/(1 + z²/n), divided by the
 * larger, so neither loses digits when x is small against n (the textbook "±" form loses up to half the
 * digits of the lower limit when x = 1 and n = 10⁶).
 *
 * @internal
 */

/** Larger root of the score quadratic at proportion p = num/n (q = 1 − p passed exactly as (n − num)/n). */
function upperRoot(p: number, q: number, n: number, z: number): number {
  const z2n = (z * z) / n;
  return (p + z2n / 2 + z * Math.sqrt((p * q) / n + z2n / (4 * n))) / (1 + z2n);
}

/** Smaller root of the score quadratic at proportion p (with q = 1 − p). */
function lowerRoot(p: number, q: number, n: number, z: number): number {
  if (p <= 0) return 0;
  const z2n = (z * z) / n;
  return (p * p) / ((1 + z2n) * upperRoot(p, q, n, z));
}

/** Wilson limits [lower, upper] for x of n at normal quantile z (z > 0), continuity-corrected when `cc`. */
export function wilsonLimits(x: number, n: number, z: number, cc: boolean): [number, number] {
  const half = cc ? 0.5 : 0;
  // Continuity correction: p̂ − 1/(2n) for the lower limit, p̂ + 1/(2n) for the upper (Newcombe 1998a, method 4);
  // the limits are fixed at 0 when x = 0 and at 1 when x = n.
  const lower = x === 0 ? 0 : lowerRoot((x - half) / n, (n - x + half) / n, n, z);
  const upper = x === n ? 1 : upperRoot((x + half) / n, (n - x - half) / n, n, z);
  return [Math.max(lower, 0), Math.min(upper, 1)];
}
