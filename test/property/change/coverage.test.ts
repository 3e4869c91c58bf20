// Coverage and invariance of the change tests (issue 10): seeded simulations with the library's own
// seededRandom show the 95% paired-t interval for the mean change and the Wilson interval cover the true value
// in 93–97% of 2000 draws; pairedTTest, wilcoxonSignedRank, signTest, effectSizes, mcnemarTest and reliableChange
// do not depend on the order of the pairs; shift, scale and sign-flip equivariance at real-valued constants.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { changeStatesBy, effectSizes, mcnemarTest, pairedTTest, reliableChange, signTest, summarizeChangeBy, summarizeChangeStatesBy, wilcoxonSignedRank, type BinaryReading } from 'social-outcomes/change';
import { normalQuantile, seededRandom, welchTTest, wilsonInterval } from 'social-outcomes/stats';
import { expectDeepClose, params, permuteAll } from '../_helpers';

const B = 2000;
/** A standard normal deviate from the library's generator (inverse CDF; u = 0 cannot reach normalQuantile). */
const gauss = (u: () => number): number => normalQuantile(Math.max(u(), 1e-300));

describe('confidence-interval coverage (2000 seeded draws; Binomial(2000, 0.95) sd is 0.0049, so 93–97% is ±4 sd)', () => {
  it('pairedTTest: the 95% t interval for the mean change covers the true change', () => {
    const u = seededRandom(20_251_123);
    let hit = 0;
    for (let b = 0; b < B; b++) {
      // 12 people; differences are normal, so the t interval is exact
      const pre = Array.from({ length: 12 }, () => 30 + 6 * gauss(u));
      const post = pre.map((x) => x + 1.5 + 2 * gauss(u));
      const { ci } = pairedTTest(pre, post);
      if ((ci.lower as number) <= 1.5 && 1.5 <= (ci.upper as number)) hit++;
    }
    expect(hit / B).toBeGreaterThanOrEqual(0.93);
    expect(hit / B).toBeLessThanOrEqual(0.97);
  });

  it('wilsonInterval: the 95% interval covers p (p uniform on [0.1, 0.9], n = 50)', () => {
    const u = seededRandom('wilson-coverage');
    let hit = 0;
    for (let b = 0; b < B; b++) {
      const p = 0.1 + 0.8 * u();
      let x = 0;
      for (let i = 0; i < 50; i++) if (u() < p) x++;
      const ci = wilsonInterval(x, 50);
      if (ci.lower <= p && p <= ci.upper) hit++;
    }
    expect(hit / B).toBeGreaterThanOrEqual(0.93);
    expect(hit / B).toBeLessThanOrEqual(0.97);
  });

  it('welchTTest: the 95% interval for a difference of means covers it under unequal variances', () => {
    const u = seededRandom(77);
    let hit = 0;
    for (let b = 0; b < B; b++) {
      const x = Array.from({ length: 9 }, () => 10 + gauss(u));
      const y = Array.from({ length: 15 }, () => 8 + 4 * gauss(u));
      const { confidenceInterval: ci } = welchTTest(x, y);
      if (ci.lower <= 2 && 2 <= ci.upper) hit++;
    }
    // Welch's interval is approximate, but within a point of nominal at these sizes (Best & Rayner 1987)
    expect(hit / B).toBeGreaterThanOrEqual(0.93);
    expect(hit / B).toBeLessThanOrEqual(0.97);
  });
});

/** Paired 1–10 scores with at least two distinct differences, plus a permutation. */
const pairs = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), { minLength: 6, maxLength: 40 })
  .filter((ps) => new Set(ps.map(([a, b]) => b - a)).size > 1 && new Set(ps.map(([a]) => a)).size > 1 && new Set(ps.map(([, b]) => b)).size > 1);
const withOrder = pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })));
const split = (ps: Array<[number, number]>): [number[], number[]] => [ps.map(([a]) => a), ps.map(([, b]) => b)];

