import { describe, expect, it } from 'vitest';
import { harmoniseGenderIdentity, baseline, compareToBaseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';

const SAME = 'Gender identity the same as sex registered at birth';
const NO_ID = 'Gender identity different from sex registered at birth but no specific identity given';

describe('harmoniseGenderIdentity', () => {
  it('combines gender with the same-as-birth question into TS078 categories', () => {
    const r = harmoniseGenderIdentity([
      { gender: 'Man', sameAsSexRegisteredAtBirth: 'Yes' },
      { gender: 'Woman', sameAsSexRegisteredAtBirth: true },
      { gender: 'Woman', sameAsSexRegisteredAtBirth: 'No' },
      { gender: 'Man', sameAsSexRegisteredAtBirth: false },
      { gender: 'Non-binary', sameAsSexRegisteredAtBirth: 'No' },
      { gender: 'Self-describe', sameAsSexRegisteredAtBirth: 'No' },
      { gender: null, sameAsSexRegisteredAtBirth: 'No' },
      { gender: 'Woman', sameAsSexRegisteredAtBirth: 'Prefer not to say' },
      { gender: 'Woman' },
    ]);
    expect(r.values).toEqual([SAME, SAME, 'Trans woman', 'Trans man', 'All other gender identities', 'All other gender identities', NO_ID, 'Prefer not to say', 'Not known']);
    expect(r.missing).toBe(1);
    expect(r.caveats.some((c) => /official statistics in development/.test(c))).toBe(true);
  });

  it('accepts the alternative "are you trans?" question (Yes ⇔ not the same)', () => {
    const r = harmoniseGenderIdentity([{ gender: 'Woman', trans: 'Yes' }, { gender: 'Woman', trans: 'No' }, { gender: 'Man', trans: 'Prefer not to say' }]);
    expect(r.values).toEqual(['Trans woman', SAME, 'Prefer not to say']);
    expect(() => harmoniseGenderIdentity([{ gender: 'Man', sameAsSexRegisteredAtBirth: 'No', trans: 'No' }])).toThrow(/contradictory answers.*→ at records\[0\]/);
    expect(harmoniseGenderIdentity([{ gender: 'Man', sameAsSexRegisteredAtBirth: 'No', trans: 'Yes' }]).values).toEqual(['Trans man']);
  });

  it('TS070 shows non-binary separately; not-answered merges non-response to compare with the census', () => {
    const recs = [{ gender: 'Non-binary', sameAsSexRegisteredAtBirth: 'No' }, { gender: 'Man', sameAsSexRegisteredAtBirth: 'Prefer not to say' }, { gender: 'Man' }, { gender: 'Woman', sameAsSexRegisteredAtBirth: 'Yes' }];
    expect(harmoniseGenderIdentity(recs, { classification: 'TS070' }).values[0]).toBe('Non-binary');
    const r = harmoniseGenderIdentity(recs, { nonResponse: 'not-answered' });
    expect(r.counts).toEqual({ [SAME]: 1, 'All other gender identities': 1, 'Not answered': 2 });
    const gi = baseline(census2021, { area: 'K04000001', topic: 'gender-identity' });
    const cmp = compareToBaseline(r.counts, gi);
    expect(cmp.n).toBe(4);
    expect(cmp.caveats.some((c) => c.id === 'gender-identity-not-accredited')).toBe(true);
  });

  it('rejects unrecognised answers naming the field, unless counted as Not known', () => {
    expect(() => harmoniseGenderIdentity([{ gender: 'Woman', sameAsSexRegisteredAtBirth: 'Maybe' }])).toThrow(InvalidInputError);
    expect(() => harmoniseGenderIdentity([{ gender: 'Woman', sameAsSexRegisteredAtBirth: 'Maybe' }])).toThrow(/"Maybe" .* → at records\[0\]\.sameAsSexRegisteredAtBirth/);
    expect(() => harmoniseGenderIdentity([{ gender: 'Cat', sameAsSexRegisteredAtBirth: 'No' }])).toThrow(/records\[0\]\.gender/);
    expect(harmoniseGenderIdentity([{ gender: 'Cat', sameAsSexRegisteredAtBirth: 'No' }], { unrecognised: 'unknown' }).values).toEqual(['Not known']);
    expect(() => harmoniseGenderIdentity(['Woman'] as never)).toThrow(/each record to be an object/);
    expect(() => harmoniseGenderIdentity([], { classification: 'TS999' as never })).toThrow(/classification/);
  });
});
