// A group's summary from distinct values with counts equals the element-wise summary bit for bit: both the mean and
// the sum of squared deviations are correctly rounded exact sums.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { summarise, summariseCounted } from '../../src/equity/_internal/disparitySummary';
import { distinctValues } from '../../src/_internal/distinctValues';

function counted(x: number[]) {
  const t = distinctValues(x, x.length + 1);
  if (t === undefined) throw new Error('table full');
  return summariseCounted(t.values(), t.counts(), x.length);
}

describe('summariseCounted', () => {
  const moderate = fc.double({ min: 1e-6, max: 1e6, noNaN: true }).chain((v) => fc.constantFrom(v, -v));
  test.prop([fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }).map((k) => k / 9), moderate, fc.constantFrom(0, 0.1, 0.2, 0.3, 1e-12)), { minLength: 1, maxLength: 300 })], { numRuns: 500 })(
    'equals summarise on the expanded values, bit for bit (values of moderate size: never declines)',
    (x) => {
      expect(counted(x)).toEqual(summarise(x));
    },
  );

  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 50 })], { numRuns: 300 })(
    'on any finite values it either declines or equals summarise (−0 counted as 0: the same JSON)',
    (x) => {
      const got = counted(x);
      if (got !== undefined) expect(JSON.stringify(got)).toBe(JSON.stringify(summarise(x)));
    },
  );

  it('large counts of few values (a million-row group)', () => {
    const x = Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 19) / 9 - 1);
    expect(counted(x)).toEqual(summarise(x));
  });

  it('gives up (undefined) outside the exact range instead of rounding wrongly', () => {
    expect(summariseCounted(Float64Array.of(1e300, -1e300), Int32Array.of(3, 3), 6)).toBeUndefined();
    expect(summariseCounted(Float64Array.of(5e-324, 1), Int32Array.of(2, 1), 3)).toBeUndefined();
  });
});
