import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('chi-squared distribution', () => {
  distributionSuite(
    ['chiSquaredCdf', 'chiSquaredSf', 'chiSquaredQuantile'],
    [
      ['chiSquaredCdf', [NaN, 2]], ['chiSquaredCdf', [1, 0]], ['chiSquaredSf', [1, -1]], ['chiSquaredSf', [1, Infinity]],
      ['chiSquaredQuantile', [-0.5, 2]], ['chiSquaredQuantile', [2, 2]], ['chiSquaredQuantile', [NaN, 2]],
    ],
    [
      ['chiSquaredCdf', [0, 3], 0], ['chiSquaredCdf', [-1, 3], 0], ['chiSquaredCdf', [Infinity, 3], 1],
      ['chiSquaredSf', [0, 3], 1], ['chiSquaredSf', [Infinity, 3], 0],
      ['chiSquaredQuantile', [0, 3], 0], ['chiSquaredQuantile', [1, 3], Infinity],
    ],
  );
});
