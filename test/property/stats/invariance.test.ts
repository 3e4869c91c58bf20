// Property tests of the stats kernel (issue 10): permutation invariance, mergeable accumulators, p-value
// adjustment bounds, distribution identities and confidence-interval sanity. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  betaCdf, betaSf, binomialCdf, binomialSf, chiSquaredCdf, chiSquaredSf, describe as describeValues, fCdf, fSf, kruskalWallis,
  moments, momentsOf, normalCdf, normalSf, pAdjust, poissonCdf, poissonSf, rankWithTies, signedRankCdf, signedRankSf,
  studentTCdf, studentTSf, type PAdjustMethod,
} from 'social-outcomes/stats';
import { expectDeepClose, params, permuteAll } from '../_helpers';

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 60 });
const order = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer(), { minLength: n, maxLength: n });

/** Exact n, mean and M2 of integers by BigInt: mean = S/n, M2 = (n·Q − S²)/n. */
function exactMoments(xs: ReadonlyArray<number>): { mean: number; m2: number } {
  const n = BigInt(xs.length);
  let s = 0n, q = 0n;
  for (const x of xs) { const b = BigInt(x); s += b; q += b * b; }
  const num = n * q - s * s; // n·M2
  return { mean: Number(s) / xs.length, m2: Number(num) / xs.length };
}

describe('permutation invariance', () => {
  test.prop([values.chain((xs) => fc.tuple(fc.constant(xs), order(xs.length)))], params)('describe and momentsOf do not depend on the order of the values', ([xs, o]) => {
    const [ys] = permuteAll(o, xs);
    // 1e-12 relative: different summation orders of the same doubles (the library shifts by the first value)
    expectDeepClose(describeValues(ys), describeValues(xs), 1e-12, 1e-12 * Math.max(...xs.map(Math.abs)));
    const a = momentsOf(xs), b = momentsOf(ys);
    expect(b.n).toBe(a.n);
    expect(b.min).toBe(a.min);
    expect(b.max).toBe(a.max);
    expectDeepClose(b.mean, a.mean, 1e-12, 1e-12 * Math.max(...xs.map(Math.abs)));
    expectDeepClose(b.m2, a.m2, 1e-10, 1e-12 * xs.length * Math.max(...xs.map((x) => x * x)));
  });

  test.prop([fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 5 }), fc.integer()], params)(
    'kruskalWallis is invariant to the order of groups and of values within groups',
    (groups, seed) => {
      const all = groups.flat();
      fc.pre(new Set(all).size > 1);
      const base = kruskalWallis(groups);
      const shuffled = [...groups].reverse().map((g, i) => [...g].sort((a, b) => ((a * 31 + seed + i) % 7) - ((b * 31 + seed + i) % 7)));
      const r = kruskalWallis(shuffled);
      // 1e-12 relative: the same rank sums added in another order
      expectDeepClose(r.statistic, base.statistic, 1e-12);
      expectDeepClose(r.pValue, base.pValue, 1e-12, 1e-300);
    },
  );

  test.prop([fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 })], params)('rankWithTies ranks are invariant to a strictly increasing transform', (xs) => {
    const r = rankWithTies(xs);
    const t = rankWithTies(xs.map((x) => x * x * x + 7 * x));
    expect(t.ranks).toEqual(r.ranks);
    expect(t.tieSizes).toEqual(r.tieSizes);
  });
});

describe('mergeable accumulators', () => {
  test.prop([fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 80 }), fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 80 })], params)(
    'moments: merge(accumulate(a), accumulate(b)) equals accumulate(a ++ b) and the exact moments within 1e-12 relative',
    (a, b) => {
      const add = (xs: number[]): ReturnType<typeof moments.init> => xs.reduce((s, x) => moments.add(s, x), moments.init());
      const merged = moments.merge(add(a), add(b));
      const whole = momentsOf([...a, ...b]);
      const exact = exactMoments([...a, ...b]);
      expect(merged.n).toBe(a.length + b.length);
      expect([merged.min, merged.max]).toEqual([whole.min, whole.max]);
      // integers up to 1e6: both paths must match the exact (BigInt) mean and M2 within 1e-12 relative
      const scale = Math.max(...[...a, ...b].map(Math.abs), 1);
      expectDeepClose(merged.mean, exact.mean, 1e-12, 1e-15 * scale);
      expectDeepClose(whole.mean, exact.mean, 1e-12, 1e-15 * scale);
      expectDeepClose(merged.m2, exact.m2, 1e-12, 1e-15 * scale * scale);
      expectDeepClose(whole.m2, exact.m2, 1e-12, 1e-15 * scale * scale);
    },
  );
});

