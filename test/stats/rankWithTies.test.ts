import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { rankWithTies } from '../../src/stats/rankWithTies';
import { deepFreeze } from '../_helpers/deepFreeze';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({ values: z.array(z.number()), ranks: z.array(z.number()), tieSizes: z.array(z.number()) });
const fixture = loadFixture('stats/rankWithTies/r.json', Case);

describe('rankWithTies against R 4.2.2 rank(ties.method = "average") (stats/rankWithTies/r.json)', () => {
  for (const [k, c] of fixture.cases.entries()) {
    it(`case ${k}: n = ${c.values.length}`, () => {
      // Midranks are multiples of 1/2: exact in floating point, so compare exactly.
      expect(rankWithTies(c.values)).toEqual({ ranks: c.ranks, tieSizes: c.tieSizes });
    });
  }
});

describe('rankWithTies properties', () => {
  fcTest.prop([fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 200 })])('ranks sum to n(n+1)/2 and tie sizes are consistent', (values) => {
    const { ranks, tieSizes } = rankWithTies(values);
    const n = values.length;
    expect(ranks.reduce((a, b) => a + b, 0)).toBe((n * (n + 1)) / 2);
    const distinct = new Set(values).size;
    expect(tieSizes.reduce((a, b) => a + b, 0) + (distinct - tieSizes.length)).toBe(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if ((values[i] as number) < (values[j] as number)) expect(ranks[i] as number).toBeLessThan(ranks[j] as number);
        if (values[i] === values[j]) expect(ranks[i]).toBe(ranks[j]);
      }
    }
  });
  // Differential check of the sort + binary-search implementation against the definition (rank = #{x_j < x_i} +
  // (#{x_j == x_i} + 1) / 2), on doubles that mix -0, 0, repeated values and continuous values.
  fcTest.prop([
    fc.array(fc.oneof(fc.constantFrom(-0, 0, 1, -1, 0.5, 1e-300, -1e300), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 120 }),
  ])('matches the midrank definition on doubles, including -0 and 0', (values) => {
    const { ranks, tieSizes } = rankWithTies(values);
    const expected = values.map((v) => {
      let below = 0;
      let equal = 0;
      for (const w of values) {
        if (w < v) below++;
        else if (w === v) equal++;
      }
      return below + (equal + 1) / 2;
    });
    expect(ranks).toEqual(expected);
    const groups = [...new Set(values.map((v) => (v === 0 ? 0 : v)))].sort((a, b) => a - b);
    const expectedTies = groups.map((g) => values.filter((v) => v === g).length).filter((t) => t >= 2);
    expect(tieSizes).toEqual(expectedTies);
  });
  it('does not sort or mutate its input and accepts typed arrays', () => {
    const values = deepFreeze([3, 1, 2, 1]);
    expect(rankWithTies(values).ranks).toEqual([4, 1.5, 3, 1.5]);
    expect(values).toEqual([3, 1, 2, 1]);
    const typed = new Float64Array([3, 1, 2, 1]);
    rankWithTies(typed);
    expect(Array.from(typed)).toEqual([3, 1, 2, 1]);
  });
  it('ties -0 and 0', () => {
    expect(rankWithTies([0, -0, 1])).toEqual({ ranks: [1.5, 1.5, 3], tieSizes: [2] });
  });
  it('returns plain arrays and ranks 10⁵ values', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 1000);
    const r = rankWithTies(values);
    expect(Array.isArray(r.ranks)).toBe(true);
    expect(r.tieSizes).toHaveLength(1000);
    expect(r.tieSizes.every((t) => t === 100)).toBe(true);
  });
  it('rejects empty input, NaN, ±Infinity and non-numbers', () => {
    expect(() => rankWithTies([])).toThrow(InsufficientDataError);
    expect(() => rankWithTies([1, Number.NaN])).toThrow(InvalidInputError);
    expect(() => rankWithTies([1, Number.NaN])).toThrow(/rankWithTies requires values to hold finite numbers \(got NaN\) → at values\[1\]/);
    expect(() => rankWithTies([Number.NEGATIVE_INFINITY])).toThrow(InvalidInputError);
    expect(() => rankWithTies([1, '2' as unknown as number])).toThrow(InvalidInputError);
    expect(() => rankWithTies(null as unknown as number[])).toThrow(InvalidInputError);
  });
});
