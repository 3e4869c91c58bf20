import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SWEMWBS_METRIC_TABLE } from 'social-outcomes/data/instruments';
import { InsufficientDataError, InvalidInputError, scoreSwemwbs, swemwbsMetricScore } from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';

describe('scoreSwemwbs', () => {
  it('sums seven items and converts the total by the table (7 → 7.00, 35 → 35.00)', () => {
    expect(scoreSwemwbs(Array(7).fill(1))).toMatchObject({ raw: 7, metric: 7, score: 7, nItems: 7, nMissing: 0, prorated: false });
    expect(scoreSwemwbs(Array(7).fill(5))).toMatchObject({ raw: 35, metric: 35 });
    expect(scoreSwemwbs([3, 3, 3, 3, 3, 3, 3])).toMatchObject({ raw: 21, metric: 19.25 });
    expect(scoreSwemwbs([4, 3, 4, 3, 4, 4, 3])).toMatchObject({ raw: 25, metric: 22.35 });
    expect(scoreSwemwbs([1, 1, 1, 1, 1, 1, 1]).metricTableVerified).toBe(false);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 })], { seed: 4102, numRuns: 300 })(
    'metric is the table value of the raw sum for any complete response',
    (items) => {
      const raw = items.reduce((a, b) => a + b, 0);
      const r = scoreSwemwbs(items);
      expect(r.raw).toBe(raw);
      expect(r.metric).toBe(SWEMWBS_METRIC_TABLE[raw - 7]?.metric);
      expect(r.metric).toBe(swemwbsMetricScore(raw));
    },
  );

  it('prorates (person mean, rounded half up) before conversion when asked', () => {
    // 4+4+3+3+3+4 = 21 over 6 items → 21 / 6 × 7 = 24.5 → 25 → 22.35.
    const r = scoreSwemwbs([4, 4, 3, 3, 3, 4, null], { missing: 'prorate-person-mean', maxMissing: 1 });
    expect(r).toMatchObject({ raw: 25, rawUnrounded: 24.5, metric: 22.35, nMissing: 1, missingItems: [7], prorated: true });
    expect(() => scoreSwemwbs([4, 4, 3, 3, null, 4, null], { missing: 'prorate-person-mean', maxMissing: 1 })).toThrow(InsufficientDataError);
    expect(() => scoreSwemwbs([4, 4, 3, 3, 3, 4, null])).toThrow(InsufficientDataError);
    expect(() => scoreSwemwbs([4, 4, 3, 3, 3, 4, null], { missing: 'prorate-person-mean', maxMissing: 4 })).toThrow(InvalidInputError);
  });

  it('rejects bad input', () => {
    for (const items of [[1, 2, 3, 4, 5, 6, 1], [1, 2, 3, 4, 5, 2.5, 1], [1, 2, 3, 4, 5, 2], [1, 2, 3, 4, 5, 2, 1, 1], 'x', null, [1, 2, 3, 4, 5, Number.NaN, 1]]) {
      expect(() => scoreSwemwbs(items as number[]), JSON.stringify(items)).toThrow(InvalidInputError);
    }
    // A hole in a sparse array is a missing answer, not a crash.
    // eslint-disable-next-line no-sparse-arrays
    expect(() => scoreSwemwbs([1, 2, 3, , 5, 2, 1])).toThrow(InsufficientDataError);
  });

  it('does not mutate its input', () => {
    const items = deepFreeze([2, 3, 3, 4, 2, 3, 3]);
    expect(scoreSwemwbs(items).raw).toBe(20);
  });
});

describe('swemwbsMetricScore', () => {
  it('converts every raw total by the table', () => {
    for (const row of SWEMWBS_METRIC_TABLE) expect(swemwbsMetricScore(row.raw)).toBe(row.metric);
  });
  it('rejects totals outside 7–35 and non-integers', () => {
    for (const bad of [6, 36, 20.5, Number.NaN, Number.POSITIVE_INFINITY, '21', null]) {
      expect(() => swemwbsMetricScore(bad as number), String(bad)).toThrow(InvalidInputError);
    }
  });
});
