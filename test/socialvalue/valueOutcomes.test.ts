import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InsufficientDataError,
  InvalidInputError,
  ReferenceDataError,
  valueOutcomes,
  type OutcomeClaim,
  type ValueBank,
  type ValueBankEntry,
  type ValueOutcomesOptions,
} from 'social-outcomes/socialvalue';
import { gdpDeflatorCalendarYear, gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';
import { libraryInputs, valuationFixture } from './_valuationFixture';

// An illustrative bank: invented numbers, not HACT values.
const entry = (over: Partial<ValueBankEntry> & { id: string }): ValueBankEntry => ({
  label: `Outcome ${over.id} (illustrative)`,
  category: 'community',
  priceYear: '2023-24',
  source: 'invented for tests (not HACT values)',
  licence: 'CC0-1.0',
  variants: [{ ageBand: 'all', location: 'all', value: 1000 }],
  ...over,
});

const bank: ValueBank = {
  name: 'test bank (illustrative, not HACT values)',
  entries: [
    entry({ id: 'housing', category: 'housing', deadweight: 0.1, variants: [{ ageBand: 'all', location: 'all', value: 2500 }] }),
    entry({ id: 'lonely', variants: [{ ageBand: 'all', location: 'all', value: 2000 }], notAdditiveWith: ['group'] }),
    entry({ id: 'group', variants: [{ ageBand: 'all', location: 'all', value: 500 }] }),
    entry({
      id: 'volunteering',
      variants: [
        { ageBand: 'all', location: 'outside-london', value: 1000 },
        { ageBand: 'all', location: 'london', value: 1200 },
      ],
    }),
    entry({
      id: 'mental-health',
      category: 'health',
      variants: [
        { ageBand: '16-24', location: 'all', value: 3000 },
        { ageBand: '25-49', location: 'all', value: 4000 },
        { ageBand: '50+', location: 'all', value: 3500 },
      ],
    }),
    entry({ id: 'youth-only', variants: [{ ageBand: '16-24', location: 'london', value: 800 }] }),
    entry({ id: 'old-prices', priceYear: '2019-20', variants: [{ ageBand: 'all', location: 'all', value: 1000 }], deadweight: 0 }),
  ],
  deadweightByCategory: { community: 0.15, health: 0.2 },
};

const base: ValueOutcomesOptions = { displacement: 0, attribution: 0 };

describe('valueOutcomes: stages, traceability and discounting', () => {
  it('values one claim stage by stage with every figure traced to its source and adjustments', () => {
    const r = valueOutcomes([{ outcomeId: 'housing', quantity: 12, displacement: 0.05, attribution: 0.2, dropOff: 0.3, durationYears: 3 }], bank);
    const l = r.lines[0]!;
    // gross = 12 × 2,500; deadweight 0.1 from the bank entry; then 5 % displacement, 20 % attribution.
    expect(l.gross).toBe(30000);
    expectClose(l.afterDeadweight, 27000, { rtol: 1e-15 });
    expectClose(l.afterDisplacement, 25650, { rtol: 1e-15 });
    expectClose(l.afterAttribution, 20520, { rtol: 1e-15 });
    // Drop-off from year 2: 20,520 → 14,364 → 10,054.8; discounted at 3.5 % from year 1 (defaults).
    expectClose(l.byYear.map((y) => y.impact), [20520, 14364, 10054.8], { rtol: 1e-14 });
    expectClose(l.byYear.map((y) => y.discountFactor), [1 / 1.035, 1 / 1.035 ** 2, 1 / 1.035 ** 3], { rtol: 1e-15 });
    expectClose(l.presentValue, 42303.88817353558, { rtol: 1e-13 });
    expect(l.proxy).toMatchObject({ value: 2500, priceYear: '2023-24', source: 'invented for tests (not HACT values)', licence: 'CC0-1.0', bank: bank.name });
    expect(l.proxy.variant).toEqual({ ageBand: 'all', location: 'all', requestedAgeBand: 'all', requestedLocation: 'all' });
    expect(l.uprated).toEqual({ fromYear: '2023-24', toYear: '2023-24', factor: 1, deflatorId: 'none', deflatorSource: 'none (value already in the target price year)' });
    expect(l.adjustmentSources).toEqual({ deadweight: 'bank-entry', displacement: 'claim', attribution: 'claim', dropOff: 'claim', durationYears: 'claim' });
    expect(l.bankDeadweight).toBe(0.1);
    expect(r.priceYear).toBe('2023-24');
    expect(r.discounting).toMatchObject({ rate: 'green-book', firstYearDiscounted: true });
    expect(r.discounting.schedule).toEqual([
      { fromYear: 1, toYear: 30, rate: 0.035 },
      { fromYear: 31, toYear: 75, rate: 0.03 },
    ]);
    expect(r.n).toBe(1);
    expect(r.excluded).toEqual({ notSustained: 0 });
    expect(r.warnings).toEqual([]);
    expect(r.caveats.length).toBeGreaterThan(0);
  });

  it('uprates each proxy with the HM Treasury GDP deflator and records the factor and series', () => {
    const r = valueOutcomes([{ outcomeId: 'old-prices', quantity: 1 }], bank, { ...base, priceYear: '2024-25' });
    const l = r.lines[0]!;
    // 100 / 80.8738 (2019-20 index, March 2026 release, 2024-25 = 100).
    expectClose(l.uprated.factor, 100 / 80.8738, { rtol: 1e-15 });
    expect(l.uprated.deflatorId).toBe(gdpDeflatorFinancialYear.id);
    expect(l.uprated.deflatorSource).toBe(gdpDeflatorFinancialYear.name);
    expectClose(l.unitValue, 1236.4943900249523, { rtol: 1e-14 });
    expect(l.proxy.value).toBe(1000);
    expect(r.priceYear).toBe('2024-25');
  });

  it('discounts year 1 under the SROI Guide convention and not under the Green Book convention', () => {
    const c: OutcomeClaim[] = [{ outcomeId: 'old-prices', quantity: 1, durationYears: 2, dropOff: 0 }];
    const guide = valueOutcomes(c, bank, base);
    const gb = valueOutcomes(c, bank, { ...base, discountFirstYear: false });
    expectClose(guide.total.presentValue, 1000 / 1.035 + 1000 / 1.035 ** 2, { rtol: 1e-14 });
    expectClose(gb.total.presentValue, 1000 + 1000 / 1.035, { rtol: 1e-14 });
    expect(gb.discounting.convention).toMatch(/Green Book/);
    expect(guide.discounting.convention).toMatch(/SROI Guide/);
  });

  it('drops from 3.5 % to 3.0 % after year 30 on the Green Book schedule', () => {
    const r = valueOutcomes([{ outcomeId: 'old-prices', quantity: 1, durationYears: 40, dropOff: 0 }], bank, base);
    const df = r.lines[0]!.byYear.map((y) => y.discountFactor);
    expectClose(df[29]!, 1.035 ** -30, { rtol: 1e-14 });
    expectClose(df[30]!, 1.035 ** -30 / 1.03, { rtol: 1e-14 });
    expectClose(df[39]!, 1.035 ** -30 * 1.03 ** -10, { rtol: 1e-14 });
    const flat = valueOutcomes([{ outcomeId: 'old-prices', quantity: 1, durationYears: 40, dropOff: 0 }], bank, { ...base, discountRate: 0.035 });
    expectClose(flat.lines[0]!.byYear[39]!.discountFactor, 1.035 ** -40, { rtol: 1e-14 });
  });

  it('totals lines, years and kinds of value', () => {
    const r = valueOutcomes(
      [
        { outcomeId: 'housing', quantity: 2, durationYears: 2, dropOff: 0.5 },
        { outcomeId: 'group', quantity: 4 },
      ],
      { ...bank, entries: bank.entries.map((e) => (e.id === 'housing' ? { ...e, valueType: 'fiscal' as const } : e)) },
      base,
    );
    const [a, b] = r.lines;
    expectClose(r.total.gross, a!.gross + b!.gross, { rtol: 1e-15 });
    expectClose(r.total.afterAttribution, a!.afterAttribution + b!.afterAttribution, { rtol: 1e-15 });
    expectClose(r.total.byYear.map((y) => y.impact), [a!.byYear[0]!.impact + b!.byYear[0]!.impact, a!.byYear[1]!.impact], { rtol: 1e-15 });
    expectClose(r.total.presentValue, a!.presentValue + b!.presentValue, { rtol: 1e-15 });
    expectClose(r.total.undiscounted, 4500 + 2250 + 1700, { rtol: 1e-15 });
    expect(r.byValueType.map((t) => t.valueType)).toEqual(['fiscal', 'unspecified']);
    expectClose(r.byValueType[0]!.presentValue, a!.presentValue, { rtol: 1e-15 });
  });

  it('agrees with an independent numpy/scipy implementation on every stage (fixture)', () => {
    // Tolerance: the fixture sums with numpy cumulative products, the library with repeated
    // multiplication; both are exact to a few ulps per year, so 1e-12 relative is ample.
    let worst = 0;
    for (const c of valuationFixture.cases) {
      const { claims, bank: b, options } = libraryInputs(c);
      const r = valueOutcomes(claims, b, options);
      c.expected.lines.forEach((e, i) => {
        const l = r.lines[i]!;
        const label = `${c.name} line ${i}`;
        expectClose(l.unitValue, e.unitValue, { rtol: 1e-13, label });
        expectClose(l.gross, e.gross, { rtol: 1e-13, label });
        expectClose(l.afterDeadweight, e.afterDeadweight, { rtol: 1e-13, label });
        expectClose(l.afterDisplacement, e.afterDisplacement, { rtol: 1e-13, label });
        expectClose(l.afterAttribution, e.afterAttribution, { rtol: 1e-13, label });
        expectClose(l.byYear.map((y) => y.impact), e.impacts, { rtol: 1e-12, atol: 1e-9, label });
        expectClose(l.presentValue, e.presentValue, { rtol: 1e-12, label });
      });
      expectClose(r.total.byYear.map((y) => y.impact), c.expected.impactByYear, { rtol: 1e-12, atol: 1e-9, label: c.name });
      expectClose(r.total.presentValue, c.expected.presentValue, { rtol: 1e-12, label: c.name });
      worst = Math.max(worst, Math.abs(r.total.presentValue - c.expected.presentValue) / c.expected.presentValue);
    }
    expect(worst).toBeLessThan(1e-12);
    expect(valuationFixture.cases.length).toBeGreaterThanOrEqual(50);
  });
});

describe('valueOutcomes: adjustments and their sources', () => {
  it('resolves deadweight claim > options (per outcome, then scalar) > bank entry > bank category, and records overrides', () => {
    const r = valueOutcomes(
      [
        { outcomeId: 'housing', quantity: 1, deadweight: 0.3 },
        { outcomeId: 'group', quantity: 1 },
        { outcomeId: 'mental-health', quantity: 1, ageBand: '25-49' },
        { outcomeId: 'housing', quantity: 1, cohort: 'b' },
        { outcomeId: 'volunteering', quantity: 1, location: 'london' },
      ],
      bank,
      { ...base, deadweight: { group: 0.5 } },
    );
    const dw = r.lines.map((l) => [l.deadweight, l.adjustmentSources.deadweight]);
    expect(dw).toEqual([
      [0.3, 'claim'],
      [0.5, 'options'],
      [0.2, 'bank-category'],
      [0.1, 'bank-entry'],
      [0.15, 'bank-category'],
    ]);
    const overrides = r.warnings.filter((w) => w.code === 'deadweight-override');
    expect(overrides.map((w) => w.claimIndices)).toEqual([[0], [1]]);
    expect(overrides[0]!.message).toMatch(/0\.3.*0\.1/);
    const scalar = valueOutcomes([{ outcomeId: 'housing', quantity: 1 }], bank, { ...base, deadweight: 0.4 });
    expect(scalar.lines[0]!.adjustmentSources.deadweight).toBe('options');
    expect(scalar.lines[0]!.deadweight).toBe(0.4);
  });

  it('sets deadweight to 0 for a claim net of a comparison group, and refuses a contradictory deadweight', () => {
    const r = valueOutcomes([{ outcomeId: 'housing', quantity: 1, netOfComparisonGroup: true }], bank, base);
    expect(r.lines[0]!.deadweight).toBe(0);
    expect(r.lines[0]!.adjustmentSources.deadweight).toBe('comparison-group');
    expect(r.lines[0]!.bankDeadweight).toBe(0.1);
    expect(r.warnings).toEqual([]);
    expect(() => valueOutcomes([{ outcomeId: 'housing', quantity: 1, netOfComparisonGroup: true, deadweight: 0.2 }], bank, base)).toThrow(InvalidInputError);
  });

  it('requires displacement, attribution and (for several years) drop-off: nothing is silently defaulted', () => {
    expect(() => valueOutcomes([{ outcomeId: 'housing', quantity: 1 }], bank, { attribution: 0 })).toThrow(/needs displacement for claim 0 \('housing'\)/);
    expect(() => valueOutcomes([{ outcomeId: 'housing', quantity: 1 }], bank, { displacement: 0 })).toThrow(/needs attribution/);
    expect(() => valueOutcomes([{ outcomeId: 'housing', quantity: 1, durationYears: 2 }], bank, base)).toThrow(/needs dropOff/);
    const noDw: ValueBank = { name: 'no deadweight', entries: [entry({ id: 'x', category: 'none' })] };
    expect(() => valueOutcomes([{ outcomeId: 'x', quantity: 1 }], noDw, base)).toThrow(/needs a deadweight for claim 0 \('x'\)/);
    const r = valueOutcomes([{ outcomeId: 'housing', quantity: 1 }], bank, base);
    expect(r.lines[0]!.adjustmentSources).toMatchObject({ dropOff: 'not-applicable', durationYears: 'default' });
    expect(r.lines[0]!.durationYears).toBe(1);
  });

  it('takes per-outcome options and rejects option keys that are not in the bank', () => {
    const r = valueOutcomes([{ outcomeId: 'housing', quantity: 1 }, { outcomeId: 'group', quantity: 1 }], bank, {
      displacement: { housing: 0.1, group: 0 },
      attribution: 0.2,
      durationYears: { housing: 2 },
      dropOff: 0.5,
    });
    expect(r.lines.map((l) => [l.displacement, l.durationYears, l.dropOff])).toEqual([
      [0.1, 2, 0.5],
      [0, 1, 0.5],
    ]);
    expect(() => valueOutcomes([{ outcomeId: 'housing', quantity: 1 }], bank, { ...base, deadweight: { houzing: 0.1 } })).toThrow(ReferenceDataError);
  });
});

describe('valueOutcomes: warnings are never silent', () => {
  it('warns when a cohort claims two outcomes the bank marks as not additive, or errors on request', () => {
    const claims: OutcomeClaim[] = [
      { outcomeId: 'lonely', quantity: 5 },
      { outcomeId: 'group', quantity: 5 },
    ];
    const r = valueOutcomes(claims, bank, base);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'not-additive', claimIndices: [0, 1], outcomeIds: ['lonely', 'group'] })]);
    // Different cohorts are different people: no double counting.
    const other = valueOutcomes([{ ...claims[0]!, cohort: 'a' }, { ...claims[1]!, cohort: 'b' }], bank, base);
    expect(other.warnings).toEqual([]);
    expect(() => valueOutcomes(claims, bank, { ...base, doubleCounting: 'error' })).toThrow(/not additive/);
  });

  it('warns when the same outcome is claimed twice for one cohort', () => {
    const r = valueOutcomes([{ outcomeId: 'group', quantity: 1 }, { outcomeId: 'group', quantity: 2 }], bank, base);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'duplicate-claim', claimIndices: [0, 1] })]);
  });

  it('warns about (or excludes) outcomes that did not last most of a year', () => {
    const claims: OutcomeClaim[] = [
      { outcomeId: 'group', quantity: 1, monthsSustained: 6 },
      { outcomeId: 'housing', quantity: 1, monthsSustained: 7 },
    ];
    const r = valueOutcomes(claims, bank, base);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'not-sustained', claimIndices: [0] })]);
    expect(r.n).toBe(2);
    const ex = valueOutcomes(claims, bank, { ...base, notSustained: 'exclude' });
    expect(ex.n).toBe(1);
    expect(ex.excluded).toEqual({ notSustained: 1 });
    expect(ex.lines.map((l) => l.claimIndex)).toEqual([1]);
    expect(() => valueOutcomes([claims[0]!], bank, { ...base, notSustained: 'exclude' })).toThrow(InsufficientDataError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1, monthsSustained: 13 }], bank, base)).toThrow(InvalidInputError);
  });

  it('picks the London or outside-London value and warns on a location mismatch', () => {
    const london = valueOutcomes([{ outcomeId: 'volunteering', quantity: 1 }], bank, { ...base, location: 'london' });
    expect(london.lines[0]!.proxy.value).toBe(1200);
    expect(london.warnings).toEqual([]);
    const youth = valueOutcomes([{ outcomeId: 'youth-only', quantity: 1, ageBand: '16-24', location: 'outside-london' }], bank, base);
    expect(youth.lines[0]!.proxy.variant).toMatchObject({ location: 'london', requestedLocation: 'outside-london' });
    expect(youth.warnings.map((w) => w.code)).toEqual(['location-mismatch']);
    // Location unknown and two location values: the user must say which.
    expect(() => valueOutcomes([{ outcomeId: 'volunteering', quantity: 1 }], bank, base)).toThrow(/cannot choose a value of bank entry 'volunteering'/);
  });

  it('matches age bands by label or by a containing span, and warns when a proxy is used outside its age band', () => {
    const exact = valueOutcomes([{ outcomeId: 'mental-health', quantity: 1, ageBand: '25-49' }], bank, base);
    expect(exact.lines[0]!.proxy.value).toBe(4000);
    const inside = valueOutcomes([{ outcomeId: 'mental-health', quantity: 1, ageBand: '30-39' }], bank, base);
    expect(inside.lines[0]!.proxy.value).toBe(4000);
    expect(inside.warnings).toEqual([]);
    const older = valueOutcomes([{ outcomeId: 'mental-health', quantity: 1, ageBand: '65-74' }], bank, base);
    expect(older.lines[0]!.proxy.value).toBe(3500);
    const outside = valueOutcomes([{ outcomeId: 'youth-only', quantity: 1, ageBand: '50+', location: 'london' }], bank, base);
    expect(outside.warnings).toEqual([expect.objectContaining({ code: 'age-band-mismatch', claimIndices: [0], outcomeIds: ['youth-only'] })]);
    expect(outside.warnings[0]!.message).toMatch(/outside its age band/);
    expect(() => valueOutcomes([{ outcomeId: 'mental-health', quantity: 1 }], bank, base)).toThrow(ReferenceDataError);
  });
});

