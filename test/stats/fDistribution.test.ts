import { describe } from 'vitest';
import { distributionSuite } from './_helpers/distributionFixtures';

describe('F distribution', () => {
  distributionSuite(
    ['fCdf', 'fSf', 'fQuantile'],
    [
      ['fCdf', [NaN, 2, 3]], ['fCdf', [1, 0, 3]], ['fSf', [1, 2, -3]], ['fSf', [1, NaN, 3]],
      ['fQuantile', [-0.1, 2, 3]], ['fQuantile', [1.5, 2, 3]], ['fQuantile', [0.5, 2, 0]],
    ],
    [
      ['fCdf', [0, 2, 3], 0], ['fCdf', [Infinity, 2, 3], 1], ['fSf', [0, 2, 3], 1], ['fSf', [Infinity, 2, 3], 0],
      ['fQuantile', [0, 2, 3], 0], ['fQuantile', [1, 2, 3], Infinity],
    ],
  );
});
