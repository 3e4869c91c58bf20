/**
 * Order-independent summaries of a group's outcome values: the sum is exact (Shewchuk's
 * error-free transformations, as Python's `math.fsum`), so the mean and the variance are the same
 * bits whatever the order of the records, which makes outcomeByGroup permutation-invariant byte for byte.
 *
 * Reference: Shewchuk JR (1997). Adaptive precision floating-point arithmetic and fast robust geometric
 * predicates. Discrete & Computational Geometry 18:305–363. https://doi.org/10.1007/PL00009321
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';

/**
 * Correctly rounded sum of `x[i]` over i, or of `(x[i] − about)²` when `about` is given (exact partials, then
 * rounded once). No callback: a per-element closure call would box every double on the heap.
 */
export function exactSum(x: ArrayLike<number>, about?: number): number {
  const squares = about !== undefined;
  const c = about ?? 0;
  let partials = new Float64Array(32);
  let np = 0;
  for (let i = 0; i < x.length; i++) {
    let v = x[i] as number;
    if (squares) v = (v - c) * (v - c);
    let k = 0;
    for (let j = 0; j < np; j++) {
      let p = partials[j] as number;
      if (Math.abs(v) < Math.abs(p)) {
        const t = v;
        v = p;
        p = t;
      }
      const hi = v + p;
      const lo = p - (hi - v);
      if (lo !== 0) partials[k++] = lo;
      v = hi;
    }
    if (k === partials.length) {
      const grown = new Float64Array(2 * k);
      grown.set(partials);
      partials = grown;
    }
    partials[k] = v;
    np = k + 1;
  }
  // Round the partials to one double (as msum/fsum): add from the top, fixing the half-way case.
  let n = np;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const v = hi;
    const p = partials[--n] as number;
    hi = v + p;
    const yr = hi - v;
    lo = p - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2;
    const x2 = hi + y;
    const yr = x2 - hi;
    if (y === yr) hi = x2;
  }
  return hi;
}

/** n, mean and sample variance of a group, independent of the order of the values. */
export interface GroupSummary {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  readonly sd: number;
}

/** Summarises values (n ≥ 1; variance 0 when n = 1). */
export function summarise(values: ArrayLike<number>, fn = 'outcomeByGroup'): GroupSummary {
  const n = values.length;
  const mean = exactSum(values) / n;
  const variance = n > 1 ? exactSum(values, mean) / (n - 1) : 0;
  if (!Number.isFinite(mean) || !Number.isFinite(variance)) {
    // finite values near ±1e308 whose sum or squared deviations overflow: no finite summary exists
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: the mean or variance of a group is beyond the largest double (values near ±1e308)`, path: ['records'] });
  }
  return { n, mean, variance, sd: Math.sqrt(variance) };
}

/** 2^27 + 1: Veltkamp's splitter for doubles. */
const SPLITTER = 134217729;

/**
 * The exact sum of `counts[d]` copies of each term `t_d` (t_d = values[d], or fl((values[d] − about)²) as the
 * element-wise pass computes it), correctly rounded: each product c·t is split exactly into hi + lo (Dekker's
 * TwoProduct), and `exactSum` of those terms rounds their exact total once, so the result is the same double as
 * `exactSum` over the expanded elements. Undefined when a term is too large or too small for the split to be exact.
 */
function exactCountedSum(values: ArrayLike<number>, counts: ArrayLike<number>, about?: number): number | undefined {
  const m = values.length;
  const terms = new Float64Array(2 * m);
  for (let d = 0; d < m; d++) {
    let t = values[d] as number;
    if (about !== undefined) t = (t - about) * (t - about);
    const c = counts[d] as number;
    const p = c * t;
    const at = Math.abs(t);
    if (!Number.isFinite(p) || Math.abs(p) > 2 ** 990 || (at !== 0 && at < 2 ** -900)) return undefined;
    const ct = SPLITTER * t;
    const th = ct - (ct - t), tl = t - th;
    const cc = SPLITTER * c;
    const ch = cc - (cc - c), cl = c - ch;
    terms[2 * d] = p;
    terms[2 * d + 1] = ((ch * th - p) + ch * tl + cl * th) + cl * tl;
  }
  return exactSum(terms);
}

/**
 * {@link summarise} of a group given as distinct values with counts: the same n, mean, variance and sd, bit for bit
 * (both sums are correctly rounded), or undefined when a term falls outside the exact range (use the elements).
 */
export function summariseCounted(values: ArrayLike<number>, counts: ArrayLike<number>, n: number, fn = 'outcomeByGroup'): GroupSummary | undefined {
  const total = exactCountedSum(values, counts);
  if (total === undefined) return undefined;
  const mean = total / n;
  let variance = 0;
  if (n > 1) {
    const ss = exactCountedSum(values, counts, mean);
    if (ss === undefined) return undefined;
    variance = ss / (n - 1);
  }
  if (!Number.isFinite(mean) || !Number.isFinite(variance)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: the mean or variance of a group is beyond the largest double (values near ±1e308)`, path: ['records'] });
  }
  return { n, mean, variance, sd: Math.sqrt(variance) };
}
