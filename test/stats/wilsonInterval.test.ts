import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { normalQuantile } from '../../src/stats/normal';
import { wilsonInterval } from '../../src/stats/wilsonInterval';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  x: z.number(),
  n: z.number(),
  confidence: z.number(),
  correction: z.boolean(),
  p0: z.number().optional(),
  lower: z.number(),
  upper: z.number(),
});
const exact = loadFixture('stats/wilsonInterval/mpmath.json', Case);
const r = loadFixture('stats/wilsonInterval/r.json', Case);
const scipy = loadFixture('stats/wilsonInterval/scipy.json', Case);
const quirk = loadFixture('stats/wilsonInterval/r-default-p0-quirk.json', Case);

/**
 * The textbook "p̂ + z²/2n ∓ z·√(…)" form used by R and scipy loses digits in the lower limit when it is small
 * against p̂ + z²/2n (x ≪ n): its relative error is about ε·(p̂ + z²/2n)/L. We compute L without cancellation,
 * so against those tools the tolerance is scaled by that factor (it is 1 for the upper limit).
 */
function cancellationFactor(x: number, n: number, confidence: number, correction: boolean, lower: number): number {
  if (lower === 0) return 1;
  const z = normalQuantile((1 + confidence) / 2);
  const pc = (x - (correction ? 0.5 : 0)) / n;
  return Math.max(1, (pc + (z * z) / (2 * n)) / lower);
}

describe('wilsonInterval against a 50-digit mpmath reference (stats/wilsonInterval/mpmath.json)', () => {
  it(`all ${exact.cases.length} cases (x = 0, 1, n − 1, n, …; n = 1…10⁶; five confidence levels) to 1e-13`, () => {
    expect(exact.cases.length).toBeGreaterThanOrEqual(700);
    for (const c of exact.cases) {
      const got = wilsonInterval(c.x, c.n, { confidence: c.confidence, correction: c.correction });
      const label = `${c.x}/${c.n} at ${c.confidence}${c.correction ? ' cc' : ''}`;
      // Few roundings in the cancellation-free roots, plus the relative error of the normal quantile (≤ 1e-15):
      // 1e-13 relative is reachable at every grid point.
      expectClose(got.lower, c.lower, { rtol: 1e-13, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-13, label: `${label} upper` });
    }
  });
});

describe('wilsonInterval against R 4.2.2 prop.test (stats/wilsonInterval/r.json)', () => {
  it(`all ${r.cases.length} cases, correct = FALSE and TRUE`, () => {
    for (const c of r.cases) {
      const got = wilsonInterval(c.x, c.n, { confidence: c.confidence, correction: c.correction });
      const label = `${c.x}/${c.n} at ${c.confidence}${c.correction ? ' cc' : ''}`;
      const f = cancellationFactor(c.x, c.n, c.confidence, c.correction, c.lower);
      // 1e-12 relative, widened by R's own cancellation in the lower limit (see cancellationFactor).
      expectClose(got.lower, c.lower, { rtol: 1e-12 * f, label: `${label} lower (factor ${f.toExponential(1)})` });
      expectClose(got.upper, c.upper, { rtol: 1e-12, label: `${label} upper` });
      expect(got.estimate).toBe(c.x / c.n);
    }
  });
  it("documents R's cap on the correction: with correct = TRUE and the default p = 0.5, R's interval at x = n/2 is the uncorrected one", () => {
    for (const c of quirk.cases) {
      const plain = wilsonInterval(c.x, c.n, { correction: false });
      const corrected = wilsonInterval(c.x, c.n, { correction: true });
      expectClose(plain.lower, c.lower, { rtol: 1e-12, label: 'R default = uncorrected (lower)' });
      expectClose(plain.upper, c.upper, { rtol: 1e-12, label: 'R default = uncorrected (upper)' });
      expect(corrected.lower).toBeLessThan(c.lower);
      expect(corrected.upper).toBeGreaterThan(c.upper);
    }
  });
});

