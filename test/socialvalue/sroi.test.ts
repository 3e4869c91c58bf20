import { describe, expect, it } from 'vitest';
import {
  InsufficientDataError,
  InvalidInputError,
  sensitivity,
  sroi,
  valueOutcomes,
  type OutcomeClaim,
  type ValueBank,
} from 'social-outcomes/socialvalue';
import { expectClose } from '../_helpers/expectClose';
import { libraryInputs, valuationFixture } from './_valuationFixture';

/*
 * Acceptance: a worked SROI, hand-computed formula by formula.
 *
 * The SROI Guide (Cabinet Office / SROI Network 2012) sets out the arithmetic but the copies
 * available to us exposed no worked numeric example with page references, so this example is
 * hand-computed here, every intermediate value asserted. Numbers are invented (not HACT values).
 *
 *   Inputs: grant £35,000 + volunteer time £5,000 = I = £40,000.
 *   Bank (2023-24 prices): "stable accommodation" £2,500 per person per year, bank deadweight 10 %;
 *                          "less lonely" £2,000, community category deadweight 15 %.
 *   Claims: 12 people stable accommodation: displacement 5 %, attribution 20 %, drop-off 30 %, 3 years.
 *           20 people less lonely: displacement 0, attribution 25 %, drop-off 50 %, 2 years.
 *   Discounting: Green Book 3.5 %, year 1 discounted (SROI Guide convention, the default).
 */
const bank: ValueBank = {
  name: 'worked example (illustrative, not HACT values)',
  entries: [
    {
      id: 'stable-accommodation',
      label: 'Moved into stable accommodation (illustrative)',
      category: 'housing',
      priceYear: '2023-24',
      source: 'invented for the worked example',
      licence: 'CC0-1.0',
      deadweight: 0.1,
      variants: [{ ageBand: 'all', location: 'all', value: 2500 }],
    },
    {
      id: 'less-lonely',
      label: 'Feels less lonely (illustrative)',
      category: 'community',
      priceYear: '2023-24',
      source: 'invented for the worked example',
      licence: 'CC0-1.0',
      variants: [{ ageBand: 'all', location: 'all', value: 2000 }],
    },
  ],
  deadweightByCategory: { community: 0.15 },
};
const claims: OutcomeClaim[] = [
  { outcomeId: 'stable-accommodation', quantity: 12, displacement: 0.05, attribution: 0.2, dropOff: 0.3, durationYears: 3 },
  { outcomeId: 'less-lonely', quantity: 20, displacement: 0, attribution: 0.25, dropOff: 0.5, durationYears: 2 },
];
const inputs = [
  { label: 'grant', value: 35000 },
  { label: 'volunteer time (in kind)', value: 5000 },
];

