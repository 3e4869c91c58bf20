import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { z } from 'zod';
import { chiSquaredGoodnessOfFit, InsufficientDataError, InvalidInputError } from 'social-outcomes/stats';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { deepFreeze } from '../_helpers/deepFreeze';

const Asymptotic = z.object({
  kind: z.literal('asymptotic'),
  name: z.string(),
  x: z.array(z.number()),
  p: z.array(z.number()).nullable(),
  rescale: z.boolean(),
  ddof: z.number(),
  statistic: z.number(),
  df: z.number(),
  pValue: z.number(),
  expected: z.array(z.number()),
  residuals: z.array(z.number()),
  stdres: z.array(z.number()),
  warned: z.boolean(),
});
const MonteCarlo = z.object({
  kind: z.literal('monte-carlo'),
  name: z.string(),
  x: z.array(z.number()),
  p: z.array(z.number()),
  statistic: z.number(),
  rPValue: z.number(),
  B: z.number(),
  rSeed: z.number(),
  exactPValue: z.number(),
});
const Exact = z.object({
  kind: z.literal('exact'),
  name: z.string(),
  x: z.array(z.number()),
  p: z.array(z.number()),
  statistic: z.number(),
  pValue: z.number(),
  outcomes: z.number(),
});
const fixture = loadFixture('stats/chiSquaredGoodnessOfFit/chiSquaredGoodnessOfFit.json', z.discriminatedUnion('kind', [Asymptotic, MonteCarlo, Exact]));

// R writes 15 significant digits; every quantity here is a closed form or an upper χ² tail, so 1e-10 relative
// (the acceptance tolerance) leaves room only for rounding in the last few bits.
const RTOL = 1e-10;

/** Four and a half Monte-Carlo standard errors of a simulated p-value around p with B samples (two-sided ~7e-6). */
function mcBand(p: number, b: number): number {
  return 4.5 * Math.sqrt((p * (1 - p)) / b) + 1 / (b + 1);
}

describe('chiSquaredGoodnessOfFit against R chisq.test (asymptotic)', () => {
  for (const c of fixture.cases) {
    if (c.kind !== 'asymptotic') continue;
    it(c.name, () => {
      const r = chiSquaredGoodnessOfFit(c.x, {
        ...(c.p === null ? {} : { p: c.p }),
        rescale: c.rescale,
        ddof: c.ddof,
      });
      expectClose(r.statistic, c.statistic, { rtol: RTOL, atol: 1e-13, label: 'statistic' });
      expect(r.df).toBe(c.df);
      expectClose(r.pValue, c.pValue, { rtol: RTOL, label: 'pValue' });
      expectClose(r.expected, c.expected, { rtol: RTOL, label: 'expected' });
      // residuals are 0 for a perfect fit; atol covers the cancellation in x − E there
      expectClose(r.residuals, c.residuals, { rtol: RTOL, atol: 1e-13, label: 'residuals' });
      expectClose(r.stdres, c.stdres, { rtol: RTOL, atol: 1e-13, label: 'stdres' });
      expect(r.warnings.length > 0, 'R warned "Chi-squared approximation may be incorrect"').toBe(c.warned);
      expect(r.method).toBe('asymptotic');
    });
  }
});

describe('chiSquaredGoodnessOfFit exact multinomial p-value (brute force in R)', () => {
  for (const c of fixture.cases) {
    if (c.kind !== 'exact') continue;
    it(c.name, () => {
      const r = chiSquaredGoodnessOfFit(c.x, { p: c.p, method: 'exact' });
      expectClose(r.statistic, c.statistic, { rtol: RTOL, label: 'statistic' });
      // a sum of up to 46,376 exp(log-probability) terms: 1e-10 relative is still ~1e5 ulps of headroom
      expectClose(r.pValue, c.pValue, { rtol: RTOL, label: 'pValue' });
      expect(r.outcomes).toBe(c.outcomes);
      expect(r.method).toBe('exact');
      expect(r.warnings).toEqual([]);
    });
  }
});

