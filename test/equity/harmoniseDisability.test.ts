import { describe, expect, it } from 'vitest';
import { harmoniseDisability, baseline, compareToBaseline, InvalidInputError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';

const D = 'Disabled under the Equality Act';
const ND = 'Not disabled under the Equality Act';

describe('harmoniseDisability', () => {
  it('derives the Equality Act definition from the two census questions', () => {
    const r = harmoniseDisability([
      { condition: 'Yes', limitation: 'Yes, a lot' },
      { condition: true, limitation: 'a little' },
      { condition: 'Yes', limitation: 'Not at all' },
      { condition: 'No' },
      { condition: 'Yes' },
      { condition: null },
    ], { level: 'detail' });
    expect(r.values).toEqual([
      `${D}: Day-to-day activities limited a lot`, `${D}: Day-to-day activities limited a little`,
      `${ND}: Has long term physical or mental health condition but day-to-day activities are not limited`,
      `${ND}: No long term physical or mental health conditions`, 'Not known', 'Not known',
    ]);
    expect(r.mappings.length).toBe(6);
  });

  it('aggregates to the two TS038 lines available for every local authority', () => {
    const r = harmoniseDisability(['Yes', 'No', true, 'Yes, limited a little', 'Long-term condition, not limited', 'Prefer not to say']);
    expect(r.values).toEqual([D, ND, D, D, ND, 'Prefer not to say']);
    expect(r.caveats[0]).toMatch(/self-identification/);
    const b = baseline(census2021, { area: 'E08000025', topic: 'disability', level: 'aggregate' });
    expect(compareToBaseline(r.counts, b, { excludeCategories: ['Prefer not to say'] }).n).toBe(5);
  });

  it('does not guess severity from yes / no at detail level', () => {
    expect(harmoniseDisability(['Yes', 'No'], { level: 'detail' }).values).toEqual([`${D}: limitation not recorded`, `${ND}: condition not recorded`]);
    expect(harmoniseDisability(['Disabled under the Equality Act: Day-to-day activities limited a lot'], { level: 'detail' }).values).toEqual([`${D}: Day-to-day activities limited a lot`]);
  });

  it('rejects unrecognised answers and wrong types', () => {
    expect(() => harmoniseDisability(['Maybe'])).toThrow(InvalidInputError);
    expect(() => harmoniseDisability([{ condition: 'Yes', limitation: 'sometimes' }])).toThrow(/→ at values\[0\]/);
    expect(() => harmoniseDisability([{ condition: 'Yes', limitation: 3 }] as never)).toThrow(/limitation to be text/);
    expect(() => harmoniseDisability([3] as never)).toThrow(/text, a boolean or/);
    expect(harmoniseDisability(['Maybe'], { unrecognised: 'unknown' }).values).toEqual(['Not known']);
  });
});
