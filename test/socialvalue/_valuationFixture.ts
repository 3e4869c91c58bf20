// Loads test/fixtures/socialvalue/valuation/valuation.json (numpy/scipy reference, see generate.py there)
// and turns each case into the claims, bank and options of the library.
import { z } from 'zod';
import { loadFixture } from '../_helpers/fixtures';
import type { DeflatorSeries } from 'social-outcomes/data/deflators';
import type { OutcomeClaim, ValueBank, ValueOutcomesOptions } from 'social-outcomes/socialvalue';

const Line = z.object({
  quantity: z.number(),
  value: z.number(),
  priceYear: z.string(),
  fromIndex: z.number(),
  toIndex: z.number(),
  deadweight: z.number(),
  displacement: z.number(),
  attribution: z.number(),
  dropOff: z.number(),
  durationYears: z.number(),
});

const Case = z.object({
  name: z.string(),
  deflator: z.record(z.string(), z.number()),
  targetYear: z.string(),
  rate: z.union([z.number(), z.literal('green-book')]),
  firstYearDiscounted: z.boolean(),
  inputs: z.number(),
  lines: z.array(Line),
  expected: z.object({
    lines: z.array(
      z.object({
        unitValue: z.number(),
        gross: z.number(),
        afterDeadweight: z.number(),
        afterDisplacement: z.number(),
        afterAttribution: z.number(),
        impacts: z.array(z.number()),
        presentValue: z.number(),
      }),
    ),
    impactByYear: z.array(z.number()),
    presentValue: z.number(),
    netPresentValue: z.number(),
    ratio: z.number(),
    paybackMonths: z.number().nullable(),
    breakEvenDeadweight: z.number().nullable(),
    deadweightSwitch: z.array(z.number().nullable()),
    dropOffSwitch: z.array(z.number().nullable()),
  }),
});

export type ValuationCase = z.infer<typeof Case>;

export const valuationFixture = loadFixture('socialvalue/valuation/valuation.json', Case);

/** The library inputs of a fixture case: one bank entry and one claim per line. */
export function libraryInputs(c: ValuationCase): { claims: OutcomeClaim[]; bank: ValueBank; options: ValueOutcomesOptions } {
  const deflators: DeflatorSeries = {
    id: `fixture-${c.name}`,
    name: `fixture deflator (${c.name})`,
    period: 'financial-year',
    referenceYear: c.targetYear,
    values: c.deflator,
    provenance: {
      source: 'generate.py',
      publisher: 'test',
      url: 'n/a',
      edition: 'n/a',
      series: 'n/a',
      retrieved: '2026-11-23',
      retrievedFrom: 'n/a',
      licence: 'n/a',
      transformations: [],
      errata: [],
    },
  };
  const bank: ValueBank = {
    name: `fixture bank (${c.name})`,
    entries: c.lines.map((l, i) => ({
      id: `l${i}`,
      label: `line ${i}`,
      category: 'fixture',
      priceYear: l.priceYear,
      source: 'generate.py',
      licence: 'n/a',
      variants: [{ ageBand: 'all', location: 'all', value: l.value }],
    })),
  };
  const claims: OutcomeClaim[] = c.lines.map((l, i) => ({
    outcomeId: `l${i}`,
    quantity: l.quantity,
    deadweight: l.deadweight,
    displacement: l.displacement,
    attribution: l.attribution,
    dropOff: l.dropOff,
    durationYears: l.durationYears,
  }));
  return {
    claims,
    bank,
    options: { priceYear: c.targetYear, deflators, discountRate: c.rate, discountFirstYear: c.firstYearDiscounted },
  };
}
