// Property tests of change statistics (issue 10): permutation invariance of pairs, shift and scale
// equivariance, invariance of the Wilcoxon test under monotone transforms of the differences, and exact
// merging of the change accumulators. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { changeAggregate, changeStatesBy, effectSizes, mergeChangeStatesBy, pairedTTest, summarizeChange, summarizeChangeBy, wilcoxonSignedRank } from 'social-outcomes/change';
import { expectDeepClose, params, permuteAll } from '../_helpers';

/** Paired integer scores (an Outcomes Star-like 1–10 scale) with at least two distinct differences. */
const pairs = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), { minLength: 4, maxLength: 40 })
  .filter((ps) => new Set(ps.map(([a, b]) => b - a)).size > 1 && new Set(ps.map(([a]) => a)).size > 1 && new Set(ps.map(([, b]) => b)).size > 1);
const split = (ps: Array<[number, number]>): [number[], number[]] => [ps.map(([a]) => a), ps.map(([, b]) => b)];

describe('permutation invariance', () => {
  test.prop([pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })))], params)(
    'summarizeChange does not depend on the order of the pairs',
    ([ps, order]) => {
      const [pre, post] = split(ps);
      const [pre2, post2] = permuteAll(order, pre, post);
      // 1e-12 relative: the same sums in another order (the result is otherwise identical)
      expectDeepClose(summarizeChange(pre2, post2), summarizeChange(pre, post), 1e-12, 1e-14);
    },
  );

  test.prop([pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })))], params)(
    'summarizeChangeBy does not depend on the order of the rows',
    ([ps, order]) => {
      const rows = ps.map(([pre, post], i) => ({ provider: i % 3 === 0 ? 'A' : 'B', pre, post }));
      const [shuffled] = permuteAll(order, rows);
      expectDeepClose(summarizeChangeBy(shuffled, { by: ['provider'] }), summarizeChangeBy(rows, { by: ['provider'] }), 1e-12, 1e-14);
    },
  );
});

describe('shift and scale', () => {
  test.prop([pairs, fc.integer({ min: -100, max: 100 }), fc.constantFrom(0.5, 2, 4, 10)], params)(
    'pairedTTest: a common shift changes nothing; a positive scale k multiplies the mean change by k and leaves t and p unchanged',
    (ps, c, k) => {
      const [pre, post] = split(ps);
      const base = pairedTTest(pre, post);
      const shifted = pairedTTest(pre.map((x) => x + c), post.map((x) => x + c));
      // shifting both scores by an integer keeps every difference exact
      expect(shifted.meanDifference).toBe(base.meanDifference);
      expectDeepClose(shifted.statistic, base.statistic, 1e-12);
      const scaled = pairedTTest(pre.map((x) => x * k), post.map((x) => x * k));
      // k is a power of two or 10: differences scale exactly or within one rounding
      expectDeepClose(scaled.meanDifference, k * base.meanDifference, 1e-12, 1e-12);
      expectDeepClose(scaled.statistic, base.statistic, 1e-12);
      expectDeepClose(scaled.pValue, base.pValue, 1e-10, 1e-300);
      expectDeepClose(scaled.ci.lower, base.ci.lower === null ? null : k * base.ci.lower, 1e-12, 1e-12);
      const moved = pairedTTest(pre, post.map((x) => x + c));
      expectDeepClose(moved.meanDifference, base.meanDifference + c, 1e-12, 1e-12);
    },
  );

  test.prop([pairs, fc.constantFrom(0.5, 2, 3, 10)], params)('effect sizes are scale-invariant', (ps, k) => {
    const [pre, post] = split(ps);
    const a = effectSizes(pre, post);
    const b = effectSizes(pre.map((x) => x * k), post.map((x) => x * k));
    for (const key of ['dz', 'drm', 'davLakens', 'r'] as const) expectDeepClose(b[key], a[key], 1e-10, 1e-14);
  });

  test.prop([pairs], params)('wilcoxonSignedRank is invariant under a strictly increasing transform of |differences| that keeps signs', (ps) => {
    const [pre, post] = split(ps);
    const base = wilcoxonSignedRank(pre, post);
    // d → sign(d)·(d² + 3|d|): strictly increasing in |d|, zero stays zero, distinct |d| stay distinct
    const post2 = pre.map((x, i) => { const d = (post[i] as number) - x; return x + Math.sign(d) * (d * d + 3 * Math.abs(d)); });
    const t = wilcoxonSignedRank(pre, post2);
    expect([t.statistic, t.tPlus, t.tMinus, t.zeros, t.ties, t.method]).toEqual([base.statistic, base.tPlus, base.tMinus, base.zeros, base.ties, base.method]);
    expectDeepClose(t.pValue, base.pValue, 1e-12, 1e-300);
  });
});

describe('mergeable change accumulators', () => {
  test.prop([pairs, pairs], params)('changeAggregate: merge(stateOf(a), stateOf(b)) equals stateOf(a ++ b) exactly, and so do the summaries', (a, b) => {
    const agg = changeAggregate();
    const [pa, qa] = split(a), [pb, qb] = split(b);
    const merged = agg.merge(agg.stateOf(pa, qa), agg.stateOf(pb, qb));
    const whole = agg.stateOf([...pa, ...pb], [...qa, ...qb]);
    expect(merged).toEqual(whole);
    const added = a.reduce((s, [p, q]) => agg.add(s, { pre: p, post: q }), agg.init());
    expect(added).toEqual(agg.stateOf(pa, qa));
    // the state is an exact frequency table, so the summaries are identical, not just close
    expect(JSON.stringify(agg.finalize(merged))).toBe(JSON.stringify(agg.finalize(whole)));
    expectDeepClose(agg.finalize(whole), summarizeChange([...pa, ...pb], [...qa, ...qb]), 1e-12, 1e-14);
  });

  test.prop([pairs, pairs], params)('changeStatesBy: mergeChangeStatesBy of two parts equals the states of all rows', (a, b) => {
    const rows = (ps: Array<[number, number]>, tag: number): Array<Record<string, unknown> & { pre: number; post: number }> => ps.map(([pre, post], i) => ({ provider: (i + tag) % 2 === 0 ? 'A' : 'B', pre, post }));
    const ra = rows(a, 0), rb = rows(b, 1);
    const merged = mergeChangeStatesBy([changeStatesBy(ra, { by: ['provider'] }), changeStatesBy(rb, { by: ['provider'] })]);
    expect(merged).toEqual(changeStatesBy([...ra, ...rb], { by: ['provider'] }));
  });
});
