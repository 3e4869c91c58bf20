// Property tests of the outcomes mapping (issue 10): journey stages are monotone in the score, the Prevention
// First mapping does not depend on the key order of the scores and is monotone in each area score, and
// mapPairsToPrimaryOutcomes does not depend on the order of the pairs. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { getInstrument, journeyStage, mapPairsToPrimaryOutcomes, mapToPrimaryOutcomes } from 'social-outcomes/outcomes';
import { params, permuteAll } from '../_helpers';

const stars = ['homelessness-star', 'wellbeing-star', 'recovery-star'] as const;
const AREAS = ['managing-money', 'physical-health', 'emotional-mental-health', 'social-networks', 'managing-tenancy'] as const;
const score = fc.integer({ min: 1, max: 10 });

describe('journeyStage', () => {
  test.prop([fc.constantFrom(...stars), score, score], params)('a higher score is never at an earlier stage, and the stage brackets the score', (id, a, b) => {
    const { min, max } = getInstrument(id).scale as { min: number; max: number };
    fc.pre(a >= min && a <= max && b >= min && b <= max);
    const sa = journeyStage(id, a), sb = journeyStage(id, b);
    if (a <= b) expect(sa.index).toBeLessThanOrEqual(sb.index);
    expect(sa.min <= a && a <= sa.max).toBe(true);
  });
});

describe('mapToPrimaryOutcomes', () => {
  const scores = fc.tuple(...AREAS.map(() => score));
  test.prop([scores, fc.array(fc.integer(), { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 4 })], params)(
    'does not depend on key order; raising one area score never lowers any primary outcome',
    (vals, order, k) => {
      const obj = Object.fromEntries(AREAS.map((a, i) => [a, vals[i] as number]));
      const [keys] = permuteAll(order, [...AREAS]);
      const reordered = Object.fromEntries(keys.map((a) => [a, obj[a] as number]));
      const base = mapToPrimaryOutcomes('homelessness-star', obj);
      expect(JSON.stringify(mapToPrimaryOutcomes('homelessness-star', reordered))).toBe(JSON.stringify(base));
      const area = AREAS[k] as string;
      fc.pre((obj[area] as number) < 10);
      const up = mapToPrimaryOutcomes('homelessness-star', { ...obj, [area]: (obj[area] as number) + 1 });
      for (const [id, s] of Object.entries(base.scores)) if (s !== null) expect(up.scores[id as keyof typeof up.scores] as number).toBeGreaterThanOrEqual(s);
    },
  );
});

describe('mapPairsToPrimaryOutcomes', () => {
  const pair = fc.record({ client: fc.integer({ min: 1, max: 9 }), pre: fc.tuple(score, score, score), post: fc.tuple(score, score, score) });
  test.prop([fc.uniqueArray(pair, { minLength: 1, maxLength: 12, selector: (p) => p.client }).chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })))], params)(
    'the rows (as a set) do not depend on the order of the pairs',
    ([ps, order]) => {
      const make = (xs: typeof ps): Array<Record<string, unknown>> => xs.map((p) => ({
        clientId: `c${p.client}`, instrumentId: 'empowerment-star', daysApart: 180,
        baseline: { date: '2023-01-01', scores: { money: p.pre[0], 'work-learning': p.pre[1], accommodation: p.pre[2] } },
        followUp: { date: '2023-06-30', scores: { money: p.post[0], 'work-learning': p.post[1], accommodation: p.post[2] } },
      }));
      const rows = (xs: typeof ps): string[] => mapPairsToPrimaryOutcomes(make(xs) as never, { missingAreas: 'skip' }).rows.map((r) => JSON.stringify(r)).sort();
      expect(rows(permuteAll(order, ps)[0])).toEqual(rows(ps));
    },
  );
});
