import { describe, expect, it } from 'vitest';
import { InvalidInputError, ReferenceDataError, sensitivity, sroi, valueOutcomes, type OutcomeClaim, type ValueBank } from 'social-outcomes/socialvalue';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';
import { libraryInputs, valuationFixture } from './_valuationFixture';

// Illustrative bank: invented numbers, not HACT values.
const bank: ValueBank = {
  name: 'sensitivity test bank (illustrative)',
  entries: [
    { id: 'a', label: 'A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', deadweight: 0.2, variants: [{ ageBand: 'all', location: 'all', value: 1000, valueLow: 700, valueHigh: 1500 }] },
    { id: 'b', label: 'B', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', deadweight: 0.1, variants: [{ ageBand: 'all', location: 'all', value: 400 }] },
  ],
};
const claims: OutcomeClaim[] = [
  { outcomeId: 'a', quantity: 50, durationYears: 3, dropOff: 0.2 },
  { outcomeId: 'b', quantity: 100 },
];
const opts = { displacement: 0.1, attribution: 0.3, discountRate: 0.035 } as const;

describe('sensitivity', () => {
  const s = sensitivity({ claims, bank, inputs: 60000 }, opts);
  const v = valueOutcomes(claims, bank, opts);

  it('has the base case of valueOutcomes and sroi', () => {
    const r = sroi({ inputs: 60000, valueFlows: v.total.byYear.map((y) => y.impact) }, { discountRate: 0.035 });
    expectClose(s.base.presentValue, v.total.presentValue, { rtol: 1e-14 });
    expectClose(s.base.ratio, r.ratio, { rtol: 1e-14 });
    expect(s.priceYear).toBe('2023-24');
    expect(s.discounting).toEqual(v.discounting);
  });

  it('varies every adjustment, proxy, quantity and duration of every outcome, one at a time', () => {
    const keys = s.rows.map((r) => `${r.claimIndex}:${r.parameter}`).sort();
    const params = ['attribution', 'deadweight', 'displacement', 'dropOff', 'durationYears', 'proxy', 'quantity'];
    expect(keys).toEqual([...params.map((p) => `0:${p}`), ...params.map((p) => `1:${p}`)].sort());
    for (const r of s.rows) {
      // Recompute the end points with valueOutcomes to check the one-at-a-time arithmetic.
      const at = (x: number): number => {
        const c = claims.map((cl, i) => {
          if (i !== r.claimIndex) return cl;
          if (r.parameter === 'proxy') return cl;
          return { ...cl, [r.parameter]: x, ...(r.parameter === 'durationYears' && cl.dropOff === undefined ? { dropOff: 0 } : {}) };
        });
        const b: ValueBank =
          r.parameter === 'proxy'
            ? { ...bank, entries: bank.entries.map((e) => (e.id === r.outcomeId ? { ...e, variants: [{ ageBand: 'all', location: 'all' as const, value: x }] } : e)) }
            : bank;
        return valueOutcomes(c, b, opts).total.presentValue;
      };
      expectClose(r.presentValueAtLow, at(r.low), { rtol: 1e-12, label: `${r.outcomeId} ${r.parameter} low` });
      expectClose(r.presentValueAtHigh, at(r.high), { rtol: 1e-12, label: `${r.outcomeId} ${r.parameter} high` });
      expectClose(r.ratioAtLow, r.presentValueAtLow / 60000, { rtol: 1e-15 });
      expectClose(r.swing, Math.abs(r.ratioAtHigh - r.ratioAtLow), { rtol: 1e-12, atol: 1e-15 });
    }
  });

  it('uses default ranges (±0.1, ±20 %, ±10 %, ±1 year) or the bank range for a proxy', () => {
    const row = (i: number, p: string) => s.rows.find((r) => r.claimIndex === i && r.parameter === p)!;
    expect(row(0, 'deadweight')).toMatchObject({ base: 0.2, low: 0.1, rangeSource: 'default' });
    expectClose(row(0, 'deadweight').high, 0.3, { rtol: 1e-15 });
    expect(row(0, 'proxy')).toMatchObject({ base: 1000, low: 700, high: 1500, rangeSource: 'bank-range' });
    expect(row(1, 'proxy')).toMatchObject({ base: 400, rangeSource: 'default' });
    expectClose([row(1, 'proxy').low, row(1, 'proxy').high], [320, 480], { rtol: 1e-15 });
    expectClose([row(1, 'quantity').low, row(1, 'quantity').high], [90, 110], { rtol: 1e-15 });
    expect(row(0, 'durationYears')).toMatchObject({ base: 3, low: 2, high: 4 });
    expect(row(1, 'durationYears')).toMatchObject({ base: 1, low: 1, high: 2 });
    expect(row(0, 'displacement')).toMatchObject({ low: 0, high: 0.2 });
    expect(s.ranges).toEqual({ deadweight: 0.1, displacement: 0.1, attribution: 0.1, dropOff: 0.1, proxy: 0.2, quantity: 0.1, durationYears: 1 });
    const custom = sensitivity({ claims, bank, inputs: 60000 }, { ...opts, ranges: { proxy: 0.5, deadweight: 0.05 } });
    const p = custom.rows.find((r) => r.claimIndex === 0 && r.parameter === 'proxy')!;
    expect(p).toMatchObject({ low: 500, high: 1500, rangeSource: 'options' });
    expect(custom.rows.find((r) => r.claimIndex === 0 && r.parameter === 'deadweight')!.rangeSource).toBe('options');
  });

  it('sorts the tornado by swing, largest first, deterministically', () => {
    for (let i = 1; i < s.rows.length; i++) expect(s.rows[i - 1]!.swing).toBeGreaterThanOrEqual(s.rows[i]!.swing);
    expect(JSON.stringify(sensitivity({ claims, bank, inputs: 60000 }, opts))).toBe(JSON.stringify(s));
  });

  it('gives switching values at which the ratio is exactly 1', () => {
    for (const r of s.rows) {
      if (!r.switchingValue.exists) continue;
      const x = r.switchingValue.value;
      if (r.parameter === 'durationYears') {
        // Shortest whole-year duration with ratio ≥ 1.
        expect(Number.isInteger(x)).toBe(true);
        continue;
      }
      const c = claims.map((cl, i) => (i === r.claimIndex && r.parameter !== 'proxy' ? { ...cl, [r.parameter]: x } : cl));
      const b: ValueBank =
        r.parameter === 'proxy' ? { ...bank, entries: bank.entries.map((e) => (e.id === r.outcomeId ? { ...e, variants: [{ ageBand: 'all', location: 'all' as const, value: x }] } : e)) } : bank;
      const ratio = valueOutcomes(c, b, opts).total.presentValue / 60000;
      expectClose(ratio, 1, { rtol: 1e-12, label: `${r.outcomeId} ${r.parameter}` });
    }
  });

  it('reports when no switching value or break-even deadweight exists in [0, 1]', () => {
    const low = sensitivity({ claims, bank, inputs: 1e7 }, opts);
    expect(low.breakEvenDeadweight).toMatchObject({ exists: false, reason: 'ratio-below-one-at-zero-deadweight' });
    const dw = low.rows.find((r) => r.parameter === 'deadweight')!;
    expect(dw.switchingValue).toMatchObject({ exists: false, reason: 'outside-domain' });
    const fixed = sensitivity({ claims, bank, inputs: 100 }, { ...opts, fixedValueFlows: [1000] });
    expect(fixed.breakEvenDeadweight).toMatchObject({ exists: false, reason: 'ratio-above-one-at-full-deadweight' });
    expectClose(fixed.base.fixedPresentValue, 1000 / 1.035, { rtol: 1e-15 });
    const oneYear = s.rows.find((r) => r.claimIndex === 1 && r.parameter === 'dropOff')!;
    expect(oneYear.switchingValue).toMatchObject({ exists: false, reason: 'no-effect' });
    expect(oneYear.swing).toBe(0);
  });

  it('holds comparison-group claims fixed in the break-even deadweight and does not vary their deadweight', () => {
    const c: OutcomeClaim[] = [{ ...claims[0]! }, { ...claims[1]!, netOfComparisonGroup: true }];
    const r = sensitivity({ claims: c, bank, inputs: 60000 }, opts);
    expect(r.rows.some((x) => x.claimIndex === 1 && x.parameter === 'deadweight')).toBe(false);
    expect(r.breakEvenDeadweight.exists).toBe(true);
    if (r.breakEvenDeadweight.exists) {
      const d = r.breakEvenDeadweight.value;
      const check = valueOutcomes([{ ...c[0]!, deadweight: d }, c[1]!], bank, opts).total.presentValue;
      expectClose(check / 60000, 1, { rtol: 1e-12 });
    }
  });

  it('agrees with scipy brentq on the break-even deadweight and the deadweight and drop-off switching values (fixture)', () => {
    // brentq stops at xtol 1e-15; the library solves in closed form (deadweight) or by bisection
    // to machine precision (drop-off): 1e-10 absolute is a safe margin for both.
    let compared = 0;
    for (const c of valuationFixture.cases) {
      const { claims: cl, bank: b, options } = libraryInputs(c);
      const r = sensitivity({ claims: cl, bank: b, inputs: c.inputs }, options);
      const be = c.expected.breakEvenDeadweight;
      if (be === null) expect(r.breakEvenDeadweight.exists, c.name).toBe(false);
      else if (r.breakEvenDeadweight.exists) expectClose(r.breakEvenDeadweight.value, be, { rtol: 0, atol: 1e-10, label: c.name });
      else expect.fail(`${c.name}: break-even deadweight should exist`);
      c.lines.forEach((_, i) => {
        for (const [param, expected] of [
          ['deadweight', c.expected.deadweightSwitch[i]],
          ['dropOff', c.expected.dropOffSwitch[i]],
        ] as const) {
          const row = r.rows.find((x) => x.claimIndex === i && x.parameter === param)!;
          if (expected === null || expected === undefined) expect(row.switchingValue.exists, `${c.name} ${i} ${param}`).toBe(false);
          else if (row.switchingValue.exists) {
            expectClose(row.switchingValue.value, expected, { rtol: 0, atol: 1e-10, label: `${c.name} ${i} ${param}` });
            compared++;
          } else expect.fail(`${c.name} line ${i}: ${param} switching value should exist`);
        }
      });
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('does not mutate its inputs and rejects bad ranges and inputs', () => {
    const data = deepFreeze({ claims: structuredClone(claims), bank: structuredClone(bank), inputs: 60000 });
    expect(() => sensitivity(data, deepFreeze({ ...opts }))).not.toThrow();
    expect(() => sensitivity({ claims, bank, inputs: 0 }, opts)).toThrow(InvalidInputError);
    expect(() => sensitivity({ claims, bank, inputs: 10 }, { ...opts, ranges: { deadweight: 2 } })).toThrow(/ranges\.deadweight/);
    expect(() => sensitivity({ claims, bank, inputs: 10 }, { ...opts, ranges: { durationYears: 0.5 } })).toThrow(InvalidInputError);
    expect(() => sensitivity({ claims, bank, inputs: 10 }, { ...opts, fixedValueFlows: [Number.NaN] })).toThrow(/fixedValueFlows/);
    expect(() => sensitivity({ claims: [{ outcomeId: 'zz', quantity: 1 }], bank, inputs: 10 }, opts)).toThrow(ReferenceDataError);
  });
});
