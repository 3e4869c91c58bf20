import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CARERS_WELLBEING_CHECK, INSTRUMENTS, type InstrumentDefinition } from 'social-outcomes/data/instruments';
import { PRIMARY_OUTCOME_IDS, TABLE3_CELLS, TABLE3_MAPPING } from 'social-outcomes/data/preventionFirst';
import { InvalidInputError, ReferenceDataError, mapToPrimaryOutcomes } from 'social-outcomes/outcomes';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose } from '../_helpers/expectClose';

const HS = {
  motivation: 6, 'self-care': 5, 'managing-money': 4, 'social-networks': 7, 'drug-alcohol': 9,
  'physical-health': 8, 'emotional-mental-health': 3, 'meaningful-use-of-time': 2, 'managing-tenancy': 10, offending: 10,
};
// Hand-worked: proportion p = (x − 1) / 9; Health = mean(p(8), p(3)) = (7/9 + 2/9) / 2 = 0.5.
// Arithmetic on a handful of ninths: agreement to 1e-15 relative is exact up to rounding.
const TOL = { rtol: 1e-15 };

describe('mapToPrimaryOutcomes', () => {
  it('maps a Homelessness Star reading by Table 3 (proportion of the scale, mean of areas)', () => {
    const r = mapToPrimaryOutcomes('homelessness-star', HS);
    expectClose(r.scores['economic-well-being'] as number, 3 / 9, { ...TOL, label: 'economic' });
    expectClose(r.scores['health-and-well-being'] as number, 0.5, { ...TOL, label: 'health' });
    expectClose(r.scores['social-participation'] as number, 6 / 9, { ...TOL, label: 'social' });
    expect(r.scores['independence-in-housing']).toBe(1);
    expect(r.scores['carers-feeling-supported']).toBeNull();
    expect(r).toMatchObject({
      instrumentId: 'homelessness-star', aggregate: 'mean', rescale: 'proportion', mapping: 'table3', scaleSource: 'instrument',
      scale: { min: 0, max: 1, higherIsBetter: true }, unmapped: ['carers-feeling-supported'], missing: [],
      unmappedAreas: ['motivation', 'self-care', 'drug-alcohol', 'meaningful-use-of-time', 'offending'],
    });
    expect(r.outcomes.map((o) => o.outcomeId)).toEqual(PRIMARY_OUTCOME_IDS);
    expect(r.outcomes[1]).toMatchObject({ name: 'Health and Well-Being', status: 'scored', areaIds: ['physical-health', 'emotional-mental-health'], areasUsed: ['physical-health', 'emotional-mental-health'] });
  });

  it('applies min, max, none, percent and stage as documented', () => {
    const health = (o: Parameters<typeof mapToPrimaryOutcomes>[2]) => mapToPrimaryOutcomes('homelessness-star', HS, o).scores['health-and-well-being'];
    expect(health({ aggregate: 'min' })).toBe(2 / 9);
    expect(health({ aggregate: 'max' })).toBe(7 / 9);
    expect(health({ rescale: 'none' })).toBe(5.5);
    expect(health({ rescale: 'none', aggregate: 'min' })).toBe(3);
    expectClose(health({ rescale: 'percent' }) as number, 50, { ...TOL, label: 'percent' });
    // Stages: 8 → Learning (4), 3 → Accepting help (2): positions 3/4 and 1/4, mean 0.5.
    expect(health({ rescale: 'stage' })).toBe(0.5);
    expect(mapToPrimaryOutcomes('homelessness-star', HS, { rescale: 'none' }).scale).toEqual({ min: 1, max: 10, higherIsBetter: true });
  });

  it('makes 1–5 and 1–10 Stars comparable (proportion of the range; stage position)', () => {
    const mapping = { ...TABLE3_MAPPING, 'wellbeing-star': { 'feeling-positive': 'health-and-well-being' as const } };
    const ws = (x: number, rescale: 'proportion' | 'stage') => mapToPrimaryOutcomes('wellbeing-star', { 'feeling-positive': x }, { mapping, rescale }).scores['health-and-well-being'];
    const hs = (x: number, rescale: 'proportion' | 'stage') => mapToPrimaryOutcomes('homelessness-star', { 'physical-health': x, 'emotional-mental-health': x }, { mapping, rescale, missingAreas: 'skip' }).scores['health-and-well-being'];
    expect(ws(1, 'proportion')).toBe(0);
    expect(ws(5, 'proportion')).toBe(1);
    expect(hs(1, 'proportion')).toBe(0);
    expect(hs(10, 'proportion')).toBe(1);
    // Same journey stage ⇒ same stage position on both Stars.
    for (let stage = 1; stage <= 5; stage++) {
      expect(ws(stage, 'stage')).toBe((stage - 1) / 4);
      expect(hs(2 * stage - 1, 'stage')).toBe((stage - 1) / 4);
      expect(hs(2 * stage, 'stage')).toBe((stage - 1) / 4);
    }
  });

  it('reverses lower-is-better areas when rescaling (ONS4 anxiety) and refuses to mix directions unscaled', () => {
    const mapping = { ons4: { happiness: 'health-and-well-being' as const, anxiety: 'health-and-well-being' as const } };
    const r = mapToPrimaryOutcomes('ons4', { happiness: 8, anxiety: 2 }, { mapping });
    expectClose(r.scores['health-and-well-being'] as number, 0.8, { ...TOL, label: 'ons4' });
    expect(() => mapToPrimaryOutcomes('ons4', { happiness: 8, anxiety: 2 }, { mapping, rescale: 'none' })).toThrow(/opposite directions/);
    const anxietyOnly = mapToPrimaryOutcomes('ons4', { anxiety: 2 }, { mapping: { ons4: { anxiety: 'health-and-well-being' } }, rescale: 'none' });
    expect(anxietyOnly.outcomes[1]).toMatchObject({ score: 2, higherIsBetter: false });
  });

  it('leaves every outcome unmapped for instruments outside Table 3', () => {
    for (const [id, scores] of [['home-star', { 'my-money': 4 }], ['wemwbs', { total: 50 }], ['swemwbs', { total: 23.21 }], ['recovery-star', { work: 3 }]] as const) {
      const r = mapToPrimaryOutcomes(id, scores);
      expect(r.unmapped, id).toEqual(PRIMARY_OUTCOME_IDS);
      expect(Object.values(r.scores).every((v) => v === null)).toBe(true);
    }
  });

  it('routes every Table 3 cell to its outcome and nothing else', () => {
    for (const cell of TABLE3_CELLS) {
      const def = INSTRUMENTS[cell.instrumentId as keyof typeof INSTRUMENTS] as InstrumentDefinition;
      const scale = def.scale ?? { min: 1, max: 5, step: 1, higherIsBetter: true };
      const scores = Object.fromEntries(def.areas.map((a) => [a.id, cell.areaIds.includes(a.id) ? scale.max : scale.min]));
      const r = mapToPrimaryOutcomes(def.id, scores, def.scale === null ? { scale } : {});
      for (const o of PRIMARY_OUTCOME_IDS) {
        const expected = o === cell.primaryOutcomeId ? 1 : r.unmapped.includes(o) ? null : 0;
        expect(r.scores[o], `${cell.instrumentId} ${o}`).toBe(expected);
      }
    }
  });

  describe('Carers Wellbeing Check (no public scale)', () => {
    const scores = { 'financial-situation': 2, 'work-education-training': 4, 'health-and-wellbeing': 3 };
    const all = { 'financial-situation': 2, 'work-education-training': 4, 'health-wellbeing': 3, relationships: 5, home: 1, 'time-out': 2, 'other-caring-commitments': 4 };
    it('throws a ReferenceDataError asking for the scale', () => {
      expect(() => mapToPrimaryOutcomes('carers-wellbeing-check', all)).toThrow(ReferenceDataError);
      expect(() => mapToPrimaryOutcomes('carers-wellbeing-check', all)).toThrow(/no public source: supply it/);
      expect(() => mapToPrimaryOutcomes('carers-wellbeing-check', scores)).toThrow(ReferenceDataError);
    });
    it('works with a supplied scale (options.scale or options.instruments)', () => {
      const scale = { min: 1, max: 5, step: 1, higherIsBetter: true };
      const a = mapToPrimaryOutcomes('carers-wellbeing-check', all, { scale });
      expect(a.scaleSource).toBe('options');
      expect(a.scores['carers-feeling-supported']).toBe(0.5);
      expect(a.scores['economic-well-being']).toBe(0.5);
      expect(a.unmapped).toEqual([]);
      const b = mapToPrimaryOutcomes('carers-wellbeing-check', all, { instruments: { 'carers-wellbeing-check': { ...CARERS_WELLBEING_CHECK, scale } } });
      expect(b.scores).toEqual(a.scores);
      expect(b.scaleSource).toBe('instrument');
      expect(() => mapToPrimaryOutcomes('carers-wellbeing-check', { ...all, home: 6 }, { scale })).toThrow(InvalidInputError);
    });
  });

  describe('missing areas', () => {
    const partial = { 'physical-health': 8, 'managing-tenancy': 4 };
    it('throw by default, naming the missing area', () => {
      expect(() => mapToPrimaryOutcomes('homelessness-star', partial)).toThrow(/missing managing-money/);
    });
    it('skip: outcomes with any mapped area missing are null and listed', () => {
      const r = mapToPrimaryOutcomes('homelessness-star', partial, { missingAreas: 'skip' });
      expect(r.missing).toEqual(['economic-well-being', 'health-and-well-being', 'social-participation']);
      expect(r.scores['independence-in-housing']).toBe(1 / 3);
      expect(r.scores['health-and-well-being']).toBeNull();
    });
    it('use-available: aggregate what is there', () => {
      const r = mapToPrimaryOutcomes('homelessness-star', partial, { missingAreas: 'use-available' });
      expect(r.scores['health-and-well-being']).toBe(7 / 9);
      expect(r.outcomes[1]?.areasUsed).toEqual(['physical-health']);
      expect(r.missing).toEqual(['economic-well-being', 'social-participation']);
    });
  });

  describe('user mappings are validated', () => {
    it('names an unknown area', () => {
      const mapping = { 'homelessness-star': { 'managing-cash': 'economic-well-being' } } as never;
      expect(() => mapToPrimaryOutcomes('homelessness-star', HS, { mapping })).toThrow(ReferenceDataError);
      expect(() => mapToPrimaryOutcomes('homelessness-star', HS, { mapping })).toThrow(/"managing-cash"/);
    });
    it('names an unknown outcome', () => {
      const mapping = { 'homelessness-star': { offending: 'reduced-offending' } } as never;
      expect(() => mapToPrimaryOutcomes('homelessness-star', HS, { mapping })).toThrow(/"reduced-offending".*not a Prevention First primary outcome/);
    });
    it('names an unknown instrument, even one other than the reading\'s', () => {
      const mapping = { ...TABLE3_MAPPING, 'outcome-star-plus': { a: 'economic-well-being' } } as never;
      expect(() => mapToPrimaryOutcomes('homelessness-star', HS, { mapping })).toThrow(/"outcome-star-plus"/);
    });
    it('rejects mappings of the wrong shape', () => {
      for (const mapping of [[], 'table3', null, { 'homelessness-star': ['money'] }]) {
        expect(() => mapToPrimaryOutcomes('homelessness-star', HS, { mapping: mapping as never }), JSON.stringify(mapping)).toThrow(InvalidInputError);
      }
    });
  });

  it('accepts a definition of your own with a mapping for it', () => {
    const ours: InstrumentDefinition = { ...INSTRUMENTS['home-star'], id: 'our-home-star' };
    const r = mapToPrimaryOutcomes(ours, { 'my-money': 10 }, { mapping: { 'our-home-star': { 'my-money': 'economic-well-being' } } });
    expect(r).toMatchObject({ instrumentId: 'our-home-star', mapping: 'user', scores: { 'economic-well-being': 1 } });
  });

  it('rejects bad area scores and options with typed errors', () => {
    const cases: Array<[unknown, unknown, new (...a: never[]) => Error]> = [
      ['homelessness-star', { ...HS, 'not-an-area': 3 }, ReferenceDataError],
      ['homelessness-star', { ...HS, motivation: 11 }, InvalidInputError],
      ['homelessness-star', { ...HS, motivation: 0 }, InvalidInputError],
      ['homelessness-star', { ...HS, motivation: 5.5 }, InvalidInputError],
      ['homelessness-star', { ...HS, motivation: Number.NaN }, InvalidInputError],
      ['homelessness-star', { ...HS, motivation: Number.POSITIVE_INFINITY }, InvalidInputError],
      ['homelessness-star', { ...HS, motivation: '5' }, InvalidInputError],
      ['homelessness-star', [5, 6], InvalidInputError],
      ['homelessness-star', null, InvalidInputError],
      ['swemwbs', { total: 20 }, InvalidInputError],
      ['no-such-star', HS, ReferenceDataError],
      [42, HS, ReferenceDataError],
    ];
    for (const [instrument, scores, cls] of cases) {
      expect(() => mapToPrimaryOutcomes(instrument as string, scores as never), `${String(instrument)} ${JSON.stringify(scores)}`).toThrow(cls);
    }
    for (const options of [{ aggregate: 'median' }, { rescale: 'z' }, { missingAreas: 'ignore' }, { scale: { min: 1 } }, 'x']) {
      expect(() => mapToPrimaryOutcomes('homelessness-star', HS, options as never), JSON.stringify(options)).toThrow();
    }
    expect(() => mapToPrimaryOutcomes('young-persons-star', { health: 3 }, { rescale: 'stage', missingAreas: 'skip' })).toThrow(/no published stages/);
  });

  it('is pure and JSON-serialisable', () => {
    const scores = deepFreeze({ ...HS });
    const a = mapToPrimaryOutcomes('homelessness-star', scores);
    expect(JSON.stringify(mapToPrimaryOutcomes('homelessness-star', scores))).toBe(JSON.stringify(a));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  const starScores = fc.record(Object.fromEntries(Object.keys(HS).map((k) => [k, fc.integer({ min: 1, max: 10 })])) as Record<keyof typeof HS, fc.Arbitrary<number>>);
  test.prop([starScores, fc.constantFrom(...(Object.keys(HS) as Array<keyof typeof HS>))], { seed: 4103, numRuns: 300 })(
    'proportions lie in [0, 1], min ≤ mean ≤ max, and raising one area never lowers an outcome',
    (scores, area) => {
      const mean = mapToPrimaryOutcomes('homelessness-star', scores).scores;
      const lo = mapToPrimaryOutcomes('homelessness-star', scores, { aggregate: 'min' }).scores;
      const hi = mapToPrimaryOutcomes('homelessness-star', scores, { aggregate: 'max' }).scores;
      const up = mapToPrimaryOutcomes('homelessness-star', { ...scores, [area]: Math.min(10, scores[area] + 1) }).scores;
      for (const o of PRIMARY_OUTCOME_IDS) {
        const m = mean[o];
        if (m === null) continue;
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(1);
        expect(lo[o] as number).toBeLessThanOrEqual(m + 1e-15);
        expect(hi[o] as number).toBeGreaterThanOrEqual(m - 1e-15);
        expect(up[o] as number).toBeGreaterThanOrEqual(m);
      }
    },
  );
});
