import { describe, expect, it } from 'vitest';
import { CARERS_WELLBEING_CHECK } from 'social-outcomes/data/instruments';
import { PRIMARY_OUTCOME_IDS } from 'social-outcomes/data/preventionFirst';
import { InvalidInputError, ReferenceDataError, mapPairsToPrimaryOutcomes, mapToPrimaryOutcomes, pairReadings, type PairToMap, type Reading } from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';

const full = (v: number) => ({ motivation: v, 'self-care': v, 'managing-money': v, 'social-networks': v, 'drug-alcohol': v, 'physical-health': v, 'emotional-mental-health': v, 'meaningful-use-of-time': v, 'managing-tenancy': v, offending: v });
const readings: Reading[] = [
  { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-01-05', scores: { ...full(3), 'physical-health': 2 } },
  { clientId: 'A', instrumentId: 'homelessness-star', date: '2023-07-05', scores: { ...full(6), 'emotional-mental-health': 9 } },
  { clientId: 'B', instrumentId: 'homelessness-star', date: '2023-02-01', scores: full(5) },
  { clientId: 'B', instrumentId: 'homelessness-star', date: '2023-08-01', scores: full(4) },
];

describe('mapPairsToPrimaryOutcomes', () => {
  it('turns pairReadings output into long-form pre/post rows equal to mapping each reading', () => {
    const { pairs } = pairReadings(readings);
    const r = mapPairsToPrimaryOutcomes(pairs);
    expect(r.rows).toHaveLength(8);
    expect(r.unmapped).toEqual({ 'economic-well-being': 0, 'health-and-well-being': 0, 'social-participation': 0, 'independence-in-housing': 0, 'carers-feeling-supported': 2 });
    for (const row of r.rows) {
      const pair = pairs.find((p) => p.clientId === row.clientId) as (typeof pairs)[number];
      expect(row.pre).toBe(mapToPrimaryOutcomes(row.instrumentId, pair.baseline.scores).scores[row.outcomeId]);
      expect(row.post).toBe(mapToPrimaryOutcomes(row.instrumentId, pair.followUp.scores).scores[row.outcomeId]);
      expect(row.change).toBe(row.post - row.pre);
      expect(row.daysApart).toBe(pair.daysApart);
    }
    const health = r.rows.find((x) => x.clientId === 'A' && x.outcomeId === 'health-and-well-being');
    // pre mean(p(2), p(3)) = (1/9 + 2/9) / 2 = 1/6; post mean(p(6), p(9)) = (5/9 + 8/9) / 2 = 13/18.
    expect(health).toMatchObject({ baselineDate: '2023-01-05', followUpDate: '2023-07-05', areasUsed: ['physical-health', 'emotional-mental-health'], higherIsBetter: true });
    expect(health?.pre).toBe((1 / 9 + 2 / 9) / 2);
    expect(health?.post).toBe((5 / 9 + 8 / 9) / 2);
  });

  it('accounts for every pair × outcome', () => {
    const pairs: PairToMap[] = [
      { clientId: 'A', instrumentId: 'home-star', daysApart: 100, baseline: { date: '2023-01-01', scores: { 'my-money': 3 } }, followUp: { date: '2023-04-11', scores: { 'my-money': 5 } } },
      { clientId: 'B', instrumentId: 'empowerment-star', daysApart: 100, baseline: { date: '2023-01-01', scores: { money: 3, accommodation: 4 } }, followUp: { date: '2023-04-11', scores: { money: 5 } } },
    ];
    const r = mapPairsToPrimaryOutcomes(pairs, { missingAreas: 'skip' });
    const total = r.rows.length + Object.values(r.unmapped).reduce((a, b) => a + b, 0) + Object.values(r.missing).reduce((a, b) => a + b, 0);
    expect(total).toBe(pairs.length * PRIMARY_OUTCOME_IDS.length);
    expect(r.rows).toEqual([]);
    expect(r.unmapped['economic-well-being']).toBe(1);
    expect(r.missing).toEqual({ 'economic-well-being': 1, 'health-and-well-being': 1, 'social-participation': 1, 'independence-in-housing': 1, 'carers-feeling-supported': 0 });
  });

  it('use-available combines only the areas scored in both readings', () => {
    const pair: PairToMap = {
      clientId: 'A', instrumentId: 'homelessness-star', daysApart: 90,
      baseline: { date: '2023-01-01', scores: { 'physical-health': 2, 'emotional-mental-health': 3 } },
      followUp: { date: '2023-04-01', scores: { 'physical-health': 8 } },
    };
    const r = mapPairsToPrimaryOutcomes([pair], { missingAreas: 'use-available' });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ outcomeId: 'health-and-well-being', pre: 1 / 9, post: 7 / 9, areasUsed: ['physical-health'] });
    expect(() => mapPairsToPrimaryOutcomes([pair])).toThrow(/missing/);
  });

  it('passes the rescale, aggregate and mapping options through, and user instruments', () => {
    const { pairs } = pairReadings(readings);
    const none = mapPairsToPrimaryOutcomes(pairs, { rescale: 'none', aggregate: 'max' });
    expect(none.rows.find((x) => x.clientId === 'A' && x.outcomeId === 'health-and-well-being')).toMatchObject({ pre: 3, post: 9, change: 6 });
    const mapped = mapPairsToPrimaryOutcomes(pairs, { mapping: { 'homelessness-star': { offending: 'social-participation' } } });
    expect(mapped.mapping).toBe('user');
    expect(mapped.rows.map((x) => x.outcomeId)).toEqual(['social-participation', 'social-participation']);
    const cwc: PairToMap = { clientId: 'C', instrumentId: 'carers-wellbeing-check', daysApart: 90, baseline: { date: '2023-01-01', scores: { home: 1 } }, followUp: { date: '2023-04-01', scores: { home: 5 } } };
    expect(() => mapPairsToPrimaryOutcomes([cwc], { missingAreas: 'skip' })).toThrow(ReferenceDataError);
    const instruments = { 'carers-wellbeing-check': { ...CARERS_WELLBEING_CHECK, scale: { min: 1, max: 5, step: 1, higherIsBetter: true } } };
    expect(mapPairsToPrimaryOutcomes([cwc], { missingAreas: 'skip', instruments }).rows).toMatchObject([{ outcomeId: 'independence-in-housing', pre: 0, post: 1, change: 1 }]);
  });

  it('rejects bad input with typed errors', () => {
    const ok: PairToMap = { clientId: 'A', instrumentId: 'homelessness-star', daysApart: 90, baseline: { date: '2023-01-01', scores: full(3) }, followUp: { date: '2023-04-01', scores: full(4) } };
    const cases: Array<[unknown, new (...a: never[]) => Error]> = [
      ['pairs', InvalidInputError],
      [[null], InvalidInputError],
      [[{ ...ok, clientId: 3 }], InvalidInputError],
      [[{ ...ok, baseline: null }], InvalidInputError],
      [[{ ...ok, daysApart: Number.NaN }], InvalidInputError],
      [[{ ...ok, instrumentId: 'x-star' }], ReferenceDataError],
      [[{ ...ok, followUp: { date: '2023-04-01', scores: { ...full(4), motivation: 12 } } }], InvalidInputError],
      [[{ ...ok, followUp: { date: '2023-04-01', scores: { ...full(4), extra: 2 } } }], ReferenceDataError],
    ];
    for (const [pairs, cls] of cases) expect(() => mapPairsToPrimaryOutcomes(pairs as PairToMap[]), JSON.stringify(pairs).slice(0, 80)).toThrow(cls);
    for (const o of [{ aggregate: 'sum' }, { rescale: 'log' }, { missingAreas: 'drop' }, { mapping: 'table3' }, { instruments: 1 }]) {
      expect(() => mapPairsToPrimaryOutcomes([ok], o as never), JSON.stringify(o)).toThrow(InvalidInputError);
    }
    expect(mapPairsToPrimaryOutcomes([]).rows).toEqual([]);
  });

  it('is pure and deterministic', () => {
    const { pairs } = pairReadings(readings);
    const frozen = deepFreeze(JSON.parse(JSON.stringify(pairs)) as PairToMap[]);
    expect(JSON.stringify(mapPairsToPrimaryOutcomes(frozen))).toBe(JSON.stringify(mapPairsToPrimaryOutcomes(frozen)));
  });
});
