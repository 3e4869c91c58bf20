import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InsufficientDataError, InvalidInputError, scoreWemwbs } from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';

const FULL = [3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, 4];

describe('scoreWemwbs', () => {
  it('sums the 14 items (Warwick: total 14–70)', () => {
    expect(scoreWemwbs(Array(14).fill(1))).toMatchObject({ raw: 14, score: 14, nItems: 14, nAnswered: 14, nMissing: 0, prorated: false, missing: 'none' });
    expect(scoreWemwbs(Array(14).fill(5)).raw).toBe(70);
    expect(scoreWemwbs(FULL)).toMatchObject({ raw: 49, rawUnrounded: 49, missingItems: [] });
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 14, maxLength: 14 })], { seed: 4101, numRuns: 300 })(
    'equals the plain sum for any complete response',
    (items) => {
      expect(scoreWemwbs(items).raw).toBe(items.reduce((a, b) => a + b, 0));
    },
  );

  it('prorates by the person mean only when asked, and rounds half up', () => {
    const items = [...FULL.slice(0, 13), null];
    const r = scoreWemwbs(items, { missing: 'prorate-person-mean', maxMissing: 2 });
    // 45 over 13 answered items → 45 / 13 × 14 = 48.4615… → 48.
    expect(r).toMatchObject({ raw: 48, nAnswered: 13, nMissing: 1, missingItems: [14], prorated: true, missing: 'prorate-person-mean' });
    expect(r.rawUnrounded).toBe((45 / 13) * 14);
    // Exactly half: answered items 1,2 (sum 3) with 12 missing is refused (cap 7); build a .5 case with 2 missing:
    // 12 answered summing 39 → 39 / 12 × 14 = 45.5 → 46.
    const half = [3, 4, 3, 3, 3, 4, 3, 3, 4, 3, 3, 3, null, undefined];
    expect(scoreWemwbs(half, { missing: 'prorate-person-mean', maxMissing: 2 }).raw).toBe(46);
  });

  it('refuses missing items under the default policy, and too many under prorating', () => {
    expect(() => scoreWemwbs([...FULL.slice(0, 13), null])).toThrow(InsufficientDataError);
    expect(() => scoreWemwbs([...FULL.slice(0, 13), null])).toThrow(/item 14 missing/);
    expect(() => scoreWemwbs([null, null, null, ...FULL.slice(3)], { missing: 'prorate-person-mean', maxMissing: 2 })).toThrow(InsufficientDataError);
  });

  it('rejects bad input with typed errors naming the item', () => {
    const bad: Array<[unknown, RegExp]> = [
      [[...FULL.slice(0, 13), 6], /item 14 .* 1 to 5/],
      [[...FULL.slice(0, 13), 0], /item 14/],
      [[...FULL.slice(0, 13), 3.5], /item 14/],
      [[...FULL.slice(0, 13), Number.NaN], /item 14/],
      [[...FULL.slice(0, 13), Number.POSITIVE_INFINITY], /item 14/],
      [[...FULL.slice(0, 13), '4'], /item 14/],
      [FULL.slice(0, 13), /exactly 14/],
      [[...FULL, 3], /exactly 14/],
      ['49', /array/],
      [undefined, /array/],
    ];
    for (const [items, msg] of bad) {
      expect(() => scoreWemwbs(items as number[]), String(items)).toThrow(InvalidInputError);
      expect(() => scoreWemwbs(items as number[])).toThrow(msg);
    }
    try {
      scoreWemwbs([...FULL.slice(0, 13), 6]);
    } catch (e) {
      expect((e as InvalidInputError).path).toEqual(['items', 13]);
      expect((e as InvalidInputError).code).toBe('out-of-range');
    }
  });

  it('rejects bad options', () => {
    expect(() => scoreWemwbs(FULL, { missing: 'prorate-person-mean' })).toThrow(/maxMissing/);
    expect(() => scoreWemwbs(FULL, { missing: 'prorate-person-mean', maxMissing: 8 })).toThrow(InvalidInputError);
    expect(() => scoreWemwbs(FULL, { missing: 'prorate-person-mean', maxMissing: 1.5 })).toThrow(InvalidInputError);
    expect(() => scoreWemwbs(FULL, { maxMissing: 2 })).toThrow(/only with missing/);
    expect(() => scoreWemwbs(FULL, { missing: 'mean' as 'none' })).toThrow(InvalidInputError);
    expect(() => scoreWemwbs(FULL, 3 as never)).toThrow(InvalidInputError);
  });

  it('does not mutate its input and returns plain JSON', () => {
    const items = deepFreeze([...FULL.slice(0, 13), null]);
    const r = scoreWemwbs(items, { missing: 'prorate-person-mean', maxMissing: 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
