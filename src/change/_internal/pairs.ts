/**
 * Validation of paired readings and the one-pass moment kernel shared by every function of `change/`.
 *
 * One loop reads pre[i] and post[i], checks them (finite numbers, optional score range), stores the change
 * d = post − pre in a Float64Array and accumulates shifted sums (Chan, Golub & LeVeque 1983, §3 "shifted
 * data"): with K the first value of each series, S1 = Σ(x − K), S2 = Σ(x − K)², and the cross product of the
 * shifted pre and post. The variance is (S2 − S1²/n)/(n − 1); for integer scores every sum is an exact integer
 * and the figures are formed as (n·S2 − S1²)/n, which does not depend on the shift, so the result does not
 * depend on the order of the pairs (summarizeChangeBy relies on this).
 *
 * Reference: Chan TF, Golub GH, LeVeque RJ (1983). Algorithms for computing the sample variance: analysis and
 * recommendations. The American Statistician 37(3):242–247. https://doi.org/10.1080/00031305.1983.10483115
 *
 * @internal
 */
import { InvalidInputError, type ErrorPath } from '../../errors';
import { arrayLike, finiteArray, numberInRange, optionPath, sameLength } from '../../_internal/validate';
import { describeValue } from '../../_internal/describeValue';
import type { ScoreRange } from '../types';

/** Moments and counts of a set of pairs. */
export interface PairStats {
  /** Number of pairs. */
  n: number;
  /** Changes post − pre. */
  d: Float64Array;
  meanPre: number;
  meanPost: number;
  meanD: number;
  /** Sums of squared deviations (n − 1 times the variances) and the cross product. */
  ssPre: number;
  ssPost: number;
  ssD: number;
  spPrePost: number;
  nPositive: number;
  nNegative: number;
  nZero: number;
  minD: number;
  maxD: number;
  minPre: number;
  maxPre: number;
  minPost: number;
  maxPost: number;
  /** True when every pre and post value is an integer in (−2^31, 2^31). */
  integers: boolean;
}

/** Validates a score range option. */
export function readRange(fn: string, value: unknown, path: ErrorPath = optionPath('range')): ScoreRange | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires range to be an object {min, max} (got ${describeValue(value)})`, path });
  }
  const r = value as { min?: unknown; max?: unknown };
  const min = numberInRange(fn, 'range.min', r.min, {}, [...path, 'min']);
  const max = numberInRange(fn, 'range.max', r.max, { min }, [...path, 'max']);
  return { min, max };
}

function fail(fn: string, name: 'pre' | 'post', values: ArrayLike<unknown>, range: ScoreRange | undefined): never {
  const x = finiteArray(fn, name, values);
  if (range !== undefined) {
    for (let i = 0; i < x.length; i++) numberInRange(fn, `${name}`, x[i], { min: range.min, max: range.max }, [name, i]);
  }
  // Unreachable: the loop that called fail() found a bad value that the guards above report.
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} found an invalid value in ${name}`, path: [name] });
}

/**
 * Reads two equal-length arrays of paired scores in one pass and returns their moments and changes.
 * Throws a typed error naming `fn`, the field and the index for a non-array, a non-number, a non-finite number,
 * a score outside `range`, or different lengths.
 */
