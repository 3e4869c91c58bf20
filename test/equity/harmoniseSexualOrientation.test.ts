import { describe, expect, it } from 'vitest';
import { harmoniseSexualOrientation, baseline, compareToBaseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';

describe('harmoniseSexualOrientation', () => {
  it('maps to the TS077 categories by default (pansexual, asexual, queer → all other)', () => {
    const r = harmoniseSexualOrientation(['Straight', 'Heterosexual or Straight', 'Gay man', 'Lesbian', 'Bi', 'Pansexual', 'Asexual', 'Queer', 'Other sexual orientation not listed', 'Person asked and does not know or is not sure', 'Not stated', null]);
    expect(r.values).toEqual(['Straight or Heterosexual', 'Straight or Heterosexual', 'Gay or Lesbian', 'Gay or Lesbian', 'Bisexual', 'All other sexual orientations', 'All other sexual orientations', 'All other sexual orientations', 'All other sexual orientations', 'Not sure', 'Prefer not to say', 'Not known']);
    const labels = baseline(census2021, { area: 'E08000025', topic: 'sexual-orientation' }).categories.map((c) => c.label);
    for (const k of Object.keys(r.counts)) if (!['Not sure', 'Prefer not to say', 'Not known'].includes(k)) expect(labels).toContain(k);
  });

  it('keeps the 9-category identities when asked', () => {
    expect(harmoniseSexualOrientation(['Pansexual', 'Asexual', 'Queer'], { classification: 'sexual_orientation_9a' }).values).toEqual(['Pansexual', 'Asexual', 'Queer']);
  });

  it('compares of those who answered, or with non-response merged into Not answered', () => {
    const data = ['Straight', 'Straight', 'Gay', 'Bisexual', 'Prefer not to say', null, 'Straight'];
    const so = baseline(census2021, { area: 'E08000025', topic: 'sexual-orientation' });
    const answered = compareToBaseline(harmoniseSexualOrientation(data).counts, so, { excludeCategories: ['Not answered', 'Prefer not to say', 'Not known'] });
    expect(answered.n).toBe(5);
    const merged = harmoniseSexualOrientation(data, { nonResponse: 'not-answered' });
    expect(merged.counts['Not answered']).toBe(2);
    expect(compareToBaseline(merged.counts, so).n).toBe(7);
  });

  it('does not accept bare NHS digits, which changed meaning between versions', () => {
    expect(() => harmoniseSexualOrientation(['1'])).toThrow(InvalidInputError);
    expect(() => harmoniseSexualOrientation(['Straight', 'Questioning'])).toThrow(/"Questioning" .* → at values\[1\]/);
    expect(() => harmoniseSexualOrientation([3] as never)).toThrow(/a string/);
    expect(() => harmoniseSexualOrientation([], { nonResponse: 'drop' as never })).toThrow(/nonResponse/);
  });
});
