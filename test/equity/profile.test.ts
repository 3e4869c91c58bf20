import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { profile } from '../../src/equity/profile';
import { compareToBaseline } from '../../src/equity/compareToBaseline';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';

const fifty = Array.from({ length: 50 }, (_, i) => ({ ethnicity: i < 7 ? 'Asian' : 'White', sex: i % 2 === 0 ? 'F' : 'M' }));

describe('profile', () => {
  it('equity.md appendix: Wilson 7/50 = (0.0695083343, 0.2618619371), scipy 1.17.1', () => {
    const r = profile(fifty, 'ethnicity');
    const asian = r.categories[0];
    expect(asian).toMatchObject({ key: { ethnicity: 'Asian' }, label: 'Asian', n: 7, share: 0.14 });
    // The appendix prints 10 decimals: compare to within half a unit of the last place.
    expectClose(asian?.lower as number, 0.0695083343, { rtol: 0, atol: 5e-11, label: 'lower' });
    expectClose(asian?.upper as number, 0.2618619371, { rtol: 0, atol: 5e-11, label: 'upper' });
    expect(r.total).toEqual({ n: 50, share: 1 });
    expect(r).toMatchObject({ method: 'wilson', confidence: 0.95, missing: 0, excluded: { missing: 0 } });
  });

  it('Wilson 0/20 upper = 0.1611251581 (appendix) for a declared level nobody has', () => {
    const twenty = Array.from({ length: 20 }, () => ({ g: 'A' }));
    const r = profile(twenty, 'g', { levels: { g: ['A', 'B'] }, complete: true });
    expect(r.categories[1]).toMatchObject({ label: 'B', n: 0, share: 0, lower: 0 });
    expectClose(r.categories[1]?.upper as number, 0.1611251581, { rtol: 0, atol: 5e-11 });
  });

  it('intersections, with the missing category in the denominator unless dropped', () => {
    const recs = [...fifty, { ethnicity: null, sex: 'F' }];
    const all = profile(recs, ['ethnicity', 'sex']);
    expect(all.categories.map((c) => c.label)).toEqual(['Asian / F', 'Asian / M', 'White / F', 'White / M', 'Unknown / F']);
    expect(all.total.n).toBe(51);
    expectClose(all.categories.reduce((s, c) => s + c.share, 0), 1, { rtol: 1e-15 });
    const known = profile(recs, 'ethnicity', { dropMissing: true });
    expect(known.total.n).toBe(50);
    expect(known.excluded).toEqual({ missing: 1 });
    expect(known.categories[0]?.share).toBe(0.14);
  });

  it('confidence level is honoured (99.8% as on Fingertips)', () => {
    const a = profile(fifty, 'ethnicity', { confidence: 0.998 }).categories[0];
    const b = profile(fifty, 'ethnicity').categories[0];
    expect((a?.lower as number) < (b?.lower as number) && (a?.upper as number) > (b?.upper as number)).toBe(true);
  });

  it('bad input', () => {
    expect(() => profile([], 'g')).toThrow(InsufficientDataError);
    expect(() => profile([{ g: null }], 'g', { dropMissing: true })).toThrow(InsufficientDataError);
    expect(() => profile(fifty, 'ethnicity', { confidence: 1.5 })).toThrow(InvalidInputError);
    expect(() => profile([{ g: Symbol('x') }] as never, 'g')).toThrow(InvalidInputError);
  });

  it('is pure', () => {
    expect(() => profile(deepFreeze(fifty.map((p) => ({ ...p }))), ['ethnicity', 'sex'])).not.toThrow();
  });

  it('feeds compareToBaseline directly (equity.md appendix GOF vector: X² = 10.357)', () => {
    const counts: Record<string, number> = { A: 120, B: 30, C: 25, D: 15, E: 10 };
    const recs = Object.entries(counts).flatMap(([g, n]) => Array.from({ length: n }, () => ({ g })));
    const census = { categories: [{ label: 'A', count: 700 }, { label: 'B', count: 100 }, { label: 'C', count: 100 }, { label: 'D', count: 60 }, { label: 'E', count: 40 }], total: 1000 };
    const r = compareToBaseline(profile(recs, 'g'), census);
    expectClose(r.test.statistic, 10.357142857142858, { rtol: 1e-12 });
  });
});

const value = fc.oneof(fc.constantFrom('a', 'b', 'c', null, ''), fc.integer({ min: 0, max: 3 }));
const recs = fc.array(fc.record({ g: value, h: value }), { minLength: 1, maxLength: 80 });

describe('profile: properties', () => {
  fcTest.prop([recs], { numRuns: 150, seed: 31 })('no record lost; shares sum to 1; every share inside its interval', (rs) => {
    const r = profile(rs, ['g', 'h']);
    expect(r.categories.reduce((s, c) => s + c.n, 0)).toBe(rs.length);
    expectClose(r.categories.reduce((s, c) => s + c.share, 0), 1, { rtol: 1e-13 });
    for (const c of r.categories) expect(c.lower <= c.share && c.share <= c.upper).toBe(true);
  });

  fcTest.prop([recs.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })))], { numRuns: 150, seed: 32 })(
    'permutation invariant, byte for byte',
    ([a, b]) => {
      expect(JSON.stringify(profile(b, ['g', 'h']))).toBe(JSON.stringify(profile(a, ['g', 'h'])));
    },
  );
});
