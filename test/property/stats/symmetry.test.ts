// Symmetry, equivariance and consistency properties of the stats kernel's tests and intervals (issue 10):
// swapping groups negates or inverts estimates, shifting and scaling leaves test statistics unchanged, group and
// category order does not matter, and summary-statistic entry points agree with the raw-data ones.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  chiSquaredGoodnessOfFit, chiSquaredIndependence, kruskalWallis, momentsOf, newcombeInterval, oddsRatio, pAdjust, riskRatio,
  tInterval, tIntervalFromSummary, welchAnova, welchAnovaFromSummary, welchTTest, welchTTestFromSummary, type PAdjustMethod,
} from 'social-outcomes/stats';
import { expectDeepClose, params, permuteAll } from '../_helpers';

/** A sample on a 1/4 grid with at least two distinct values (a zero variance is refused by design). */
const sample = fc.array(fc.integer({ min: -400, max: 400 }).map((k) => k / 4), { minLength: 3, maxLength: 30 }).filter((xs) => new Set(xs).size > 1);
const summary = (xs: number[]): { n: number; mean: number; sd: number } => {
  const m = momentsOf(xs);
  return { n: m.n, mean: m.mean, sd: Math.sqrt(m.m2 / (m.n - 1)) };
};

describe('two-sample and k-sample tests', () => {
  test.prop([sample, sample, fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true })], params)(
    'welchTTest: swapping groups negates t and the difference; a common shift and positive scale keep t, df and p',
    (x, y, c, k) => {
      const a = welchTTest(x, y), b = welchTTest(y, x);
      expectDeepClose(b.statistic, -a.statistic, 1e-12, 1e-14);
      expectDeepClose(b.difference, -a.difference, 1e-12, 1e-14);
      expectDeepClose(b.pValue, a.pValue, 1e-12, 1e-300);
      expectDeepClose(b.df, a.df, 1e-12);
      const t = welchTTest(x.map((v) => k * v + c), y.map((v) => k * v + c));
      // one rounding of k·v + c per value: 1e-8 relative on t (differences of shifted values lose ~log10(|c|/k) digits)
      expectDeepClose(t.statistic, a.statistic, 1e-8, 1e-9);
      expectDeepClose(t.df, a.df, 1e-8);
      expectDeepClose(t.pValue, a.pValue, 1e-6, 1e-300);
      expectDeepClose(t.difference, k * a.difference, 1e-8, 1e-9 * k);
      // the summary entry point agrees with the raw-data one
      expectDeepClose(welchTTestFromSummary(summary(x), summary(y)), a, 1e-10, 1e-12);
    },
  );

  test.prop([fc.array(sample, { minLength: 2, maxLength: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-2, max: 1e2, noNaN: true })], params)(
    'welchAnova: invariant to group order, common shift and positive scale; the summary entry point agrees',
    (groups, c, k) => {
      const a = welchAnova(groups);
      const r = welchAnova([...groups].reverse());
      expectDeepClose(r.statistic, a.statistic, 1e-10);
      expectDeepClose(r.pValue, a.pValue, 1e-9, 1e-300);
      const s = welchAnova(groups.map((g) => g.map((v) => k * v + c)));
      expectDeepClose(s.statistic, a.statistic, 1e-7);
      expectDeepClose(s.df2, a.df2, 1e-7);
      const fromSummary = welchAnovaFromSummary(groups.map(summary));
      expectDeepClose(fromSummary.statistic, a.statistic, 1e-10);
      expectDeepClose(fromSummary.pValue, a.pValue, 1e-9, 1e-300);
    },
  );

  test.prop([fc.array(fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 10 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(0.25, 3, 1e3)], params)(
    'kruskalWallis: exactly invariant to a common shift and positive scale (it uses ranks only)',
    (groups, c, k) => {
      fc.pre(new Set(groups.flat()).size > 1);
      const a = kruskalWallis(groups);
      const b = kruskalWallis(groups.map((g) => g.map((v) => k * v + c)));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    },
  );
});

