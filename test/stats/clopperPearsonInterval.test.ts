import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { binomialCdf, binomialSf } from '../../src/stats/binomial';
import { clopperPearsonInterval } from '../../src/stats/clopperPearsonInterval';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({ x: z.number(), n: z.number(), confidence: z.number(), lower: z.number(), upper: z.number() });
const r = loadFixture('stats/clopperPearsonInterval/r.json', Case);
const scipy = loadFixture('stats/clopperPearsonInterval/scipy.json', Case);

describe('clopperPearsonInterval against R 4.2.2 binom.test and scipy 1.17.1', () => {
  it(`R binom.test (stats/clopperPearsonInterval/r.json): ${r.cases.length} cases, x = 0, 1, n − 1, n, …; n = 1…10⁶`, () => {
    expect(r.cases.length).toBeGreaterThanOrEqual(350);
    for (const c of r.cases) {
      const got = clopperPearsonInterval(c.x, c.n, { confidence: c.confidence });
      const label = `${c.x}/${c.n} at ${c.confidence}`;
      // R's qbeta and our beta quantile both invert the incomplete beta to near machine precision (measured worst
      // 2e-14 relative); 1e-12 leaves room for the closed forms at x = 0 and x = n.
      expectClose(got.lower, c.lower, { rtol: 1e-12, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-12, label: `${label} upper` });
    }
  });
  it(`scipy exact (stats/clopperPearsonInterval/scipy.json): ${scipy.cases.length} cases`, () => {
    expect(scipy.cases.length).toBeGreaterThanOrEqual(350);
    for (const c of scipy.cases) {
      const got = clopperPearsonInterval(c.x, c.n, { confidence: c.confidence });
      const label = `${c.x}/${c.n} at ${c.confidence}`;
      // scipy finds each limit with brentq(…, 0, 1) at its default xtol = 2e-12 (absolute), so limits below ~1e-2
      // are only good to ~2e-12 absolute (e.g. 1/10⁶ at 99%: 4.6e-5 relative, 2.3e-13 absolute). Tolerance:
      // 1e-10 relative, or 4e-12 absolute. R, above, is the tight reference.
      expectClose(got.lower, c.lower, { rtol: 1e-10, atol: 4e-12, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-10, atol: 4e-12, label: `${label} upper` });
    }
  });
});

describe('clopperPearsonInterval: published values and defining property', () => {
  it('scipy documentation example 7/50 → (0.05819170033997342, 0.26739600249700846)', () => {
    const ci = clopperPearsonInterval(7, 50);
    // the documented values come from brentq at xtol = 2e-12 (see above): equal to that absolute precision
    expectClose(ci.lower, 0.05819170033997342, { rtol: 0, atol: 4e-12 });
    expectClose(ci.upper, 0.26739600249700846, { rtol: 0, atol: 4e-12 });
    expect(ci).toMatchObject({ estimate: 0.14, confidence: 0.95, method: 'clopper-pearson' });
  });
  it('the binomial tails at the limits equal α/2', () => {
    for (const [x, n, conf] of [[7, 50, 0.95], [1, 20, 0.99], [95, 100, 0.9], [500, 1000, 0.999]] as const) {
      const ci = clopperPearsonInterval(x, n, { confidence: conf });
      const half = (1 - conf) / 2;
      // P(X ≥ x | L) = α/2 and P(X ≤ x | U) = α/2
      expectClose(binomialSf(x - 1, n, ci.lower), half, { rtol: 1e-9, label: `${x}/${n} lower tail` });
      expectClose(binomialCdf(x, n, ci.upper), half, { rtol: 1e-9, label: `${x}/${n} upper tail` });
    }
  });
  it('closed forms at the edges: x = 0 → U = 1 − (α/2)^(1/n); x = n → L = (α/2)^(1/n)', () => {
    expectClose(clopperPearsonInterval(0, 20).upper, 1 - 0.025 ** (1 / 20), { rtol: 1e-14 });
    expectClose(clopperPearsonInterval(20, 20).lower, 0.025 ** (1 / 20), { rtol: 1e-14 });
    expect(clopperPearsonInterval(0, 20).lower).toBe(0);
    expect(clopperPearsonInterval(20, 20).upper).toBe(1);
  });
  it('throws typed errors on bad input', () => {
    expect(() => clopperPearsonInterval(0, 0)).toThrow(InsufficientDataError);
    expect(() => clopperPearsonInterval(3, 2)).toThrow(InvalidInputError);
    expect(() => clopperPearsonInterval(-1, 2)).toThrow(InvalidInputError);
    expect(() => clopperPearsonInterval(1, 2.5)).toThrow(InvalidInputError);
    expect(() => clopperPearsonInterval(Number.NaN, 2)).toThrow(InvalidInputError);
    expect(() => clopperPearsonInterval(1, Number.NEGATIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => clopperPearsonInterval(1, 2, { confidence: 1.5 })).toThrow(InvalidInputError);
  });
});
