import { describe, expect, it } from 'vitest';
import { InsufficientDataError, InvalidInputError, mcnemarTest } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { McnemarCase, pTol } from './_fixtures';

const r = loadFixture('change/pairedTests/r-mcnemar.json', McnemarCase);

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
  it('rejects bad input', () => {
    expect(() => mcnemarTest([1, 0], [1, 0])).toThrow(InsufficientDataError);
    expect(() => mcnemarTest([1, 2 as never], [1, 0])).toThrow(/before\[1\]/);
    expect(() => mcnemarTest([1, 0], [1])).toThrow(InvalidInputError);
    expect(() => mcnemarTest([1, 0], [0, 1], { alternative: 'greater' })).toThrow(InvalidInputError);
  });
});
