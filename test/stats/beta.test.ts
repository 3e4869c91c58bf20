import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('beta distribution', () => {
  distributionSuite(
    ['betaCdf', 'betaSf', 'betaQuantile'],
    [
      ['betaCdf', [NaN, 2, 3]], ['betaCdf', [0.5, 0, 3]], ['betaSf', [0.5, 2, -1]], ['betaSf', [0.5, Infinity, 3]],
      ['betaQuantile', [-0.1, 2, 3]], ['betaQuantile', [1.1, 2, 3]], ['betaQuantile', [NaN, 2, 3]],
    ],
    [
      ['betaCdf', [0, 2, 3], 0], ['betaCdf', [1, 2, 3], 1], ['betaSf', [0, 2, 3], 1], ['betaSf', [1, 2, 3], 0],
      ['betaQuantile', [0, 2, 3], 0], ['betaQuantile', [1, 2, 3], 1], ['betaCdf', [0.5, 4, 4], 0.5],
    ],
  );
});
