// Counting distinct values, as the rank statistics, quartiles, counted groups and the report's pair store do:
// 1,048,576 Outcomes Star scores (1–10), change scores (−9..9), SWEMWBS-like scores and whole numbers 0–4095.
// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
import { bench, describe } from 'vitest';
import { DistinctValues } from '../../src/_internal/distinctValues';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom('distinct-values-bench');
const N = 1 << 20;
const column = (f: (u: number) => number): Float64Array => Float64Array.from({ length: N }, () => f(rand()));
const sets: Record<string, Float64Array> = {
  'Star scores 1–10': column((u) => 1 + Math.floor(u * 10)),
  'change scores −9..9': column((u) => Math.floor(u * 19) - 9),
  'SWEMWBS-like metric scores (29 values)': column((u) => 7 + Math.floor(u * 29) * 0.97),
  'whole numbers 0–4095': column((u) => Math.floor(u * 4096)),
};
let sink = 0;

describe(`DistinctValues over ${N.toLocaleString('en-GB')} values`, () => {
  for (const [name, x] of Object.entries(sets)) {
    bench(name, () => {
      const d = new DistinctValues(100_000);
      d.addAll(x);
      sink += d.size;
    });
  }
});

export { sink };
