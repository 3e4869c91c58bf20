import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { InsufficientDataError, InvalidInputError, wilcoxonSignedRank, type WilcoxonSignedRankOptions } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { RCase, ScipyCase, pTol, WilcoxonRef } from './_fixtures';
import type { z } from 'zod';

const r = loadFixture('change/pairedTests/r.json', RCase);
const py = loadFixture('change/pairedTests/scipy.json', ScipyCase);

function check(label: string, pre: number[], post: number[], ref: z.infer<typeof WilcoxonRef>, opts: WilcoxonSignedRankOptions, expectedMethod?: string): void {
  if ('error' in ref || Number.isNaN(ref.pValue)) {
    expect(() => wilcoxonSignedRank(pre, post, opts), label).toThrow(InsufficientDataError);
    return;
  }
  if (pre.every((v, i) => v === post[i])) {
    // scipy's permutation test reports p = 1 for all-zero changes; R reports NaN; we throw (documented).
    expect(() => wilcoxonSignedRank(pre, post, opts), label).toThrow(InsufficientDataError);
    return;
  }
  const res = wilcoxonSignedRank(pre, post, opts);
  // Statistics are sums of half-integer ranks: exact. p-values: 1e-10 relative (1e-8 below 1e-100), issue 3.
  expectClose(res.statistic, ref.statistic, { rtol: 1e-12, label: `${label} statistic` });
  expectClose(res.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `${label} p` });
  if (ref.z !== undefined && res.z !== undefined) {
    // scipy reports -|z| for two-sided tests.
    const z = opts.alternative === 'two-sided' || opts.alternative === undefined ? -Math.abs(res.z) : res.z;
    expectClose(z, ref.z, { rtol: 1e-10, label: `${label} z` });
  }
  if (expectedMethod !== undefined) expect(res.method, label).toBe(expectedMethod);
}

describe('wilcoxonSignedRank (compat R-4.2) against R 4.2.2 wilcox.test(post, pre, paired = TRUE)', () => {
  for (const c of r.cases) {
    it(c.id, () => {
      const base = { alternative: c.alternative } as const;
      const d = c.wilcoxonDefault;
      check(`${c.id} default`, c.pre, c.post, d, base, 'method' in d && d.method?.includes('exact') ? 'exact' : 'normal');
      check(`${c.id} exact=FALSE correct=FALSE`, c.pre, c.post, c.wilcoxonNormalNoCorrection, { ...base, exact: false, correction: false }, 'normal');
      check(`${c.id} exact=TRUE`, c.pre, c.post, c.wilcoxonExactRequested, { ...base, exact: true });
    });
  }
  it('states the fallback R warns about', () => {
    const res = wilcoxonSignedRank([3, 4, 2, 5, 6, 3, 4, 2], [5, 4, 3, 7, 6, 6, 5, 4], { exact: true });
    expect(res).toMatchObject({ method: 'normal', note: 'ties-or-zeros-normal', zeros: 2, ties: 5, tieGroups: 2, nNonZero: 6, tPlus: 21, tMinus: 0 });
  });
});

describe('wilcoxonSignedRank (compat scipy) against scipy 1.17.1 wilcoxon(post, pre)', () => {
  for (const c of py.cases) {
    it(c.id, () => {
      const s = { compat: 'scipy', alternative: c.alternative } as const;
      check(`${c.id} auto`, c.pre, c.post, c.wilcoxonAuto, s);
      check(`${c.id} asymptotic corrected`, c.pre, c.post, c.wilcoxonAsymptoticCorrected, { ...s, exact: false, correction: true }, 'normal');
      check(`${c.id} asymptotic`, c.pre, c.post, c.wilcoxonAsymptotic, { ...s, exact: false }, 'normal');
      check(`${c.id} pratt asymptotic corrected`, c.pre, c.post, c.wilcoxonPrattAsymptoticCorrected, { ...s, exact: false, correction: true, zeroMethod: 'pratt' }, 'normal');
      check(`${c.id} pratt auto`, c.pre, c.post, c.wilcoxonPrattAuto, { ...s, zeroMethod: 'pratt' });
      check(`${c.id} zsplit asymptotic`, c.pre, c.post, c.wilcoxonZsplitAsymptotic, { ...s, exact: false, zeroMethod: 'zsplit' }, 'normal');
      check(`${c.id} zsplit auto`, c.pre, c.post, c.wilcoxonZsplitAuto, { ...s, zeroMethod: 'zsplit' });
      if (c.wilcoxonExact !== undefined) check(`${c.id} exact`, c.pre, c.post, c.wilcoxonExact, { ...s, exact: true }, 'exact');
    });
  }
  it('reproduces the worked check of measures.md §3.3 (changes 2,0,1,2,0,3,1,0,1,0,1,2)', () => {
    const post = [2, 0, 1, 2, 0, 3, 1, 0, 1, 0, 1, 2];
    const pre = post.map(() => 0);
    expectClose(wilcoxonSignedRank(pre, post, { compat: 'scipy' }).pValue, 0.0078125, { rtol: 1e-12 });
    expectClose(wilcoxonSignedRank(pre, post).pValue, 0.012644, { rtol: 1e-4 }); // measures.md prints 6 digits
    expect(wilcoxonSignedRank(pre, post).statistic).toBe(36);
  });
});

