// Property tests of the remaining socialvalue functions (issue 10): price-year spellings agree, WELLBY values
// are linear in people and in the change, and the sensitivity base case scales with the inputs. Seeded.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parsePriceYear, sensitivity, wellbeingValue, type ValueBank } from 'social-outcomes/socialvalue';
import { expectDeepClose, params } from '../_helpers';

describe('parsePriceYear', () => {
  test.prop([fc.integer({ min: 1990, max: 2060 })], params)('"YYYY-YY", "YYYY/YY" and "YYYY/YYYY" name the same financial year; a number is the calendar year', (y) => {
    const yy = String((y + 1) % 100).padStart(2, '0');
    const a = parsePriceYear(`${y}-${yy}`);
    expect(parsePriceYear(`${y}/${yy}`)).toEqual(a);
    expect(a).toEqual({ label: `${y}-${yy}`, period: 'financial-year', startYear: y });
    expect(parsePriceYear(y)).toEqual(parsePriceYear(String(y)));
  });
});

describe('wellbeingValue', () => {
  test.prop([fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 10 })], params)('linear in people and in the change', (change, people, k) => {
    const a = wellbeingValue(change, { method: 'wellby', people });
    const b = wellbeingValue(change, { method: 'wellby', people: k * people });
    const c = wellbeingValue(k * change, { method: 'wellby', people });
    for (const key of ['value', 'low', 'high', 'wellbys'] as const) {
      expectDeepClose(b[key], k * a[key], 1e-12);
      expectDeepClose(c[key], k * a[key], 1e-12);
    }
  });
});

const bank = { name: 'invented', entries: [{ id: 'a', label: 'A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }] } as unknown as ValueBank;
describe('sensitivity', () => {
  test.prop([fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1000, max: 1e7, noNaN: true }), fc.integer({ min: 2, max: 10 })], params)('the base ratio is inversely proportional to the inputs; the base present value does not depend on them', (q, inputs, k) => {
    const opts = { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false };
    const a = sensitivity({ claims: [{ outcomeId: 'a', quantity: q }], bank, inputs }, opts);
    const b = sensitivity({ claims: [{ outcomeId: 'a', quantity: q }], bank, inputs: k * inputs }, opts);
    expectDeepClose(b.base.presentValue, a.base.presentValue, 1e-15);
    expectDeepClose(b.base.ratio, a.base.ratio / k, 1e-12);
    expectDeepClose(a.base.presentValue, q * 1000 * 0.8, 1e-12);
  });
});
