// Property tests of the remaining equity harmonisers (issue 10): age banding is monotone in age and agrees
// with the bands it reports; every element-wise harmoniser maps a permuted input to the permuted output with
// the same counts. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ageBands, harmoniseAgeBand, harmoniseDisability, harmoniseGenderIdentity, harmoniseSexualOrientation } from 'social-outcomes/equity';
import { params, permuteAll } from '../_helpers';

const withOrder = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], number[]]> => arb.chain((xs) => fc.tuple(fc.constant(xs), fc.array(fc.integer(), { minLength: xs.length, maxLength: xs.length })));

describe('harmoniseAgeBand', () => {
  const breaks = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 6 }).map((b) => [0, ...b.sort((x, y) => x - y)]);
  test.prop([breaks, fc.array(fc.double({ min: 0, max: 110, noNaN: true }), { minLength: 2, maxLength: 40 })], params)(
    'a larger age never falls in an earlier band, and each age lies in [min, next break) of its band',
    (bands, ages) => {
      const r = harmoniseAgeBand(ages, { bands });
      const labels = ageBands(bands).map((b) => b.label);
      const pos = r.values.map((v) => labels.indexOf(v));
      pos.forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
      ages.forEach((a, i) => ages.forEach((b, j) => { if (a < b) expect(pos[i] as number).toBeLessThanOrEqual(pos[j] as number); }));
      ages.forEach((a, i) => {
        const band = ageBands(bands)[pos[i] as number] as { min: number };
        expect(a).toBeGreaterThanOrEqual(band.min);
        const next = bands[(pos[i] as number) + 1];
        if (next !== undefined) expect(a).toBeLessThan(next);
      });
    },
  );
});

describe('element-wise harmonisers follow a permutation', () => {
  const check = <T>(f: (v: T[]) => { values: string[]; counts: Record<string, number> }, [vs, order]: [T[], number[]]): void => {
    const a = f(vs);
    const b = f(permuteAll(order, vs)[0]);
    expect(b.values).toEqual(permuteAll(order, [...a.values])[0]);
    expect(b.counts).toEqual(a.counts);
  };
  test.prop([withOrder(fc.array(fc.constantFrom('Heterosexual or Straight', 'Gay woman/Lesbian', 'Gay or Lesbian', 'Bisexual', 'Pansexual', 'Prefer not to say', null), { minLength: 1, maxLength: 30 }))], params)(
    'harmoniseSexualOrientation',
    (x) => check((v) => harmoniseSexualOrientation(v), x),
  );
  test.prop([withOrder(fc.array(fc.constantFrom('Yes, limited a lot', 'Yes, limited a little', 'No', 'Prefer not to say', { condition: 'Yes', limitation: 'Yes, a little' }, { condition: 'No' }, null), { minLength: 1, maxLength: 30 }))], params)(
    'harmoniseDisability',
    (x) => check((v) => harmoniseDisability(v as never), x),
  );
  test.prop([withOrder(fc.array(fc.constantFrom({ gender: 'Woman', sameAsSexRegisteredAtBirth: 'Yes' }, { gender: 'Woman', sameAsSexRegisteredAtBirth: 'No' }, { gender: 'Non-binary', trans: 'Yes' }, { gender: 'Man', sameAsSexRegisteredAtBirth: 'Prefer not to say' }), { minLength: 1, maxLength: 30 }))], params)(
    'harmoniseGenderIdentity',
    (x) => check((v) => harmoniseGenderIdentity(v as never), x),
  );
});
