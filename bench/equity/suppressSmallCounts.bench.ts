// Disclosure control at the sizes a report or a publication table reaches: a one-way table of 4,000 small counts
// (one per provider of a portfolio of one-client providers), two-way tables of areas × ethnic groups (200, 640 and
// 2,000 areas, e.g. a city's LSOAs or a county's output areas; one published rounded to 5), and the seeded
// generator every Monte-Carlo p-value and bootstrap draws from.
// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
import { bench, describe } from 'vitest';
import { suppressSmallCounts } from '../../src/equity/suppressSmallCounts';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom('suppression-bench');
const oneWay = Array.from({ length: 4000 }, () => 1 + Math.floor(rand() * 3));
const twoWay = Array.from({ length: 200 }, () => Array.from({ length: 19 }, () => Math.floor(rand() ** 3 * 60)));
const lsoas = Array.from({ length: 640 }, () => Array.from({ length: 19 }, () => Math.floor(rand() ** 3 * 60)));
const outputAreas = Array.from({ length: 2000 }, () => Array.from({ length: 19 }, () => Math.floor(rand() ** 3 * 60)));
const rounded = Array.from({ length: 120 }, () => Array.from({ length: 40 }, () => Math.floor(rand() ** 2.5 * 60)));
let sink = 0;

describe('suppressSmallCounts', () => {
  bench('one-way, 4,000 cells of 1–3 (every cell primary)', () => {
    sink += suppressSmallCounts(oneWay).nSuppressed.primary;
  });
  bench('two-way, 200 × 19 cells (about 1,100 primary)', () => {
    sink += suppressSmallCounts(twoWay).nSuppressed.secondary;
  }, { iterations: 5 });
  bench('two-way, 640 × 19 cells (about 3,600 primary)', () => {
    sink += suppressSmallCounts(lsoas).nSuppressed.secondary;
  }, { iterations: 3 });
  bench('two-way, 2,000 × 19 cells (a county’s output areas; about 11,000 primary)', () => {
    sink += suppressSmallCounts(outputAreas).nSuppressed.secondary;
  }, { iterations: 3 });
  bench('two-way, 120 × 40 cells rounded to 5 (every published cell known only to ±2)', () => {
    sink += suppressSmallCounts(rounded, { rounding: 'nearest-5' }).nSuppressed.secondary;
  }, { iterations: 3 });
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
