import { describe, expect, it } from 'vitest';
import { gdpDeflatorCalendarYear, gdpDeflatorFinancialYear, type DeflatorSeries } from 'social-outcomes/data/deflators';
import { parsePriceYear } from 'social-outcomes/socialvalue';

function checkSeries(s: DeflatorSeries, first: number, last: number): void {
  const labels = Object.keys(s.values);
  // Contiguous years, canonical labels of the series' period, positive finite values.
  const expected: string[] = [];
  for (let y = first; y <= last; y++) expected.push(s.period === 'financial-year' ? `${y}-${String((y + 1) % 100).padStart(2, '0')}` : String(y));
  expect(labels).toEqual(expected);
  for (const [k, v] of Object.entries(s.values)) {
    expect(parsePriceYear(k).period).toBe(s.period);
    expect(Number.isFinite(v) && v > 0, k).toBe(true);
  }
  expect(s.values[s.referenceYear]).toBe(100);
  expect(Object.isFrozen(s) && Object.isFrozen(s.values) && Object.isFrozen(s.provenance)).toBe(true);
  const p = s.provenance;
  for (const k of ['source', 'publisher', 'url', 'edition', 'series', 'retrieved', 'retrievedFrom', 'licence'] as const) expect(p[k].length, k).toBeGreaterThan(0);
  expect(p.licence).toMatch(/Open Government Licence v3\.0/);
  expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('HM Treasury GDP deflators', () => {
  it('financial years 2000-01 to 2024-25, March 2026 release, 2024-25 = 100 (ONS L8GG)', () => {
    checkSeries(gdpDeflatorFinancialYear, 2000, 2024);
    expect(gdpDeflatorFinancialYear.provenance.series).toMatch(/L8GG/);
    expect(gdpDeflatorFinancialYear.provenance.edition).toMatch(/March 2026/);
  });

  it('agrees with the five values of the same vintage quoted in the research notes (socialvalue.md §3.3)', () => {
    expect(gdpDeflatorFinancialYear.values).toMatchObject({
      '2008-09': 66.8397,
      '2015-16': 74.5804,
      '2018-19': 78.7948,
      '2019-20': 80.8738,
      '2022-23': 91.2996,
      '2024-25': 100,
    });
  });

  it('calendar years 1990 to 2024, December 2025 release, 2024 = 100 (ONS MNF2)', () => {
    checkSeries(gdpDeflatorCalendarYear, 1990, 2024);
    expect(gdpDeflatorCalendarYear.provenance.series).toMatch(/MNF2/);
  });

  it('rises year on year, as the published series do in these years', () => {
    // A fall would most likely be a transcription error.
    for (const s of [gdpDeflatorFinancialYear, gdpDeflatorCalendarYear]) {
      const v = Object.values(s.values);
      for (let i = 1; i < v.length; i++) expect(v[i]!, `${s.id} ${i}`).toBeGreaterThan(v[i - 1]!);
    }
  });
});
