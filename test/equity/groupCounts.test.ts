import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { groupCounts } from '../../src/equity/groupCounts';
import { InsufficientDataError, InvalidInputError, SocialOutcomesError } from '../../src/errors';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

const people = [
  { sex: 'F', age: '65+', ethnicity: 'White' },
  { sex: 'M', age: '18-64', ethnicity: 'Asian' },
  { sex: 'F', age: '65+', ethnicity: 'Black' },
  { sex: null, age: '65+', ethnicity: 'White' },
  { sex: '', age: '18-64' },
  { sex: 'F', age: '18-64', ethnicity: '   ' },
];

describe('groupCounts', () => {
  it('counts one field, missing values (null, undefined, "", blank) as an explicit Unknown category last', () => {
    const r = groupCounts(people, 'ethnicity');
    expect(r.rows).toEqual([
      { key: { ethnicity: 'Asian' }, n: 1 },
      { key: { ethnicity: 'Black' }, n: 1 },
      { key: { ethnicity: 'White' }, n: 2 },
      { key: { ethnicity: 'Unknown' }, n: 2 },
    ]);
    expect(r).toMatchObject({ fields: ['ethnicity'], n: 6, excluded: { missing: 0 }, missing: 2, missingLabel: 'Unknown' });
    expect(r.levels).toEqual([['Asian', 'Black', 'White', 'Unknown']]);
  });

  it('n-way counts: every observed combination, sorted field by field', () => {
    const r = groupCounts(people, ['sex', 'age']);
    expect(r.rows).toEqual([
      { key: { sex: 'F', age: '18-64' }, n: 1 },
      { key: { sex: 'F', age: '65+' }, n: 2 },
      { key: { sex: 'M', age: '18-64' }, n: 1 },
      { key: { sex: 'Unknown', age: '18-64' }, n: 1 },
      { key: { sex: 'Unknown', age: '65+' }, n: 1 },
    ]);
    expect(r.rows.reduce((s, x) => s + x.n, 0)).toBe(people.length);
  });

  it('dropMissing excludes and counts', () => {
    const r = groupCounts(people, ['sex', 'ethnicity'], { dropMissing: true });
    expect(r.n).toBe(3);
    expect(r.excluded).toEqual({ missing: 3 });
    expect(r.missing).toBe(3);
    expect(r.rows.reduce((s, x) => s + x.n, 0) + r.excluded.missing).toBe(people.length);
  });

  it('a custom missing label; a literal value equal to it joins the same category', () => {
    const r = groupCounts([{ g: 'Not stated' }, { g: null }, { g: 'A' }], 'g', { missingLabel: 'Not stated' });
    expect(r.rows).toEqual([{ key: { g: 'A' }, n: 1 }, { key: { g: 'Not stated' }, n: 2 }]);
  });

  it('numbers sort numerically before strings; 1 and "1" are different categories; -0 is 0', () => {
    const r = groupCounts([{ d: 10 }, { d: 2 }, { d: '1' }, { d: 1 }, { d: -0 }, { d: 0 }, { d: 'b' }, { d: 'B' }], 'd');
    expect(r.rows.map((x) => x.key.d)).toEqual([0, 1, 2, 10, '1', 'B', 'b']);
    expect(r.rows[0]?.n).toBe(2);
    expect(Object.is(r.rows[0]?.key.d, 0)).toBe(true);
  });

  it('declared levels set the order, and complete adds zero rows', () => {
    const levels = { sex: ['M', 'F', 'X'] };
    expect(groupCounts(people, 'sex', { levels }).rows.map((x) => x.key.sex)).toEqual(['M', 'F', 'Unknown']);
    const full = groupCounts(people, ['sex', 'age'], { levels, complete: true });
    expect(full.rows).toHaveLength(4 * 2);
    expect(full.rows.find((x) => x.key.sex === 'X' && x.key.age === '65+')).toEqual({ key: { sex: 'X', age: '65+' }, n: 0 });
    expect(full.rows.reduce((s, x) => s + x.n, 0)).toBe(people.length);
  });

  it('an undeclared category is an error naming the field and row', () => {
    const e = thrown(() => groupCounts(people, 'sex', { levels: { sex: ['F'] } }), SocialOutcomesError);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe('unknown-category');
    expect(e.path).toEqual(['records', 1, 'sex']);
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/"M".*"sex"/);
  });

  it('a non-string/number grouping value is a typed error naming field and row', () => {
    for (const bad of [true, { a: 1 }, [1], Number.NaN, Number.POSITIVE_INFINITY, 10n]) {
      const e = thrown(() => groupCounts([{ g: 'a' }, { g: 'b' }, { g: bad }], 'g'), SocialOutcomesError);
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.path).toEqual(['records', 2, 'g']);
      expect(e.row).toBe(3);
      expect(e.message).toContain('groupCounts');
    }
  });

  it('bad records, fields and options', () => {
    expect(thrown(() => groupCounts([{ g: 1 }, null as never], 'g'), SocialOutcomesError).code).toBe('invalid-record');
    expect(thrown(() => groupCounts([{ g: 1 }, [1] as never], 'g'), SocialOutcomesError).code).toBe('invalid-record');
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => groupCounts([{ g: 1 }, , { g: 2 }] as never, 'g'), SocialOutcomesError).code).toBe('invalid-record');
    expect(thrown(() => groupCounts('x' as never, 'g'), SocialOutcomesError).code).toBe('not-an-array');
    expect(thrown(() => groupCounts([{ g: 1 }], 'h'), SocialOutcomesError).code).toBe('unknown-field');
    expect(thrown(() => groupCounts([{ g: 1 }], []), SocialOutcomesError).code).toBe('empty-input');
    expect(thrown(() => groupCounts([{ g: 1 }], ['g', 'g']), SocialOutcomesError).code).toBe('duplicate');
    expect(thrown(() => groupCounts([{ g: 1 }], 3 as never), SocialOutcomesError).code).toBe('invalid-type');
    expect(thrown(() => groupCounts([{ g: 1 }], 'g', { dropMissing: 'yes' as never }), SocialOutcomesError).code).toBe('invalid-option');
    expect(thrown(() => groupCounts([{ g: 1 }], 'g', { missingLabel: '' }), SocialOutcomesError).code).toBe('invalid-option');
    expect(thrown(() => groupCounts([{ g: 1 }], 'g', { levels: { h: ['a'] } }), SocialOutcomesError).code).toBe('unknown-field');
    expect(thrown(() => groupCounts([{ g: 1 }], 'g', { levels: { g: ['a', 'a'] } }), SocialOutcomesError).code).toBe('duplicate');
    expect(() => groupCounts([], 'g')).toThrow(InsufficientDataError);
  });

  it('ignores inherited properties (a field must be the record’s own)', () => {
    const proto = { g: 'inherited' };
    const rec = Object.create(proto) as Record<string, unknown>;
    rec.h = 1;
    expect(groupCounts([rec, { g: 'a', h: 1 }], 'g').rows).toEqual([{ key: { g: 'a' }, n: 1 }, { key: { g: 'Unknown' }, n: 1 }]);
  });

  it('a field named __proto__ is an ordinary key', () => {
    const recs = [JSON.parse('{"__proto__": "x"}') as Record<string, unknown>];
    const r = groupCounts(recs, '__proto__');
    expect(JSON.stringify(r.rows)).toBe('[{"key":{"__proto__":"x"},"n":1}]');
  });

  it('is pure', () => {
    const recs = deepFreeze(people.map((p) => ({ ...p })));
    expect(() => groupCounts(recs, ['sex', 'age'])).not.toThrow();
  });
});

