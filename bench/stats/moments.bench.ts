// Throughput of the moments accumulator: the typed fast path, the pure fold, and merging partial states.
// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
import { bench, describe } from 'vitest';
import { moments, momentsOf, type MomentsState } from '../../src/stats/moments';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom('moments-bench');
const N = 1_000_000;
const typed = new Float64Array(N);
for (let i = 0; i < N; i++) typed[i] = 1e9 + rand();
const plain = Array.from(typed);
// receives the baseline's result so its loop is not optimised away
let _sink = 0;
const parts: MomentsState[] = [];
for (let p = 0; p < 1000; p++) parts.push(momentsOf(typed.subarray(p * 1000, (p + 1) * 1000)));

describe(`moments of ${N.toLocaleString('en-GB')} values`, () => {
  bench('momentsOf(Float64Array) — fast path, no copy', () => {
    momentsOf(typed);
  });
  bench('momentsOf(number[]) — validated copy, then the fast path', () => {
    momentsOf(plain);
  });
  bench('values.reduce(moments.add, moments.init()) — pure fold, one object per value', () => {
    plain.reduce(moments.add, moments.init());
  });
  bench('naive two-pass mean/variance loop (baseline, no validation)', () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += typed[i] as number;
    const m = s / N;
    let ss = 0;
    for (let i = 0; i < N; i++) ss += ((typed[i] as number) - m) ** 2;
    _sink += ss;
  });
});

describe('merging 1,000 partial states', () => {
  bench('parts.reduce(moments.merge, moments.init())', () => {
    parts.reduce(moments.merge, moments.init());
  });
});
