import { describe, expect, it } from 'vitest';
import { InsufficientDataError, InvalidInputError, mcnemarTest } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { McnemarCase, pTol } from './_fixtures';
import { FixtureNumber } from '../_helpers/fixtures';
import { z } from 'zod';

const r = loadFixture('change/pairedTests/r-mcnemar.json', McnemarCase);
const Ref = z.object({ statistic: FixtureNumber, pValue: FixtureNumber });
const GridCase = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number(), corrected: Ref, uncorrected: Ref, 'exact_two-sided': Ref, exact_less: Ref, exact_greater: Ref });
const grid = loadFixture('change/mcnemarTest/r.json', GridCase);

/** Paired binary readings with a (0, 0), b (0 → 1), c (1 → 0) and d (1, 1) pairs. */
function readingsOf(a: number, b: number, c: number, d: number): { before: Array<0 | 1>; after: Array<0 | 1> } {
  const before: Array<0 | 1> = [];
  const after: Array<0 | 1> = [];
  for (const [n, x, y] of [[a, 0, 0], [b, 0, 1], [c, 1, 0], [d, 1, 1]] as const) {
    for (let i = 0; i < n; i++) {
      before.push(x);
      after.push(y);
    }
  }
  return { before, after };
}

describe('mcnemarTest against R 4.2.2 mcnemar.test and binom.test on the discordant pairs', () => {
  for (const c of r.cases) {
    it(c.id, () => {
      const before = c.before as Array<0 | 1>;
      const after = c.after as Array<0 | 1>;
      const cor = mcnemarTest(before, after);
      expectClose(cor.statistic, c.corrected.statistic, { rtol: 1e-12, atol: 1e-15, label: 'corrected statistic' });
      expectClose(cor.pValue, c.corrected.pValue, { rtol: pTol(c.corrected.pValue), label: 'corrected p' });
      expect(cor.method).toBe(c.corrected.method.includes('continuity') ? 'chi-squared-corrected' : 'chi-squared');
      const unc = mcnemarTest(before.map((v) => v === 1), after.map((v) => v === 1), { correction: false });
      expectClose(unc.statistic, c.uncorrected.statistic, { rtol: 1e-12, atol: 1e-15 });
      expectClose(unc.pValue, c.uncorrected.pValue, { rtol: pTol(c.uncorrected.pValue) });
      for (const alt of ['two-sided', 'less', 'greater'] as const) {
        const ref = c[`exact_${alt}`];
        const ex = mcnemarTest(before, after, { exact: true, alternative: alt });
        expect(ex.statistic).toBe(ref.statistic);
        expectClose(ex.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `exact ${alt}` });
      }
    });
  }
  it(`grid of discordant counts (change/mcnemarTest/r.json): ${grid.cases.length} tables, b + c = 1…2000, p down to 1.9e-301`, () => {
    expect(grid.cases.length).toBeGreaterThanOrEqual(140);
    for (const c of grid.cases) {
      const { before, after } = readingsOf(c.a, c.b, c.c, c.d);
      const label = `b = ${c.b}, c = ${c.c}`;
      // Statistics are ratios of small integers: 1e-12. p-values: issue 3's 1e-10 (1e-8 below 1e-100).
      const cor = mcnemarTest(before, after);
      expectClose(cor.statistic, c.corrected.statistic, { rtol: 1e-12, atol: 1e-15, label: `${label} corrected statistic` });
      expectClose(cor.pValue, c.corrected.pValue, { rtol: pTol(c.corrected.pValue), label: `${label} corrected p` });
      const unc = mcnemarTest(before, after, { correction: false });
      expectClose(unc.statistic, c.uncorrected.statistic, { rtol: 1e-12, label: `${label} statistic` });
      expectClose(unc.pValue, c.uncorrected.pValue, { rtol: pTol(c.uncorrected.pValue), label: `${label} p` });
      for (const alt of ['two-sided', 'less', 'greater'] as const) {
        const ref = c[`exact_${alt}`];
        const ex = mcnemarTest(before, after, { exact: true, alternative: alt });
        expect(ex.statistic, label).toBe(ref.statistic);
        expectClose(ex.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `${label} exact ${alt}` });
      }
    }
  });
  it('rejects bad input', () => {
    expect(() => mcnemarTest([1, 0], [1, 0])).toThrow(InsufficientDataError);
    expect(() => mcnemarTest([1, 2 as never], [1, 0])).toThrow(/before\[1\]/);
    expect(() => mcnemarTest([1, 0], [1])).toThrow(InvalidInputError);
    expect(() => mcnemarTest([1, 0], [0, 1], { alternative: 'greater' })).toThrow(InvalidInputError);
  });
});
