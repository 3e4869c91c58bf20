import { describe, expect, it } from 'vitest';
import { InsufficientDataError, InvalidInputError, ReferenceDataError, pairedTTest, reliableChange, summarizeChange, wilcoxonSignedRank, effectSizes } from 'social-outcomes/change';
import { thrown } from '../_helpers/thrown';
import { expectClose } from '../_helpers/expectClose';
import { deepFreeze } from '../_helpers/deepFreeze';
import { loadFixture } from '../_helpers/fixtures';
import { RCase } from './_fixtures';

const r = loadFixture('change/pairedTests/r.json', RCase);
const star = { id: 'homelessness-star', kind: 'outcomes-star', reliability: [], scale: { min: 1, max: 10, higherIsBetter: true } };
const wemwbs = { id: 'wemwbs', kind: 'wellbeing-scale', reliability: [{ value: 0.91, kind: 'alpha', source: 'Tennant et al. 2007' }], scale: { min: 14, max: 70, higherIsBetter: true } };

describe('summarizeChange', () => {
  it('agrees with the stand-alone functions and with R on every fixture case', () => {
    for (const c of r.cases) {
      if (c.pre.length < 2) continue;
      const s = summarizeChange(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence });
      if (s.tests.pairedT.status === 'ok') {
        expect(s.tests.pairedT.result).toEqual(pairedTTest(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence }));
      } else {
        expect(s.tests.pairedT.reason).toBe('zero-variance');
      }
      if (s.tests.wilcoxon.status === 'ok') {
        expect(s.tests.wilcoxon.result).toEqual(wilcoxonSignedRank(c.pre, c.post, { alternative: c.alternative }));
      }
      if (s.effectSizes.status === 'ok') expect(s.effectSizes.result).toEqual(effectSizes(c.pre, c.post, { confidence: c.confidence }));
    }
  });
  it('computes quartiles as R type 7 on both the counting and the sort path', () => {
    // R: quantile(c(2,0,1,2,0,3,1,2,1,0,1,2)) -> 0.75 1 2; quantile(c(0.5, 2.25, 1, 7, 3)) -> 1 2.25 3
    const s = summarizeChange([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [2, 0, 1, 2, 0, 3, 1, 2, 1, 0, 1, 2]);
    expect([s.change.q1, s.change.median, s.change.q3]).toEqual([0.75, 1, 2]);
    const t = summarizeChange([0, 0, 0, 0, 0], [0.5, 2.25, 1, 7, 3]);
    expect([t.change.q1, t.change.median, t.change.q3]).toEqual([1, 2.25, 3]);
  });
  it('leads with medians and Wilcoxon for Stars, with means and t for WEMWBS, and says so', () => {
    const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 3, 4, 4];
    const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 3, 5, 6];
    const s = summarizeChange(pre, post, { instrument: star });
    expect(s.scale).toBe('ordinal');
    expect(s.primary).toEqual({ location: 'median', test: 'wilcoxon' });
    expect(s.reliableChange).toMatchObject({ status: 'not-computed', reason: 'no-reliability' });
    expect(s.caveats.map((c) => c.code)).toEqual(['not-causal', 'ordinal-means', 'no-reliability']);
    const w = summarizeChange(pre.map((v) => v * 5 + 14), post.map((v) => v * 5 + 14), { instrument: wemwbs });
    expect(w.scale).toBe('interval');
    expect(w.primary).toEqual({ location: 'mean', test: 'paired-t' });
    expect(w.caveats.map((c) => c.code)).toEqual(['not-causal', 'wemwbs-sample-size']);
    expect(w.reliableChange.status).toBe('ok');
    if (w.reliableChange.status === 'ok') {
      expect(w.reliableChange.result.reliability).toBe(0.91);
      expect('people' in w.reliableChange.result).toBe(false);
    }
  });
  it('without a usable reliability, reports the code and message reliableChange throws, and still refuses a bad method first', () => {
    const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 3];
    const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 3];
    const twoCoefficients = { ...wemwbs, scale: star.scale, reliability: [{ value: 0.91, kind: 'alpha', source: 'a' }, { value: 0.85, kind: 'test-retest', source: 'b' }] };
    const cases: Array<[string, Record<string, unknown>]> = [['no instrument', {}], ['a Star (no coefficient)', { instrument: star }], ['two coefficients', { instrument: twoCoefficients }], ['method given', { reliableChange: { method: 'edwards-nunnally' } }]];
    for (const [label, opts] of cases) {
      const s = summarizeChange(pre, post, opts as never);
      const rcOpts = { ...((opts.reliableChange as object | undefined) ?? {}), ...(opts.instrument === undefined ? {} : { instrument: opts.instrument }) };
      const e = thrown(() => reliableChange(pre, post, rcOpts as never), ReferenceDataError);
      expect(e.message.startsWith('reliableChange requires')).toBe(true);
      expect(s.reliableChange, label).toEqual({ status: 'not-computed', reason: e.code, message: e.message.replace(/^reliableChange /, 'summarizeChange ') });
    }
    expect(() => summarizeChange(pre, post, { reliableChange: { method: 'jacobson' } } as never)).toThrow(/method to be one of/);
    expect(() => summarizeChange(pre, post, { instrument: star, reliableChange: { method: 7 } } as never)).toThrow(InvalidInputError);
  });
  it('adds the low-power and baseline caveats', () => {
    const s = summarizeChange([1, 2, 3], [2, 2, 5], { baselines: { retrospective: 1, afterEngagement: 1 } });
    expect(s.caveats.map((c) => c.code)).toEqual(['not-causal', 'low-power', 'ordinal-means', 'no-reliability', 'retrospective-baselines', 'late-baselines']);
    expect(() => summarizeChange([1, 2, 3], [2, 2, 5], { baselines: { retrospective: 4 } })).toThrow(InvalidInputError);
  });
  it('reports degenerate parts as not computed instead of failing', () => {
    const s = summarizeChange([3, 4, 5], [4, 5, 6]);
    expect(s.tests.pairedT).toMatchObject({ status: 'not-computed', reason: 'zero-variance' });
    expect(s.tests.wilcoxon.status).toBe('ok');
    expect(s.effectSizes).toMatchObject({ status: 'not-computed', reason: 'zero-variance' });
    const z = summarizeChange([3, 4, 5], [3, 4, 5]);
    expect(z.tests.wilcoxon).toMatchObject({ status: 'not-computed', reason: 'zero-variance' });
    expect(z.tests.sign).toMatchObject({ status: 'not-computed', reason: 'zero-variance' });
    expect(z.direction).toMatchObject({ improved: 0, same: 3, worse: 0 });
  });
  it('counts improvement in the better direction', () => {
    const s = summarizeChange([10, 10, 10], [5, 10, 12], { higherIsBetter: false });
    expect(s.direction).toMatchObject({ improved: 1, same: 1, worse: 1 });
  });
  it('throws typed errors for bad input, is pure and deterministic', () => {
    expect(() => summarizeChange([3], [4])).toThrow(InsufficientDataError);
    expect(() => summarizeChange([3, 4], [4, 11], { instrument: star })).toThrow(/post\[1\]/);
    expect(() => summarizeChange([3, 4], [4, 5], { scale: 'ratio' as never })).toThrow(InvalidInputError);
    const pre = deepFreeze([3, 4, 2, 5, 6, 3]);
    const post = deepFreeze([5, 4, 3, 7, 6, 6]);
    const a = JSON.stringify(summarizeChange(pre, post));
    expect(JSON.stringify(summarizeChange(Float64Array.from(pre), Float64Array.from(post)))).toBe(a);
    expect(a).not.toMatch(/NaN|Infinity|undefined/);
  });
  it('is permutation invariant (byte-identical for integer scores)', () => {
    const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 3, 4, 4, 9, 1];
    const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 3, 5, 6, 7, 1];
    const idx = pre.map((_, i) => i).reverse();
    expect(JSON.stringify(summarizeChange(idx.map((i) => pre[i] as number), idx.map((i) => post[i] as number)))).toBe(JSON.stringify(summarizeChange(pre, post)));
  });
  it('gives a mean-change interval equal to R (via the paired t-test)', () => {
    const c = r.cases.find((x) => x.id === 'continuous-n20');
    if (c === undefined || 'error' in c.tTest) throw new Error('fixture case missing');
    const s = summarizeChange(c.pre, c.post, { alternative: c.alternative, confidence: c.confidence });
    if (s.tests.pairedT.status !== 'ok') throw new Error('t-test not computed');
    if (c.tTest.lower !== Number.NEGATIVE_INFINITY) expectClose(s.tests.pairedT.result.ci.lower as number, c.tTest.lower, { rtol: 1e-10 });
  });
});
