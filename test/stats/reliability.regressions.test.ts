// Regression tests for the stats bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import {
  betaCdf, binomialCdf, chiSquaredGoodnessOfFit, chiSquaredIndependence, fCdf, fQuantile, InvalidInputError, kruskalWallis, moments, momentsOf,
  normalQuantile, normalSf, oddsRatio, poissonInterval, studentTCdf, studentTSf, welchAnova, welchAnovaFromSummary,
} from 'social-outcomes/stats';

/* eslint-disable no-sparse-arrays */
describe('stats regressions (fuzz)', () => {
  it('studentTSf/Cdf use the normal limit above 1e15 df instead of returning 0.5 or NaN', () => {
    expect(studentTSf(40, 1e20)).toBe(normalSf(40));
    expect(studentTCdf(1.5, 1e308)).toBe(1 - normalSf(1.5));
  });
  it('fCdf uses the chi-squared limit above 1e15 df instead of a negative or NaN probability', () => {
    expect(fCdf(0.05, 1e20, 20)).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(fCdf(2.1, 1e308, 20))).toBe(true);
  });
  it('refuses degrees of freedom and shapes outside [1e-6, 1e100] where the series lose accuracy', () => {
    expect(() => fCdf(2.1, 1e-300, 20)).toThrow(InvalidInputError);
    expect(() => betaCdf(0.3, 1e308, 5)).toThrow(InvalidInputError);
  });
  it('counts must be safe integers (binomial n = 1e308 gave NaN; oddsRatio n2 = 1e308 gave Infinity)', () => {
    expect(() => binomialCdf(3, 1e308, 0.4)).toThrow(/safe integer/);
    expect(() => oddsRatio(12, 40, 6, 1e308)).toThrow(/safe integer/);
    expect(() => welchAnovaFromSummary([{ n: 1e308, mean: 1, sd: 1 }, { n: 9, mean: 2, sd: 2 }])).toThrow(InvalidInputError);
  });
  it('a quantile that overflows for p strictly inside (0, 1) throws; p = 0 and 1 keep their limits', () => {
    expect(() => normalQuantile(0.975, { mean: 0, sd: 1e308 })).toThrow(/overflows/);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => fQuantile(0.95, 5e-324, 20)).toThrow(InvalidInputError);
  });
  it('moments overflow is an error, not Infinity', () => {
    expect(() => momentsOf([1e308, -1e308])).toThrow(/overflows/);
    expect(() => moments.add(moments.add(moments.init(), 1e308), -1e308)).toThrow(/overflows/);
  });
  it('chiSquaredGoodnessOfFit refuses a Monte-Carlo run of more than 1e9 draws (it hung for n = 2^53)', () => {
    expect(() => chiSquaredGoodnessOfFit([2 ** 40, 3, 2], { method: 'monte-carlo', simulations: 200 })).toThrow(/monte-carlo/);
    expect(() => chiSquaredGoodnessOfFit([18, 1e308, 30])).toThrow(/overflows/);
  });
  it('sparse group lists are refused, not skipped or crashed on', () => {
    expect(() => kruskalWallis([[1, 2], , [3, 4]] as never)).toThrow(InvalidInputError);
    expect(() => welchAnova([[1, 2, 3], , [3, 4, 6]] as never)).toThrow(InvalidInputError);
    expect(() => welchAnovaFromSummary([{ n: 5, mean: 1, sd: 1 }, , { n: 9, mean: 2, sd: 2 }] as never)).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, 2], , [3, 4]] as never)).toThrow(InvalidInputError);
  });
  it('poissonInterval with an exposure near 5e-324 throws instead of returning Infinity', () => {
    expect(() => poissonInterval(7, { exposure: 5e-324 })).toThrow(/overflows/);
  });
  it('welchAnovaFromSummary with means near ±1e308 throws instead of returning Infinity', () => {
    expect(() => welchAnovaFromSummary([{ n: 5, mean: -1e308, sd: 1 }, { n: 9, mean: 1e308, sd: 2 }])).toThrow(/overflows/);
  });
});