describe('wilcoxonSignedRank: degenerate input and options', () => {
  it('throws typed errors', () => {
    expect(() => wilcoxonSignedRank([1, 2, 3], [1, 2, 3])).toThrow(InsufficientDataError);
    expect(() => wilcoxonSignedRank([], [])).toThrow(InsufficientDataError);
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow(InvalidInputError);
    expect(() => wilcoxonSignedRank([1, 2], [1, Number.NaN])).toThrow(/post\[1\]/);
    expect(() => wilcoxonSignedRank([1, 2], [3, 4], { zeroMethod: 'none' as never })).toThrow(InvalidInputError);
    expect(() => wilcoxonSignedRank([1, 2], [3, 4], { exact: 'yes' as never })).toThrow(InvalidInputError);
    expect(() => wilcoxonSignedRank([1, 2], [3, 4], { compat: 'R-4.6' as never })).toThrow(InvalidInputError);
    expect(() => wilcoxonSignedRank([1, 2], [3, 0], { range: { min: 1, max: 10 } })).toThrow(/post\[1\]/);
  });
  it('uses the counting path for integers and the sort path otherwise with the same result', () => {
    const pre = [3, 4, 2, 5, 6, 3, 4, 2, 7, 1, 9, 3];
    const post = [5, 4, 3, 7, 6, 6, 5, 4, 4, 2, 9, 1];
    const a = wilcoxonSignedRank(pre, post);
    const b = wilcoxonSignedRank(pre.map((v) => v + 0.5), post.map((v) => v + 0.5));
    expect(b.tPlus).toBe(a.tPlus);
    expect(b.pValue).toBe(a.pValue);
  });
});

const pairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), { minLength: 2, maxLength: 60 })
  .filter((ps) => ps.some(([a, b]) => a !== b));

describe('wilcoxonSignedRank properties', () => {
  fcTest.prop([pairs, fc.constantFrom('R-4.2', 'scipy')])('swapping pre and post swaps T+ and T− and keeps the two-sided p', (ps, compat) => {
    const a = wilcoxonSignedRank(ps.map((p) => p[0]), ps.map((p) => p[1]), { compat: compat as 'R-4.2' | 'scipy' });
    const b = wilcoxonSignedRank(ps.map((p) => p[1]), ps.map((p) => p[0]), { compat: compat as 'R-4.2' | 'scipy' });
    expect(b.tPlus).toBe(a.tMinus);
    expectClose(b.pValue, a.pValue, { rtol: 1e-12 });
  });
  fcTest.prop([pairs])('T+ + T− = m(m + 1)/2 and p is in (0, 1]', (ps) => {
    const a = wilcoxonSignedRank(ps.map((p) => p[0]), ps.map((p) => p[1]));
    expect(a.tPlus + a.tMinus).toBe((a.nNonZero * (a.nNonZero + 1)) / 2);
    expect(a.pValue).toBeGreaterThan(0);
    expect(a.pValue).toBeLessThanOrEqual(1);
  });
  fcTest.prop([pairs, fc.integer({ min: -5, max: 5 })])('shifting both scores changes nothing', (ps, k) => {
    const a = wilcoxonSignedRank(ps.map((p) => p[0]), ps.map((p) => p[1]));
    const b = wilcoxonSignedRank(ps.map((p) => p[0] + k), ps.map((p) => p[1] + k));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
