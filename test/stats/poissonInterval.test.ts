import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from '../../src/errors';
import { poissonInterval } from '../../src/stats/poissonInterval';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  count: z.number(),
  exposure: z.number(),
  confidence: z.number(),
  estimate: z.number(),
  lower: z.number(),
  upper: z.number(),
  byarLower: z.number(),
  byarUpper: z.number(),
});
const r = loadFixture('stats/poissonInterval/r.json', Case);

describe('poissonInterval against R 4.2.2 (stats/poissonInterval/r.json)', () => {
  it(`exact: poisson.test conf.int, ${r.cases.length} cases (counts 0…10⁶, four exposures, six levels)`, () => {
    expect(r.cases.length).toBeGreaterThanOrEqual(300);
    for (const c of r.cases) {
      const got = poissonInterval(c.count, { confidence: c.confidence, exposure: c.exposure });
      const label = `O = ${c.count}, E = ${c.exposure}, ${c.confidence}`;
      expectClose(got.estimate, c.estimate, { rtol: 1e-15, label: `${label} estimate` });
      // R: qgamma(α/2, O) and qgamma(1 − α/2, O + 1); ours: the same quantiles as χ²(2O)/2 and χ²(2O + 2)/2.
      // 1e-10 relative is the acceptance bound for quantile-based limits (measured worst: see report).
      expectClose(got.lower, c.lower, { rtol: 1e-10, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-10, label: `${label} upper` });
      expect(got.method).toBe('poisson-exact');
    }
  });
  it("Byar: the PHE technical guide formula transcribed in R, all cases", () => {
    for (const c of r.cases) {
      const got = poissonInterval(c.count, { confidence: c.confidence, exposure: c.exposure, method: 'byar' });
      const label = `O = ${c.count}, E = ${c.exposure}, ${c.confidence}`;
      // the same closed form; only the normal quantile and rounding of the cube differ: 1e-13 relative
      expectClose(got.lower, c.byarLower, { rtol: 1e-13, label: `${label} lower` });
      expectClose(got.upper, c.byarUpper, { rtol: 1e-13, label: `${label} upper` });
      expect(got.method).toBe('poisson-byar');
    }
  });
  it('Byar is within 0.2% of the exact limits for counts of 10 or more at 95% (the technical guide’s claim)', () => {
    for (const o of [10, 11, 15, 20, 50, 100, 1000, 100000]) {
      const exact = poissonInterval(o);
      const byar = poissonInterval(o, { method: 'byar' });
      expect(Math.abs(byar.lower - exact.lower) / exact.lower).toBeLessThan(0.002);
      expect(Math.abs(byar.upper - exact.upper) / exact.upper).toBeLessThan(0.002);
    }
  });
});

describe('poissonInterval: published values and validation', () => {
  it('equity notes appendix (scipy 1.17.1): exact O = 3 → (0.618672, 8.767273); O = 10 exact (4.795389, 18.390356), Byar (4.787450, 18.391459)', () => {
    const e3 = poissonInterval(3);
    expectClose(e3.lower, 0.618672, { rtol: 0, atol: 5e-7 });
    expectClose(e3.upper, 8.767273, { rtol: 0, atol: 5e-7 });
    const e10 = poissonInterval(10);
    expectClose(e10.lower, 4.795389, { rtol: 0, atol: 5e-7 });
    expectClose(e10.upper, 18.390356, { rtol: 0, atol: 5e-7 });
    const b10 = poissonInterval(10, { method: 'byar' });
    expectClose(b10.lower, 4.78745, { rtol: 0, atol: 5e-7 });
    expectClose(b10.upper, 18.391459, { rtol: 0, atol: 5e-7 });
  });
  it('count 0: exact lower 0 and upper −ln(α/2); Byar lower 0', () => {
    const z = poissonInterval(0);
    expect(z.lower).toBe(0);
    expectClose(z.upper, -Math.log(0.025), { rtol: 1e-13 });
    expect(poissonInterval(0, { method: 'byar' }).lower).toBe(0);
    expect(poissonInterval(1, { method: 'byar', confidence: 0.999 }).lower).toBe(0); // negative cube clamped
  });
  it('divides the count and its limits by the exposure', () => {
    const a = poissonInterval(25);
    const b = poissonInterval(25, { exposure: 1000 });
    expect(b.estimate).toBe(0.025);
    expectClose(b.lower, a.lower / 1000, { rtol: 1e-15 });
    expectClose(b.upper, a.upper / 1000, { rtol: 1e-15 });
  });
  it('throws InvalidInputError for bad counts, exposures and options', () => {
    expect(() => poissonInterval(-1)).toThrow(InvalidInputError);
    expect(() => poissonInterval(2.5)).toThrow(/poissonInterval requires count to be an integer \(got 2.5\) → at count/);
    expect(() => poissonInterval(Number.NaN)).toThrow(InvalidInputError);
    expect(() => poissonInterval(Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => poissonInterval(3, { exposure: 0 })).toThrow(InvalidInputError);
    expect(() => poissonInterval(3, { exposure: -2 })).toThrow(InvalidInputError);
    expect(() => poissonInterval(3, { exposure: Number.POSITIVE_INFINITY })).toThrow(InvalidInputError);
    expect(() => poissonInterval(3, { method: 'wald' as 'exact' })).toThrow(InvalidInputError);
    expect(() => poissonInterval(3, { confidence: 0 })).toThrow(InvalidInputError);
  });
});
