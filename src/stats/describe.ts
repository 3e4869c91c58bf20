import { quantile } from 'simple-statistics';
import { atLeast, finiteArray, type NumericArray } from '../_internal/validate';
import { moments, momentsOf } from './moments';

/** Result of {@link describe}: the five-number summary with n, mean, standard deviation and IQR. */
export interface Description {
  /** Number of values. */
  readonly n: number;
  /** Arithmetic mean. */
  readonly mean: number;
  /** Sample standard deviation (divisor n − 1), or `null` when n = 1 (not estimable; see {@link MomentsResult}). */
  readonly sd: number | null;
  /** Smallest value. */
  readonly min: number;
  /** First quartile (R type 7). */
  readonly q1: number;
  /** Median. */
  readonly median: number;
  /** Third quartile (R type 7). */
  readonly q3: number;
  /** Largest value. */
  readonly max: number;
  /** Interquartile range q3 − q1. */
  readonly iqr: number;
}

/**
 * Describes a sample: n, mean, standard deviation, minimum, quartiles, median, maximum and interquartile range.
 *
 * @remarks
 * Quartiles use linear interpolation between order statistics, **R's default `quantile(type = 7)`** (and
 * numpy's `'linear'`, Excel's `QUARTILE.INC`). They are computed by simple-statistics `quantile`, which
 * implements exactly that definition by selection (no full sort, no mutation of the input); this is the one
 * place the library uses simple-statistics, because here it is exact (checked against R `quantile(type = 7)`
 * in the fixtures). The mean and standard deviation come from {@link momentsOf}.
 *
 * **Formula**
 * ```tex
 * Q(p) = x_{(\lfloor h \rfloor + 1)} + (h - \lfloor h \rfloor)\,\big(x_{(\lfloor h \rfloor + 2)} - x_{(\lfloor h \rfloor + 1)}\big),
 * \quad h = (n - 1)p,\quad x_{(k)} \text{ the k-th smallest}\\
 * q_1 = Q(0.25),\quad \text{median} = Q(0.5),\quad q_3 = Q(0.75),\quad \text{IQR} = q_3 - q_1
 * ```
 *
 * **References**
 * - Hyndman RJ, Fan Y (1996). Sample quantiles in statistical packages. *The American Statistician*
 *   50(4):361–365, definition 7. https://doi.org/10.1080/00031305.1996.10473566
 * - simple-statistics 7.12, `quantile`. https://simple-statistics.github.io/docs/#quantile
 *
 * @param values - finite numbers (a plain or typed array), at least one
 * @returns the summary; `sd` is `null` when there is a single value
 * @throws {InvalidInputError} when values is not an array or holds a non-finite number or a non-number
 * @throws {InsufficientDataError} when values is empty
 * @example
 * ```ts
 * import { describe } from 'social-outcomes/stats';
 * describe([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]) //=> { n: 12, mean: 4.3333333, min: 1, q1: 2.75, median: 4.5, q3: 5.25, max: 9, iqr: 2.5 }
 * describe([42]) //=> { n: 1, mean: 42, sd: null, median: 42, iqr: 0 }
 * describe([]) //=> throws InsufficientDataError
 * ```
 */
export function describe(values: NumericArray): Description {
  const fn = 'describe';
  const x = finiteArray(fn, 'values', values);
  atLeast(fn, 'value', x.length, 1, ['values']);
  const m = moments.finalize(momentsOf(x));
  const [q1, median, q3] = quantile(Array.from(x), [0.25, 0.5, 0.75]) as [number, number, number];
  return { n: m.n, mean: m.mean, sd: m.sd, min: m.min, q1, median, q3, max: m.max, iqr: q3 - q1 };
}
