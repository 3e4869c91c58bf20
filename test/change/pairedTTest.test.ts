import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { InsufficientDataError, InvalidInputError, pairedTTest } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { deepFreeze } from '../_helpers/deepFreeze';
import { RCase, ScipyCase, pTol } from './_fixtures';

const r = loadFixture('change/pairedTests/r.json', RCase);
const py = loadFixture('change/pairedTests/scipy.json', ScipyCase);

describe('pairedTTest against R 4.2.2 t.test(post, pre, paired = TRUE)', () => {
  for (const c of r.cases) {
    it(c.id, () => {
      const ref = c.tTest;
      if ('error' in ref || Number.isNaN(ref.statistic)) {
        // R: "data are essentially constant" (constant change) or NaN (all changes zero); we throw instead.
        expect(() => pairedTTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence })).toThrow(InsufficientDataError);
        return;
      }
      const res = pairedTTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence });
      // 1e-10 relative on statistics and p-values (issue 3); R prints 15 significant digits.
      expectClose(res.statistic, ref.statistic, { rtol: 1e-10, label: `${c.id} t` });
      expect(res.df).toBe(ref.df);
      expectClose(res.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `${c.id} p` });
      if (Number.isFinite(ref.lower)) expectClose(res.ci.lower as number, ref.lower, { rtol: 1e-10, label: `${c.id} lower` });
      else expect(res.ci.lower).toBeNull();
      if (Number.isFinite(ref.upper)) expectClose(res.ci.upper as number, ref.upper, { rtol: 1e-10, label: `${c.id} upper` });
      else expect(res.ci.upper).toBeNull();
    });
  }
});

describe('pairedTTest against scipy 1.17.1 ttest_rel(post, pre)', () => {
  for (const c of py.cases) {
    it(c.id, () => {
      const ref = c.tTest;
      if ('error' in ref) {
        expect(() => pairedTTest(c.pre, c.post)).toThrow(InsufficientDataError);
        return;
      }
      const res = pairedTTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence });
      expectClose(res.statistic, ref.statistic, { rtol: 1e-10, label: `${c.id} t` });
      expectClose(res.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `${c.id} p` });
      if (Number.isFinite(ref.lower)) expectClose(res.ci.lower as number, ref.lower, { rtol: 1e-10, label: `${c.id} lower` });
      if (Number.isFinite(ref.upper)) expectClose(res.ci.upper as number, ref.upper, { rtol: 1e-10, label: `${c.id} upper` });
    });
  }
});

describe('pairedTTest: published example and degenerate input', () => {
  it('reproduces Lakens (2013) t(9) = 4.74, p = .001 (movie ratings, Table 1)', () => {
    const movie1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9];
    const movie2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7];
    const res = pairedTTest(movie2, movie1);
    // t = 1 / (sqrt(4/9) / sqrt(10)) = 4.7434 exactly from the table; 1e-12 leaves room for rounding only.
    expectClose(res.statistic, 1 / (Math.sqrt(4 / 9) / Math.sqrt(10)), { rtol: 1e-12 });
    expect(res.pValue).toBeGreaterThan(0.0005);
    expect(res.pValue).toBeLessThan(0.0015);
  });
  it('throws typed errors naming the field', () => {
    expect(() => pairedTTest([1], [2])).toThrow(InsufficientDataError);
    expect(() => pairedTTest([], [])).toThrow(InsufficientDataError);
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrow(InvalidInputError);
    expect(() => pairedTTest([1, Number.NaN, 3], [1, 2, 3])).toThrow(/pre\[1\]/);
    expect(() => pairedTTest([1, 2, 3], [1, Number.POSITIVE_INFINITY, 3])).toThrow(/post\[1\]/);
    expect(() => pairedTTest([1, 2, 11], [1, 2, 3], { range: { min: 1, max: 10 } })).toThrow(/pre\[2\]/);
    expect(() => pairedTTest([1, 2, 3], [2, 3, 5], { confidence: 1 })).toThrow(InvalidInputError);
    expect(() => pairedTTest([1, 2, 3], [2, 3, 5], { alternative: 'two.sided' as never })).toThrow(InvalidInputError);
    expect(() => pairedTTest(['1', 2, 3] as never, [2, 3, 5])).toThrow(InvalidInputError);
  });
  it('does not mutate its input and is deterministic', () => {
    const pre = deepFreeze([3, 4, 2, 5, 6]);
    const post = deepFreeze([5, 4, 3, 7, 6]);
    expect(JSON.stringify(pairedTTest(pre, post))).toBe(JSON.stringify(pairedTTest([...pre], Float64Array.from(post))));
  });
});

const pairs = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 3, maxLength: 40 })
  .filter((ps) => new Set(ps.map(([a, b]) => b - a)).size > 1);

describe('pairedTTest properties', () => {
  fcTest.prop([pairs, fc.integer({ min: -1000, max: 1000 })])('t is invariant to shifting pre and post together', (ps, k) => {
    const a = pairedTTest(ps.map((p) => p[0]), ps.map((p) => p[1]));
    const b = pairedTTest(ps.map((p) => p[0] + k), ps.map((p) => p[1] + k));
    expectClose(b.statistic, a.statistic, { rtol: 1e-9, atol: 1e-12 });
  });
  fcTest.prop([pairs, fc.double({ min: 0.01, max: 100, noNaN: true })])('t is invariant to rescaling', (ps, s) => {
    const a = pairedTTest(ps.map((p) => p[0]), ps.map((p) => p[1]));
    const b = pairedTTest(ps.map((p) => p[0] * s), ps.map((p) => p[1] * s));
    expectClose(b.statistic, a.statistic, { rtol: 1e-9, atol: 1e-12 });
    expectClose(b.meanDifference, a.meanDifference * s, { rtol: 1e-9, atol: 1e-12 });
  });
  fcTest.prop([pairs])('swapping pre and post flips the sign of t and keeps the two-sided p', (ps) => {
    const a = pairedTTest(ps.map((p) => p[0]), ps.map((p) => p[1]));
    const b = pairedTTest(ps.map((p) => p[1]), ps.map((p) => p[0]));
    expectClose(b.statistic, -a.statistic, { rtol: 1e-12, atol: 1e-12 });
    expectClose(b.pValue, a.pValue, { rtol: 1e-12 });
  });
  fcTest.prop([pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })))])(
    'permuting the pairs changes nothing (integer scores: exactly)',
    ([ps, perm]) => {
      const a = pairedTTest(ps.map((p) => p[0]), ps.map((p) => p[1]));
      const b = pairedTTest(perm.map((p) => p[0]), perm.map((p) => p[1]));
      expect(b.statistic).toBe(a.statistic);
      expect(b.pValue).toBe(a.pValue);
    },
  );
});
