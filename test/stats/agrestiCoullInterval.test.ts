import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { agrestiCoullInterval } from '../../src/stats/agrestiCoullInterval';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  x: z.number(),
  n: z.number(),
  confidence: z.number(),
  lowerUnclamped: z.number(),
  upperUnclamped: z.number(),
  lower: z.number(),
  upper: z.number(),
});
const r = loadFixture('stats/agrestiCoullInterval/r.json', Case);

describe('agrestiCoullInterval against the R 4.2.2 hand formula (stats/agrestiCoullInterval/r.json)', () => {
  it(`${r.cases.length} cases, x = 0, 1, n − 1, n, …; n = 1…10⁶; clamped to [0, 1]`, () => {
    let clampedSeen = 0;
    for (const c of r.cases) {
      const got = agrestiCoullInterval(c.x, c.n, { confidence: c.confidence });
      const label = `${c.x}/${c.n} at ${c.confidence}`;
      // Same closed form; the only difference is 1 − p̃ computed as (n − x + z²/2)/ñ here (exact complement), so
      // p̃ ± h differ by a few ulps of p̃. Limits near 0 are compared with an absolute 1e-15 on the [0, 1] scale.
      expectClose(got.lower, c.lower, { rtol: 1e-12, atol: 1e-15, label: `${label} lower` });
      expectClose(got.upper, c.upper, { rtol: 1e-12, atol: 1e-15, label: `${label} upper` });
      if (c.lowerUnclamped < 0 || c.upperUnclamped > 1) clampedSeen++;
    }
    expect(clampedSeen).toBeGreaterThan(10);
  });
});

describe('agrestiCoullInterval: published values and behaviour', () => {
  it('equity notes appendix (scipy 1.17.1 computation): 7/50 → (0.0663743435, 0.2649959279)', () => {
    const ci = agrestiCoullInterval(7, 50);
    expectClose(ci.lower, 0.0663743435, { rtol: 0, atol: 5e-11 });
    expectClose(ci.upper, 0.2649959279, { rtol: 0, atol: 5e-11 });
    expect(ci.estimate).toBe(0.14);
  });
  it('RSurveillance::binom.agresti documented example output: x/200 at 95% (R prints 7 significant digits)', () => {
    // https://rdrr.io/cran/RSurveillance/man/binom.agresti.html, "Example output"; values below 1 printed to 7
    // significant digits are within 5e-8 of the exact value
    const published: Array<[number, number, number]> = [
      [25, 0.08558957, 0.1785444],
      [10, 0.0262681, 0.09069269],
      [20, 0.06500984, 0.15006642],
      [30, 0.10670629, 0.20648544],
      [40, 0.15016868, 0.26113852],
      [50, 0.19489935, 0.31452332],
    ];
    for (const [x, lo, hi] of published) {
      const ci = agrestiCoullInterval(x, 200);
      expectClose(ci.lower, lo, { rtol: 0, atol: 5e-8, label: `${x}/200 lower` });
      expectClose(ci.upper, hi, { rtol: 0, atol: 5e-8, label: `${x}/200 upper` });
    }
  });
  it('clamps to [0, 1] where the formula overshoots (x = 0 and x = n)', () => {
    expect(agrestiCoullInterval(0, 20).lower).toBe(0);
    expect(agrestiCoullInterval(20, 20).upper).toBe(1);
    expect(agrestiCoullInterval(0, 20).upper).toBeGreaterThan(0.1);
  });
  it('throws typed errors on bad input', () => {
    expect(() => agrestiCoullInterval(0, 0)).toThrow(InsufficientDataError);
    expect(() => agrestiCoullInterval(5, 4)).toThrow(InvalidInputError);
    expect(() => agrestiCoullInterval(Number.NaN, 4)).toThrow(InvalidInputError);
    expect(() => agrestiCoullInterval(1, Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => agrestiCoullInterval(1, 4, { confidence: 0 })).toThrow(InvalidInputError);
  });
});