describe('order of the pairs does not matter', () => {
  test.prop([withOrder], params)('pairedTTest, wilcoxonSignedRank, signTest, effectSizes', ([ps, order]) => {
    const [pre, post] = split(ps);
    const [pre2, post2] = permuteAll(order, pre, post);
    // 1e-12 relative: the same sums in another order; rank statistics are exact
    expectDeepClose(pairedTTest(pre2, post2), pairedTTest(pre, post), 1e-12, 1e-14);
    expect(JSON.stringify(wilcoxonSignedRank(pre2, post2))).toBe(JSON.stringify(wilcoxonSignedRank(pre, post)));
    expect(JSON.stringify(signTest(pre2, post2))).toBe(JSON.stringify(signTest(pre, post)));
    expectDeepClose(effectSizes(pre2, post2), effectSizes(pre, post), 1e-10, 1e-14);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })), { minLength: 2, maxLength: 60 }).chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })))], params)(
    'mcnemarTest (asymptotic and exact) is byte-identical for any order',
    ([ps, order]) => {
      const [a, b] = split(ps);
      const [a2, b2] = permuteAll(order, a, b);
      for (const exact of [false, true]) {
        const run = (x: number[], y: number[]): string => { try { return JSON.stringify(mcnemarTest(x as BinaryReading[], y as BinaryReading[], { exact })); } catch (e) { return `threw ${(e as Error).name}: ${(e as Error).message}`; } };
        expect(run(a2, b2)).toBe(run(a, b));
      }
    },
  );

  test.prop([withOrder, fc.constantFrom(0.5, 2, 10)], params)('reliableChange: people follow the permutation; counts do not change; scaling scores and sd leaves every RCI unchanged', ([ps, order], k) => {
    const [pre, post] = split(ps);
    const opts = { reliability: 0.85, sd: 2.5 };
    const base = reliableChange(pre, post, opts);
    const [pre2, post2] = permuteAll(order, pre, post);
    const moved = reliableChange(pre2, post2, opts);
    expect(moved.counts).toEqual(base.counts);
    const [expectedPeople] = permuteAll(order, base.people as unknown[]);
    expect(moved.people).toEqual(expectedPeople);
    const scaled = reliableChange(pre.map((x) => x * k), post.map((x) => x * k), { reliability: 0.85, sd: 2.5 * k });
    expect(scaled.counts).toEqual(base.counts);
    scaled.people.forEach((p, i) => expectDeepClose(p.rci, (base.people[i] as { rci: number }).rci, 1e-12, 1e-14));
  });
});

describe('shift, scale and sign at real-valued constants', () => {
  const shift = fc.double({ min: -1e4, max: 1e4, noNaN: true });
  const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
  test.prop([pairs, shift, scale], params)('pairedTTest: d_z, t and p are invariant under a common shift and a positive scale; the mean change and CI scale by k', (ps, c, k) => {
    const [pre, post] = split(ps);
    const base = pairedTTest(pre, post);
    const baseEs = effectSizes(pre, post);
    const t = pairedTTest(pre.map((x) => k * x + c), post.map((x) => k * x + c));
    const es = effectSizes(pre.map((x) => k * x + c), post.map((x) => k * x + c));
    // k·x + c rounds once per score: differences carry a relative error of about ulp(|c| + 10k)/k·|d|, so 1e-9
    expectDeepClose(t.statistic, base.statistic, 1e-9, 1e-12);
    expectDeepClose(t.pValue, base.pValue, 1e-7, 1e-300);
    expectDeepClose(t.meanDifference, k * base.meanDifference, 1e-9, 1e-9 * k);
    expectDeepClose(t.ci.lower, k * (base.ci.lower as number), 1e-9, 1e-9 * k);
    expectDeepClose(t.ci.upper, k * (base.ci.upper as number), 1e-9, 1e-9 * k);
    for (const key of ['dz', 'drm', 'davLakens', 'r'] as const) expectDeepClose(es[key], baseEs[key], 1e-8, 1e-12);
  });

  test.prop([pairs], params)('swapping pre and post negates the mean change, t and d_z and keeps the two-sided p', (ps) => {
    const [pre, post] = split(ps);
    const a = pairedTTest(pre, post), b = pairedTTest(post, pre);
    // `+ 0` folds -0 into 0 (JSON writes both as 0)
    expect(b.meanDifference + 0).toBe(-a.meanDifference + 0);
    expect(b.statistic + 0).toBe(-a.statistic + 0);
    expect(b.pValue).toBe(a.pValue);
    expect(effectSizes(post, pre).dz + 0).toBe(-effectSizes(pre, post).dz + 0);
    const w1 = wilcoxonSignedRank(pre, post), w2 = wilcoxonSignedRank(post, pre);
    expect([w2.tPlus, w2.tMinus, w2.pValue]).toEqual([w1.tMinus, w1.tPlus, w1.pValue]);
  });

  test.prop([pairs, fc.integer({ min: -1000, max: 1000 })], params)('wilcoxonSignedRank and signTest are unchanged by a common shift', (ps, c) => {
    const [pre, post] = split(ps);
    expect(JSON.stringify(wilcoxonSignedRank(pre.map((x) => x + c), post.map((x) => x + c)))).toBe(JSON.stringify(wilcoxonSignedRank(pre, post)));
    expect(JSON.stringify(signTest(pre.map((x) => x + c), post.map((x) => x + c)))).toBe(JSON.stringify(signTest(pre, post)));
  });
});

describe('grouped summaries from states', () => {
  test.prop([pairs], params)('summarizeChangeStatesBy(changeStatesBy(rows)) is byte-identical to summarizeChangeBy(rows)', (ps) => {
    const rows = ps.map(([pre, post], i) => ({ provider: ['A', 'B', 'C'][i % 3] as string, pre, post }));
    const options = { by: ['provider'], range: { min: 1, max: 10 } };
    expect(JSON.stringify(summarizeChangeStatesBy(changeStatesBy(rows, options), options))).toBe(JSON.stringify(summarizeChangeBy(rows, options)));
  });
});
