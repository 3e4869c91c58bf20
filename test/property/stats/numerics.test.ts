// Numerical robustness (issue 10): 1e7 values of similar size (1e9 + noise) through momentsOf/merge and
// changeAggregate agree with an exact BigInt reference within 1e-12 relative; p-values are not rounded to 0
// before they truly underflow (the kernel computes upper tails directly, never as 1 − CDF).
import { describe, expect, it } from 'vitest';
import { moments, momentsOf, normalSf, studentTSf, chiSquaredSf } from 'social-outcomes/stats';
import { changeAggregate, pairedTTest } from 'social-outcomes/change';
import { rng } from '../_helpers';

const N = 10_000_000;

/** num/den for BigInts as a double, correct to about one ulp (scaled by 2^64 before the integer division). */
function ratio(num: bigint, den: bigint): number {
  const neg = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num, b = den < 0n ? -den : den;
  const q = Number((a << 64n) / b) / 2 ** 64;
  return neg ? -q : q;
}

/** Exact Σk and Σk² of integers |k| ≤ 2^19 (chunks of 2^14 keep each double partial sum exact). */
function exactSums(k: Int32Array): { s: bigint; q: bigint } {
  let s = 0n, q = 0n;
  for (let start = 0; start < k.length; start += 1 << 14) {
    let cs = 0, cq = 0;
    const end = Math.min(k.length, start + (1 << 14));
    for (let i = start; i < end; i++) { const v = k[i] as number; cs += v; cq += v * v; }
    s += BigInt(cs);
    q += BigInt(cq);
  }
  return { s, q };
}

describe('sums of 1e7 values of similar size', () => {
  it('momentsOf (whole and merged from 10 chunks) matches the exact mean and M2 of 1e9 + k/1024 within 1e-12 relative', () => {
    const u = rng(7);
    const k = new Int32Array(N);
    const x = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      k[i] = Math.floor(u() * 2 ** 20) - 2 ** 19;
      x[i] = 1e9 + (k[i] as number) / 1024; // exact: ulp(1e9) = 2^-23
    }
    const { s, q } = exactSums(k);
    const n = BigInt(N);
    const exactMean = 1e9 + ratio(s, 1024n * n);
    const exactM2 = ratio(n * q - s * s, 1024n * 1024n * n);
    const whole = momentsOf(x);
    let merged = moments.init();
    for (let c = 0; c < 10; c++) merged = moments.merge(merged, momentsOf(x.subarray(c * (N / 10), (c + 1) * (N / 10))));
    for (const m of [whole, merged]) {
      expect(m.n).toBe(N);
      // 1e-12 relative is the bound; Welford/Chan updates keep it (a naive Σx² − n·mean² would lose all digits here)
      expect(Math.abs(m.mean - exactMean) / exactMean).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(m.m2 - exactM2) / exactM2).toBeLessThanOrEqual(1e-12);
    }
    const fin = moments.finalize(merged);
    expect(Math.abs(fin.sum - (1e9 * N + ratio(s, 1024n))) / (1e9 * N)).toBeLessThanOrEqual(1e-12);
  });

  // changeAggregate keeps an exact frequency table (a Map insert per pair, about 1 µs): 2e6 pairs in `npm test`,
  // 1e7 with NUMERICS_FULL=1
  const NC = process.env['NUMERICS_FULL'] === '1' ? N : 2_000_000;
  it(`changeAggregate over ${NC} pairs near 1e9 matches the exact mean change and mean pre score within 1e-12 relative`, () => {
    const N = NC;
    const u = rng(11);
    const pre = new Float64Array(N), post = new Float64Array(N);
    const a = new Int32Array(N), d = new Int32Array(N);
    for (let i = 0; i < N; i++) {
      a[i] = Math.floor(u() * 1000);
      d[i] = Math.floor(u() * 101) - 50;
      pre[i] = 1e9 + (a[i] as number) / 1024;
      post[i] = (pre[i] as number) + (d[i] as number) / 1024;
    }
    const agg = changeAggregate();
    const half = N / 2;
    const state = agg.merge(agg.stateOf(pre.subarray(0, half), post.subarray(0, half)), agg.stateOf(pre.subarray(half), post.subarray(half)));
    expect(state.n).toBe(N);
    const r = agg.finalize(state);
    const sd = exactSums(d).s, sa = exactSums(a).s, n = BigInt(N);
    const exactChange = ratio(sd, 1024n * n);
    const exactPre = 1e9 + ratio(sa, 1024n * n);
    expect(Math.abs((r.change.mean as number) - exactChange) / Math.abs(exactChange)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs((r.pre.mean as number) - exactPre) / exactPre).toBeLessThanOrEqual(1e-12);
  });
});

describe('p-values are not rounded to 0 before they underflow', () => {
  it('upper tails keep relative precision far out (the convention: a p-value is 0 only below the smallest double, ~4.9e-324)', () => {
    // normal: Q(37) = 5.725571e-300 (Mills-ratio asymptotics); Q(38) ≈ 2.9e-316 is subnormal but not 0
    expect(normalSf(37)).toBeGreaterThan(5.7e-300);
    expect(normalSf(37)).toBeLessThan(5.75e-300);
    expect(normalSf(38)).toBeGreaterThan(0);
    expect(normalSf(39)).toBe(0); // true value ≈ 8e-334: below the smallest double, a genuine underflow
    // t with 5 df: P(T > 1e60) ≈ 1e-300·c (power law), far below 1 − CDF's resolution
    expect(studentTSf(1e60, 5)).toBeGreaterThan(0);
    expect(chiSquaredSf(1300, 1)).toBeGreaterThan(0);
  });

  it('pairedTTest reports a tiny but non-zero p-value for an overwhelming change', () => {
    const pre = Array.from({ length: 30 }, (_, i) => 10 + (i % 3));
    const post = pre.map((x, i) => x + 20 + ((i * 7) % 5) / 100);
    const r = pairedTTest(pre, post);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThan(1e-40);
    expect(r.pValue).toBe(2 * studentTSf(Math.abs(r.statistic), r.df));
  });
});
