import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { harmoniseAgeBand, ageBands, baseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';

describe('ageBands', () => {
  it('TS007A and TS007 subtotal bands have exactly the census labels', () => {
    expect(ageBands('ts007a').map((b) => b.label)).toEqual(census2021.tables['TS007A']?.categories.map((c) => c.label));
    expect(ageBands('ts007-subtotals').map((b) => b.label)).toEqual(census2021.tables['TS007']?.categories.filter((c) => c.level === 'subtotal').map((c) => c.label));
  });

  it('spans match the census spans', () => {
    expect(ageBands('ts007a').map(({ min, max }) => (max === undefined ? { min } : { min, max }))).toEqual(census2021.tables['TS007A']?.categories.map((c) => c.ages));
  });

  it('labels single years, the first and the open band in ONS style', () => {
    expect(ageBands([0, 1, 2, 3, 100]).map((b) => b.label)).toEqual(['Aged under 1 year', 'Aged 1 year', 'Aged 2 years', 'Aged 3 to 99 years', 'Aged 100 years and over']);
    expect(ageBands([0, 2]).map((b) => b.label)).toEqual(['Aged 1 year and under', 'Aged 2 years and over']);
  });

  it.each([[[]], [[18, 18]], [[65, 18]], [[-1, 5]], [[1.5]], ['weekly']])('rejects %j', (b) => {
    expect(() => ageBands(b as never)).toThrow(InvalidInputError);
  });
});

describe('harmoniseAgeBand', () => {
  it('bands by completed years (floor) and keeps missing and declined values', () => {
    const r = harmoniseAgeBand([4, 4.99, 5, '85', 101, null, 'Prefer not to say', '  ', 'unknown'], { bands: 'ts007a' });
    expect(r.values).toEqual(['Aged 4 years and under', 'Aged 4 years and under', 'Aged 5 to 9 years', 'Aged 85 years and over', 'Aged 85 years and over', 'Not known', 'Prefer not to say', 'Not known', 'Not known']);
    expect(r.missing).toBe(2);
    expect(Object.keys(r.counts)).toEqual(['Aged 4 years and under', 'Aged 5 to 9 years', 'Aged 85 years and over', 'Prefer not to say', 'Not known']);
  });

  it('custom bands match the labels of a baseline built with the same breaks', () => {
    const r = harmoniseAgeBand([18, 30, 64, 65, 90], { bands: [18, 65, 85] });
    const b = baseline(census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 65, 85] });
    for (const label of Object.keys(r.counts)) expect(b.categories.map((c) => c.label)).toContain(label);
  });

  it('rejects ages that are negative, implausible, below the first bound, or not numbers', () => {
    expect(() => harmoniseAgeBand([30, -1])).toThrow(/ages in \[0, 130\] \(got -1\) → at values\[1\]/);
    expect(() => harmoniseAgeBand([131])).toThrow(/got 131/);
    expect(() => harmoniseAgeBand([17], { bands: [18, 65] })).toThrow(/at least 18.*got 17/);
    expect(() => harmoniseAgeBand(['forty'])).toThrow(/does not recognise "forty"/);
    expect(harmoniseAgeBand(['forty'], { unrecognised: 'unknown' }).values).toEqual(['Not known']);
    expect(() => harmoniseAgeBand([true] as never)).toThrow(/an age/);
    expect(() => harmoniseAgeBand([Number.POSITIVE_INFINITY])).toThrow(InvalidInputError);
    expect(() => harmoniseAgeBand([30], { bands: 'decades' as never })).toThrow(/bands/);
  });

  fcTest.prop([fc.array(fc.double({ min: 0, max: 130, noNaN: true }), { maxLength: 50 }), fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 6 })])(
    'every age lands in the band that contains its floor',
    (ages, extra) => {
      const breaks = [0, ...extra.sort((a, b) => a - b)];
      const bands = ageBands(breaks);
      const r = harmoniseAgeBand(ages, { bands: breaks });
      ages.forEach((a, i) => {
        const band = bands.find((b) => b.label === r.values[i]);
        expect(band).toBeDefined();
        expect(Math.floor(a)).toBeGreaterThanOrEqual(band?.min ?? Number.NaN);
        if (band?.max !== undefined) expect(Math.floor(a)).toBeLessThanOrEqual(band.max);
      });
    },
  );
});
