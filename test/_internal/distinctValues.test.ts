import { describe, expect, it } from 'vitest';
import { distinctValues } from '../../src/_internal/distinctValues';
import { mulberry32 } from '../_helpers/mulberry32';

describe('distinctValues', () => {
  it('lists distinct values in first-seen order with counts and codes; -0 is 0', () => {
    const d = distinctValues([2.5, -0, 1, 2.5, 0, 1e300, 1], 10);
    expect(d?.sumOver([1, 0, -0, 1e300], Float64Array.of(10, 20, 30, 40))).toBe(30 + 20 + 20 + 40);
    expect(d && [...d.values()]).toEqual([2.5, 0, 1, 1e300]);
    expect(d && [...d.counts()]).toEqual([2, 2, 2, 1]);
    expect([2.5, -0, 1, 2.5, 0, 1e300, 1].map((v) => d?.find(v))).toEqual([0, 1, 2, 0, 1, 3, 2]);
    expect(Object.is(d?.values()[1], 0)).toBe(true);
    expect(d && [...d.ascending()]).toEqual([1, 2, 0, 3]);
  });

  it('gives up past the limit, and grows its table (thousands of values) without losing any', () => {
    expect(distinctValues([1, 2, 3, 4], 3)).toBeUndefined();
    const rand = mulberry32(9);
    const x = Float64Array.from({ length: 50_000 }, () => Math.floor(rand() * 5000) / 7);
    const d = distinctValues(x, 10_000);
    expect(d).toBeDefined();
    const want = new Map<number, number>();
    for (const v of x) want.set(v, (want.get(v) ?? 0) + 1);
    expect(d?.size).toBe(want.size);
    d?.values().forEach((v, k) => expect(d.counts()[k]).toBe(want.get(v)));
    let wrong = 0;
    x.forEach((v) => { if (d?.values()[d.find(v)] !== v) wrong++; });
    expect(wrong).toBe(0);
  });
});
