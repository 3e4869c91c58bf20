// The three routes to type-7 quartiles (counting small-range integers, sorted distinct values with counts, full
// sort) give the same numbers, bit for bit, as a plain sort of a copy.
import { describe, expect, it } from 'vitest';
import { quartiles } from '../../src/change/_internal/quartiles';
import { mulberry32 } from '../_helpers/mulberry32';

function bySort(x: ArrayLike<number>): { q1: number; median: number; q3: number } {
  const s = Array.from(x).sort((a, b) => a - b);
  const q = (p: number) => { const h = (s.length - 1) * p, lo = Math.floor(h), a = s[lo] as number; return h === lo ? a : a + (h - lo) * ((s[lo + 1] as number) - a); };
  return { q1: q(0.25), median: q(0.5), q3: q(0.75) };
}

describe('quartiles', () => {
  const rand = mulberry32(31);
  it.each([
    ['few distinct values (proportion-scale changes)', Float64Array.from({ length: 6001 }, () => (Math.floor(rand() * 19) - 9) / 9)],
    ['few distinct values, even n', Float64Array.from({ length: 4000 }, () => Math.floor(rand() * 7) / 3)],
    ['near-continuous values', Float64Array.from({ length: 5000 }, () => rand() * 2 - 1)],
    ['small sample', Float64Array.from({ length: 37 }, () => Math.floor(rand() * 5) / 4)],
  ])('%s', (_, x) => {
    expect(quartiles(x, -1, 0)).toEqual(bySort(x));
  });
  it('small-range integers by counting', () => {
    const x = Float64Array.from({ length: 3000 }, () => 1 + Math.floor(rand() * 10));
    expect(quartiles(x, 9, 1)).toEqual(bySort(x));
  });
});
