import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kruskalWallis } from '../../src/stats/kruskalWallis';
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
