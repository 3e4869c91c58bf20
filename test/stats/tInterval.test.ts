import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { tInterval, tIntervalFromSummary, type MeanSummary } from '../../src/stats/tInterval';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  values: z.array(z.number()),
  confidence: z.number(),
  n: z.number(),
  mean: z.number(),
  sd: z.number(),
  lower: z.number(),
  upper: z.number(),
});
const SummaryCase = z.object({ n: z.number(), mean: z.number(), sd: z.number(), confidence: z.number(), lower: z.number(), upper: z.number() });
const r = loadFixture('stats/tInterval/r.json', Case);
const summaries = loadFixture('stats/tInterval/r-summary.json', SummaryCase);

describe('tInterval against R 4.2.2 t.test (stats/tInterval/r.json)', () => {
  it(`${r.cases.length} samples × confidence levels`, () => {
    for (const [k, c] of r.cases.entries()) {
      const got = tInterval(c.values, { confidence: c.confidence });
      const label = `case ${k} (n = ${c.n}, ${c.confidence})`;
      // mean and sd agree to ~1e-15 (one-pass shifted Welford vs two-pass); t quantiles to ~1e-15 relative.
      // 1e-12 relative on each limit, except the 1e9-offset sample whose limits are 1e9 ± 1: there the limits
      // agree to a few ulps of 1e9 (absolute 1e-6 · … relative 1e-15), still inside 1e-12 relative.
      expectClose(got.estimate, c.mean, { rtol: 1e-14, label: `${label} mean` });
      expectClose(got.lower, c.lower, { rtol: 1e-12, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-12, label: `${label} upper` });
      expect(got.method).toBe('t');
    }
  });
  it('tIntervalFromSummary(n, mean, sd) equals tInterval on the same sample', () => {
    for (const c of r.cases) {
      const got = tIntervalFromSummary({ n: c.n, mean: c.mean, sd: c.sd }, { confidence: c.confidence });
      expectClose(got.lower, c.lower, { rtol: 1e-12, label: 'lower' });
      expectClose(got.upper, c.upper, { rtol: 1e-12, label: 'upper' });
    }
  });
});

describe('tIntervalFromSummary against the R formula (stats/tInterval/r-summary.json)', () => {
  it(`${summaries.cases.length} summaries, n = 2…10⁵`, () => {
    for (const c of summaries.cases) {
      const got = tIntervalFromSummary({ n: c.n, mean: c.mean, sd: c.sd }, { confidence: c.confidence });
      const label = `n = ${c.n} at ${c.confidence}`;
      // same expression as R; the t quantile is the only source of difference (≤ 1e-14 relative)
      expectClose(got.lower, c.lower, { rtol: 1e-13, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-13, label: `${label} upper` });
    }
  });
});

describe('tInterval behaviour and validation', () => {
  it('does not mutate its input and accepts typed arrays', () => {
    const values = deepFreeze([2.1, 3.4, 1.9, 5.6, 4.2, 3.3]);
    const a = tInterval(values);
    expect(tInterval(new Float64Array(values))).toEqual(a);
    expect(a.confidence).toBe(0.95);
  });
  it('a wider confidence gives a wider interval', () => {
    const values = [1, 4, 2, 8, 5, 7];
    const i90 = tInterval(values, { confidence: 0.9 });
    const i99 = tInterval(values, { confidence: 0.99 });
    expect(i99.lower).toBeLessThan(i90.lower);
    expect(i99.upper).toBeGreaterThan(i90.upper);
  });
  it('throws InsufficientDataError for n < 2 and for constant data (as R t.test)', () => {
    expect(() => tInterval([])).toThrow(InsufficientDataError);
    expect(() => tInterval([5])).toThrow(InsufficientDataError);
    expect(() => tInterval([5, 5, 5])).toThrow(InsufficientDataError);
    expect(() => tInterval([5, 5, 5])).toThrow(/tInterval requires data that are not constant/);
    expect(() => tIntervalFromSummary({ n: 1, mean: 3, sd: 1 })).toThrow(InsufficientDataError);
    expect(() => tIntervalFromSummary({ n: 10, mean: 3, sd: 0 })).toThrow(InsufficientDataError);
  });
  it('throws InvalidInputError for non-finite values and bad summaries or options', () => {
    expect(() => tInterval([1, 2, Number.NaN])).toThrow(InvalidInputError);
    expect(() => tInterval([1, 2, Number.POSITIVE_INFINITY])).toThrow(InvalidInputError);
    expect(() => tInterval([1, 2], { confidence: 1 })).toThrow(InvalidInputError);
    expect(() => tInterval('12' as unknown as number[])).toThrow(InvalidInputError);
    expect(() => tIntervalFromSummary(null as unknown as MeanSummary)).toThrow(InvalidInputError);
    expect(() => tIntervalFromSummary({ n: 2.5, mean: 1, sd: 1 })).toThrow(InvalidInputError);
    expect(() => tIntervalFromSummary({ n: 10, mean: Number.NaN, sd: 1 })).toThrow(/tIntervalFromSummary requires summary.mean to be a number \(got NaN\) → at summary.mean/);
    expect(() => tIntervalFromSummary({ n: 10, mean: 1, sd: -1 })).toThrow(InvalidInputError);
    expect(() => tIntervalFromSummary({ n: 10, mean: 1, sd: Number.POSITIVE_INFINITY })).toThrow(InvalidInputError);
  });
});
