import { atLeast, finiteArray, type NumericArray } from '../_internal/validate';
import { midrankOf, midranksOfSorted } from './_internal/midranks';

/** Result of {@link rankWithTies}. */
export interface RankResult {
  /** The midrank of each value, 1-based, in input order (tied values share the mean of their ranks). */
  readonly ranks: number[];
  /**
   * The size t of each group of tied values with t ≥ 2, in increasing order of the tied value
   * (empty when all values differ). Feeds tie corrections such as Σ(t³ − t).
   */
  readonly tieSizes: number[];
}

/**
 * Ranks values with midranks for ties (R `rank(x, ties.method = "average")`) and reports the tie-group sizes.
 *
 * @remarks
 * The rank statistics of the library (Wilcoxon signed-rank, Mann–Whitney, Kruskal–Wallis, Spearman) rest on
 * this. It sorts a typed copy of the values with the engine's numeric sort (no comparator callback), records each
 * distinct value's midrank in one pass, then finds every input value's midrank by binary search over the distinct
 * values (O(n log n) in all; the input is never sorted in place). Values are compared numerically, so `-0` and `0`
 * are tied.
 *
 * **Formula**
 * ```tex
 * \text{for a tie group occupying sorted positions } a, a+1, \dots, a+t-1:\quad
 * r = a + \frac{t - 1}{2} \text{ for each member}
 * ```
 *
 * **References**
 * - Kendall MG (1945). The treatment of ties in ranking problems. *Biometrika* 33(3):239–251.
 *   https://doi.org/10.1093/biomet/33.3.239
 * - R Core Team (2022). `rank`, package base, R 4.2.2 (`ties.method = "average"`).
 *   https://stat.ethz.ch/R-manual/R-devel/library/base/html/rank.html
 *
 * @param values - finite numbers (a plain or typed array), at least one
 * @returns the midranks in input order and the sizes of the tie groups
 * @throws {InvalidInputError} when values is not an array or holds a non-finite number or a non-number
 * @throws {InsufficientDataError} when values is empty
 * @example
 * ```ts
 * import { rankWithTies } from 'social-outcomes/stats';
 * rankWithTies([10, 20, 10, 30, 20, 20]) //=> { ranks: [1.5, 4, 1.5, 6, 4, 4], tieSizes: [2, 3] }
 * rankWithTies([3, 1, 2]) //=> { ranks: [3, 1, 2], tieSizes: [] }
 * rankWithTies([1, Number.NaN]) //=> throws InvalidInputError
 * ```
 */
export function rankWithTies(values: NumericArray): RankResult {
  const fn = 'rankWithTies';
  const x = finiteArray(fn, 'values', values);
  const n = x.length;
  atLeast(fn, 'value', n, 1, ['values']);
  // A comparator-free typed sort; it puts -0 before 0, which the midrank scan and search treat as equal.
  const sorted = x.slice();
  sorted.sort();
  const r = midranksOfSorted(sorted);
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) ranks[i] = midrankOf(r, x[i] as number);
  const tieSizes = r.tieSizes;
  return { ranks, tieSizes };
}
