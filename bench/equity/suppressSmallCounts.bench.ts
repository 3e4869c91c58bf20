// Disclosure control at the sizes a report or a publication table reaches: a one-way table of 4,000 small counts
// (one per provider of a portfolio of one-client providers), a 200 × 19 two-way table (areas × ethnic groups), and
// the seeded generator every Monte-Carlo p-value and bootstrap draws from.
// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
import { bench, describe } from 'vitest';
import { suppressSmallCounts } from '../../src/equity/suppressSmallCounts';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom('suppression-bench');
const oneWay = Array.from({ length: 4000 }, () => 1 + Math.floor(rand() * 3));
const twoWay = Array.from({ length: 200 }, () => Array.from({ length: 19 }, () => Math.floor(rand() ** 3 * 60)));
let sink = 0;

describe('suppressSmallCounts', () => {
  bench('one-way, 4,000 cells of 1–3 (every cell primary)', () => {
    sink += suppressSmallCounts(oneWay).nSuppressed.primary;
  });
  bench('two-way, 200 × 19 cells (about 1,100 primary)', () => {
    sink += suppressSmallCounts(twoWay).nSuppressed.secondary;
  }, { iterations: 5 });
});

describe('seededRandom', () => {
  const next = seededRandom(42);
  bench('1,000,000 draws', () => {
    let s = 0;
    for (let i = 0; i < 1_000_000; i++) s += next();
    sink += s;
  });
});

export { sink };