describe('sroi: worked example, formula by formula (acceptance)', () => {
  const v = valueOutcomes(claims, bank);
  const [a, b] = v.lines;

  it('step 1: gross value = quantity × financial proxy', () => {
    expect(a!.gross).toBe(12 * 2500); // 30,000
    expect(b!.gross).toBe(20 * 2000); // 40,000
  });

  it('step 2: impact = gross × (1 − deadweight)(1 − displacement)(1 − attribution), deducted in turn', () => {
    // Stable accommodation: 30,000 × 0.90 = 27,000; × 0.95 = 25,650; × 0.80 = 20,520.
    expect([a!.deadweight, a!.displacement, a!.attribution]).toEqual([0.1, 0.05, 0.2]);
    expectClose([a!.afterDeadweight, a!.afterDisplacement, a!.afterAttribution], [27000, 25650, 20520], { rtol: 1e-15 });
    // Less lonely: 40,000 × 0.85 = 34,000; × 1.00 = 34,000; × 0.75 = 25,500.
    expect([b!.deadweight, b!.displacement, b!.attribution]).toEqual([0.15, 0, 0.25]);
    expect(b!.adjustmentSources.deadweight).toBe('bank-category');
    expectClose([b!.afterDeadweight, b!.afterDisplacement, b!.afterAttribution], [34000, 34000, 25500], { rtol: 1e-15 });
  });

  it('step 3: drop-off from year 2: impact_t = impact_1 × (1 − drop-off)^(t − 1)', () => {
    // 20,520 → 20,520 × 0.7 = 14,364 → 14,364 × 0.7 = 10,054.8
    expectClose(a!.byYear.map((y) => y.impact), [20520, 14364, 10054.8], { rtol: 1e-14 });
    // 25,500 → 25,500 × 0.5 = 12,750
    expectClose(b!.byYear.map((y) => y.impact), [25500, 12750], { rtol: 1e-15 });
    expectClose(v.total.byYear.map((y) => y.impact), [46020, 27114, 10054.8], { rtol: 1e-14 });
  });

  it('step 4: present value at 3.5 % with year 1 discounted: PV = Σ impact_t / 1.035^t', () => {
    // Discount factors 1/1.035 = 0.966183574879227, 1/1.035² = 0.933510700366403, 1/1.035³ = 0.901942705668022.
    expectClose(v.total.byYear.map((y) => y.discountFactor), [0.9661835748792271, 0.933510700366403, 0.9019427056680224], { rtol: 1e-15 });
    // Stable accommodation: 19,826.0870 + 13,408.9477 + 9,068.8535 = 42,303.8882
    expectClose(a!.byYear.map((y) => y.presentValue), [19826.08695652174, 13408.947700063012, 9068.85351695083], { rtol: 1e-14 });
    expectClose(a!.presentValue, 42303.88817353558, { rtol: 1e-14 });
    // Less lonely: 24,637.6812 + 11,902.2614 = 36,539.9426
    expectClose(b!.byYear.map((y) => y.presentValue), [24637.68115942029, 11902.261429671638], { rtol: 1e-14 });
    expectClose(b!.presentValue, 36539.94258909193, { rtol: 1e-14 });
    expectClose(v.total.presentValue, 78843.8307626275, { rtol: 1e-14 });
  });

  it('step 5: NPV = PV − inputs; SROI = PV / inputs; net SROI = NPV / inputs; payback = inputs / (year-1 impact / 12)', () => {
    const r = sroi({ inputs, valueFlows: v.total.byYear.map((y) => y.impact) });
    expect(r.inputs).toBe(40000);
    expect(r.inputLines).toEqual(inputs);
    expectClose(r.presentValue, 78843.8307626275, { rtol: 1e-14 });
    expectClose(r.netPresentValue, 38843.830762627505, { rtol: 1e-13 });
    expectClose(r.ratio, 1.9710957690656876, { rtol: 1e-14 }); // £1.97 of social value per £1 invested
    expectClose(r.netRatio, 0.9710957690656876, { rtol: 1e-13 });
    // 40,000 / (46,020 / 12) = 10.43 months
    expect(r.payback.defined).toBe(true);
    if (r.payback.defined) expectClose(r.payback.months, 10.430247718383312, { rtol: 1e-14 });
    expect(r.discounting).toMatchObject({ rate: 'green-book', firstYearDiscounted: true });
  });

  it('the Green Book convention (year 1 undiscounted) gives PV 81,603.36 and ratio 2.04', () => {
    const r = sroi({ inputs: 40000, valueFlows: [46020, 27114, 10054.8] }, { discountFirstYear: false });
    // 46,020 + 27,114 / 1.035 + 10,054.8 / 1.035² = 81,603.3648
    expectClose(r.presentValue, 81603.36483931946, { rtol: 1e-14 });
    expectClose(r.ratio, 2.0400841209829865, { rtol: 1e-14 });
  });

  it('the break-even deadweight solves ratio = 1: 1 − 40,000 / PV(deadweight 0) = 0.5555', () => {
    // PV with no deadweight: 22,800 × (1/1.035 + 0.7/1.035² + 0.49/1.035³) + 30,000 × (1/1.035 + 0.5/1.035²) = 89,992.49
    const s = sensitivity({ claims, bank, inputs });
    expect(s.breakEvenDeadweight.exists).toBe(true);
    if (s.breakEvenDeadweight.exists) expectClose(s.breakEvenDeadweight.value, 0.5555184558895161, { rtol: 1e-13 });
    expectClose(s.base.ratio, 1.9710957690656876, { rtol: 1e-14 });
  });
});

