import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('Poisson distribution', () => {
  distributionSuite(
    ['poissonPmf', 'poissonCdf', 'poissonSf'],
    [
      ['poissonPmf', [NaN, 2]], ['poissonCdf', [1, -1]], ['poissonSf', [1, Infinity]], ['poissonSf', [1, NaN]],
    ],
    [
      ['poissonPmf', [0, 0], 1], ['poissonPmf', [1, 0], 0], ['poissonPmf', [1.5, 2], 0], ['poissonPmf', [-1, 2], 0],
      ['poissonCdf', [-1, 2], 0], ['poissonCdf', [Infinity, 2], 1], ['poissonSf', [-1, 2], 1], ['poissonSf', [Infinity, 2], 0],
    ],
  );
});
