import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chiSquaredIndependence } from '../../src/stats/chiSquaredIndependence';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { deepFreeze } from '../_helpers/deepFreeze';

// Issue 5 acceptance: relative error ≤ 1e-10. X² is a short sum; the p-value inherits the χ² survival
// function's accuracy (≤ 1e-12 relative in the body, 1e-9 in far tails per the kernel's own acceptance),
// so deep-tail p-values get 1e-9.
const RTOL = 1e-10;
const Matrix = z.array(z.array(z.number()));

describe('chiSquaredIndependence vs R chisq.test(matrix)', () => {
  const fx = loadFixture(
    'stats/chiSquaredIndependence/r.json',
    z.object({ table: Matrix, correction: z.boolean(), statistic: z.number(), df: z.number(), pValue: z.number(), expected: Matrix, residuals: Matrix, stdres: Matrix, smallExpected: z.boolean() }),
  );
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = chiSquaredIndependence(c.table, { correction: c.correction });
    const label = `case ${i}`;
    expectClose(r.statistic, c.statistic, { rtol: RTOL, atol: 1e-13, label: `${label} X²` });
    expect(r.df).toBe(c.df);
    expectClose(r.pValue, c.pValue, { rtol: c.pValue < 1e-100 ? 1e-9 : RTOL, label: `${label} p` });
    r.expected.forEach((row, k) => expectClose(row, c.expected[k] as number[], { rtol: 1e-13, label: `${label} E[${k}]` }));
    // Residuals near zero: O − E is exact to an ulp of E, so compare with an absolute floor at that scale.
    r.residuals.forEach((row, k) => expectClose(row, c.residuals[k] as number[], { rtol: 1e-12, atol: 1e-12, label: `${label} residuals[${k}]` }));
    r.stdres.forEach((row, k) => expectClose(row, c.stdres[k] as number[], { rtol: 1e-12, atol: 1e-12, label: `${label} stdres[${k}]` }));
    expect(r.smallExpectedCells > 0).toBe(c.smallExpected);
    expect(r.warnings.length > 0).toBe(c.smallExpected);
  });
});

describe('chiSquaredIndependence vs scipy chi2_contingency', () => {
  const fx = loadFixture(
    'stats/chiSquaredIndependence/scipy.json',
    z.object({ table: Matrix, correction: z.boolean(), statistic: z.number(), df: z.number(), pValue: z.number(), expected: Matrix }),
  );
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = chiSquaredIndependence(c.table, { correction: c.correction });
    expectClose(r.statistic, c.statistic, { rtol: RTOL, atol: 1e-13, label: `case ${i} X²` });
    expect(r.df).toBe(c.df);
    expectClose(r.pValue, c.pValue, { rtol: RTOL, label: `case ${i} p` });
  });
});

describe('chiSquaredIndependence', () => {
  it('Yates only for 2×2, bounded by |O − E|', () => {
    expect(chiSquaredIndependence([[12, 5], [7, 16]]).correctionApplied).toBe(true);
    expect(chiSquaredIndependence([[12, 5, 3], [7, 16, 4]]).correctionApplied).toBe(false);
    expect(chiSquaredIndependence([[10, 10], [10, 10]])).toMatchObject({ statistic: 0, pValue: 1, correctionApplied: false });
  });

  it('Agresti (2013) Table 3.2 style check: stdres² sums relate to X² in a 2×2 (all four equal X²)', () => {
    const r = chiSquaredIndependence([[56, 14], [48, 32]], { correction: false });
    for (const row of r.stdres) for (const s of row) expectClose(s * s, r.statistic, { rtol: 1e-12 });
  });

  it('bad input', () => {
    expect(() => chiSquaredIndependence([[1, -2], [3, 4]])).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, 2.5], [3, 4]])).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, Number.NaN], [3, 4]])).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, 2], [3]])).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, 2]])).toThrow(InsufficientDataError);
    expect(() => chiSquaredIndependence([[1], [2]])).toThrow(InsufficientDataError);
    expect(() => chiSquaredIndependence([[0, 0], [3, 4]])).toThrow(InsufficientDataError);
    expect(() => chiSquaredIndependence([[0, 1], [0, 4]])).toThrow(InsufficientDataError);
    expect(() => chiSquaredIndependence('x' as never)).toThrow(InvalidInputError);
    expect(() => chiSquaredIndependence([[1, 2], [3, 4]], { correction: 'no' as never })).toThrow(InvalidInputError);
  });

  it('is pure', () => {
    const t = deepFreeze([[3, 4], [5, 9]]);
    expect(() => chiSquaredIndependence(t)).not.toThrow();
  });
});