describe('pAdjust', () => {
  const methods: PAdjustMethod[] = ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'];
  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.constantFrom(...methods)], params)(
    'adjusted p-values lie in [p, 1] and are permutation-equivariant',
    (p, method) => {
      const adj = pAdjust(p, method);
      adj.forEach((q, i) => {
        expect(q).toBeGreaterThanOrEqual(p[i] as number);
        expect(q).toBeLessThanOrEqual(1);
      });
      const rev = pAdjust([...p].reverse(), method);
      expect(rev).toEqual([...adj].reverse());
      expect([...adj].sort()).toEqual([...rev].sort());
    },
  );
});

describe('distributions', () => {
  const x = fc.double({ min: -50, max: 50, noNaN: true });
  const df = fc.double({ min: 0.05, max: 1e6, noNaN: true });
  test.prop([x, x, df, df], params)('CDFs are monotone and cdf + sf = 1 (normal, t, chi-squared, F)', (a, b, d1, d2) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const fams: Array<[(v: number) => number, (v: number) => number]> = [
      [(v) => normalCdf(v, { mean: 1, sd: 2 }), (v) => normalSf(v, { mean: 1, sd: 2 })],
      [(v) => studentTCdf(v, d1), (v) => studentTSf(v, d1)],
      [(v) => chiSquaredCdf(Math.abs(v), d1), (v) => chiSquaredSf(Math.abs(v), d1)],
      [(v) => fCdf(Math.abs(v), d1, d2), (v) => fSf(Math.abs(v), d1, d2)],
    ];
    fams.forEach(([cdf, sf], k) => {
      const [u, w] = k >= 2 ? [Math.min(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi))] : [lo, hi];
      expect(cdf(u)).toBeLessThanOrEqual(cdf(w));
      expect(sf(u)).toBeGreaterThanOrEqual(sf(w));
      // 4e-16 absolute: the two tails are computed separately and each is rounded once or twice
      expect(Math.abs(cdf(u) + sf(u) - 1)).toBeLessThanOrEqual(4e-16 * 4);
      expect(cdf(u)).toBeGreaterThanOrEqual(0);
      expect(cdf(u)).toBeLessThanOrEqual(1);
    });
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true })], params)('beta: cdf + sf = 1 and 0 ≤ cdf ≤ 1', (v, a, b) => {
    expect(Math.abs(betaCdf(v, a, b) + betaSf(v, a, b) - 1)).toBeLessThanOrEqual(2e-15);
  });

  test.prop([fc.integer({ min: -2, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), fc.integer({ min: 1, max: 30 })], params)(
    'discrete families: cdf + sf = 1 and cdf is monotone (binomial, Poisson, signed rank)',
    (k, n, p, mu, m) => {
      expect(Math.abs(binomialCdf(k, n, p) + binomialSf(k, n, p) - 1)).toBeLessThanOrEqual(2e-15);
      expect(binomialCdf(k, n, p)).toBeLessThanOrEqual(binomialCdf(k + 1, n, p));
      expect(Math.abs(poissonCdf(k, mu) + poissonSf(k, mu) - 1)).toBeLessThanOrEqual(2e-15);
      expect(poissonCdf(k, mu)).toBeLessThanOrEqual(poissonCdf(k + 1, mu));
      expect(Math.abs(signedRankCdf(k, m) + signedRankSf(k, m) - 1)).toBeLessThanOrEqual(2e-15);
      expect(signedRankCdf(k, m)).toBeLessThanOrEqual(signedRankCdf(k + 1, m));
    },
  );
});
