// Regression tests for the socialvalue bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import { avoidedCosts, InvalidInputError, ReferenceDataError, sensitivity, sroi, valueOutcomes, wellbeingValue } from 'social-outcomes/socialvalue';
import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
import type { ValueBank, ValueBankEntry } from 'social-outcomes/socialvalue';

const entry: ValueBankEntry = { id: 'a', label: 'Outcome A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', variants: [{ ageBand: 'all', location: 'all', value: 1000 }] };
const bank: ValueBank = { name: 'illustrative', entries: [entry] };
const adj = { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false } as const;

/* eslint-disable no-sparse-arrays */
describe('socialvalue regressions (fuzz)', () => {
  it('avoidedCosts: a quantity near 1e308 overflows to an error; a sparse event list is refused', () => {
    expect(() => avoidedCosts([{ unitCostId: 'emergency-care-attendance', quantity: 1e308 }, { unitCostId: 'emergency-care-attendance', quantity: 1e308 }], pssruUnitCosts2024)).toThrow(/overflows/);
    expect(() => avoidedCosts([{ unitCostId: 'emergency-care-attendance', quantity: 1 }, , { unitCostId: 'emergency-care-attendance', quantity: 1 }] as never, pssruUnitCosts2024)).toThrow(InvalidInputError);
  });
  it('sensitivity: a switching value beyond the largest double is reported as outside the domain, not Infinity', () => {
    const tiny: ValueBankEntry = { ...entry, variants: [{ ageBand: 'all', location: 'all', value: 5e-324 }] };
    const s = sensitivity({ claims: [{ outcomeId: 'a', quantity: 100 }], bank: { name: 'b', entries: [tiny] }, inputs: 50000 }, adj);
    // The quantity that would reach a ratio of 1 is 50000 / 4e-324: beyond the largest double.
    const quantity = s.rows.find((r) => r.parameter === 'quantity');
    expect(quantity?.switchingValue).toMatchObject({ exists: false, reason: 'outside-domain' });
    // The proxy's switching value is ordinary: 50000 / (100 × 0.8) = £625.
    const proxy = s.rows.find((r) => r.parameter === 'proxy');
    expect(proxy?.switchingValue).toEqual({ exists: true, value: 625 });
  });
  it('sensitivity and sroi refuse inputs near 5e-324 whose ratio overflows; sroi reports an unbounded payback as undefined', () => {
    expect(() => sensitivity({ claims: [{ outcomeId: 'a', quantity: 100 }], bank, inputs: 5e-324 }, adj)).toThrow(/overflows/);
    expect(() => sroi({ inputs: 5e-324, valueFlows: [1000] })).toThrow(/overflows/);
    expect(sroi({ inputs: 250000, valueFlows: [5e-324, 1e6] }, { discountRate: 0 }).payback.defined).toBe(false);
  });
  it('bank entries with a non-string label or category, or a null variant, are reference errors', () => {
    expect(() => valueOutcomes([{ outcomeId: 'a', quantity: 1 }], { name: 'b', entries: [{ ...entry, label: Symbol('x') }] } as never, adj)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes([{ outcomeId: 'a', quantity: 1 }], { name: 'b', entries: [{ ...entry, category: undefined }] } as never, adj)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes([{ outcomeId: 'a', quantity: 1 }], { name: 'b', entries: [{ ...entry, variants: [null] }] } as never, adj)).toThrow(ReferenceDataError);
  });
  it('valueOutcomes and wellbeingValue refuse totals that overflow', () => {
    expect(() => valueOutcomes([{ outcomeId: 'a', quantity: 1e308 }], bank, adj)).toThrow(/overflows/);
    expect(() => wellbeingValue(0.5, { method: 'wellby', people: 1e308 })).toThrow(/overflows/);
  });
});
