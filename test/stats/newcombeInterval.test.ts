import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { newcombeInterval } from '../../src/stats/newcombeInterval';
import { normalQuantile } from '../../src/stats/normal';
import { wilsonInterval } from '../../src/stats/wilsonInterval';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

const Case = z.object({
  x1: z.number(),
  n1: z.number(),
  x2: z.number(),
  n2: z.number(),
  confidence: z.number(),
  estimate: z.number(),
  epiLower: z.number(),
  epiUpper: z.number(),
  lower: z.number(),
  upper: z.number(),
  lowerCc: z.number(),
  upperCc: z.number(),
});
const r = loadFixture('stats/newcombeInterval/r.json', Case);

// Newcombe RG (1998b), Statistics in Medicine 17:873–890, Table II: 95% intervals for p1 − p2 from eight
// examples, to four decimals. Method 10 (score, no correction) for all eight; method 11 (with continuity
// correction) for (a), (b) and (g), as reproduced by the WUSS 2016 paper "Confidence intervals for the
// difference of two proportions" (lexjansen.com/wuss/2016/127_Final_Paper_PDF.pdf, p. 9), which also gives the
// HIV-trial example 84/101 − 89/105.
const table2: Array<[string, number, number, number, number, number, number]> = [
  ['(a)', 56, 70, 48, 80, 0.0524, 0.3339],
  ['(b)', 9, 10, 3, 10, 0.1705, 0.809],
  ['(c)', 6, 7, 2, 7, 0.0582, 0.8062],
  ['(d)', 5, 56, 0, 29, -0.0381, 0.1926],
  ['(e)', 0, 10, 0, 20, -0.1611, 0.2775],
  ['(f)', 0, 10, 0, 10, -0.2775, 0.2775],
  ['(g)', 10, 10, 0, 20, 0.6791, 1.0],
  ['(h)', 10, 10, 0, 10, 0.6075, 1.0],
];
const table2cc: Array<[string, number, number, number, number, number, number]> = [
  ['(a)', 56, 70, 48, 80, 0.0428, 0.3422],
  ['(b)', 9, 10, 3, 10, 0.1013, 0.8387],
  ['(g)', 10, 10, 0, 20, 0.6014, 1.0],
  ['HIV trial', 84, 101, 89, 105, -0.1245, 0.0918],
];

describe('newcombeInterval: Newcombe (1998b) Table II', () => {
  for (const [row, x1, n1, x2, n2, lo, hi] of table2) {
    it(`method 10 ${row} ${x1}/${n1} − ${x2}/${n2} → (${lo}, ${hi})`, () => {
      const ci = newcombeInterval(x1, n1, x2, n2);
      // published to 4 decimals: agreement means |difference| ≤ 5e-5
      expectClose(ci.lower, lo, { rtol: 0, atol: 5e-5, label: `${row} lower` });
      expectClose(ci.upper, hi, { rtol: 0, atol: 5e-5, label: `${row} upper` });
      expectClose(ci.estimate, x1 / n1 - x2 / n2, { rtol: 1e-15 });
      expect(ci.method).toBe('newcombe-hybrid-score');
    });
  }
  for (const [row, x1, n1, x2, n2, lo, hi] of table2cc) {
    it(`method 11 ${row} ${x1}/${n1} − ${x2}/${n2} → (${lo}, ${hi})`, () => {
      const ci = newcombeInterval(x1, n1, x2, n2, { correction: true });
      expectClose(ci.lower, lo, { rtol: 0, atol: 5e-5, label: `${row} lower` });
      expectClose(ci.upper, hi, { rtol: 0, atol: 5e-5, label: `${row} upper` });
      expect(ci.method).toBe('newcombe-hybrid-score-cc');
    });
  }
  it('HIV trial 84/101 − 89/105, method 10 → (−0.1177, 0.0851)', () => {
    const ci = newcombeInterval(84, 101, 89, 105);
    expectClose(ci.lower, -0.1177, { rtol: 0, atol: 5e-5 });
    expectClose(ci.upper, 0.0851, { rtol: 0, atol: 5e-5 });
  });
  it('equity notes appendix: 56/70 vs 48/80 → d = 0.200, (0.052431, 0.333873)', () => {
    const ci = newcombeInterval(56, 70, 48, 80);
    expectClose(ci.lower, 0.052431, { rtol: 0, atol: 5e-7 });
    expectClose(ci.upper, 0.333873, { rtol: 0, atol: 5e-7 });
  });
});