describe('wilsonInterval against scipy 1.17.1 binomtest().proportion_ci (stats/wilsonInterval/scipy.json)', () => {
  it(`all ${scipy.cases.length} cases, method = 'wilson' and 'wilsoncc'`, () => {
    for (const c of scipy.cases) {
      const got = wilsonInterval(c.x, c.n, { confidence: c.confidence, correction: c.correction });
      const label = `${c.x}/${c.n} at ${c.confidence}${c.correction ? ' cc' : ''}`;
      const f = cancellationFactor(c.x, c.n, c.confidence, c.correction, c.lower);
      // scipy evaluates Newcombe's printed form (2np + z² ∓ …)/(2(n + z²)), with the same cancellation as R.
      expectClose(got.lower, c.lower, { rtol: 1e-12 * f, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-12, label: `${label} upper` });
    }
  });
});

describe('wilsonInterval: published values', () => {
  it('OHID / equity notes appendix: 7/50 → (0.0695083343, 0.2618619371); 0/20 → (0, 0.1611251581)', () => {
    const a = wilsonInterval(7, 50);
    expectClose(a.lower, 0.0695083343, { rtol: 0, atol: 5e-11, label: 'lower' });
    expectClose(a.upper, 0.2618619371, { rtol: 0, atol: 5e-11, label: 'upper' });
    const b = wilsonInterval(0, 20);
    expect(b.lower).toBe(0);
    expectClose(b.upper, 0.1611251581, { rtol: 0, atol: 5e-11, label: 'upper' });
  });
  it('Newcombe (1998b) Table II uses Wilson 0/10 → upper 0.2775 and 10/10 → lower 0.7225 (4 decimals)', () => {
    expectClose(wilsonInterval(0, 10).upper, 0.2775, { rtol: 0, atol: 5e-5 });
    expectClose(wilsonInterval(10, 10).lower, 0.7225, { rtol: 0, atol: 5e-5 });
  });
});

describe('wilsonInterval behaviour and validation', () => {
  it('returns a plain Interval inside [0, 1] containing the estimate', () => {
    for (const [x, n] of [[0, 1], [1, 1], [3, 7], [1, 1_000_000], [999_999, 1_000_000]] as const) {
      for (const correction of [false, true]) {
        const ci = wilsonInterval(x, n, { correction, confidence: 0.998 });
        expect(Object.keys(ci).sort()).toEqual(['confidence', 'estimate', 'lower', 'method', 'upper']);
        expect(ci.lower).toBeGreaterThanOrEqual(0);
        expect(ci.upper).toBeLessThanOrEqual(1);
        expect(ci.lower).toBeLessThanOrEqual(ci.estimate);
        expect(ci.upper).toBeGreaterThanOrEqual(ci.estimate);
        expect(ci.method).toBe(correction ? 'wilson-cc' : 'wilson');
        expect(ci.confidence).toBe(0.998);
      }
    }
  });
  it('is symmetric: the limits of x/n mirror those of (n − x)/n', () => {
    for (const correction of [false, true]) {
      const a = wilsonInterval(3, 17, { correction });
      const b = wilsonInterval(14, 17, { correction });
      expectClose(a.lower, 1 - b.upper, { rtol: 1e-14 });
      expectClose(a.upper, 1 - b.lower, { rtol: 1e-14 });
    }
  });
  it('throws InvalidInputError for bad counts and options, InsufficientDataError for n = 0', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(InsufficientDataError);
    expect(() => wilsonInterval(51, 50)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(51, 50)).toThrow(/wilsonInterval requires x <= n \(got x = 51, n = 50\) → at x/);
    expect(() => wilsonInterval(-1, 50)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(1.5, 50)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(1, 50.5)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(Number.NaN, 50)).toThrow(InvalidInputError);
    expect(() => wilsonInterval(1, Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => wilsonInterval('1' as unknown as number, 5)).toThrow(InvalidInputError);
    for (const confidence of [0, 1, -0.5, 95, Number.NaN]) {
      expect(() => wilsonInterval(1, 5, { confidence })).toThrow(InvalidInputError);
    }
    expect(() => wilsonInterval(1, 5, { correction: 'yes' as unknown as boolean })).toThrow(InvalidInputError);
    expect(() => wilsonInterval(1, 5, 0.95 as unknown as object)).toThrow(InvalidInputError);
  });
});