describe('valueOutcomes: bad input is a typed error naming the entry', () => {
  const one = (e: Partial<ValueBankEntry>): ValueBank => ({ name: 'bad', entries: [entry({ id: 'bad', deadweight: 0.1, ...e })] });
  const claim: OutcomeClaim[] = [{ outcomeId: 'bad', quantity: 1 }];

  it('rejects a claimed entry without a price year, source or licence', () => {
    const noYear = { ...entry({ id: 'bad', deadweight: 0.1 }), priceYear: undefined } as unknown as ValueBankEntry;
    expect(() => valueOutcomes(claim, { name: 'b', entries: [noYear] }, base)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes(claim, { name: 'b', entries: [noYear] }, base)).toThrow(/bank entry 'bad' to have a priceYear/);
    expect(() => valueOutcomes(claim, one({ source: '' }), base)).toThrow(/bank entry 'bad' to have a source/);
    expect(() => valueOutcomes(claim, one({ licence: ' ' }), base)).toThrow(/bank entry 'bad' to have a licence/);
  });

  it('rejects a bank deadweight outside [0, 1], a negative or non-finite value, and a bad range', () => {
    expect(() => valueOutcomes(claim, one({ deadweight: 1.2 }), base)).toThrow(/deadweight of bank entry 'bad' to be in \[0, 1\] \(got 1\.2\)/);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }], { ...bank, deadweightByCategory: { community: -0.1 } }, base)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes(claim, one({ variants: [{ ageBand: 'all', location: 'all', value: Number.NaN }] }), base)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes(claim, one({ variants: [{ ageBand: 'all', location: 'all', value: -5 }] }), base)).toThrow(ReferenceDataError);
    expect(() => valueOutcomes(claim, one({ variants: [{ ageBand: 'all', location: 'all', value: 5, valueLow: 6 }] }), base)).toThrow(/valueLow <= value/);
    expect(() => valueOutcomes(claim, one({ variants: [] }), base)).toThrow(/at least one value variant/);
    expect(() => valueOutcomes(claim, { name: 'dup', entries: [entry({ id: 'bad' }), entry({ id: 'bad' })] }, base)).toThrow(/unique/);
  });

  it('rejects a price year with no deflator, naming the year', () => {
    const early = one({ priceYear: '1999-00' });
    expect(() => valueOutcomes(claim, early, { ...base, priceYear: '2024-25' })).toThrow(ReferenceDataError);
    expect(() => valueOutcomes(claim, early, { ...base, priceYear: '2024-25' })).toThrow(/no deflator for 1999-00/);
    try {
      valueOutcomes(claim, early, { ...base, priceYear: '2024-25' });
    } catch (e) {
      expect((e as ReferenceDataError).code).toBe('missing-deflator');
      expect((e as ReferenceDataError).path).toEqual(['bank', 'entries', 0, 'priceYear']);
    }
    // A calendar-year value cannot be uprated with the financial-year series.
    expect(() => valueOutcomes(claim, one({ priceYear: '2019' }), { ...base, priceYear: '2024-25' })).toThrow(/indexed by financial year/);
    const cy = valueOutcomes(claim, one({ priceYear: '2019' }), { ...base, priceYear: '2024' });
    expect(cy.lines[0]!.uprated.deflatorId).toBe(gdpDeflatorCalendarYear.id);
  });

  it('rejects an unknown outcome id, naming it and the claim', () => {
    expect(() => valueOutcomes([{ outcomeId: 'gardening', quantity: 1 }], bank, base)).toThrow(ReferenceDataError);
    try {
      valueOutcomes([{ outcomeId: 'group', quantity: 1 }, { outcomeId: 'gardening', quantity: 1 }], bank, base);
    } catch (e) {
      expect((e as ReferenceDataError).code).toBe('unknown-reference');
      expect((e as ReferenceDataError).message).toMatch(/no bank entry 'gardening'.*claim 1/);
      expect((e as ReferenceDataError).path).toEqual(['claims', 1, 'outcomeId']);
    }
  });

  it('rejects malformed claims and options', () => {
    expect(() => valueOutcomes([], bank, base)).toThrow(InsufficientDataError);
    expect(() => valueOutcomes('x' as unknown as OutcomeClaim[], bank, base)).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: Number.NaN }], bank, base)).toThrow(/quantity/);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: -1 }], bank, base)).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: Number.POSITIVE_INFINITY }], bank, base)).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1, attribution: 1.5 }], bank, base)).toThrow(/attribution/);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1, durationYears: 76, dropOff: 0 }], bank, base)).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1, durationYears: 1.5 }], bank, base)).toThrow(/integer/);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }], bank, { ...base, discountRate: -0.01 })).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }], bank, { ...base, discountRate: 'treasury' as 'green-book' })).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }], bank, { ...base, location: 'wales' as 'all' })).toThrow(InvalidInputError);
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }], bank, { ...base, priceYear: '2023-25' })).toThrow(InvalidInputError);
    // Values priced in different years cannot be added without a target price year.
    expect(() => valueOutcomes([{ outcomeId: 'group', quantity: 1 }, { outcomeId: 'old-prices', quantity: 1 }], bank, base)).toThrow(/different years \(2019-20, 2023-24\)/);
  });
});

