import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('binomial distribution', () => {
  distributionSuite(
    ['binomialPmf', 'binomialCdf', 'binomialSf'],
    [
      ['binomialPmf', [NaN, 10, 0.5]], ['binomialCdf', [3, 10.5, 0.5]], ['binomialCdf', [3, -1, 0.5]],
      ['binomialSf', [3, 10, 1.2]], ['binomialSf', [3, 10, -0.1]], ['binomialPmf', [3, 10, NaN]],
    ],
    [
      ['binomialPmf', [2.5, 10, 0.5], 0], ['binomialPmf', [11, 10, 0.5], 0], ['binomialCdf', [-1, 10, 0.5], 0],
      ['binomialCdf', [10, 10, 0.5], 1], ['binomialCdf', [Infinity, 10, 0.5], 1], ['binomialSf', [-Infinity, 10, 0.5], 1],
      ['binomialSf', [10, 10, 0.5], 0], ['binomialPmf', [0, 10, 0], 1], ['binomialPmf', [10, 10, 1], 1],
    ],
  );
});