const value = fc.oneof(fc.constantFrom('a', 'b', 'c', 'Unknown', '', ' '), fc.integer({ min: -2, max: 3 }), fc.constant(null), fc.constant(undefined));
const recordArb = fc.record({ x: value, y: value }, { requiredKeys: ['x'] });

describe('groupCounts: properties', () => {
  fcTest.prop([fc.array(recordArb, { minLength: 1, maxLength: 60 }), fc.boolean()], { numRuns: 200, seed: 42 })(
    'no record lost: counts plus dropped equal the input length; counts are positive',
    (recs, dropMissing) => {
      const r = groupCounts(recs, ['x', 'y'].filter((f) => f === 'x' || recs.some((q) => 'y' in q)), { dropMissing });
      expect(r.rows.reduce((s, x) => s + x.n, 0) + r.excluded.missing).toBe(recs.length);
      expect(r.n).toBe(recs.length - r.excluded.missing);
      for (const row of r.rows) expect(row.n).toBeGreaterThan(0);
    },
  );

  fcTest.prop([fc.array(recordArb, { minLength: 1, maxLength: 60 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })))], { numRuns: 200, seed: 43 })(
    'permutation invariant, byte for byte',
    ([recs, shuffled]) => {
      expect(JSON.stringify(groupCounts(shuffled, 'x'))).toBe(JSON.stringify(groupCounts(recs, 'x')));
    },
  );
});
