// Numerical robustness (issue 10), beyond test/property/stats/numerics.test.ts (which covers 1e7 values on a
// 1/1024 grid): sums and means of 1e7 arbitrary doubles near 1e9 against an exact BigInt reference and a
// Kahan–Babuška–Neumaier sum; the variance of values with a huge common offset (the library's shifted
// Welford/Chan updates against the textbook Σx² − n·x̄², which loses every digit there); p-values that are 0
// only where the true value is below the smallest double; and how the report prints tiny p-values.
import { describe, expect, it } from 'vitest';
import { chiSquaredSf, describe as describeValues, moments, momentsOf, normalSf, studentTSf, tInterval } from 'social-outcomes/stats';
import { pairedTTest, summarizeChange } from 'social-outcomes/change';
import { pText } from '../../src/report/_internal/renderFormat';
import { rng } from '../property/_helpers';

/** Exact Σk of non-negative integers k < 2^53 as a BigInt (split into 26-bit halves so each double partial sum stays exact). */
function exactSum(k: Float64Array): bigint {
  let total = 0n;
  for (let start = 0; start < k.length; start += 1 << 20) {
    let hi = 0, lo = 0;
    const end = Math.min(k.length, start + (1 << 20));
    for (let i = start; i < end; i++) {
      const v = k[i] as number;
      const h = Math.floor(v / 2 ** 26);
      hi += h;
      lo += v - h * 2 ** 26;
    }
    total += BigInt(hi) * 2n ** 26n + BigInt(lo);
  }
  return total;
}
/** num/den for BigInts as a double, correct to about one ulp. */
function ratio(num: bigint, den: bigint): number {
  const neg = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num, b = den < 0n ? -den : den;
  const q = Number((a << 64n) / b) / 2 ** 64;
  return neg ? -q : q;
}
/** Kahan–Babuška–Neumaier compensated sum (an independent, nearly exact reference). */
function kbnSum(x: ArrayLike<number>): number {
  let s = 0, c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('sums and means of 1e7 arbitrary doubles near 1e9', () => {
  const N = 10_000_000;
  it('momentsOf mean and sum (whole and merged) match the exact BigInt value and KBN within 1e-12 relative', () => {
    const u = rng(31);
    const x = new Float64Array(N);
    const k = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      x[i] = 1e9 + 1000 * u(); // any double in [1e9, 1e9 + 1000): a multiple of ulp(1e9) = 2^-23
      k[i] = (x[i] as number) * 2 ** 23; // exact integer < 2^53
    }
    const S = exactSum(k);
    const exactMean = ratio(S, BigInt(N) * 2n ** 23n);
    const exactTotal = ratio(S, 2n ** 23n);
    expect(rel(kbnSum(x), exactTotal)).toBeLessThanOrEqual(1e-15); // the reference itself
    const whole = momentsOf(x);
    let merged = moments.init();
    for (let c = 0; c < 8; c++) merged = moments.merge(merged, momentsOf(x.subarray((c * N) / 8, ((c + 1) * N) / 8)));
    for (const m of [whole, merged]) expect(rel(m.mean, exactMean)).toBeLessThanOrEqual(1e-12);
    expect(rel(moments.finalize(whole).sum, exactTotal)).toBeLessThanOrEqual(1e-12);
    expect(rel(moments.finalize(merged).sum, exactTotal)).toBeLessThanOrEqual(1e-12);
  });
});

describe('variance with a huge common offset', () => {
  // 2e5 values 1e12 + N(0, 1)-ish noise: ulp(1e12) = 2^-13, so x·2^13 is an exact integer and M2 is exact in BigInt
  const n = 200_000;
  const u = rng(5);
  const x = Array.from({ length: n }, () => 1e12 + (u() + u() + u() - 1.5) * 2);
  const K = x.map((v) => BigInt(v * 2 ** 13));
  const S = K.reduce((a, b) => a + b, 0n), Q = K.reduce((a, b) => a + b * b, 0n);
  const exactM2 = ratio(BigInt(n) * Q - S * S, BigInt(n) * 2n ** 26n);
  const exactVar = exactM2 / (n - 1);

  it('the textbook one-pass formula Σx² − n·x̄² is useless here (shows what the test guards against)', () => {
    let s = 0, q = 0;
    for (const v of x) { s += v; q += v * v; }
    const naive = (q - (s * s) / n) / (n - 1);
    expect(rel(naive, exactVar)).toBeGreaterThan(1e-2);
  });

  it('momentsOf and describe (which shift the data before Welford) keep the variance within 1e-12 relative at |mean|/sd = 1e12', () => {
    expect(rel(momentsOf(x).m2, exactM2)).toBeLessThanOrEqual(1e-12);
    expect(rel((describeValues(x).sd as number) ** 2, exactVar)).toBeLessThanOrEqual(1e-12);
    const ci = tInterval(x);
    const exactMean = ratio(S, BigInt(n) * 2n ** 13n);
    expect(rel(ci.estimate, exactMean)).toBeLessThanOrEqual(1e-15);
    expect(ci.lower).toBeLessThan(exactMean);
    expect(ci.upper).toBeGreaterThan(exactMean);
  });

  it('merge and a fold of add stay within the documented ε·|mean|/sd bound (the state holds the mean as a double)', () => {
    // src/stats/moments.ts remarks: the error grows like ε·|mean|/sd when the spread is tiny against the size.
    // Here |mean|/sd ≈ 1e12, so the bound is ≈ 2.2e-4; measured: merge 7.5e-9, add-fold 9.5e-6.
    const bound = Number.EPSILON * 1e12;
    const half = n / 2;
    const merged = moments.merge(momentsOf(x.slice(0, half)), momentsOf(x.slice(half)));
    expect(rel(merged.m2, exactM2)).toBeLessThanOrEqual(bound);
    const folded = x.reduce((st, v) => moments.add(st, v), moments.init());
    expect(rel(folded.m2, exactM2)).toBeLessThanOrEqual(bound);
  });

  it('for ordinary data (|mean|/sd ≤ 1e4) merge, add and momentsOf all agree with the exact M2 within 1e-12 relative', () => {
    const y = x.map((v) => v - 1e12 + 1e4); // exact shift (Sterbenz), so the exact M2 is unchanged
    const half = n / 2;
    const merged = moments.merge(momentsOf(y.slice(0, half)), momentsOf(y.slice(half)));
    const folded = y.reduce((st, v) => moments.add(st, v), moments.init());
    for (const m of [momentsOf(y), merged, folded]) expect(rel(m.m2, exactM2)).toBeLessThanOrEqual(1e-12);
  });

  it('summarizeChange on scores with a 1e12 offset gives the same change SD as without the offset', () => {
    const pre = x.slice(0, 1000), post = pre.map((v, i) => v + ((i * 37) % 11) - 5);
    const a = summarizeChange(pre, post);
    const b = summarizeChange(pre.map((v) => v - 1e12), post.map((v) => v - 1e12));
    // subtracting 1e12 is exact (Sterbenz), so the two inputs hold identical differences
    expect(rel(a.change.sd as number, b.change.sd as number)).toBeLessThanOrEqual(1e-9);
  });
});

