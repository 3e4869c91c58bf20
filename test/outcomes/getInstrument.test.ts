import { describe, expect, it } from 'vitest';
import { CARERS_WELLBEING_CHECK, HOMELESSNESS_STAR, INSTRUMENTS } from 'social-outcomes/data/instruments';
import { InvalidInputError, ReferenceDataError, getInstrument } from 'social-outcomes/outcomes';

describe('getInstrument', () => {
  it('returns the bundled definitions by id', () => {
    for (const [id, def] of Object.entries(INSTRUMENTS)) expect(getInstrument(id)).toBe(def);
  });

  it('prefers your own definition', () => {
    const mine = { ...CARERS_WELLBEING_CHECK, scale: { min: 1, max: 10, step: 1, higherIsBetter: true } };
    expect(getInstrument('carers-wellbeing-check', { instruments: { 'carers-wellbeing-check': mine } })).toBe(mine);
    const local = { ...HOMELESSNESS_STAR, id: 'our-star' };
    expect(getInstrument('our-star', { instruments: { 'our-star': local } }).id).toBe('our-star');
  });

  it('names the unknown id and the known ones', () => {
    expect(() => getInstrument('homelessness-star-v4')).toThrow(ReferenceDataError);
    expect(() => getInstrument('homelessness-star-v4')).toThrow(/known: .*homelessness-star/);
    expect(() => getInstrument('__proto__')).toThrow(ReferenceDataError);
    expect(() => getInstrument('toString')).toThrow(ReferenceDataError);
  });

  it('checks user definitions and rejects malformed ones', () => {
    const broken: Array<[string, unknown]> = [
      ['scale max below min', { ...HOMELESSNESS_STAR, scale: { min: 10, max: 1, step: 1, higherIsBetter: true } }],
      ['scale step not dividing the range', { ...HOMELESSNESS_STAR, scale: { min: 1, max: 10, step: 2, higherIsBetter: true } }],
      ['scale without direction', { ...HOMELESSNESS_STAR, scale: { min: 1, max: 10, step: 1 } }],
      ['step null without values', { ...HOMELESSNESS_STAR, scale: { min: 1, max: 10, step: null, higherIsBetter: true } }],
      ['values not increasing', { ...HOMELESSNESS_STAR, scale: { min: 1, max: 10, step: null, higherIsBetter: true, values: [1, 3, 2] } }],
      ['duplicate area ids', { ...HOMELESSNESS_STAR, areas: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }],
      ['no areas', { ...HOMELESSNESS_STAR, areas: [] }],
      ['stages outside the scale', { ...HOMELESSNESS_STAR, stages: [{ index: 1, label: 'x', min: 0, max: 12 }] }],
      ['overlapping stages', { ...HOMELESSNESS_STAR, stages: [{ index: 1, label: 'x', min: 1, max: 5 }, { index: 2, label: 'y', min: 5, max: 10 }] }],
      ['no reliability array', { ...HOMELESSNESS_STAR, reliability: undefined }],
      ['key differs from id', { ...HOMELESSNESS_STAR, id: 'other' }],
    ];
    for (const [what, def] of broken) {
      expect(() => getInstrument('homelessness-star', { instruments: { 'homelessness-star': def as never } }), what).toThrow(ReferenceDataError);
    }
  });

  it('rejects bad arguments', () => {
    expect(() => getInstrument(42 as never)).toThrow(InvalidInputError);
    expect(() => getInstrument('wemwbs', { instruments: 'x' as never })).toThrow(InvalidInputError);
    expect(() => getInstrument('wemwbs', null as never)).toThrow(InvalidInputError);
  });
});