describe('newcombeInterval against R 4.2.2 (stats/newcombeInterval/r.json)', () => {
  it(`${r.cases.length} cases: Epi::ci.pd (method 10), and the R transcription of methods 10 and 11`, () => {
    expect(r.cases.length).toBeGreaterThanOrEqual(200);
    for (const c of r.cases) {
      const label = `${c.x1}/${c.n1} − ${c.x2}/${c.n2} at ${c.confidence}`;
      const plain = newcombeInterval(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
      const cc = newcombeInterval(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence, correction: true });
      expect(plain.estimate).toBe(c.estimate);
      // Limits of a difference live on [−1, 1], so an absolute floor is the natural scale. Against the R
      // transcription of Newcombe's printed formulas: 1e-12 relative or 1e-14 absolute (their Wilson lower limit
      // loses a few digits to cancellation when x ≪ n). Epi::ci.pd solves the quadratic with the discriminant
      // B² − 4AC formed by subtraction, which loses about ε·4/√D absolute, D = (z²/n)(4p̂q̂ + z²/n): up to ~1e-10 at
      // n = 10⁶, so its comparison gets that floor (measured worst: 4.5e-11 at 999999/10⁶ − 1/10⁶).
      const z = normalQuantile((1 + c.confidence) / 2);
      const disc = (x: number, n: number) => ((z * z) / n) * ((4 * x * (n - x)) / (n * n) + (z * z) / n);
      const epiFloor = 1e-14 + (16 * Number.EPSILON) / Math.sqrt(Math.min(disc(c.x1, c.n1), disc(c.x2, c.n2)));
      for (const [got, want, what, atol] of [
        [plain.lower, c.epiLower, 'Epi lower', epiFloor],
        [plain.upper, c.epiUpper, 'Epi upper', epiFloor],
        [plain.lower, c.lower, 'method 10 lower', 1e-14],
        [plain.upper, c.upper, 'method 10 upper', 1e-14],
        [cc.lower, c.lowerCc, 'method 11 lower', 1e-14],
        [cc.upper, c.upperCc, 'method 11 upper', 1e-14],
      ] as const) {
        expectClose(got, want, { rtol: 1e-12, atol, label: `${label} ${what}` });
      }
    }
  });
});

describe('newcombeInterval behaviour and validation', () => {
  it('returns both Wilson intervals it was built from, and stays within [−1, 1]', () => {
    const ci = newcombeInterval(3, 9, 7, 8, { confidence: 0.99, correction: true });
    expect(ci.proportion1).toEqual(wilsonInterval(3, 9, { confidence: 0.99, correction: true }));
    expect(ci.proportion2).toEqual(wilsonInterval(7, 8, { confidence: 0.99, correction: true }));
    for (const [x1, n1, x2, n2] of [[1, 1, 0, 1], [0, 1, 1, 1], [1000000, 1000000, 0, 1000000]] as const) {
      const d = newcombeInterval(x1, n1, x2, n2, { confidence: 0.999, correction: true });
      expect(d.lower).toBeGreaterThanOrEqual(-1);
      expect(d.upper).toBeLessThanOrEqual(1);
      expect(d.lower).toBeLessThanOrEqual(d.estimate);
      expect(d.upper).toBeGreaterThanOrEqual(d.estimate);
    }
  });
  it('swapping the groups mirrors the interval', () => {
    const a = newcombeInterval(12, 40, 30, 50);
    const b = newcombeInterval(30, 50, 12, 40);
    expectClose(a.lower, -b.upper, { rtol: 1e-15 });
    expectClose(a.upper, -b.lower, { rtol: 1e-15 });
  });
  it('throws typed errors naming the field', () => {
    expect(() => newcombeInterval(0, 0, 1, 10)).toThrow(InsufficientDataError);
    expect(() => newcombeInterval(1, 10, 0, 0)).toThrow(InsufficientDataError);
    expect(() => newcombeInterval(1, 10, 11, 10)).toThrow(/newcombeInterval requires x2 <= n2 \(got x2 = 11, n2 = 10\) → at x2/);
    expect(() => newcombeInterval(Number.NaN, 10, 1, 10)).toThrow(InvalidInputError);
    expect(() => newcombeInterval(1, 10, 1, Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => newcombeInterval(1, 10, -1, 10)).toThrow(InvalidInputError);
    expect(() => newcombeInterval(1, 10, 1, 10, { confidence: 2 })).toThrow(InvalidInputError);
    expect(() => newcombeInterval(1, 10, 1, 10, { correction: 1 as unknown as boolean })).toThrow(InvalidInputError);
  });
});