describe('tables and proportions', () => {
  const table = fc.integer({ min: 2, max: 4 }).chain((c) => fc.array(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: c, maxLength: c }), { minLength: 2, maxLength: 4 }));
  test.prop([table], params)('chiSquaredIndependence: invariant to transposition and to row order', (t) => {
    const a = chiSquaredIndependence(t);
    const tr = chiSquaredIndependence(t[0]!.map((_, j) => t.map((row) => row[j] as number)));
    const rev = chiSquaredIndependence([...t].reverse());
    for (const r of [tr, rev]) {
      expectDeepClose(r.statistic, a.statistic, 1e-12, 1e-14);
      expectDeepClose(r.pValue, a.pValue, 1e-12, 1e-300);
      expect(r.df).toBe(a.df);
    }
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 2, maxLength: 8 }).chain((xs) => fc.tuple(fc.constant(xs), fc.array(fc.integer(), { minLength: xs.length, maxLength: xs.length })))], params)(
    'chiSquaredGoodnessOfFit: permuting categories together with their probabilities changes nothing',
    ([counts, order]) => {
      fc.pre(counts.some((v) => v > 0));
      const p = counts.map((_, i) => (i + 1) / ((counts.length * (counts.length + 1)) / 2));
      const a = chiSquaredGoodnessOfFit(counts, { p });
      const [c2, p2] = permuteAll(order, counts, p);
      const b = chiSquaredGoodnessOfFit(c2, { p: p2 });
      expectDeepClose(b.statistic, a.statistic, 1e-12, 1e-14);
      expectDeepClose(b.pValue, a.pValue, 1e-12, 1e-300);
    },
  );

  const twoGroups = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })).chain(([n1, n2]) => fc.tuple(fc.integer({ min: 0, max: n1 }), fc.constant(n1), fc.integer({ min: 0, max: n2 }), fc.constant(n2)));
  test.prop([twoGroups], params)('newcombeInterval: swapping the groups negates the difference interval', ([x1, n1, x2, n2]) => {
    const a = newcombeInterval(x1, n1, x2, n2), b = newcombeInterval(x2, n2, x1, n1);
    expectDeepClose(b.estimate, -a.estimate, 1e-12, 1e-15);
    expectDeepClose(b.lower, -a.upper, 1e-12, 1e-15);
    expectDeepClose(b.upper, -a.lower, 1e-12, 1e-15);
  });

  test.prop([twoGroups.filter(([x1, n1, x2, n2]) => x1 > 0 && x2 > 0 && x1 < n1 && x2 < n2)], params)(
    'riskRatio and oddsRatio: swapping the groups inverts the estimate and the interval',
    ([x1, n1, x2, n2]) => {
      for (const f of [riskRatio, oddsRatio]) {
        const a = f(x1, n1, x2, n2), b = f(x2, n2, x1, n1);
        expectDeepClose(b.estimate, 1 / a.estimate, 1e-12);
        expectDeepClose(b.lower, 1 / a.upper, 1e-12);
        expectDeepClose(b.upper, 1 / a.lower, 1e-12);
      }
    },
  );
});

describe('intervals and adjustment', () => {
  test.prop([sample], params)('tIntervalFromSummary equals tInterval on the same data', (xs) => {
    expectDeepClose(tIntervalFromSummary(summary(xs)), tInterval(xs), 1e-12, 1e-12);
  });

  const methods: PAdjustMethod[] = ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'];
  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }).chain((p) => fc.tuple(fc.constant(p), fc.array(fc.integer(), { minLength: p.length, maxLength: p.length }))), fc.constantFrom(...methods)], params)(
    'pAdjust is equivariant under any permutation and monotone in the raw p-values',
    ([p, order], method) => {
      const adj = pAdjust(p, method);
      const [q] = permuteAll(order, p);
      const [expected] = permuteAll(order, adj);
      expect(pAdjust(q, method)).toEqual(expected);
      // a smaller raw p never gets a larger adjusted p
      p.forEach((pi, i) => p.forEach((pj, j) => { if (pi < pj) expect(adj[i] as number).toBeLessThanOrEqual(adj[j] as number); }));
    },
  );
});
