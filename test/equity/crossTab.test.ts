import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { crossTab } from '../../src/equity/crossTab';
import { suppressSmallCounts } from '../../src/equity/suppressSmallCounts';
import { InsufficientDataError, InvalidInputError, SocialOutcomesError } from '../../src/errors';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

const people = [
  { ethnicity: 'White', sex: 'F', met: 'yes' },
  { ethnicity: 'White', sex: 'M', met: 'no' },
  { ethnicity: 'Asian', sex: 'F', met: 'yes' },
  { ethnicity: 'Black', sex: 'F', met: 'no' },
  { ethnicity: 'White', sex: 'F', met: 'yes' },
  { ethnicity: null, sex: 'M', met: 'yes' },
];

describe('crossTab', () => {
  it('a two-way table with zeros, margins and the Unknown row', () => {
    const t = crossTab(people, 'ethnicity', 'met');
    expect(t.rowLabels).toEqual(['Asian', 'Black', 'White', 'Unknown']);
    expect(t.colLabels).toEqual(['no', 'yes']);
    expect(t.counts).toEqual([[0, 1], [1, 0], [1, 2], [0, 1]]);
    expect(t.rowTotals).toEqual([1, 1, 3, 1]);
    expect(t.colTotals).toEqual([2, 4]);
    expect(t.grandTotal).toBe(6);
    expect(t).toMatchObject({ n: 6, excluded: { missing: 0 }, missing: 1, rowFields: ['ethnicity'], colFields: ['met'] });
    expect(t.rowKeys[3]).toEqual({ ethnicity: 'Unknown' });
  });

  it('without margins the totals are absent', () => {
    const t = crossTab(people, 'ethnicity', 'met', { margins: false });
    expect('rowTotals' in t || 'colTotals' in t || 'grandTotal' in t).toBe(false);
    expect(t.n).toBe(6);
  });

  it('several fields per side: rows are the observed combinations (all with complete)', () => {
    const t = crossTab(people, ['ethnicity', 'sex'], 'met', { dropMissing: true });
    expect(t.rowLabels).toEqual(['Asian / F', 'Black / F', 'White / F', 'White / M']);
    expect(t.counts).toEqual([[0, 1], [1, 0], [0, 2], [1, 0]]);
    expect(t.excluded).toEqual({ missing: 1 });
    const full = crossTab(people, ['ethnicity', 'sex'], 'met', { dropMissing: true, complete: true });
    expect(full.rowLabels).toHaveLength(3 * 2);
    expect(full.grandTotal).toBe(5);
  });

  it('declared levels order rows and columns', () => {
    const t = crossTab(people, 'met', 'sex', { levels: { met: ['yes', 'no'], sex: ['M', 'F'] } });
    expect(t.rowLabels).toEqual(['yes', 'no']);
    expect(t.colLabels).toEqual(['M', 'F']);
    expect(t.counts).toEqual([[1, 3], [1, 1]]);
  });

  it('feeds suppressSmallCounts directly', () => {
    const r = suppressSmallCounts(crossTab(people, 'ethnicity', 'met'));
    expect(r.dimensions).toBe(2);
    expect(r.grandTotal.value).toBeNull(); // 6 < 10
  });

  it('errors name the side, the field and the row', () => {
    const e = thrown(() => crossTab([{ a: 'x', b: 1 }, { a: 'y', b: false }], 'a', 'b'), SocialOutcomesError);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['records', 1, 'b']);
    expect(e.row).toBe(2);
    expect(thrown(() => crossTab(people, 'ethnicity', 'nope'), SocialOutcomesError).path).toEqual(['cols']);
    expect(thrown(() => crossTab(people, ['ethnicity', 'nope'], 'met'), SocialOutcomesError).path).toEqual(['rows', 1]);
    expect(thrown(() => crossTab(people, 'met', 'met'), SocialOutcomesError).code).toBe('duplicate');
    expect(thrown(() => crossTab(people, 'met', 'sex', { margins: 1 as never }), SocialOutcomesError).code).toBe('invalid-option');
    expect(() => crossTab([], 'a', 'b')).toThrow(InsufficientDataError);
  });

  it('is pure', () => {
    expect(() => crossTab(deepFreeze(people.map((p) => ({ ...p }))), 'ethnicity', 'met')).not.toThrow();
  });
});

const value = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.integer({ min: 0, max: 2 }), fc.constant(null));
const recs = fc.array(fc.record({ r: value, c: value }), { minLength: 1, maxLength: 80 });

describe('crossTab: properties', () => {
  fcTest.prop([recs, fc.boolean()], { numRuns: 200, seed: 101 })('no record lost; margins add up', (rs, dropMissing) => {
    const t = crossTab(rs, 'r', 'c', { dropMissing });
    const cells = t.counts.flat().reduce((s, v) => s + v, 0);
    expect(cells + t.excluded.missing).toBe(rs.length);
    expect(t.grandTotal).toBe(cells);
    expect((t.rowTotals ?? []).reduce((s, v) => s + v, 0)).toBe(cells);
    expect((t.colTotals ?? []).reduce((s, v) => s + v, 0)).toBe(cells);
  });

  fcTest.prop([recs.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })))], { numRuns: 200, seed: 102 })(
    'permutation invariant, byte for byte',
    ([a, b]) => {
      expect(JSON.stringify(crossTab(b, 'r', 'c'))).toBe(JSON.stringify(crossTab(a, 'r', 'c')));
    },
  );
});
