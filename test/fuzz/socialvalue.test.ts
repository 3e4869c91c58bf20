// Fuzz suite for social-outcomes/socialvalue (issue 10): every export, seeded, bounded (FUZZ_RUNS=n for more).
import * as ns from 'social-outcomes/socialvalue';
import { gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
import type { FuzzSpec } from './_harness';
import { fuzzModule } from './_suite';

const bank = {
  name: 'illustrative bank (invented numbers, not HACT values)',
  entries: [
    { id: 'volunteering', label: 'Regular volunteering', category: 'community', priceYear: '2023-24', source: 'invented', licence: 'CC0', deadweight: 0.2, variants: [{ ageBand: 'all', location: 'all', value: 1000 }] },
    { id: 'a', label: 'Outcome A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', variants: [{ ageBand: 'all', location: 'all', value: 1000 }] },
  ],
};

const specs: Record<string, FuzzSpec> = {
  // a price year is a label: 2019 and "2019" name the same year
  parsePriceYear: { seeds: () => [['2023/24'], [2019]] },
  uprate: { pinned: [3], seeds: () => [[1000, '2019-20', '2024-25', gdpDeflatorFinancialYear]] },
  presentValue: { seeds: () => [[[1000, 1000], 0.035], [[1000, 1000, 500], 'green-book', { firstYearDiscounted: false }]] },
  valueOutcomes: { seeds: () => [[[{ outcomeId: 'volunteering', quantity: 10 }], bank, { displacement: 0, attribution: 0.25 }]] },
  avoidedCosts: { pinned: [1], seeds: () => [[[{ unitCostId: 'emergency-care-attendance', quantity: 10 }, { unitCostId: 'social-worker-adult-hour', quantity: 20 }], pssruUnitCosts2024]] },
  sroi: { seeds: () => [[{ inputs: 250000, valueFlows: [214200, 149940] }, { discountRate: 0.035, discountFirstYear: false }]] },
  sensitivity: {
    seeds: () => [[{ claims: [{ outcomeId: 'a', quantity: 100 }], bank, inputs: 50000 }, { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false }]],
  },
  wellbeingValue: { seeds: () => [[0.5, { method: 'wellby' }], [0.5, { method: 'wellby', people: 10, priceYear: '2024' }]] },
};

fuzzModule('socialvalue', ns as unknown as Record<string, unknown>, specs);
