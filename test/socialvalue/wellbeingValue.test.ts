import { describe, expect, it } from 'vitest';
import { InvalidInputError, ReferenceDataError, wellbeingValue } from 'social-outcomes/socialvalue';
import { greenBookWellby } from 'social-outcomes/data/wellby';
import { gdpDeflatorCalendarYear, gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
import { expectClose } from '../_helpers/expectClose';

describe('wellbeingValue', () => {
  it('values a life-satisfaction change at £13,000 per WELLBY (2019 prices), range £10,000–£16,000', () => {
    const r = wellbeingValue(0.4, { method: 'wellby', people: 25 });
    // 0.4 points × 25 people = 10 WELLBYs.
    expectClose(r.wellbys, 10, { rtol: 1e-15 });
    expectClose([r.value, r.low, r.high], [130000, 100000, 160000], { rtol: 1e-14 });
    expect(r).toMatchObject({ change: 0.4, lifeSatisfactionChange: 0.4, people: 25, priceYear: '2019', scale: 'life satisfaction (ONS, 0–10)' });
    expect(r.wellby).toMatchObject({ id: greenBookWellby.id, value: 13000, low: 10000, high: 16000, priceYear: '2019' });
    expect(r.wellby.licence).toMatch(/Open Government Licence/);
    expect(r.uprated.factor).toBe(1);
    expect('conversion' in r).toBe(false);
  });

  it('uprates the WELLBY with the calendar-year GDP deflator', () => {
    const r = wellbeingValue(1, { method: 'wellby', priceYear: '2024' });
    expectClose(r.value, 13000 * (100 / 81.1085), { rtol: 1e-15 });
    expect(r.uprated.deflatorId).toBe(gdpDeflatorCalendarYear.id);
    // A financial-year series has no calendar year 2019.
    expect(() => wellbeingValue(1, { method: 'wellby', priceYear: '2024-25', deflators: gdpDeflatorFinancialYear })).toThrow(ReferenceDataError);
  });

  it('values another scale only through a stated, cited conversion', () => {
    const conversion = { from: 'SWEMWBS metric score', lifeSatisfactionPerUnit: 0.1, source: 'hypothetical conversion for this test (not a published figure)' };
    const r = wellbeingValue(3, { method: 'wellby', conversion });
    expectClose(r.lifeSatisfactionChange, 0.3, { rtol: 1e-15 });
    expectClose(r.value, 3900, { rtol: 1e-14 });
    expect(r.conversion).toEqual(conversion);
    expect(r.scale).toBe('SWEMWBS metric score');
    expect(() => wellbeingValue(3, { method: 'wellby', conversion: { ...conversion, source: '' } })).toThrow(/stated and cited/);
    expect(() => wellbeingValue(3, { method: 'wellby', conversion: { ...conversion, lifeSatisfactionPerUnit: Number.NaN } })).toThrow(InvalidInputError);
  });

  it('values a fall in wellbeing as a negative value', () => {
    expect(wellbeingValue(-0.5, { method: 'wellby' }).value).toBe(-6500);
  });

  it('takes a user WELLBY value and rejects bad input', () => {
    const w = { ...greenBookWellby, id: 'custom', value: 15000, low: 12000, high: 18000 };
    expect(wellbeingValue(1, { method: 'wellby', wellby: w }).value).toBe(15000);
    expect(() => wellbeingValue(1, { method: 'wellby', wellby: { ...w, low: 20000 } })).toThrow(InvalidInputError);
    expect(() => wellbeingValue(11, { method: 'wellby' })).toThrow(InvalidInputError);
    expect(() => wellbeingValue(Number.NaN, { method: 'wellby' })).toThrow(InvalidInputError);
    expect(() => wellbeingValue(1, { method: 'hact' as 'wellby' })).toThrow(/method/);
    expect(() => wellbeingValue(1, undefined as never)).toThrow(InvalidInputError);
    expect(() => wellbeingValue(1, { method: 'wellby', people: -1 })).toThrow(InvalidInputError);
  });
});