describe('sroi: other checks', () => {
  it('reproduces the public_value worked example (secondary: research notes socialvalue.md §4)', () => {
    // I = 250,000; 60 × 8,500 = 510,000; deadweight 40 % → 306,000; attribution 30 % → 214,200;
    // year 2 = 214,200 × 0.7; year 1 undiscounted: PV = 214,200 + 149,940 / 1.035 = 359,069.57, ratio 1.436;
    // with year 1 discounted (SROI Guide) the ratio is 1.388.
    const gb = sroi({ inputs: 250000, valueFlows: [214200, 149940] }, { discountRate: 0.035, discountFirstYear: false });
    expectClose(gb.presentValue, 214200 + 149940 / 1.035, { rtol: 1e-15 });
    expectClose(gb.ratio, 1.436278, { rtol: 1e-6 }); // published to 3 decimals: 1.436
    const guide = sroi({ inputs: 250000, valueFlows: [214200, 149940] }, { discountRate: 0.035 });
    expectClose(guide.ratio, 1.3877, { rtol: 1e-4 }); // published to 3 decimals: 1.388
  });

  it('agrees with the independent numpy implementation on ratio, NPV and payback (fixture)', () => {
    // Same arithmetic, different summation; 1e-12 relative covers the rounding of both.
    for (const c of valuationFixture.cases) {
      const { claims: cl, bank: b, options } = libraryInputs(c);
      const v = valueOutcomes(cl, b, options);
      const r = sroi({ inputs: c.inputs, valueFlows: v.total.byYear.map((y) => y.impact) }, { discountRate: c.rate, discountFirstYear: c.firstYearDiscounted });
      expectClose(r.ratio, c.expected.ratio, { rtol: 1e-12, label: c.name });
      expectClose(r.netPresentValue, c.expected.netPresentValue, { rtol: 1e-10, atol: 1e-6, label: c.name });
      if (c.expected.paybackMonths === null) expect(r.payback.defined).toBe(false);
      else if (r.payback.defined) expectClose(r.payback.months, c.expected.paybackMonths, { rtol: 1e-12, label: c.name });
      else expect.fail(`${c.name}: payback should be defined`);
    }
  });

  it('reports an undefined payback when year 1 has no impact', () => {
    const r = sroi({ inputs: 100, valueFlows: [0, 500] }, { discountRate: 0 });
    expect(r.payback).toEqual({ defined: false, reason: expect.stringMatching(/year-1 impact is 0/) });
    expect(r.ratio).toBe(5);
  });

  it('rejects bad inputs with typed errors', () => {
    expect(() => sroi({ inputs: 0, valueFlows: [1] })).toThrow(/total value of inputs to be > 0/);
    expect(() => sroi({ inputs: -5, valueFlows: [1] })).toThrow(InvalidInputError);
    expect(() => sroi({ inputs: [{ label: 'a', value: Number.NaN }], valueFlows: [1] })).toThrow(InvalidInputError);
    expect(() => sroi({ inputs: [{ value: 3 } as never], valueFlows: [1] })).toThrow(InvalidInputError);
    expect(() => sroi({ inputs: 10, valueFlows: [] })).toThrow(InsufficientDataError);
    expect(() => sroi({ inputs: 10, valueFlows: [1, Number.POSITIVE_INFINITY] })).toThrow(/valueFlows/);
    expect(() => sroi({ inputs: 10, valueFlows: new Array(76).fill(1) })).toThrow(/at most 75 years/);
    expect(() => sroi({ inputs: 10, valueFlows: [1] }, { discountRate: 1 })).toThrow(InvalidInputError);
    expect(() => sroi(null as never)).toThrow(InvalidInputError);
    expect(() => sroi({ inputs: 10, valueFlows: [1] }, { priceYear: '2023-25' })).toThrow(/sroi requires priceYear to be a price year .*"2023-25".*options\.priceYear/);
  });
  it('records the price year of its £ figures when given (traceability, issue 6), without changing them', () => {
    const v = valueOutcomes(claims, bank);
    const flows = v.total.byYear.map((y) => y.impact);
    const plain = sroi({ inputs, valueFlows: flows });
    const dated = sroi({ inputs, valueFlows: flows }, { priceYear: '2023/24' });
    expect(v.priceYear).toBe('2023-24');
    expect(dated.priceYear).toBe(v.priceYear);
    expect('priceYear' in plain).toBe(false);
    const { priceYear: _py, ...rest } = dated;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
  });
});
