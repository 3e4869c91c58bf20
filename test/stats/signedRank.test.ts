import { describe, expect, it } from 'vitest';
import { signedRankPmf } from '../../src/stats';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('Wilcoxon signed-rank null distribution', () => {
  distributionSuite(
    ['signedRankPmf', 'signedRankCdf', 'signedRankSf'],
    [
      ['signedRankPmf', [NaN, 10]], ['signedRankCdf', [3, 10.5]], ['signedRankCdf', [3, -1]], ['signedRankSf', [3, 1001]],
    ],
    [
      ['signedRankPmf', [0, 0], 1], ['signedRankPmf', [2.5, 5], 0], ['signedRankPmf', [16, 5], 0],
      ['signedRankCdf', [-1, 5], 0], ['signedRankCdf', [15, 5], 1], ['signedRankSf', [15, 5], 0],
      ['signedRankPmf', [0, 3], 0.125], ['signedRankPmf', [3, 3], 0.25],
    ],
  );

  it('the probabilities of n = 20 sum to 1 and are symmetric about n(n+1)/4', () => {
    const n = 20;
    const max = (n * (n + 1)) / 2;
    let total = 0;
    for (let v = 0; v <= max; v++) {
      total += signedRankPmf(v, n);
      expect(signedRankPmf(v, n)).toBe(signedRankPmf(max - v, n));
    }
    expect(Math.abs(total - 1)).toBeLessThan(1e-14);
  });
});