describe('valueOutcomes: properties', () => {
  const arb = fc.record({
    quantity: fc.double({ min: 0, max: 1e4, noNaN: true }),
    deadweight: fc.double({ min: 0, max: 1, noNaN: true }),
    displacement: fc.double({ min: 0, max: 1, noNaN: true }),
    attribution: fc.double({ min: 0, max: 1, noNaN: true }),
    dropOff: fc.double({ min: 0, max: 1, noNaN: true }),
    durationYears: fc.integer({ min: 1, max: 40 }),
  });
  const pv = (c: OutcomeClaim): number => valueOutcomes([c], bank, {}).total.presentValue;

  it('is non-increasing in each adjustment', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom('deadweight', 'displacement', 'attribution', 'dropOff'), fc.double({ min: 0, max: 1, noNaN: true }), (p, key, other) => {
        const c = { outcomeId: 'housing', ...p };
        const lo = Math.min(p[key], other);
        const hi = Math.max(p[key], other);
        // Relative slack of a few ulps for rounding in the products.
        expect(pv({ ...c, [key]: hi })).toBeLessThanOrEqual(pv({ ...c, [key]: lo }) * (1 + 1e-12) + 1e-9);
      }),
    );
  });

  it('is linear in quantity', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 100, noNaN: true }), (p, k) => {
        const c = { outcomeId: 'housing', ...p };
        expectClose(pv({ ...c, quantity: p.quantity * k }), k * pv(c), { rtol: 1e-12, atol: 1e-9 });
      }),
    );
  });

  it('does not mutate its inputs and is deterministic', () => {
    const claims = deepFreeze<OutcomeClaim[]>([
      { outcomeId: 'housing', quantity: 3, durationYears: 3, dropOff: 0.2 },
      { outcomeId: 'lonely', quantity: 2 },
      { outcomeId: 'group', quantity: 2 },
    ]);
    const frozenBank = deepFreeze(structuredClone(bank));
    const opts = deepFreeze({ ...base, priceYear: '2024-25' });
    const a = JSON.stringify(valueOutcomes(claims, frozenBank, opts));
    const b = JSON.stringify(valueOutcomes(claims, frozenBank, opts));
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual(valueOutcomes(claims, frozenBank, opts));
  });
});
