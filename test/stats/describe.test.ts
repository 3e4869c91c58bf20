import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { describe as describeSample } from '../../src/stats/describe';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  values: z.array(z.number()),
  n: z.number(),
  mean: z.number(),
  sd: z.number().nullable().optional(),
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  iqr: z.number(),
});
const fixture = loadFixture('stats/describe/r.json', Case);

describe('describe against R 4.2.2 quantile(type = 7), mean, sd (stats/describe/r.json)', () => {
  for (const [k, c] of fixture.cases.entries()) {
    it(`case ${k}: n = ${c.n}`, () => {
      const r = describeSample(c.values);
      const label = `case ${k}`;
      expect(r.n).toBe(c.n);
      expect(r.min).toBe(c.min);
      expect(r.max).toBe(c.max);
      // Type-7 interpolation x[j] + h·(x[j+1] − x[j]) is the same expression in R and simple-statistics:
      // the two agree to an ulp or two; 1e-14 relative (and 1e-14 absolute for quartiles at 0).
      for (const key of ['q1', 'median', 'q3', 'iqr'] as const) expectClose(r[key], c[key], { rtol: 1e-14, atol: 1e-14, label: `${label} ${key}` });
      expectClose(r.mean, c.mean, { rtol: 1e-14, label: `${label} mean` });
      if (c.sd === null || c.sd === undefined) expect(r.sd).toBeNull();
      else expectClose(r.sd as number, c.sd, { rtol: 1e-12, atol: 1e-300, label: `${label} sd` });
    });
  }
});

describe('describe behaviour', () => {
  it('returns a plain object and does not mutate or sort its input', () => {
    const values = deepFreeze([9, 1, 5, 3]);
    const r = describeSample(values);
    expect(values).toEqual([9, 1, 5, 3]);
    expect(r).toEqual({ n: 4, mean: 4.5, sd: r.sd, min: 1, q1: 2.5, median: 4, q3: 6, max: 9, iqr: 3.5 });
    const typed = new Float64Array([9, 1, 5, 3]);
    expect(describeSample(typed)).toEqual(r);
    expect(Array.from(typed)).toEqual([9, 1, 5, 3]);
  });
  it('gives sd null for a single value', () => {
    expect(describeSample([7])).toEqual({ n: 1, mean: 7, sd: null, min: 7, q1: 7, median: 7, q3: 7, max: 7, iqr: 0 });
  });
  it('rejects empty input, NaN, ±Infinity and non-arrays', () => {
    expect(() => describeSample([])).toThrow(InsufficientDataError);
    expect(() => describeSample([1, Number.NaN])).toThrow(InvalidInputError);
    expect(() => describeSample([1, Number.NaN])).toThrow(/describe requires values to hold finite numbers \(got NaN\) → at values\[1\]/);
    expect(() => describeSample([Number.POSITIVE_INFINITY])).toThrow(InvalidInputError);
    expect(() => describeSample({} as unknown as number[])).toThrow(InvalidInputError);
  });
});
