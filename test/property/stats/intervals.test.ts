// Confidence-interval sanity (issue 10): lower ≤ estimate ≤ upper, intervals nested in the confidence level,
// and seeded coverage simulations for wilsonInterval and tInterval within a binomial tolerance of nominal.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { agrestiCoullInterval, clopperPearsonInterval, normalQuantile, poissonInterval, tInterval, wilsonInterval, type Interval } from 'social-outcomes/stats';
import { params, rng } from '../_helpers';

const trials = fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const levels = fc.tuple(fc.double({ min: 0.5, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }));

function nested(lowConf: Interval, highConf: Interval): void {
  expect(highConf.lower).toBeLessThanOrEqual(lowConf.lower + 1e-12);
  expect(highConf.upper).toBeGreaterThanOrEqual(lowConf.upper - 1e-12);
}
function ordered(i: Interval): void {
  expect(i.lower).toBeLessThanOrEqual(i.estimate);
  expect(i.estimate).toBeLessThanOrEqual(i.upper);
}

describe('interval sanity', () => {
  test.prop([trials, levels], params)('proportion intervals: ordered, within [0, 1], wider at higher confidence', ([x, n], [c1, c2]) => {
    const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
    for (const f of [wilsonInterval, clopperPearsonInterval, agrestiCoullInterval]) {
      const a = f(x, n, { confidence: lo });
      const b = f(x, n, { confidence: hi });
      ordered(a);
      ordered(b);
      expect(a.lower).toBeGreaterThanOrEqual(0);
      expect(a.upper).toBeLessThanOrEqual(1);
      nested(a, b);
    }
  });

  // values on a 1/8 grid: a variance that underflows (e.g. [0, 5e-324]) is refused as constant data, by design
  test.prop([fc.array(fc.integer({ min: -8000, max: 8000 }).map((k) => k / 8), { minLength: 2, maxLength: 40 }), levels], params)('tInterval: ordered and nested', (xs, [c1, c2]) => {
    fc.pre(new Set(xs).size > 1);
    const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
    const a = tInterval(xs, { confidence: lo });
    const b = tInterval(xs, { confidence: hi });
    ordered(a);
    nested(a, b);
  });

  test.prop([fc.integer({ min: 0, max: 10_000 }), levels, fc.constantFrom('exact' as const, 'byar' as const)], params)('poissonInterval: ordered and nested', (count, [c1, c2], method) => {
    const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
    const a = poissonInterval(count, { confidence: lo, method });
    const b = poissonInterval(count, { confidence: hi, method });
    ordered(a);
    nested(a, b);
  });
});

describe('coverage simulations (seeded)', () => {
  // B replicates; coverage ~ Binomial(B, 0.95)/B has sd √(0.95·0.05/B) = 0.0034 at B = 4000. Tolerance 4 sd for the
  // simulation noise, plus 0.005 for the Wilson interval, whose coverage oscillates around nominal with p
  // (Brown, Cai & DasGupta 2001, Fig. 4; averaged over p it is within about ±0.005 of 0.95 at n = 40).
  const B = 4000;
  const sd = Math.sqrt((0.95 * 0.05) / B);

  it('wilsonInterval covers p about 95% of the time (p drawn uniformly from [0.05, 0.95], n = 40)', () => {
    const u = rng(101);
    let hit = 0;
    for (let b = 0; b < B; b++) {
      const p = 0.05 + 0.9 * u();
      let x = 0;
      for (let i = 0; i < 40; i++) if (u() < p) x++;
      const ci = wilsonInterval(x, 40, { confidence: 0.95 });
      if (ci.lower <= p && p <= ci.upper) hit++;
    }
    expect(Math.abs(hit / B - 0.95)).toBeLessThanOrEqual(4 * sd + 0.005);
  });

  it('tInterval covers the mean 95% of the time for normal samples of 8 (exact coverage)', () => {
    const u = rng(202);
    let hit = 0;
    for (let b = 0; b < B; b++) {
      const xs = Array.from({ length: 8 }, () => 10 + 3 * normalQuantile(Math.min(Math.max(u(), 1e-300), 1 - 1e-16)));
      const ci = tInterval(xs, { confidence: 0.95 });
      if (ci.lower <= 10 && 10 <= ci.upper) hit++;
    }
    expect(Math.abs(hit / B - 0.95)).toBeLessThanOrEqual(4 * sd);
  });
});
