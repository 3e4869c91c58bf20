// Property tests of social value (issue 10): present values are linear in the flows, the SROI ratio does not
// depend on the currency unit, totals do not depend on the order of claims or avoided events, uprating is
// linear and composes (a → b → c equals a → c). Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { avoidedCosts, presentValue, sroi, uprate, valueOutcomes, type ValueBank } from 'social-outcomes/socialvalue';
import { gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
import { expectDeepClose, params, permuteAll } from '../_helpers';

const flows = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 40 });
const rate = fc.oneof(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.constant('green-book' as const));
const k = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe('discounting', () => {
  test.prop([flows, flows, rate, k], params)('presentValue is linear: PV(k·a + b) = k·PV(a) + PV(b)', (a, b, r, c) => {
    const n = Math.min(a.length, b.length);
    const mix = a.slice(0, n).map((x, i) => c * x + (b[i] as number));
    const lhs = presentValue(mix, r).value;
    const rhs = c * presentValue(a.slice(0, n), r).value + presentValue(b.slice(0, n), r).value;
    // all terms are non-negative, so the sums are well conditioned: 1e-12 relative
    expectDeepClose(lhs, rhs, 1e-12, 1e-9);
  });

  test.prop([fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 1, max: 1e8, noNaN: true }), k], params)(
    'sroi: scaling inputs and flows by the same factor leaves the ratio and payback unchanged',
    (valueFlows, inputs, c) => {
      const a = sroi({ inputs, valueFlows });
      const b = sroi({ inputs: c * inputs, valueFlows: valueFlows.map((x) => c * x) });
      expectDeepClose(b.ratio, a.ratio, 1e-12);
      expectDeepClose(b.netRatio, a.netRatio, 1e-10, 1e-12);
      expectDeepClose(b.presentValue, c * a.presentValue, 1e-12);
      expect(b.payback.defined).toBe(a.payback.defined);
    },
  );
});

const years = ['2015-16', '2017-18', '2019-20', '2021-22', '2023-24', '2024-25'] as const;
describe('uprating', () => {
  test.prop([fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.constantFrom(...years), fc.constantFrom(...years), fc.constantFrom(...years)], params)(
    'uprate is linear in the amount and composes: uprate(uprate(x, a, b), b, c) = uprate(x, a, c)',
    (x, a, b, c) => {
      const direct = uprate(x, a, c, gdpDeflatorFinancialYear).value;
      const twoStep = uprate(uprate(x, a, b, gdpDeflatorFinancialYear).value, b, c, gdpDeflatorFinancialYear).value;
      expectDeepClose(twoStep, direct, 1e-12);
      expectDeepClose(uprate(2 * x, a, c, gdpDeflatorFinancialYear).value, 2 * direct, 1e-15);
    },
  );
});

const bank: ValueBank = {
  name: 'property-test bank (invented numbers, not HACT values)',
  entries: ['a', 'b', 'c', 'd'].map((id, i) => ({
    id, label: `Outcome ${id}`, category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', deadweight: 0.1 * i,
    variants: [{ ageBand: 'all', location: 'all', value: 250 * (i + 1) + 0.37 }],
  })),
} as unknown as ValueBank;
const claims = fc.array(fc.record({ outcomeId: fc.constantFrom('a', 'b', 'c', 'd'), quantity: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 20 });
const withOrder = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], number[]]> => arb.chain((xs) => fc.tuple(fc.constant(xs), fc.array(fc.integer(), { minLength: xs.length, maxLength: xs.length })));

describe('order of claims and events', () => {
  test.prop([withOrder(claims)], params)('valueOutcomes: totals do not depend on the order of the claims; lines follow it', ([cs, order]) => {
    const opts = { displacement: 0.1, attribution: 0.25 };
    const a = valueOutcomes(cs, bank, opts);
    const [ds] = permuteAll(order, cs);
    const b = valueOutcomes(ds, bank, opts);
    // 1e-12 relative: the same non-negative terms summed in another order
    expectDeepClose(b.total, a.total, 1e-12, 1e-9);
    expect(b.n).toBe(a.n);
  });

  const ids = ['emergency-care-attendance', 'social-worker-adult-hour'] as const;
  const events = fc.array(fc.record({ unitCostId: fc.constantFrom(...ids), quantity: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 20 });
  test.prop([withOrder(events)], params)('avoidedCosts: totals and agency savings do not depend on the order of the events', ([es, order]) => {
    const a = avoidedCosts(es, pssruUnitCosts2024);
    const [fs] = permuteAll(order, es);
    const b = avoidedCosts(fs, pssruUnitCosts2024);
    expectDeepClose(b.total, a.total, 1e-12, 1e-9);
    expectDeepClose(b.gross, a.gross, 1e-12, 1e-9);
    const byAgency = (r: typeof a): Record<string, number> => Object.fromEntries(r.byAgency.map((x) => [x.agency, x.saving]));
    expectDeepClose(byAgency(b), byAgency(a), 1e-12, 1e-9);
  });
});
