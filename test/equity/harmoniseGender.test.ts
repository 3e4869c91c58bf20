import { describe, expect, it } from 'vitest';
import { harmoniseGender, compareToBaseline, baseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';

describe('harmoniseGender', () => {
  it('maps common wordings to Stonewall-style categories and keeps non-response', () => {
    const r = harmoniseGender(['Female', 'woman', 'F', 'Male', 'MAN', 'm', 'Nonbinary', 'Non-binary', 'Other', 'Prefer to self-describe', 'Prefer not to say', 'Not known', null]);
    expect(r.values).toEqual(['Woman', 'Woman', 'Woman', 'Man', 'Man', 'Man', 'Non-binary', 'Non-binary', 'In another way', 'In another way', 'Prefer not to say', 'Not known', 'Not known']);
    expect(Object.keys(r.counts)).toEqual(['Woman', 'Man', 'Non-binary', 'In another way', 'Prefer not to say', 'Not known']);
  });

  it('counts a trans identity recorded as gender under the gender, with a caveat', () => {
    const r = harmoniseGender(['Trans woman', 'Trans man']);
    expect(r.values).toEqual(['Woman', 'Man']);
    expect(r.caveats[0]).toMatch(/separate "same as sex registered at birth" question/);
  });

  it("maps to census sex only when asked, stating the approximation, and compares with TS009", () => {
    const r = harmoniseGender(['Woman', 'Woman', 'Man', 'Non-binary'], { target: 'census-sex' });
    expect(r.counts).toEqual({ Female: 2, Male: 1, 'Non-binary': 1 });
    expect(r.caveats.some((c) => /approximation/.test(c))).toBe(true);
    const sex = baseline(census2021, { area: 'E08000025', topic: 'sex' });
    expect(() => compareToBaseline(r.counts, sex)).toThrow(/"Non-binary"/);
    expect(compareToBaseline(r.counts, sex, { excludeCategories: ['Non-binary'] }).n).toBe(3);
  });

  it('reads NHS GENDER IDENTITY CODE only when asked', () => {
    expect(harmoniseGender(['1', '2', '3', '4', 'Z', 'X'], { codes: 'nhs-gender-identity' }).values).toEqual(['Man', 'Woman', 'Non-binary', 'In another way', 'Prefer not to say', 'Not known']);
    expect(() => harmoniseGender(['1'])).toThrow(/does not recognise "1"/);
  });

  it('rejects unrecognised values and bad options', () => {
    expect(() => harmoniseGender(['Woman', 'Intersex'])).toThrow(InvalidInputError);
    expect(() => harmoniseGender(['Woman', 'Intersex'])).toThrow(/→ at values\[1\]/);
    expect(harmoniseGender(['Intersex'], { unrecognised: 'unknown' }).unrecognised).toBe(1);
    expect(() => harmoniseGender(['Woman'], { target: 'sex' as never })).toThrow(/target/);
    expect(() => harmoniseGender([true] as never)).toThrow(/a string or a number/);
  });
});
