/**
 * The Kruskal–Wallis statistic and result from each group's size and rank sum and the tie term Σ(t³ − t), shared by
 * `kruskalWallis` (ranks from the values) and the counted route (ranks from distinct values with counts).
 *
 * @packageDocumentation
 */
import { InsufficientDataError } from '../../errors';
import { DistinctValues } from '../../_internal/distinctValues';
import { chiSquaredSf } from '../chiSquared';
import type { KruskalWallisResult } from '../kruskalWallis';
import { midranksOfCounts } from './midranks';

/** Finishes the test: H = (12/(n(n+1)) Σ R_i²/n_i − 3(n+1)) / (1 − Σ(t³−t)/(n³−n)), p from χ²(k − 1). */
export function kruskalWallisResult(fn: string, sizes: number[], rankSums: ReadonlyArray<number>, tieSum: number): KruskalWallisResult {
  const k = sizes.length;
  const n = sizes.reduce((s, v) => s + v, 0);
  const tieCorrection = 1 - tieSum / (n * n * n - n);
  if (!(tieCorrection > 0)) {
    throw new InsufficientDataError({ code: 'zero-variance', message: `${fn} requires values that are not all equal (all ${n} values are tied)`, path: ['groups'] });
  }
  let s = 0;
  const meanRanks: number[] = [];
  for (let i = 0; i < k; i++) {
    const ri = rankSums[i] as number;
    const ni = sizes[i] as number;
    s += (ri * ri) / ni;
    meanRanks.push(ri / ni);
  }
  const statistic = ((12 * s) / (n * (n + 1)) - 3 * (n + 1)) / tieCorrection;
  const df = k - 1;
  return { statistic, df, pValue: chiSquaredSf(Math.max(0, statistic), df), n, groupSizes: sizes, meanRanks, tieCorrection };
}

/**
 * Kruskal–Wallis from each group's distinct values with counts (at least 2 groups, none empty): midranks of the
 * pooled distinct values, and each group's rank sum Σ count × midrank. Rank sums are sums of half-integers, exact in
 * doubles, so the result equals `kruskalWallis` on the expanded values bit for bit.
 */
export function kruskalWallisCounted(fn: string, groups: ReadonlyArray<DistinctValues>): KruskalWallisResult {
  const pooled = new DistinctValues(Number.MAX_SAFE_INTEGER);
  for (const g of groups) pooled.addCounted(g.values(), g.counts());
  const { midrank, tieSum } = midranksOfCounts(pooled);
  const sizes: number[] = [];
  const rankSums: number[] = [];
  for (const g of groups) {
    const v = g.values(), c = g.counts();
    let r = 0, n = 0;
    for (let d = 0; d < g.size; d++) {
      r += (c[d] as number) * (midrank[pooled.find(v[d] as number)] as number);
      n += c[d] as number;
    }
    sizes.push(n);
    rankSums.push(r);
  }
  return kruskalWallisResult(fn, sizes, rankSums, tieSum);
}
