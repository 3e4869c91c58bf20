import { describe, expect, it } from 'vitest';
import {
  nhsCostInflationIndexPayAndPrices,
  pssPayAndPricesIndexExcludingCapital,
  pssPayAndPricesIndexIncludingCapital,
  pssPayIndex,
  pssruProvenance,
  pssruUnitCosts2024,
} from 'social-outcomes/data/pssru';
import { expectClose } from '../../_helpers/expectClose';

describe('PSSRU 2024 Manual (separately licensed, CC BY-NC-SA 4.0)', () => {
  it('states its licence terms apart from the code licence', () => {
    expect(pssruProvenance.licence).toMatch(/CC BY-NC-SA 4\.0/);
    expect(pssruProvenance.licenceTerms.join(' ')).toMatch(/NonCommercial/);
    expect(pssruProvenance.licenceTerms.join(' ')).toMatch(/ShareAlike/);
    expect(pssruProvenance.licenceTerms.join(' ')).toMatch(/MIT/);
    expect(pssruProvenance.doi).toBe('10.22024/UniKent/01.02.109563');
    for (const e of pssruUnitCosts2024.entries) {
      expect(e.licence, e.id).toBe(pssruProvenance.licence);
      expect(e.source, e.id).toBe(pssruProvenance.source);
      expect(e.priceYear, e.id).toBe('2023-24');
      expect(e.table, e.id).toMatch(/^Table \d+\.\d+\.\d+$/);
      expect(['nhs', 'local-authority'], e.id).toContain(e.agency);
      expect(Number.isFinite(e.value) && e.value > 0, e.id).toBe(true);
    }
    expect(new Set(pssruUnitCosts2024.entries.map((e) => e.id)).size).toBe(pssruUnitCosts2024.entries.length);
  });

  it('holds the 2023/24 figures transcribed in the research notes (socialvalue.md §2.1)', () => {
    const v = Object.fromEntries(pssruUnitCosts2024.entries.map((e) => [e.id, e.value]));
    expect(v).toMatchObject({
      'gp-surgery-consultation': 45,
      'gp-patient-contact-minute': 4.47,
      'emergency-care-attendance': 273,
      'non-elective-inpatient-long-stay': 5134,
      'non-elective-inpatient-short-stay': 792,
      'outpatient-consultant-led': 198,
      'ambulance-see-treat-and-convey': 459,
      'nhs-talking-therapies-contact': 163,
      'social-worker-adult-hour': 58,
      'home-care-worker-weekday-hour': 27,
      'private-residential-care-65-plus-week': 1200,
      'private-nursing-home-65-plus-week': 1567,
      'la-residential-care-65-plus-week': 1753,
      'reablement-comprehensive-case': 1865,
    });
  });

  it('chains the inflation indices from the published annual increases', () => {
    // NHSCII pay & prices 2021/22 → 2023/24 = 1.0732 × 1.0431 = 1.1195 (research notes §2.2).
    const n = nhsCostInflationIndexPayAndPrices.values;
    expectClose(n['2023-24']! / n['2021-22']!, 1.0732 * 1.0431, { rtol: 1e-14 });
    expect(n['2014-15']).toBe(100);
    expectClose(n['2015-16']!, 100.4, { rtol: 1e-15 });
    expect(Object.keys(n)).toHaveLength(10);
    expect(nhsCostInflationIndexPayAndPrices.provenance.errata.join(' ')).toMatch(/provisional/);
    // PSS all sectors excluding capital 2022/23 → 2023/24 = 1.074.
    const p = pssPayAndPricesIndexExcludingCapital.values;
    expectClose(p['2023-24']! / p['2022-23']!, 1.074, { rtol: 1e-14 });
    expectClose(pssPayAndPricesIndexIncludingCapital.values['2023-24']! / pssPayAndPricesIndexIncludingCapital.values['2022-23']!, 1.07, { rtol: 1e-14 });
    expectClose(pssPayIndex.values['2023-24']! / pssPayIndex.values['2022-23']!, 1.081, { rtol: 1e-14 });
    for (const s of [nhsCostInflationIndexPayAndPrices, pssPayAndPricesIndexExcludingCapital, pssPayAndPricesIndexIncludingCapital, pssPayIndex]) {
      expect(s.period).toBe('financial-year');
      expect(s.provenance.licence).toMatch(/CC BY-NC-SA/);
      expect(s.values[s.referenceYear]).toBe(100);
    }
  });
});
