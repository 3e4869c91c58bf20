import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { moments, momentsOf, type MomentsState } from '../../src/stats/moments';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose, relativeError } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  values: z.array(z.number()),
  n: z.number(),
  mean: z.number(),
  variance: z.number().nullable().optional(),
  min: z.number(),
  max: z.number(),
  sum: z.number(),
});
const fixture = loadFixture('stats/moments/r.json', Case);

function fold(values: ReadonlyArray<number>): MomentsState {
  return values.reduce(moments.add, moments.init());
}

describe('moments against R 4.2.2 mean/var/min/max/sum (stats/moments/r.json)', () => {
  for (const [k, c] of fixture.cases.entries()) {
    it(`case ${k}: n = ${c.n}`, () => {
      for (const [how, state] of [['momentsOf', momentsOf(c.values)], ['fold', fold(c.values)]] as const) {
        const r = moments.finalize(state);
        const label = `case ${k} ${how}`;
        expect(r.n).toBe(c.n);
        expect(r.min).toBe(c.min);
        expect(r.max).toBe(c.max);
        // R's mean is a two-pass corrected mean (long double accumulation); ours is one pass: a few ulps apart.
        expectClose(r.mean, c.mean, { rtol: 1e-14, label: `${label} mean` });
        // sum = n * mean (one extra rounding) against R's long-double sum.
        expectClose(r.sum, c.sum, { rtol: 1e-14, label: `${label} sum` });
        if (c.variance === null || c.variance === undefined) {
          expect(r.variance).toBeNull();
          expect(r.sd).toBeNull();
        } else {
          // momentsOf (shifted Welford) vs R's two-pass var: 1e-12, also for 1e9 + U(0,1) (|mean|/sd ~ 4e9).
          // The fold keeps its running mean as a double, so each update sees an error of up to ulp(mean); its
          // relative error is bounded by about 4·ε·|mean|/sd (measured: 9e-8 for the 1e9 case, where the bound is 3e-6).
          const kappa = Math.abs(c.mean) / Math.sqrt(c.variance);
          const rtol = how === 'fold' ? Math.max(1e-12, 4 * Number.EPSILON * kappa) : 1e-12;
          expectClose(r.variance as number, c.variance, { rtol, label: `${label} variance` });
          expectClose(r.sd as number, Math.sqrt(c.variance), { rtol, label: `${label} sd` });
        }
      }
    });
  }
});

describe('moments merge (Chan et al. 1979)', () => {
  // Well-conditioned data (|mean|/sd bounded): merging two states must reproduce the state of the concatenation to
  // 1e-12 relative. Values are multiples of 1/1024 in [-1e6, 1e6] with at least two distinct values in a..b.
  const value = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((k) => k / 1024);
  fcTest.prop([fc.array(value, { minLength: 1, maxLength: 60 }), fc.array(value, { minLength: 1, maxLength: 60 })], { numRuns: 500 })(
    'merge(momentsOf(a), momentsOf(b)) equals momentsOf(a ++ b) within 1e-12 relative',
    (a, b) => {
      const merged = moments.merge(momentsOf(a), momentsOf(b));
      const whole = momentsOf([...a, ...b]);
      expect(merged.n).toBe(whole.n);
      expect(merged.min).toBe(whole.min);
      expect(merged.max).toBe(whole.max);
      const scale = Math.max(...[...a, ...b].map(Math.abs));
      // mean: relative 1e-12, or an absolute floor of 1e-12·max|x| when the mean is (nearly) zero by cancellation
      expectClose(merged.mean, whole.mean, { rtol: 1e-12, atol: 1e-12 * scale, label: 'mean' });
      // m2: relative 1e-12 when the data are not (almost) constant relative to their size; otherwise the floor
      // 1e-12·n·max|x|² is the accuracy any double state can carry (the deviations are below ulp(max|x|)·1e4)
      expectClose(merged.m2, whole.m2, { rtol: 1e-12, atol: 1e-12 * whole.n * scale * scale * 1e-8, label: 'm2' });
    },
  );

  fcTest.prop([fc.array(fc.array(value, { minLength: 0, maxLength: 20 }), { minLength: 1, maxLength: 8 })])(
    'merging any partition in any grouping gives the same result (empty parts included)',
    (parts) => {
      const all = parts.flat();
      fc.pre(all.length > 0);
      const left = parts.map(momentsOf).reduce(moments.merge, moments.init());
      const right = parts.map(momentsOf).reduceRight((acc, s) => moments.merge(s, acc), moments.init());
      const whole = momentsOf(all);
      const scale = Math.max(...all.map(Math.abs));
      for (const s of [left, right]) {
        expect(s.n).toBe(whole.n);
        expectClose(s.mean, whole.mean, { rtol: 1e-12, atol: 1e-12 * scale, label: 'mean' });
        expectClose(s.m2, whole.m2, { rtol: 1e-12, atol: 1e-20 * whole.n * scale * scale, label: 'm2' });
      }
    },
  );

  it('init() is the identity of merge', () => {
    const s = momentsOf([1, 2, 4]);
    expect(moments.merge(s, moments.init())).toEqual(s);
    expect(moments.merge(moments.init(), s)).toEqual(s);
    expect(moments.merge(moments.init(), moments.init())).toEqual(moments.init());
  });
});

