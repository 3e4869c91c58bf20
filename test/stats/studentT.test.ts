import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('Student t distribution', () => {
  distributionSuite(
    ['studentTCdf', 'studentTSf', 'studentTQuantile'],
    [
      ['studentTCdf', [NaN, 5]], ['studentTCdf', [1, 0]], ['studentTSf', [1, -2]], ['studentTSf', [1, NaN]],
      ['studentTQuantile', [-0.01, 5]], ['studentTQuantile', [1.01, 5]], ['studentTQuantile', [0.5, 0]],
    ],
    [
      ['studentTCdf', [-Infinity, 3], 0], ['studentTCdf', [Infinity, 3], 1], ['studentTCdf', [0, 7.5], 0.5],
      ['studentTSf', [Infinity, 3], 0], ['studentTQuantile', [0, 4], -Infinity], ['studentTQuantile', [1, 4], Infinity],
      ['studentTQuantile', [0.5, 4], 0],
    ],
  );
});
