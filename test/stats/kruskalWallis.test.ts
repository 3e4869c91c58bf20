import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kruskalWallis } from '../../src/stats/kruskalWallis';
import { rankWithTies } from '../../src/stats/rankWithTies';
import { kruskalWallisCounted } from '../../src/stats/_internal/kruskalWallisResult';
import { DistinctValues } from '../../src/_internal/distinctValues';
import { mulberry32 } from '../_helpers/mulberry32';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

// Issue 5 acceptance: relative error ≤ 1e-10. H is computed from exact (half-)integer rank sums; the p-value
// inherits the kernel's χ² survival function.
const RTOL = 1e-10;
const Groups = z.array(z.array(z.number()));

describe('kruskalWallis vs R kruskal.test', () => {
  const fx = loadFixture('stats/kruskalWallis/r.json', z.object({ groups: Groups, statistic: z.number(), df: z.number(), pValue: z.number() }));
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = kruskalWallis(c.groups);
    expectClose(r.statistic, c.statistic, { rtol: RTOL, atol: 1e-13, label: `case ${i} H` });
    expect(r.df).toBe(c.df);
    expectClose(r.pValue, c.pValue, { rtol: RTOL, label: `case ${i} p` });
  });
});

describe('kruskalWallis vs scipy kruskal', () => {
  const fx = loadFixture('stats/kruskalWallis/scipy.json', z.object({ groups: Groups, statistic: z.number(), df: z.number(), pValue: z.number() }));
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = kruskalWallis(c.groups);
    expectClose(r.statistic, c.statistic, { rtol: RTOL, atol: 1e-13, label: `case ${i} H` });
    expectClose(r.pValue, c.pValue, { rtol: RTOL, label: `case ${i} p` });
  });
});

describe('kruskalWallis', () => {
  it('Hollander & Wolfe (1973) p. 116 example as in R ?kruskal.test: H = 0.7714, p = 0.68', () => {
    const r = kruskalWallis([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
    expectClose(r.statistic, 0.771428571428571, { rtol: 1e-12 });
    expect(r.groupSizes).toEqual([5, 4, 5]);
    expect(r.tieCorrection).toBe(1);
    expectClose(r.meanRanks, [7.2, 9, 6.6], { rtol: 1e-14, label: 'R: tapply(rank(x), g, mean)' });
  });

  it('mean ranks average to (n + 1)/2', () => {
    const r = kruskalWallis([[1, 1, 2], [2, 3, 3], [1, 3]]);
    const n = 8;
    const avg = r.meanRanks.reduce((s, m, i) => s + m * (r.groupSizes[i] as number), 0) / n;
    expectClose(avg, (n + 1) / 2, { rtol: 1e-15 });
    expect(r.tieCorrection).toBeLessThan(1);
  });

  it('bad input', () => {
    expect(() => kruskalWallis([[1, 2, 3]])).toThrow(InsufficientDataError);
    expect(() => kruskalWallis([[1, 2], []])).toThrow(InsufficientDataError);
    expect(() => kruskalWallis([[2, 2], [2, 2, 2]])).toThrow(InsufficientDataError);
    expect(() => kruskalWallis([[1, Number.NaN], [2]])).toThrow(InvalidInputError);
    expect(() => kruskalWallis([[1, 2], 'ab' as never])).toThrow(InvalidInputError);
    expect(() => kruskalWallis(null as never)).toThrow(InvalidInputError);
  });
});

// Both routes to the midranks (hashing a few distinct values; sorting near-continuous data) must give the statistic
// the textbook computation gives from rankWithTies, bit for bit: the rank sums are sums of half-integers.
describe('kruskalWallis: hashed and sorted midranks agree with rankWithTies exactly', () => {
  const naive = (groups: number[][]) => {
    const all = groups.flat();
    const n = all.length;
    const { ranks, tieSizes } = rankWithTies(all);
    let off = 0, s = 0;
    for (const g of groups) {
      let r = 0;
      for (let j = 0; j < g.length; j++) r += ranks[off + j] as number;
      off += g.length;
      s += (r * r) / g.length;
    }
    let tie = 0;
    for (const t of tieSizes) tie += t * t * t - t;
    return ((12 * s) / (n * (n + 1)) - 3 * (n + 1)) / (1 - tie / (n * n * n - n));
  };
  it.each([
    ['few distinct values (hashed)', 3000, (u: number) => Math.round(u * 20) / 7 - 1.5],
    ['signed zeros among few values', 2000, (u: number) => (u < 0.2 ? -0 : u < 0.4 ? 0 : Math.round(u * 5))],
    ['continuous values (sorted)', 20000, (u: number) => u * 1e3 - 500],
    ['continuous with ties, more than 1024 distinct in a small sample', 3000, (u: number) => Math.round(u * 1500) / 3],
  ])('%s', (_, n, draw) => {
    const rand = mulberry32(n);
    const groups = [0, 1, 2, 3].map((g) => Array.from({ length: n / 4 + g * 7 }, () => draw(rand()) + (g === 2 ? 0.05 : 0)));
    expect(kruskalWallis(groups).statistic).toBe(naive(groups));
  });
});

describe('kruskalWallisCounted: from distinct values with counts, equal to kruskalWallis on the values', () => {
  it.each([
    ['few values', 3000, (u: number) => Math.round(u * 12) / 5],
    ['signed zeros', 1200, (u: number) => (u < 0.3 ? -0 : u < 0.5 ? 0 : Math.round(u * 4))],
  ])('%s', (_, n, draw) => {
    const rand = mulberry32(n + 1);
    const groups = [0, 1, 2].map((g) => Array.from({ length: n / 3 + 5 * g }, () => draw(rand()) + (g === 1 ? 0.2 : 0)));
    const tables = groups.map((g) => {
      const t = new DistinctValues(1 << 20);
      t.addAll(g);
      return t;
    });
    expect(kruskalWallisCounted('kruskalWallis', tables)).toEqual(kruskalWallis(groups));
  });
});
