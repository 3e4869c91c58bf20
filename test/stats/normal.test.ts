import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('normal distribution', () => {
  distributionSuite(
    ['normalPdf', 'normalCdf', 'normalSf', 'normalQuantile'],
    [
      ['normalCdf', [NaN, 0, 1]], ['normalSf', [0, 0, 0]], ['normalPdf', [0, 0, -1]], ['normalCdf', [0, Infinity, 1]],
      ['normalCdf', [0, 0, Infinity]], ['normalQuantile', [-0.1, 0, 1]], ['normalQuantile', [1.1, 0, 1]], ['normalQuantile', [NaN, 0, 1]],
    ],
    [
      ['normalCdf', [-Infinity, 0, 1], 0], ['normalCdf', [Infinity, 0, 1], 1], ['normalSf', [Infinity, 0, 1], 0],
      ['normalPdf', [Infinity, 0, 1], 0], ['normalQuantile', [0, 0, 1], -Infinity], ['normalQuantile', [1, 0, 1], Infinity],
      ['normalQuantile', [0.5, 3, 2], 3], ['normalCdf', [3, 3, 2], 0.5],
    ],
  );
});
