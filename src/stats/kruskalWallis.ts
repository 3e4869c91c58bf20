import { InsufficientDataError, InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { finiteArray, type NumericArray } from '../_internal/validate';
import { DistinctValues } from '../_internal/distinctValues';
import { midrankOf, midranksOfCounts, midranksOfSorted } from './_internal/midranks';
import { kruskalWallisResult } from './_internal/kruskalWallisResult';

/** Result of {@link kruskalWallis}, field for field R's `kruskal.test(list)`. */
export interface KruskalWallisResult {
  /** The tie-corrected Kruskal–Wallis H statistic. */
  readonly statistic: number;
  /** Degrees of freedom k − 1. */
  readonly df: number;
  /** Upper-tail p-value P(χ²_df ≥ H) (the large-sample approximation R and scipy use). */
  readonly pValue: number;
  /** Total number of observations. */
  readonly n: number;
  /** Number of observations in each group. */
  readonly groupSizes: number[];
  /** Mean rank of each group (midranks for ties, 1-based). */
  readonly meanRanks: number[];
  /** The tie correction divisor 1 − Σ(t³ − t)/(n³ − n) (1 when there are no ties). */
  readonly tieCorrection: number;
}

/**
 * Kruskal–Wallis rank-sum test that k independent samples come from the same distribution, corrected for ties.
 *
 * @remarks
 * The rank-based alternative to one-way ANOVA: all values are ranked together (ties get midranks), and H
 * measures how far the groups' mean ranks are from the overall mean rank (n + 1)/2. The p-value uses the χ²
 * approximation with k − 1 degrees of freedom, as R and scipy do.
 *
 * **Formula**
 * ```tex
 * H = \frac{\dfrac{12}{n(n+1)} \sum_{i=1}^{k} \dfrac{R_i^2}{n_i} - 3(n+1)}{1 - \dfrac{\sum_t (t^3 - t)}{n^3 - n}},\qquad \nu = k - 1
 * ```
 * where R_i is the rank sum of group i and t runs over the sizes of the groups of tied values. Equal to R 4.2.2
 * `kruskal.test(list)` and scipy 1.17 `kruskal(*groups)` (relative error below 1e-10 in the fixtures).
 *
 * **References**
 * Kruskal WH, Wallis WA (1952). Use of ranks in one-criterion variance analysis. *Journal of the American
 * Statistical Association* 47(260):583–621. https://doi.org/10.1080/01621459.1952.10483441
 * Hollander M, Wolfe DA, Chicken E (2014). *Nonparametric Statistical Methods*, 3rd edn. Wiley. Section 6.1.
 *
 * @param groups - k ≥ 2 arrays of finite numbers, none empty
 * @returns H, df, p-value, group sizes, mean ranks and the tie correction
 * @throws {InvalidInputError} when groups is not an array of arrays of finite numbers
 * @throws {InsufficientDataError} when there are fewer than 2 groups, a group is empty, or all values are equal
 * @example
 * ```ts
 * import { kruskalWallis } from 'social-outcomes/stats';
 * const r = kruskalWallis([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
 * r.statistic //=> 0.7714
 * r.pValue //=> 0.68
 * kruskalWallis([[1, 2, 3]]) //=> throws InsufficientDataError
 * ```
 */
export function kruskalWallis(groups: ReadonlyArray<NumericArray>): KruskalWallisResult {
  const fn = 'kruskalWallis';
  const gs = readGroups(fn, groups);
  const k = gs.length;
  const sizes = gs.map((g) => g.length);
  const n = sizes.reduce((s, v) => s + v, 0);
  // Midranks of the distinct values (found by hashing when there are few, else from one sorted copy); each
  // group's rank sum adds its values' midranks in input order, so both routes give the same sums bit for bit.
  const table = new DistinctValues(Math.max(1024, n >>> 3));
  let few = true;
  for (let i = 0; i < k && few; i++) few = table.addAll(gs[i] as Float64Array);
  let tieSum = 0;
  let rankSum: (g: Float64Array) => number;
  if (few) {
    const r = midranksOfCounts(table);
    tieSum = r.tieSum;
    rankSum = (g) => table.sumOver(g, r.midrank);
  } else {
    const sorted = new Float64Array(n);
    let off = 0;
    for (const g of gs) {
      sorted.set(g, off);
      off += g.length;
    }
    const r = midranksOfSorted(sorted.sort());
    for (const t of r.tieSizes) tieSum += t * t * t - t;
    rankSum = (g) => {
      let sum = 0;
      for (let j = 0; j < g.length; j++) sum += midrankOf(r, g[j] as number);
      return sum;
    };
  }
  return kruskalWallisResult(fn, sizes, gs.map((g) => rankSum(g)), tieSum);
}

/** Validates k ≥ 2 non-empty groups of finite numbers; returns copies. */
function readGroups(fn: string, groups: unknown): Float64Array[] {
  if (!Array.isArray(groups)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires groups to be an array of arrays of numbers (got ${describeValue(groups)})`, path: ['groups'] });
  }
  if (groups.length < 2) {
    throw new InsufficientDataError({ code: groups.length === 0 ? 'empty-input' : 'too-few-observations', message: `${fn} requires at least 2 groups (got ${groups.length})`, path: ['groups'] });
  }
  return Array.from(groups as unknown[], (g, i) => { // Array.from visits holes (as undefined); map skips them
    const x = finiteArray(fn, `groups[${i}]`, g, ['groups', i]);
    if (x.length === 0) {
      throw new InsufficientDataError({ code: 'empty-group', message: `${fn} requires every group to hold data (group ${i} is empty)`, path: ['groups', i] });
    }
    return x;
  });
}
