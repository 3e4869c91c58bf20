import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InsufficientDataError, InvalidInputError, presentValue } from 'social-outcomes/socialvalue';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';

describe('presentValue', () => {
  it('discounts year 1 by default (SROI Guide) and not with firstYearDiscounted: false (Green Book year 0)', () => {
    const guide = presentValue([1000, 1000, 1000], 0.035);
    expectClose(guide.value, 1000 / 1.035 + 1000 / 1.035 ** 2 + 1000 / 1.035 ** 3, { rtol: 1e-15 });
    expect(guide.discounting.firstYearDiscounted).toBe(true);
    const gb = presentValue([1000, 1000, 1000], 0.035, { firstYearDiscounted: false });
    expectClose(gb.value, 1000 + 1000 / 1.035 + 1000 / 1.035 ** 2, { rtol: 1e-15 });
    expect(gb.byYear[0]).toEqual({ year: 1, impact: 1000, discountFactor: 1, presentValue: 1000 });
    expect(gb.undiscounted).toBe(3000);
  });

  it('uses 3.5 % for years 1–30 and 3.0 % for years 31–75 on the Green Book schedule', () => {
    const flows = new Array(75).fill(1);
    const r = presentValue(flows, 'green-book');
    expectClose(r.byYear[29]!.discountFactor, 1.035 ** -30, { rtol: 1e-14 });
    expectClose(r.byYear[30]!.discountFactor, 1.035 ** -30 * 1.03 ** -1, { rtol: 1e-14 });
    expectClose(r.byYear[74]!.discountFactor, 1.035 ** -30 * 1.03 ** -45, { rtol: 1e-14 });
    // Sum of two annuities: 30 years at 3.5 %, then 45 years at 3.0 % deferred by 30 years.
    const a1 = (1 - 1.035 ** -30) / 0.035;
    const a2 = 1.035 ** -30 * ((1 - 1.03 ** -45) / 0.03);
    expectClose(r.value, a1 + a2, { rtol: 1e-13 });
    expect(r.discounting.schedule).toEqual([
      { fromYear: 1, toYear: 30, rate: 0.035 },
      { fromYear: 31, toYear: 75, rate: 0.03 },
    ]);
    expect(() => presentValue(new Array(76).fill(1), 'green-book')).toThrow(/at most 75 years/);
    expect(presentValue(new Array(100).fill(1), 0.035).byYear).toHaveLength(100);
  });

  it('equals the annuity formula for a constant flow (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (c, r, n, first) => {
          const annuity = (c * (1 - (1 + r) ** -n)) / r;
          const expected = first ? annuity : annuity * (1 + r);
          // Summing n terms loses at most a few ulps per term: 1e-12 relative plus a tiny absolute.
          expectClose(presentValue(new Array(n).fill(c), r, { firstYearDiscounted: first }).value, expected, { rtol: 1e-12, atol: 1e-9 });
        },
      ),
    );
  });

  it('is the plain sum at a zero rate and linear in the flows', () => {
    expect(presentValue([1, 2, 3.5], 0).value).toBe(6.5);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: -10, max: 10, noNaN: true }), (f, k) => {
        const a = presentValue(f.map((x) => k * x), 0.035).value;
        const b = k * presentValue(f, 0.035).value;
        expectClose(a, b, { rtol: 1e-12, atol: 1e-6 });
      }),
    );
  });

  it('accepts typed arrays, does not mutate input, and rejects bad input', () => {
    const flows = deepFreeze([10, 20]);
    expectClose(presentValue(flows, 0.1).value, 10 / 1.1 + 20 / 1.21, { rtol: 1e-15 });
    expect(presentValue(new Float64Array([10, 20]), 0.1).value).toBe(presentValue([10, 20], 0.1).value);
    expect(() => presentValue([], 0.035)).toThrow(InsufficientDataError);
    expect(() => presentValue([1, Number.NaN], 0.035)).toThrow(/flows to hold numbers|finite/);
    expect(() => presentValue([1, Number.NaN], 0.035)).toThrow(InvalidInputError);
    expect(() => presentValue([1], -0.01)).toThrow(InvalidInputError);
    expect(() => presentValue([1], 1)).toThrow(InvalidInputError);
    expect(() => presentValue([1], 'stpr' as 'green-book')).toThrow(InvalidInputError);
    expect(() => presentValue([1], 0.03, { firstYearDiscounted: 'yes' as unknown as boolean })).toThrow(InvalidInputError);
  });
});
