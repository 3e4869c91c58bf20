import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidInputError, ReferenceDataError, uprate } from 'social-outcomes/socialvalue';
import { gdpDeflatorCalendarYear, gdpDeflatorFinancialYear, type DeflatorSeries } from 'social-outcomes/data/deflators';
import { nhsCostInflationIndexPayAndPrices } from 'social-outcomes/data/pssru';
import { expectClose } from '../_helpers/expectClose';

describe('uprate', () => {
  it('multiplies by index[to] / index[from] and reports the series and indices', () => {
    const r = uprate(1000, '2019-20', '2024-25', gdpDeflatorFinancialYear);
    expect(r).toMatchObject({ original: 1000, fromYear: '2019-20', toYear: '2024-25', fromIndex: 80.8738, toIndex: 100, deflatorId: gdpDeflatorFinancialYear.id });
    // Factor to 2024-25 quoted in the research notes (socialvalue.md §3.3): 1.236494.
    expectClose(r.factor, 1.236494, { rtol: 1e-6 });
    expectClose(r.value, 1000 * (100 / 80.8738), { rtol: 1e-15 });
  });

  it('reproduces the other factors quoted for the same vintage (2008-09, 2015-16, 2018-19, 2022-23)', () => {
    // Research notes §3.3 (BENEFITS D2.2): 1.496117, 1.340835, 1.269119, 1.095295 (six significant figures).
    const quoted: Array<[string, number]> = [
      ['2008-09', 1.496117],
      ['2015-16', 1.340835],
      ['2018-19', 1.269119],
      ['2022-23', 1.095295],
    ];
    for (const [y, f] of quoted) expectClose(uprate(1, y, '2024-25', gdpDeflatorFinancialYear).factor, f, { rtol: 1e-6, label: y });
  });

  it('canonicalises year labels and deflates as well as uprates', () => {
    expect(uprate(5, '2019/20', 2024 + '-25', gdpDeflatorFinancialYear).fromYear).toBe('2019-20');
    const down = uprate(1000, '2024-25', '2019-20', gdpDeflatorFinancialYear);
    expectClose(down.value, 808.738, { rtol: 1e-14 });
    const cy = uprate(13000, 2019, 2024, gdpDeflatorCalendarYear);
    expectClose(cy.value, 13000 * (100 / 81.1085), { rtol: 1e-15 });
  });

  it('returns the value unchanged (factor 1, no lookup) when the years are equal', () => {
    const r = uprate(42, '1990-91', '1990-91', gdpDeflatorFinancialYear);
    expect(r).toEqual({ value: 42, original: 42, fromYear: '1990-91', toYear: '1990-91', factor: 1, deflatorId: 'none', deflatorSource: 'none (value already in the target price year)' });
  });

  it('works with any deflator series, e.g. the PSSRU NHS Cost Inflation Index', () => {
    // NHSCII pay & prices 2021/22 → 2023/24 = 1.0732 × 1.0431 = 1.1195 (research notes §2.2).
    expectClose(uprate(100, '2021-22', '2023-24', nhsCostInflationIndexPayAndPrices).value, 107.32 * 1.0431, { rtol: 1e-13 });
  });

  it('round-trips and composes (property)', () => {
    const years = Object.keys(gdpDeflatorFinancialYear.values);
    fc.assert(
      fc.property(fc.constantFrom(...years), fc.constantFrom(...years), fc.constantFrom(...years), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (a, b, c, v) => {
        const ab = uprate(v, a, b, gdpDeflatorFinancialYear).value;
        expectClose(uprate(ab, b, a, gdpDeflatorFinancialYear).value, v, { rtol: 1e-13, atol: 1e-9 });
        expectClose(uprate(ab, b, c, gdpDeflatorFinancialYear).value, uprate(v, a, c, gdpDeflatorFinancialYear).value, { rtol: 1e-13, atol: 1e-9 });
      }),
    );
  });

  it('throws ReferenceDataError naming a year with no deflator', () => {
    expect(() => uprate(1, '1999-00', '2024-25', gdpDeflatorFinancialYear)).toThrow(ReferenceDataError);
    expect(() => uprate(1, '1999-00', '2024-25', gdpDeflatorFinancialYear)).toThrow(/no deflator for 1999-00/);
    expect(() => uprate(1, '2019-20', '2025-26', gdpDeflatorFinancialYear)).toThrow(/no deflator for 2025-26 \(the target price year\)/);
    try {
      uprate(1, '2019', '2024-25', gdpDeflatorFinancialYear);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ReferenceDataError);
      expect((e as ReferenceDataError).code).toBe('missing-deflator');
      expect((e as ReferenceDataError).message).toMatch(/indexed by financial year/);
    }
    const broken: DeflatorSeries = { ...gdpDeflatorFinancialYear, values: { '2019-20': 0, '2024-25': 100 } };
    expect(() => uprate(1, '2019-20', '2024-25', broken)).toThrow(/positive finite/);
  });

  it('throws InvalidInputError for a bad value, year or series', () => {
    expect(() => uprate(Number.NaN, '2019-20', '2024-25', gdpDeflatorFinancialYear)).toThrow(InvalidInputError);
    expect(() => uprate(Number.POSITIVE_INFINITY, '2019-20', '2024-25', gdpDeflatorFinancialYear)).toThrow(InvalidInputError);
    expect(() => uprate(1, '2019-21', '2024-25', gdpDeflatorFinancialYear)).toThrow(/fromYear to be a price year/);
    expect(() => uprate(1, '2019-20', 'next year', gdpDeflatorFinancialYear)).toThrow(InvalidInputError);
    expect(() => uprate(1, '2019-20', '2024-25', {} as DeflatorSeries)).toThrow(InvalidInputError);
  });
});
