import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { pAdjust, type PAdjustMethod } from '../../src/stats/pAdjust';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const METHODS: PAdjustMethod[] = ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'];
const Case = z.object({ p: z.array(z.number()), adjusted: z.record(z.string(), z.array(z.number())) });
const fixture = loadFixture('stats/pAdjust/r.json', Case);

describe('pAdjust against R 4.2.2 p.adjust (stats/pAdjust/r.json)', () => {
  it('covers n = 1..50 with ties, 0 and 1', () => {
    expect(fixture.cases.length).toBe(100);
    expect(fixture.meta.tool).toBe('R');
  });
  for (const method of METHODS) {
    it(`${method}: every vector`, () => {
      let worst = 0;
      for (const [k, c] of fixture.cases.entries()) {
        const expected = c.adjusted[method] as number[];
        const actual = pAdjust(c.p, method);
        // The operations are R's, in R's order ((n/i)*p, cummin/cummax), so the results agree to the last bit or
        // within a couple of ulps; 1e-14 relative leaves room for the sum of 1/k in BY only.
        expectClose(actual, expected, { rtol: 1e-14, label: `${method} case ${k} (n = ${c.p.length})` });
        for (let i = 0; i < expected.length; i++) {
          const e = expected[i] as number;
          if (e !== 0) worst = Math.max(worst, Math.abs((actual[i] as number) - e) / e);
        }
      }
      expect(worst).toBeLessThanOrEqual(1e-14);
    });
  }
});

describe('pAdjust behaviour', () => {
  it('defaults to holm and keeps the input order', () => {
    expect(pAdjust([0.05, 0.01, 0.03])).toEqual(pAdjust([0.05, 0.01, 0.03], 'holm'));
    expectClose(pAdjust([0.05, 0.01, 0.03]), [0.06, 0.03, 0.06], { rtol: 1e-15 });
  });
  it('gives tied p-values equal adjusted values', () => {
    for (const method of METHODS) {
      const r = pAdjust([0.02, 0.01, 0.02, 0.5, 0.02], method);
      expect(r[0]).toBe(r[2]);
      expect(r[2]).toBe(r[4]);
    }
  });
  it('returns a single p-value unchanged (n = 1), like R', () => {
    for (const method of METHODS) expect(pAdjust([0.3], method)).toEqual([0.3]);
  });
  it('uses Hochberg for Hommel when n = 2, like R', () => {
    expect(pAdjust([0.04, 0.03], 'hommel')).toEqual(pAdjust([0.04, 0.03], 'hochberg'));
  });
  it('never exceeds 1 and is never below the raw p', () => {
    const p = [0.9, 0.5, 0.99, 0.001, 0.7];
    for (const method of METHODS) {
      pAdjust(p, method).forEach((v, i) => {
        expect(v).toBeLessThanOrEqual(1);
        expect(v).toBeGreaterThanOrEqual(p[i] as number);
      });
    }
  });
  it('accepts typed arrays, returns a plain array, and does not mutate its input', () => {
    const p = deepFreeze([0.3, 0.01, 0.2]);
    const r = pAdjust(p, 'BH');
    expect(Array.isArray(r)).toBe(true);
    expect(p).toEqual([0.3, 0.01, 0.2]);
    expect(pAdjust(new Float64Array([0.3, 0.01, 0.2]), 'BH')).toEqual(r);
  });
  it('handles 2000 p-values with Hommel (O(n²)) and BH', () => {
    const p = Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 2000) / 2000);
    expect(pAdjust(p, 'hommel')).toHaveLength(2000);
    expect(pAdjust(p, 'BH')).toHaveLength(2000);
  });
  it('rejects NaN (R would skip NA), out-of-range values, non-numbers and unknown methods', () => {
    expect(() => pAdjust([0.01, Number.NaN])).toThrow(InvalidInputError);
    expect(() => pAdjust([0.01, Number.NaN])).toThrow(/pAdjust requires p to hold p-values in \[0, 1\] \(got NaN\) → at p\[1\]/);
    expect(() => pAdjust([0.01, 1.5])).toThrow(InvalidInputError);
    expect(() => pAdjust([-0.1])).toThrow(InvalidInputError);
    expect(() => pAdjust([Number.POSITIVE_INFINITY])).toThrow(InvalidInputError);
    expect(() => pAdjust(['0.1' as unknown as number])).toThrow(InvalidInputError);
    expect(() => pAdjust('0.1' as unknown as number[])).toThrow(InvalidInputError);
    expect(() => pAdjust([0.1], 'fdr' as PAdjustMethod)).toThrow(InvalidInputError);
    expect(() => pAdjust([])).toThrow(InsufficientDataError);
  });
});