describe('numerical robustness: 10⁷ values near 10⁹', () => {
  // x_i = 1e9 + k_i / 2^20 with k_i uniform in [0, 2^20): exactly representable (50 significant bits). The exact
  // mean and variance come from integer sums of k and k² (k² split into 10-bit halves so every partial sum is
  // an exact double) combined in BigInt: an exact-rational reference.
  const n = 10_000_000;
  const x = new Float64Array(n);
  let s1 = 0;
  let shh = 0;
  let shl = 0;
  let sll = 0;
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; // LCG, deterministic
    const k = seed >>> 12; // 20 bits
    const kh = k >>> 10;
    const kl = k & 1023;
    s1 += k;
    shh += kh * kh;
    shl += kh * kl;
    sll += kl * kl;
    x[i] = 1e9 + k / 1048576;
  }
  const S1 = BigInt(s1);
  const S2 = (BigInt(shh) << 20n) + (BigInt(shl) << 11n) + BigInt(sll);
  const N = BigInt(n);
  const exactVariance = Number(N * S2 - S1 * S1) / Number(N * (N - 1n) * (1n << 40n));
  const exactMean = 1e9 + s1 / (n * 1048576);

  it('momentsOf (shifted Welford) keeps the variance to 1e-12 relative', () => {
    const r = moments.finalize(momentsOf(x));
    expect(r.n).toBe(n);
    expectClose(r.mean, exactMean, { rtol: 1e-15, label: 'mean' });
    expectClose(r.variance as number, exactVariance, { rtol: 1e-12, label: 'variance' });
    // the naive Σx² − (Σx)²/n formula is off by orders of magnitude here; show that the test can fail
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      sum += x[i] as number;
      sumSq += (x[i] as number) * (x[i] as number);
    }
    const naive = (sumSq - (sum * sum) / n) / (n - 1);
    expect(relativeError(naive, exactVariance)).toBeGreaterThan(1e-3);
  });

  it('ten provider states merged equal the exact pooled variance to 1e-12 relative', () => {
    const parts: MomentsState[] = [];
    for (let p = 0; p < 10; p++) parts.push(momentsOf(x.subarray(p * 1_000_000, (p + 1) * 1_000_000)));
    const r = moments.finalize(parts.reduce(moments.merge, moments.init()));
    expectClose(r.mean, exactMean, { rtol: 1e-15, label: 'mean' });
    // Each state's mean is a double near 1e9 (ulp 1.2e-7), so the mean difference δ of a merge carries an error of
    // about ulp(1e9), adding ~ulp·|δ|·nₐn_b/n to M2: measured 2.4e-11 relative; 1e-10 allows for other seeds.
    expectClose(r.variance as number, exactVariance, { rtol: 1e-10, label: 'variance' });
  });

  // The fold keeps a double running mean near 1e9: relative error about ε·|mean|/sd (measured 5e-8 on all 10⁷).
  it('the one-value-at-a-time fold (no shift) stays within 1e-6 relative on 10⁶ of them', () => {
    const sub = x.subarray(0, 1_000_000);
    let state = moments.init();
    for (let i = 0; i < sub.length; i++) state = moments.add(state, sub[i] as number);
    const reference = moments.finalize(momentsOf(sub));
    expect(state.n).toBe(1_000_000);
    expectClose(moments.finalize(state).variance as number, reference.variance as number, { rtol: 1e-6, label: 'fold variance' });
  });
});

