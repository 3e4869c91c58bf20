import { describe, expect, it } from 'vitest';
import { InvalidInputError, ReferenceDataError, reliableChange } from 'social-outcomes/change';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { RciCase } from './_fixtures';

const cs = loadFixture('change/reliableChange/clinicalsignificance.json', RciCase);

describe('reliableChange against R clinicalsignificance 3.0.0.9000 (calc_rci.R, calc_cutoff.R)', () => {
  for (const c of cs.cases) {
    it(c.id, () => {
      const opts = {
        reliability: c.reliability,
        method: c.method,
        higherIsBetter: c.higherIsBetter,
        ...(c.reliabilityPost === undefined ? {} : { reliabilityPost: c.reliabilityPost }),
        ...(c.cutoffType === undefined ? {} : { cutoff: { type: c.cutoffType, clinical: c.clinical as { mean: number; sd: number }, functional: c.functional as { mean: number; sd: number } } }),
      };
      if (c.error !== undefined) {
        expect(() => reliableChange(c.pre, c.post, opts)).toThrow(InvalidInputError);
        return;
      }
      const res = reliableChange(c.pre, c.post, opts);
      // Closed forms of sample means and SDs: 1e-10 relative (R prints 15 significant digits).
      expectClose(res.people.map((p) => p.rci), c.rci as number[], { rtol: 1e-10, atol: 1e-12, label: c.id });
      expect(res.people.map((p) => p.class)).toEqual(c.class);
      if (c.cutoffValue !== undefined) expectClose(res.cutoff?.value as number, c.cutoffValue, { rtol: 1e-12 });
      const counts = res.counts;
      expect(counts.recovered + counts.reliablyImproved + counts.noReliableChange + counts.reliablyDeteriorated).toBe(res.n);
    });
  }
});

describe('reliableChange: Jacobson & Truax (1991) formulas and cut-offs', () => {
  it('RC = change / S_diff with S_diff = SD·√2·√(1 − r) (J&T p. 14) and the WEMWBS thresholds of measures.md', () => {
    const r91 = reliableChange([50], [60], { reliability: 0.91, sd: 8.96 });
    expectClose(r91.standardError, 8.96 * Math.sqrt(2) * Math.sqrt(0.09), { rtol: 1e-14 });
    expectClose(r91.reliableChangeThreshold as number, 7.45, { rtol: 1e-3 }); // measures.md §2.4 prints 2 decimals
    expectClose(reliableChange([50], [60], { reliability: 0.83, sd: 8.96 }).reliableChangeThreshold as number, 10.24, { rtol: 1e-3 });
  });
  it('cut-offs a, b, c (J&T p. 13): M1 = 40, M0 = 60, s = 7.5 gives 55, 45, 50', () => {
    const base = { reliability: 0.9, sd: 7.5 };
    const cut = (type: 'a' | 'b' | 'c') => reliableChange([40], [60], { ...base, cutoff: { type, clinical: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 } } }).cutoff?.value;
    expect([cut('a'), cut('b'), cut('c')]).toEqual([55, 45, 50]);
  });
  it('cut-off b uses the functional SD (J&T), unlike clinicalsignificance 3.0.0, and c weights by the other SD', () => {
    const opts = (type: 'b' | 'c') => ({ reliability: 0.9, sd: 7.5, cutoff: { type, clinical: { mean: 40, sd: 10 }, functional: { mean: 60, sd: 5 } } });
    expect(reliableChange([40], [60], opts('b')).cutoff?.value).toBe(50); // 60 − 2·5 (clinicalsignificance: 60 − 2·10 = 40)
    expectClose(reliableChange([40], [60], opts('c')).cutoff?.value as number, (5 * 40 + 10 * 60) / 15, { rtol: 1e-15 });
  });
  it('classes recovered only when crossing from the clinical to the functional side', () => {
    const res = reliableChange([40, 40, 56, 60], [60, 50, 70, 40], { reliability: 0.9, sd: 7.5, cutoff: { type: 'c', clinical: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 } } });
    expect(res.people.map((p) => p.class)).toEqual(['recovered', 'reliably-improved', 'reliably-improved', 'reliably-deteriorated']);
    expect(res.counts).toEqual({ recovered: 1, reliablyImproved: 2, noReliableChange: 0, reliablyDeteriorated: 1 });
    expect(res.proportions.recovered.method).toBe('wilson');
  });
  it('reports each class proportion with the Wilson interval of R prop.test(x, n, correct = FALSE)', () => {
    // 20 people, pre 40: 7 improve by 10, 9 do not change, 4 fall by 10 (threshold 1.96·7.5·√2·√0.1 = 6.57).
    const pre = new Array<number>(20).fill(40);
    const post = [...new Array<number>(7).fill(50), ...new Array<number>(9).fill(40), ...new Array<number>(4).fill(30)];
    const res = reliableChange(pre, post, { reliability: 0.9, sd: 7.5, confidence: 0.9 });
    expect(res.counts).toEqual({ recovered: 0, reliablyImproved: 7, noReliableChange: 9, reliablyDeteriorated: 4 });
    // Reference: R 4.2.2, prop.test(k, 20, conf.level = 0.9, correct = FALSE)$conf.int printed with %.17g.
    // Both sides solve the same quadratic in closed form: 1e-12 relative (measured 0 to a few ulps).
    const ref = {
      reliablyImproved: [0.35, 0.20226004005676107, 0.53348731115152825],
      noReliableChange: [0.45, 0.28412349128903125, 0.62779229244706514],
      reliablyDeteriorated: [0.2, 0.093118016581210952, 0.3783766858353676],
    } as const;
    for (const [k, [est, lo, hi]] of Object.entries(ref)) {
      const ci = res.proportions[k as keyof typeof ref];
      expect(ci).toMatchObject({ method: 'wilson', confidence: 0.9 });
      expectClose([ci.estimate, ci.lower, ci.upper], [est, lo, hi], { rtol: 1e-12, label: k });
    }
    // x = 0: the Wilson lower limit is exactly 0 and the upper z²/(n + z²).
    const z2 = 1.6448536269514722 ** 2;
    expect(res.proportions.recovered.lower).toBe(0);
    expectClose(res.proportions.recovered.upper, z2 / (20 + z2), { rtol: 1e-14, label: 'recovered upper' });
  });
  it('mirrors everything when lower is better', () => {
    const up = reliableChange([10, 12, 14], [20, 12, 4], { reliability: 0.8, sd: 4 });
    const down = reliableChange([-10, -12, -14], [-20, -12, -4], { reliability: 0.8, sd: 4, higherIsBetter: false });
    expect(down.people.map((p) => p.class)).toEqual(up.people.map((p) => p.class));
  });
});

