import { describe, expect, it } from 'vitest';
import { InsufficientDataError, InvalidInputError, signTest } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { RCase, pTol } from './_fixtures';

const r = loadFixture('change/pairedTests/r.json', RCase);

describe('signTest against R 4.2.2 binom.test(sum(d > 0), sum(d != 0))', () => {
  for (const c of r.cases) {
    it(c.id, () => {
      const ref = c.sign;
      if ('error' in ref) {
        expect(() => signTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence })).toThrow(InsufficientDataError);
        return;
      }
      const res = signTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence });
      expect(res.statistic).toBe(ref.statistic);
      expectClose(res.pValue, ref.pValue, { rtol: pTol(ref.pValue), label: `${c.id} p` });
      // Clopper–Pearson limits come from the beta quantile: 1e-9 relative.
      expectClose(res.ci.lower as number, ref.lower, { rtol: 1e-9, atol: 1e-300, label: `${c.id} lower` });
      expectClose(res.ci.upper as number, ref.upper, { rtol: 1e-9, label: `${c.id} upper` });
    });
  }
  it('rejects bad input', () => {
    expect(() => signTest([1, 2], [1, 2])).toThrow(InsufficientDataError);
    expect(() => signTest([1, 2], [1])).toThrow(InvalidInputError);
  });
});
