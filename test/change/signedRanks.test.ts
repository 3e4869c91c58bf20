// The distinct-values route of the signed-rank sums visits the same |d| groups in the same order as the sort, so
// every sum, tie term and group list is identical.
import { describe, expect, it } from 'vitest';
import { signedRankSums, sortedRankSums, type ZeroMethod } from '../../src/change/_internal/signedRanks';
import { mulberry32 } from '../_helpers/mulberry32';

describe('signedRankSums: distinct values and sort agree exactly', () => {
  const rand = mulberry32(77);
  const fewValues = Float64Array.from({ length: 4000 }, () => (Math.floor(rand() * 13) - 5) / 9);
  const withNegZero = Float64Array.from({ length: 1500 }, (_, i) => (i % 7 === 0 ? -0 : (Math.floor(rand() * 9) - 4) / 3));
  const continuous = Float64Array.from({ length: 3000 }, () => rand() - 0.4);
  it.each([
    ['few values', fewValues],
    ['with -0 and 0', withNegZero],
    ['continuous (sort path)', continuous],
  ] as const)('%s', (_, d) => {
    for (const zm of ['wilcox', 'pratt', 'zsplit'] as ZeroMethod[]) {
      expect(signedRankSums(d, zm, -1, 0, true)).toEqual(sortedRankSums(d, zm, true));
    }
  });
});