describe('chiSquaredGoodnessOfFit Monte-Carlo p-value (R simulate.p.value = TRUE)', () => {
  for (const c of fixture.cases) {
    if (c.kind !== 'monte-carlo') continue;
    it(`${c.name}: within Monte-Carlo error of the exact p-value and of R's simulated p-value`, () => {
      const b = 20000;
      const r = chiSquaredGoodnessOfFit(c.x, { p: c.p, method: 'monte-carlo', simulations: b, seed: 7 });
      expectClose(r.statistic, c.statistic, { rtol: RTOL, label: 'statistic' });
      expect(r.simulations).toBe(b);
      expect(Math.abs(r.pValue - c.exactPValue)).toBeLessThanOrEqual(mcBand(c.exactPValue, b));
      // R's own draw is one sample of size B = 2000 from the same distribution
      expect(Math.abs(c.rPValue - c.exactPValue)).toBeLessThanOrEqual(mcBand(c.exactPValue, c.B));
      const r2000 = chiSquaredGoodnessOfFit(c.x, { p: c.p, method: 'monte-carlo', simulations: c.B, seed: 11 });
      const band = 4.5 * Math.sqrt((2 * c.exactPValue * (1 - c.exactPValue)) / c.B) + 2 / (c.B + 1);
      expect(Math.abs(r2000.pValue - c.rPValue)).toBeLessThanOrEqual(band);
      // the p-value is (1 + hits)/(B + 1), as in R
      const hits = r2000.pValue * (c.B + 1) - 1;
      expect(Math.abs(hits - Math.round(hits))).toBeLessThan(1e-6);
    });
  }

  it('is reproducible for a seed and reports it', () => {
    const a = chiSquaredGoodnessOfFit([9, 6, 1, 0, 4], { p: [0.45, 0.31, 0.11, 0.05, 0.08], method: 'monte-carlo', seed: 'census' });
    const b = chiSquaredGoodnessOfFit([9, 6, 1, 0, 4], { p: [0.45, 0.31, 0.11, 0.05, 0.08], method: 'monte-carlo', seed: 'census' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.seed).toBe('census');
    expect(a.warnings).toEqual([]);
    expect(a.methodDescription).toBe('Chi-squared test for given probabilities with simulated p-value (based on 2000 replicates)');
  });
});

describe('chiSquaredGoodnessOfFit properties and edge cases', () => {
  it('uses equal probabilities by default and does not mutate its input', () => {
    const x = deepFreeze([10, 20, 30]);
    const r = chiSquaredGoodnessOfFit(x);
    expect(r.p).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(x).toEqual([10, 20, 30]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('accepts typed arrays', () => {
    const a = chiSquaredGoodnessOfFit(new Float64Array([5, 7, 9]), { p: new Float64Array([0.2, 0.3, 0.5]) });
    const b = chiSquaredGoodnessOfFit([5, 7, 9], { p: [0.2, 0.3, 0.5] });
    expect(a).toEqual(b);
  });

  it('the exact p-value of the single most likely outcome is 1 and of a perfect fit is 1', () => {
    expect(chiSquaredGoodnessOfFit([2, 3, 5], { p: [0.2, 0.3, 0.5], method: 'exact' }).pValue).toBe(1);
  });

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 6 }).filter((a) => a.some((v) => v > 0))])(
    'X² is the sum of squared Pearson residuals and expected counts sum to n',
    (x) => {
      const r = chiSquaredGoodnessOfFit(x);
      const n = x.reduce((s, v) => s + v, 0);
      expectClose(r.residuals.reduce((s, v) => s + v * v, 0), r.statistic, { rtol: 1e-12, atol: 1e-12 });
      expectClose(r.expected.reduce((s, v) => s + v, 0), n, { rtol: 1e-12 });
      expect(r.pValue).toBeGreaterThanOrEqual(0);
      expect(r.pValue).toBeLessThanOrEqual(1);
    },
  );

  fcTest.prop([fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 4 }).filter((a) => a.some((v) => v > 0))])(
    'the exact p-value lies in (0, 1] and is at least the probability of the observed outcome',
    (x) => {
      const r = chiSquaredGoodnessOfFit(x, { method: 'exact' });
      expect(r.pValue).toBeGreaterThan(0);
      expect(r.pValue).toBeLessThanOrEqual(1);
      const n = r.n;
      const k = x.length;
      let logProb = 0;
      for (let j = 2; j <= n; j++) logProb += Math.log(j);
      for (const v of x) for (let j = 2; j <= v; j++) logProb -= Math.log(j);
      logProb += n * Math.log(1 / k);
      expect(r.pValue).toBeGreaterThanOrEqual(Math.exp(logProb) * (1 - 1e-12));
    },
  );
});

describe('chiSquaredGoodnessOfFit bad input', () => {
  it.each([
    ['a negative count', [3, -1, 0], {}, InvalidInputError, /non-negative \(got -1\) → at observed\[1\]/],
    ['NaN', [3, Number.NaN], {}, InvalidInputError, /finite numbers \(got NaN\) → at observed\[1\]/],
    ['Infinity', [3, Number.POSITIVE_INFINITY], {}, InvalidInputError, /finite/],
    ['one category', [3], {}, InsufficientDataError, /at least 2 categories/],
    ['all zero', [0, 0], {}, InsufficientDataError, /all 2 counts are 0/],
    ['p of the wrong length', [1, 2], { p: [1] }, InvalidInputError, /one probability per category/],
    ['a zero probability', [1, 2], { p: [0, 1] }, InvalidInputError, /positive \(got 0\) → at options\.p\[0\]/],
    ['p not summing to 1', [1, 2], { p: [0.5, 0.6] }, InvalidInputError, /sum to 1 \(got 1\.1/],
    ['a fractional count with monte-carlo', [1.5, 2], { method: 'monte-carlo' }, InvalidInputError, /integer counts for method 'monte-carlo' \(got 1\.5\)/],
    ['a fractional count with exact', [1, 2.5], { method: 'exact' }, InvalidInputError, /integer counts for method 'exact'/],
    ['an unknown method', [1, 2], { method: 'bootstrap' }, InvalidInputError, /method to be one of/],
    ['zero simulations', [1, 2], { method: 'monte-carlo', simulations: 0 }, InvalidInputError, /simulations/],
    ['a non-integer seed', [1, 2], { method: 'monte-carlo', seed: 1.5 }, InvalidInputError, /seed/],
    ['too many outcomes for exact', [200, 200, 200, 200, 200, 200], { method: 'exact' }, InvalidInputError, /would enumerate .* outcomes/],
    ['ddof leaving no degrees of freedom', [1, 2], { ddof: 1 }, InvalidInputError, /ddof/],
  ])('rejects %s', (_label, x, options, cls, message) => {
    expect(() => chiSquaredGoodnessOfFit(x as number[], options as never)).toThrow(cls);
    expect(() => chiSquaredGoodnessOfFit(x as number[], options as never)).toThrow(message);
  });

  it('rescales when asked, as R rescale.p', () => {
    const a = chiSquaredGoodnessOfFit([10, 20], { p: [3, 7], rescale: true });
    const b = chiSquaredGoodnessOfFit([10, 20], { p: [0.3, 0.7] });
    expectClose(a.statistic, b.statistic, { rtol: 1e-15 });
  });
});