/** ln Γ by Lanczos (g = 7, n = 9): an independent reference for the t tail below. */
function lnGamma(z: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  z -= 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const LN_MIN_DOUBLE = Math.log(5e-324); // ≈ −744.44

describe('p-values are 0 only where the true value underflows', () => {
  it('normalSf over z ∈ [5, 40]: positive and within 1e-6 relative of the Mills-ratio series while representable; 0 only below 5e-324', () => {
    for (let z = 5; z <= 40; z += 0.05) {
      // Q(z) = φ(z)/z · (1 − 1/z² + 3/z⁴ − 15/z⁶ + 105/z⁸): truncation error < 945/z¹⁰ ≈ 1e-4 at z = 5, 1e-8 at z = 10
      const lnQ = -0.5 * z * z - Math.log(z * Math.sqrt(2 * Math.PI)) + Math.log(1 - 1 / z ** 2 + 3 / z ** 4 - 15 / z ** 6 + 105 / z ** 8);
      const p = normalSf(z);
      if (lnQ > LN_MIN_DOUBLE + 1) expect(p, `z = ${z}`).toBeGreaterThan(0);
      if (lnQ < LN_MIN_DOUBLE - 1) expect(p, `z = ${z}`).toBe(0);
      if (z >= 10 && lnQ > Math.log(1e-300)) expect(rel(p, Math.exp(lnQ)), `z = ${z}`).toBeLessThanOrEqual(1e-6);
    }
  });

  it('studentTSf(t, 29) over t up to 1e14 follows the power-law tail and is 0 only below 5e-324', () => {
    const nu = 29;
    // density ~ Γ((ν+1)/2)/(√(νπ) Γ(ν/2)) · ν^((ν+1)/2) · t^−(ν+1), so P(T > t) = that constant / ν · t^−ν · (1 + O(ν/t²))
    const lnC = lnGamma((nu + 1) / 2) - lnGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) + ((nu + 1) / 2) * Math.log(nu) - Math.log(nu);
    for (let e = 4; e <= 14; e += 0.25) {
      const t = 10 ** e;
      const lnP = lnC - nu * Math.log(t);
      const p = studentTSf(t, nu);
      if (lnP > LN_MIN_DOUBLE + 1) expect(p, `t = 1e${e}`).toBeGreaterThan(0);
      if (lnP < LN_MIN_DOUBLE - 1) expect(p, `t = 1e${e}`).toBe(0);
      if (lnP > Math.log(1e-300)) expect(rel(p, Math.exp(lnP)), `t = 1e${e}`).toBeLessThanOrEqual(1e-5);
    }
  });

  it('chiSquaredSf(x, 1) = 2·normalSf(√x) far into the tail', () => {
    for (const x of [100, 400, 900, 1300, 1400]) expect(rel(chiSquaredSf(x, 1), 2 * normalSf(Math.sqrt(x)))).toBeLessThanOrEqual(1e-10);
  });

  it('pairedTTest: an overwhelming change gives p > 0 when the true p is representable', () => {
    const pre = Array.from({ length: 30 }, (_, i) => 10 + (i % 7));
    const post = pre.map((x, i) => x + 5 + ((i * 13) % 10) / 1e6); // t ≈ 1.7e6, true p ≈ 1e-170
    const r = pairedTTest(pre, post);
    expect(r.statistic).toBeGreaterThan(1e6);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(1e-150);
  });
});

describe('how the report prints p-values', () => {
  it('pText prints every p below 0.001, including a p that underflowed to 0, as "<0.001", never as 0', () => {
    for (const p of [0, 5e-324, 1e-300, 1e-20, 0.000999]) expect(pText(p)).toBe('<0.001');
    expect(pText(0.001)).toBe('0.001');
    expect(pText(0.04999)).toBe('0.050');
    expect(pText(null)).toBe('–');
  });
});
