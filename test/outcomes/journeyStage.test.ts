import { describe, expect, it } from 'vitest';
import { CARERS_WELLBEING_CHECK, HOMELESSNESS_STAR } from 'social-outcomes/data/instruments';
import { InvalidInputError, ReferenceDataError, journeyStage } from 'social-outcomes/outcomes';

describe('journeyStage', () => {
  it('is ceil(score / 2) on the 10-point Stars, with the published names and a source', () => {
    const labels = ['Stuck', 'Accepting help', 'Believing', 'Learning', 'Self-reliance'];
    for (const id of ['homelessness-star', 'recovery-star']) {
      for (let x = 1; x <= 10; x++) {
        const s = journeyStage(id, x);
        expect(s.index).toBe(Math.ceil(x / 2));
        expect(s.label).toBe(labels[s.index - 1]);
        expect(s).toMatchObject({ instrumentId: id, score: x, stageCount: 5, verified: true, position: (s.index - 1) / 4 });
        expect(s.source).toMatch(/star-model-of-change/);
      }
    }
  });

  it('is the score itself on the 1–5 Well-being Star, and flags the unverified bands', () => {
    expect([1, 2, 3, 4, 5].map((x) => journeyStage('wellbeing-star', x).index)).toEqual([1, 2, 3, 4, 5]);
    expect(journeyStage('wellbeing-star', 5)).toMatchObject({ label: 'As good as it can be', verified: false });
    expect(journeyStage('empowerment-star', 6)).toMatchObject({ index: 3, label: 'Believing', verified: false });
  });

  it('accepts a definition of your own', () => {
    const mine = { ...CARERS_WELLBEING_CHECK, scale: { min: 0, max: 4, step: 1, higherIsBetter: true }, stages: [{ index: 1, label: 'Low', min: 0, max: 1 }, { index: 2, label: 'High', min: 2, max: 4 }] };
    expect(journeyStage(mine, 3)).toMatchObject({ index: 2, label: 'High', position: 1 });
    expect(journeyStage('carers-wellbeing-check', 3, { instruments: { 'carers-wellbeing-check': mine } }).label).toBe('High');
  });

  it('refuses instruments without published stages', () => {
    for (const id of ['young-persons-star', 'home-star', 'carers-wellbeing-check', 'wemwbs', 'swemwbs', 'ons4']) {
      expect(() => journeyStage(id, 4), id).toThrow(ReferenceDataError);
    }
    expect(() => journeyStage('young-persons-star', 4)).toThrow(/no published journey-of-change stages/);
  });

  it('rejects unknown instruments, off-scale and non-numeric scores', () => {
    expect(() => journeyStage('star-of-david', 4)).toThrow(ReferenceDataError);
    for (const bad of [0, 11, 5.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '5', null]) {
      expect(() => journeyStage('homelessness-star', bad as number), String(bad)).toThrow(InvalidInputError);
    }
    expect(() => journeyStage(HOMELESSNESS_STAR, 5, { instruments: [] as never })).toThrow(InvalidInputError);
    expect(() => journeyStage({ ...HOMELESSNESS_STAR, stages: [{ index: 1, label: 'x', min: 5, max: 3 }] }, 4)).toThrow(ReferenceDataError);
  });
});
