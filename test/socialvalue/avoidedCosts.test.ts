import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { avoidedCosts, InsufficientDataError, InvalidInputError, ReferenceDataError } from 'social-outcomes/socialvalue';
import { pssruUnitCosts2024, pssruProvenance } from 'social-outcomes/data/pssru';
import { gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
import type { UnitCostTable } from 'social-outcomes/data/unitCosts';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';

// Illustrative unit costs (invented numbers) in two price years and three agencies.
const table: UnitCostTable = {
  id: 'test-costs',
  name: 'test unit costs (illustrative)',
  entries: [
    { id: 'arrest', label: 'Arrest (illustrative)', unit: 'per arrest', value: 600, priceYear: '2019-20', agency: 'police', source: 'invented', edition: 'test', licence: 'CC0' },
    { id: 'bed-night', label: 'Hostel bed night (illustrative)', unit: 'per night', value: 30, priceYear: '2023-24', agency: 'local-authority', source: 'invented', edition: 'test', table: 'T1', licence: 'CC0' },
    { id: 'ae', label: 'A&E attendance (illustrative)', unit: 'per attendance', value: 250, priceYear: '2023-24', agency: 'nhs', source: 'invented', edition: 'test', licence: 'CC0', notes: 'a note' },
  ],
};

describe('avoidedCosts', () => {
  it('costs avoided events with PSSRU unit costs and splits the saving by paying agency', () => {
    const r = avoidedCosts(
      [
        { unitCostId: 'emergency-care-attendance', quantity: 10 },
        { unitCostId: 'social-worker-adult-hour', quantity: 20 },
        { unitCostId: 'non-elective-inpatient-short-stay', quantity: 2 },
      ],
      pssruUnitCosts2024,
    );
    // 10 × £273 + 2 × £792 to the NHS; 20 × £58 to the council (2023/24 prices).
    expect(r.byAgency).toEqual([
      { agency: 'nhs', saving: 4314, share: 4314 / 5474, lines: 2 },
      { agency: 'local-authority', saving: 1160, share: 1160 / 5474, lines: 1 },
    ]);
    expect(r.total).toBe(5474);
    expect(r.gross).toBe(5474);
    expect(r.priceYear).toBe('2023-24');
    expect(r.adjustments).toEqual({ deadweight: 0, attribution: 0, applied: false });
    const l = r.lines[0]!;
    expect(l.unitCost).toMatchObject({ value: 273, priceYear: '2023-24', table: 'Table 6.1.1', source: pssruProvenance.source, tableName: pssruUnitCosts2024.name });
    expect(l.unitCost.licence).toMatch(/CC BY-NC-SA 4\.0/);
    expect(l.uprated.factor).toBe(1);
    expect(r.caveats.length).toBeGreaterThan(0);
  });

  it('uprates every unit cost to one price year and applies deadweight and attribution', () => {
    const r = avoidedCosts(
      [
        { unitCostId: 'arrest', quantity: 3 },
        { unitCostId: 'bed-night', quantity: 100 },
        { unitCostId: 'ae', quantity: 4 },
      ],
      table,
      { priceYear: '2024-25', deadweight: 0.2, attribution: 0.5 },
    );
    const f1 = 100 / 80.8738;
    const f2 = 100 / 96.1117;
    expectClose(r.lines.map((l) => l.uprated.factor), [f1, f2, f2], { rtol: 1e-15 });
    expect(r.lines[0]!.uprated.deflatorId).toBe(gdpDeflatorFinancialYear.id);
    expectClose(r.lines.map((l) => l.gross), [1800 * f1, 3000 * f2, 1000 * f2], { rtol: 1e-14 });
    expectClose(r.lines.map((l) => l.saving), [1800 * f1 * 0.4, 3000 * f2 * 0.4, 1000 * f2 * 0.4], { rtol: 1e-14 });
    expect(r.byAgency.map((a) => a.agency)).toEqual(['local-authority', 'police', 'nhs']);
    expectClose(r.total, r.byAgency.reduce((s, a) => s + a.saving, 0), { rtol: 1e-15 });
    expect(r.adjustments).toEqual({ deadweight: 0.2, attribution: 0.5, applied: true });
    expect(r.lines[2]!.unitCost.notes).toBe('a note');
  });

  it('is linear in quantity and never reports NaN shares', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (q, k) => {
        const a = avoidedCosts([{ unitCostId: 'ae', quantity: q * k }], table).total;
        const b = k * avoidedCosts([{ unitCostId: 'ae', quantity: q }], table).total;
        expectClose(a, b, { rtol: 1e-12, atol: 1e-9 });
      }),
    );
    const zero = avoidedCosts([{ unitCostId: 'ae', quantity: 0 }], table);
    expect(zero.byAgency).toEqual([{ agency: 'nhs', saving: 0, share: 0, lines: 1 }]);
  });

  it('rejects costs in different price years without priceYear, unknown ids and bad entries', () => {
    expect(() => avoidedCosts([{ unitCostId: 'arrest', quantity: 1 }, { unitCostId: 'ae', quantity: 1 }], table)).toThrow(/different years \(2019-20, 2023-24\)/);
    expect(() => avoidedCosts([{ unitCostId: 'taxi', quantity: 1 }], table)).toThrow(ReferenceDataError);
    expect(() => avoidedCosts([{ unitCostId: 'taxi', quantity: 1 }], table)).toThrow(/no unit cost "taxi"/);
    const bad = (over: object): UnitCostTable => ({ ...table, entries: [{ ...table.entries[2]!, ...over }] });
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], bad({ priceYear: '' }))).toThrow(/unit cost 'ae' to have a priceYear/);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], bad({ source: '' }))).toThrow(/unit cost 'ae' to have a source/);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], bad({ agency: '' }))).toThrow(/agency/);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], bad({ value: -1 }))).toThrow(ReferenceDataError);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], { ...table, entries: [table.entries[2]!, table.entries[2]!] })).toThrow(/unique/);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], table, { priceYear: '2030-31' })).toThrow(/no deflator for 2030-31/);
    expect(() => avoidedCosts([], table)).toThrow(InsufficientDataError);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: -2 }], table)).toThrow(InvalidInputError);
    expect(() => avoidedCosts([{ unitCostId: 'ae', quantity: 1 }], table, { deadweight: 1.5 })).toThrow(InvalidInputError);
  });

  it('does not mutate its inputs', () => {
    const events = deepFreeze([{ unitCostId: 'ae', quantity: 2 }]);
    const t = deepFreeze(structuredClone(table));
    expect(JSON.stringify(avoidedCosts(events, t, { priceYear: '2024-25' }))).toBe(JSON.stringify(avoidedCosts(events, t, { priceYear: '2024-25' })));
  });
});