describe('reliableChange: reliability is required', () => {
  const star = { id: 'homelessness-star', reliability: [], scale: { min: 1, max: 10, higherIsBetter: true } };
  const wemwbs = { id: 'wemwbs', reliability: [{ value: 0.89, kind: 'alpha' }, { value: 0.91, kind: 'alpha' }, { value: 0.83, kind: 'test-retest' }], scale: { min: 14, max: 70, higherIsBetter: true } };
  it('throws no-reliability for an Outcomes Star without a supplied reliability', () => {
    expect(() => reliableChange([3, 4], [5, 6], { instrument: star })).toThrow(ReferenceDataError);
    try {
      reliableChange([3, 4], [5, 6], { instrument: star });
    } catch (e) {
      expect((e as ReferenceDataError).code).toBe('no-reliability');
    }
    expect(() => reliableChange([3, 4], [5, 6])).toThrow(ReferenceDataError);
  });
  it('refuses to choose among several coefficients, and accepts a supplied one with its source', () => {
    expect(() => reliableChange([40, 50], [45, 60], { instrument: wemwbs })).toThrow(/choose one of the 3/);
    const r = reliableChange([40, 50], [45, 60], { instrument: wemwbs, reliability: { value: 0.83, source: 'Tennant et al. 2007' } });
    expect(r.reliabilitySource).toBe('Tennant et al. 2007');
    expect(reliableChange([3, 4], [5, 6], { instrument: star, reliability: 0.8 }).reliability).toBe(0.8);
  });
  it('validates options and scores against the instrument scale', () => {
    expect(() => reliableChange([3, 4], [5, 11], { instrument: star, reliability: 0.8 })).toThrow(/post\[1\]/);
    expect(() => reliableChange([3, 4], [5, 6], { reliability: 1 })).toThrow(InvalidInputError);
    expect(() => reliableChange([3, 4], [5, 6], { reliability: 0.8, method: 'hageman-arrindell', cutoff: { value: 5 } })).toThrow(InvalidInputError);
    expect(() => reliableChange([3, 3], [5, 6], { reliability: 0.8 })).toThrow(/sd/);
  });
});
