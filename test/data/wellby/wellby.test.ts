import { describe, expect, it } from 'vitest';
import { greenBookWellby } from 'social-outcomes/data/wellby';

describe('Green Book WELLBY', () => {
  it('is £13,000 per WELLBY in 2019 prices with a £10,000–£16,000 range (HMT 2021)', () => {
    expect(greenBookWellby).toMatchObject({ value: 13000, low: 10000, high: 16000, priceYear: '2019', currency: 'GBP' });
    expect(greenBookWellby.provenance.source).toMatch(/Wellbeing Guidance for Appraisal/);
    expect(greenBookWellby.provenance.licence).toMatch(/Open Government Licence v3\.0/);
    expect(greenBookWellby.provenance.url).toMatch(/^https:\/\/www\.gov\.uk\//);
    expect(greenBookWellby.provenance.location).toMatch(/p\. 33/);
    expect(Object.isFrozen(greenBookWellby)).toBe(true);
  });
});
