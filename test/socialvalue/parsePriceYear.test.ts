import { describe, expect, it } from 'vitest';
import { InvalidInputError, parsePriceYear } from 'social-outcomes/socialvalue';

describe('parsePriceYear', () => {
  it('reads calendar and financial years in the common spellings', () => {
    expect(parsePriceYear(2019)).toEqual({ label: '2019', period: 'calendar-year', startYear: 2019 });
    expect(parsePriceYear(' 2019 ')).toEqual({ label: '2019', period: 'calendar-year', startYear: 2019 });
    for (const s of ['2023-24', '2023/24', '2023 - 24', '2023-2024', '2023/2024', '2023–24']) {
      expect(parsePriceYear(s), s).toEqual({ label: '2023-24', period: 'financial-year', startYear: 2023 });
    }
    expect(parsePriceYear('1999-00').label).toBe('1999-00');
    expect(parsePriceYear('1999/2000').label).toBe('1999-00');
  });

  it('rejects anything else', () => {
    for (const bad of ['2023-25', '2023/2025', '23-24', 'FY2023', '', '2019.5', 'abc', '2023-24-25']) {
      expect(() => parsePriceYear(bad), bad).toThrow(InvalidInputError);
    }
    expect(() => parsePriceYear(2019.5)).toThrow(/price year such as '2019' or '2023-24'/);
    expect(() => parsePriceYear(Number.NaN)).toThrow(InvalidInputError);
    expect(() => parsePriceYear(null as unknown as string)).toThrow(InvalidInputError);
  });
});