export function readPairs(fn: string, pre: unknown, post: unknown, range?: ScoreRange): PairStats {
  const a = arrayLike(fn, 'pre', pre);
  const b = arrayLike(fn, 'post', post);
  sameLength(fn, 'pre', a, 'post', b);
  const n = a.length;
  const d = new Float64Array(n);
  const stats: PairStats = {
    n, d, meanPre: 0, meanPost: 0, meanD: 0, ssPre: 0, ssPost: 0, ssD: 0, spPrePost: 0,
    nPositive: 0, nNegative: 0, nZero: 0, minD: 0, maxD: 0, minPre: 0, maxPre: 0, minPost: 0, maxPost: 0, integers: true,
  };
  if (n === 0) return stats;
  const typedA = ArrayBuffer.isView(a);
  const typedB = ArrayBuffer.isView(b);
  const lo = range === undefined ? Number.NEGATIVE_INFINITY : range.min;
  const hi = range === undefined ? Number.POSITIVE_INFINITY : range.max;
  const x = a as ArrayLike<number>;
  const y = b as ArrayLike<number>;
  // Type-check the first pair before using it as the shift (a symbol or bigint would throw a TypeError).
  if (typeof x[0] !== 'number') fail(fn, 'pre', a, range);
  if (typeof y[0] !== 'number') fail(fn, 'post', b, range);
  const kx = x[0] as number;
  const ky = y[0] as number;
  const kd = ky - kx;
  let s1x = 0, s2x = 0, s1y = 0, s2y = 0, s1d = 0, s2d = 0, sxy = 0;
  let pos = 0, neg = 0;
  let minX = Number.POSITIVE_INFINITY, maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY, maxY = Number.NEGATIVE_INFINITY;
  let minD = Number.POSITIVE_INFINITY, maxD = Number.NEGATIVE_INFINITY;
  let ints = true;
  for (let i = 0; i < n; i++) {
    const u = x[i] as number;
    const v = y[i] as number;
    if ((!typedA && typeof u !== 'number') || !(u >= lo && u <= hi) || u - u !== 0) fail(fn, 'pre', a, range);
    if ((!typedB && typeof v !== 'number') || !(v >= lo && v <= hi) || v - v !== 0) fail(fn, 'post', b, range);
    const di = v - u;
    d[i] = di;
    const xs = u - kx;
    const ys = v - ky;
    const ds = di - kd;
    s1x += xs; s2x += xs * xs;
    s1y += ys; s2y += ys * ys;
    s1d += ds; s2d += ds * ds;
    sxy += xs * ys;
    if (di > 0) pos++;
    else if (di < 0) neg++;
    if (u < minX) minX = u;
    if (u > maxX) maxX = u;
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
    if (di < minD) minD = di;
    if (di > maxD) maxD = di;
    if (ints && ((u | 0) !== u || (v | 0) !== v)) ints = false;
  }
  setMoments(stats, n, ints, kx, ky, kd, { s1x, s2x, s1y, s2y, s1d, s2d, sxy });
  stats.nPositive = pos;
  stats.nNegative = neg;
  stats.nZero = n - pos - neg;
  stats.minD = minD; stats.maxD = maxD;
  stats.minPre = minX; stats.maxPre = maxX;
  stats.minPost = minY; stats.maxPost = maxY;
  stats.integers = ints;
  return stats;
}

/** Sums over the pairs of the shifted values (x − kx, y − ky, d − kd) and their squares and cross-product. */
export interface ShiftedSums {
  readonly s1x: number; readonly s2x: number;
  readonly s1y: number; readonly s2y: number;
  readonly s1d: number; readonly s2d: number;
  readonly sxy: number;
}

/**
 * Sets the means, sums of squares and cross-product of `stats` from shifted sums. With integer scores every sum is
 * an exact integer (below 2^53), and n·S2 − S1² = n·Σx² − (Σx)² does not depend on the shift, so each figure is one
 * correctly rounded division: the same for any order of the pairs, and the same from values or from counts.
 */
export function setMoments(stats: PairStats, n: number, ints: boolean, kx: number, ky: number, kd: number, sums: ShiftedSums): void {
  const { s1x, s2x, s1y, s2y, s1d, s2d, sxy } = sums;
  if (ints) {
    stats.meanPre = (n * kx + s1x) / n;
    stats.meanPost = (n * ky + s1y) / n;
    stats.meanD = (n * kd + s1d) / n;
    stats.ssPre = (n * s2x - s1x * s1x) / n;
    stats.ssPost = (n * s2y - s1y * s1y) / n;
    stats.ssD = (n * s2d - s1d * s1d) / n;
    stats.spPrePost = (n * sxy - s1x * s1y) / n;
  } else {
    stats.meanPre = kx + s1x / n;
    stats.meanPost = ky + s1y / n;
    stats.meanD = kd + s1d / n;
    stats.ssPre = Math.max(0, s2x - (s1x * s1x) / n);
    stats.ssPost = Math.max(0, s2y - (s1y * s1y) / n);
    stats.ssD = Math.max(0, s2d - (s1d * s1d) / n);
    stats.spPrePost = sxy - (s1x * s1y) / n;
  }
}

/** Sample standard deviation from a sum of squared deviations. */
export function sdOf(ss: number, n: number): number {
  return Math.sqrt(ss / (n - 1));
}