describe('moments contract', () => {
  it('add and merge are pure and return plain JSON objects', () => {
    const a = deepFreeze(momentsOf([1, 2, 3]));
    const b = deepFreeze(momentsOf([10]));
    const added = moments.add(a, 4);
    const merged = moments.merge(a, b);
    expect(added).not.toBe(a);
    expect(merged).not.toBe(a);
    expect(a).toEqual({ n: 3, mean: 2, m2: 2, min: 1, max: 3 });
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
    expect(JSON.parse(JSON.stringify(moments.init()))).toEqual(moments.init());
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
  it('finalize: variance and sd are null for n = 1 (not estimable), sum = n·mean', () => {
    expect(moments.finalize(momentsOf([5]))).toEqual({ n: 1, mean: 5, variance: null, sd: null, min: 5, max: 5, sum: 5 });
    expect(moments.finalize(momentsOf([1, 2, 3, 4]))).toEqual({ n: 4, mean: 2.5, variance: 5 / 3, sd: Math.sqrt(5 / 3), min: 1, max: 4, sum: 10 });
  });
  it('a state survives a JSON round trip and merges the same', () => {
    const a = momentsOf([1.5, 2.25, 9]);
    const b = JSON.parse(JSON.stringify(momentsOf([4, 4, 7]))) as MomentsState;
    expect(moments.merge(a, b)).toEqual(moments.merge(a, momentsOf([4, 4, 7])));
  });
  it('momentsOf accepts typed arrays and does not mutate them; an empty array gives the empty state', () => {
    const t = new Float64Array([3, 1, 2]);
    expect(momentsOf(t)).toEqual(momentsOf([3, 1, 2]));
    expect(Array.from(t)).toEqual([3, 1, 2]);
    expect(momentsOf(new Int32Array([1, 2, 3]))).toEqual({ n: 3, mean: 2, m2: 2, min: 1, max: 3 });
    expect(momentsOf([])).toEqual(moments.init());
  });
  it('throws typed errors', () => {
    expect(() => moments.finalize(moments.init())).toThrow(InsufficientDataError);
    expect(() => moments.finalize(momentsOf([]))).toThrow(/moments.finalize requires at least 1 value \(got 0\)/);
    expect(() => moments.add(moments.init(), Number.NaN)).toThrow(InvalidInputError);
    expect(() => moments.add(moments.init(), Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => moments.add(moments.init(), '1' as unknown as number)).toThrow(InvalidInputError);
    expect(() => moments.merge({ n: 1, mean: 0, m2: 0, min: null, max: null }, moments.init())).toThrow(InvalidInputError);
    expect(() => moments.merge(null as unknown as MomentsState, moments.init())).toThrow(InvalidInputError);
    expect(() => moments.finalize({ n: 2, mean: Number.NaN, m2: 0, min: 1, max: 1 })).toThrow(InvalidInputError);
    expect(() => momentsOf([1, Number.NaN])).toThrow(/momentsOf requires values to hold finite numbers \(got NaN\) → at values\[1\]/);
    expect(() => momentsOf(new Float64Array([1, Number.NEGATIVE_INFINITY]))).toThrow(InvalidInputError);
    expect(() => momentsOf('abc' as unknown as number[])).toThrow(InvalidInputError);
  });
});
