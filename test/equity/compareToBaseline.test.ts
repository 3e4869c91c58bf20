import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseline, compareToBaseline, harmoniseAgeBand, harmoniseEthnicity, InsufficientDataError, InvalidInputError, ReferenceDataError } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { deepFreeze } from '../_helpers/deepFreeze';

const Case = z.object({
  name: z.string(),
  labels: z.array(z.string()),
  x: z.array(z.number()),
  census: z.array(z.number()),
  confidence: z.number(),
  adjust: z.enum(['holm', 'BH']),
  method: z.enum(['asymptotic', 'exact']),
  statistic: z.number(),
  df: z.number(),
  asymptoticPValue: z.number(),
  exactPValue: z.number().nullable(),
  expected: z.array(z.number()),
  residuals: z.array(z.number()),
  stdres: z.array(z.number()),
  shareLower: z.array(z.number()),
  shareUpper: z.array(z.number()),
  ratio: z.array(z.number()),
  ratioLower: z.array(z.number()),
  ratioUpper: z.array(z.number()),
  pValue: z.array(z.number()),
  pAdjusted: z.array(z.number()),
  flag: z.array(z.enum(['under', 'over', 'as-expected'])),
  minExpected: z.number(),
});
const fixture = loadFixture('equity/compareToBaseline/compareToBaseline.json', Case);

// R prints 15 significant digits; every quantity is closed-form (Wilson roots, ratios, residuals, normal and
// χ² tails, sums of multinomial probabilities), so the 1e-10 relative tolerance applies throughout.
const RTOL = 1e-10;

describe('compareToBaseline against R (prop.test, chisq.test, p.adjust, exact enumeration)', () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const census = { categories: c.labels.map((label, i) => ({ label, count: c.census[i] as number })), total: c.census.reduce((s, v) => s + v, 0) };
      const observed = Object.fromEntries(c.labels.map((l, i) => [l, c.x[i] as number]));
      const r = compareToBaseline(observed, census, { confidence: c.confidence, adjust: c.adjust, method: c.method });
      expect(r.n).toBe(c.x.reduce((s, v) => s + v, 0));
      expectClose(r.test.statistic, c.statistic, { rtol: RTOL, label: 'statistic' });
      expect(r.test.df).toBe(c.df);
      expectClose(r.test.asymptoticPValue, c.asymptoticPValue, { rtol: RTOL, label: 'asymptotic p' });
      expectClose(r.test.pValue, c.exactPValue ?? c.asymptoticPValue, { rtol: RTOL, label: 'p' });
      expectClose(r.test.minExpected, c.minExpected, { rtol: RTOL });
      expect(r.categories.map((k) => k.category)).toEqual(c.labels);
      expectClose(r.categories.map((k) => k.expected), c.expected, { rtol: RTOL, label: 'expected' });
      expectClose(r.categories.map((k) => k.residual), c.residuals, { rtol: RTOL, label: 'residuals' });
      expectClose(r.categories.map((k) => k.standardisedResidual), c.stdres, { rtol: RTOL, label: 'stdres' });
      // Wilson limits are 0 when x = 0; atol covers that exact zero against R's rounding to 1e-17
      expectClose(r.categories.map((k) => k.share.lower), c.shareLower, { rtol: RTOL, atol: 1e-15, label: 'share lower' });
      expectClose(r.categories.map((k) => k.share.upper), c.shareUpper, { rtol: RTOL, label: 'share upper' });
      expectClose(r.categories.map((k) => k.representationRatio.estimate), c.ratio, { rtol: RTOL, atol: 1e-15, label: 'ratio' });
      expectClose(r.categories.map((k) => k.representationRatio.lower), c.ratioLower, { rtol: RTOL, atol: 1e-15, label: 'ratio lower' });
      expectClose(r.categories.map((k) => k.representationRatio.upper), c.ratioUpper, { rtol: RTOL, label: 'ratio upper' });
      expectClose(r.categories.map((k) => k.pValue), c.pValue, { rtol: RTOL, label: 'p per category' });
      expectClose(r.categories.map((k) => k.pAdjusted), c.pAdjusted, { rtol: RTOL, label: 'p adjusted' });
      expect(r.categories.map((k) => k.flag)).toEqual(c.flag);
    });
  }

  it('uses the bundled census counts the fixture was written with', () => {
    const bham = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group', level: 'aggregate' });
    const ew = baseline(census2021, { area: 'K04000001', topic: 'ethnic-group', level: 'aggregate' });
    const bham19 = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group' });
    const dis = baseline(census2021, { area: 'E08000025', topic: 'disability', level: 'aggregate' });
    const byName = new Map(fixture.cases.map((c) => [c.name, c]));
    expect(bham.categories.map((c) => c.count)).toEqual(byName.get('Birmingham TS021 high-level groups, n = 500')?.census);
    expect(ew.categories.map((c) => c.count)).toEqual(byName.get('England and Wales TS021 high-level groups, 99.8% (Fingertips level)')?.census);
    expect(bham19.categories.map((c) => c.count)).toEqual(byName.get('Birmingham TS021 19 groups, n = 441, BH adjustment')?.census);
    expect(bham19.categories.map((c) => c.label)).toEqual(byName.get('Birmingham TS021 19 groups, n = 441, BH adjustment')?.labels);
    expect(dis.categories.map((c) => c.count)).toEqual(byName.get('Birmingham TS038 disability, n = 20 (exact)')?.census);
  });
});

describe('compareToBaseline behaviour', () => {
  const bham = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group', level: 'aggregate' });

  it('flags agree with the standardised residual against z (the Wilson interval inverts the score test)', () => {
    for (const c of fixture.cases) {
      const census = { categories: c.labels.map((label, i) => ({ label, count: c.census[i] as number })), total: c.census.reduce((s, v) => s + v, 0) };
      const r = compareToBaseline(Object.fromEntries(c.labels.map((l, i) => [l, c.x[i] as number])), census, { confidence: c.confidence, method: 'asymptotic' });
      const z = c.confidence === 0.95 ? 1.959963984540054 : 3.090232306167813;
      for (const k of r.categories) {
        const expected = k.standardisedResidual > z ? 'over' : k.standardisedResidual < -z ? 'under' : 'as-expected';
        expect(k.flag, k.category).toBe(expected);
        expect(k.pValue < 1 - c.confidence, k.category).toBe(k.flag !== 'as-expected');
      }
    }
  });

  it('carries the baseline caveats, area and table, and adds its own', () => {
    const r = compareToBaseline({ White: 50, 'Other ethnic group': 10, 'Asian, Asian British or Asian Welsh': 30, 'Mixed or Multiple ethnic groups': 5, 'Black, Black British, Black Welsh, Caribbean or African': 5 }, bham);
    expect(r.caveats.map((c) => c.id)).toEqual([...bham.caveats.map((c) => c.id), 'baseline-share-fixed']);
    expect(r.baseline).toEqual({ total: 1144922, area: { code: 'E08000025', name: 'Birmingham' }, table: { id: 'TS021', title: 'Ethnic group' } });
    expect(r.categories[0]?.category).toBe('Asian, Asian British or Asian Welsh');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("'auto' switches to the exact test when an expected count is below 5 and warns", () => {
    const r = compareToBaseline({ White: 5, 'Asian, Asian British or Asian Welsh': 4, 'Other ethnic group': 1 }, bham);
    expect(r.test.method).toBe('exact');
    expect(r.warnings[0]?.code).toBe('small-expected');
    expect(r.warnings[0]?.message).toMatch(/expected counts are below 5 .* exact/);
    const asym = compareToBaseline({ White: 5, 'Asian, Asian British or Asian Welsh': 4, 'Other ethnic group': 1 }, bham, { method: 'asymptotic' });
    expect(asym.test.method).toBe('asymptotic');
    expect(asym.warnings[0]?.message).toMatch(/approximation may be incorrect/);
    expect(asym.test.pValue).toBe(r.test.asymptoticPValue);
  });

  it("'auto' uses Monte-Carlo with the seed when enumeration is too large, reproducibly", () => {
    const b19 = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group' });
    const obs = { 'White: English, Welsh, Scottish, Northern Irish or British': 60, 'Asian, Asian British or Asian Welsh: Pakistani': 25, 'White: Roma': 2 };
    const a = compareToBaseline(obs, b19, { seed: 42 });
    const b = compareToBaseline(obs, b19, { seed: 42 });
    expect(a.test.method).toBe('monte-carlo');
    expect(a.test.seed).toBe(42);
    expect(a.test.simulations).toBe(2000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.warnings.some((w) => /Monte-Carlo \(2000 samples, seed 42\)/.test(w.message))).toBe(true);
  });

  it("'auto' stays asymptotic when every expected count is at least 5", () => {
    const r = compareToBaseline({ White: 500, 'Asian, Asian British or Asian Welsh': 300, 'Other ethnic group': 60, 'Mixed or Multiple ethnic groups': 50, 'Black, Black British, Black Welsh, Caribbean or African': 100 }, bham);
    expect(r.test.method).toBe('asymptotic');
    expect(r.warnings).toEqual([]);
  });

  it('accepts the three observed shapes with the same result', () => {
    const rec = { White: 50, 'Asian, Asian British or Asian Welsh': 30 };
    const a = compareToBaseline(rec, bham);
    const b = compareToBaseline([{ category: 'White', count: 50 }, { category: 'Asian, Asian British or Asian Welsh', count: 30 }], bham);
    const c = compareToBaseline({ categories: [{ label: 'White', n: 50 }, { label: 'Asian, Asian British or Asian Welsh', n: 30 }] }, bham);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // categories not observed are compared with count 0
    expect(a.categories.find((k) => k.category === 'Other ethnic group')?.observed).toBe(0);
  });

  it('reports excluded categories and renormalises the census shares over those compared', () => {
    const r = compareToBaseline({ White: 50, 'Asian, Asian British or Asian Welsh': 30, 'Not known': 7, 'Prefer not to say': 3 }, bham, { excludeCategories: ['Not known', 'Prefer not to say', 'Other ethnic group'] });
    expect(r.n).toBe(80);
    expect(r.excluded.n).toBe(10);
    expect(r.excluded.categories).toEqual([
      { category: 'Not known', observed: 7, reason: 'excluded' },
      { category: 'Prefer not to say', observed: 3, reason: 'excluded' },
      { category: 'Other ethnic group', observed: 0, baselineCount: 51965, reason: 'excluded' },
    ]);
    expect(r.baseline.total).toBe(1144922 - 51965);
    expectClose(r.categories.reduce((s, k) => s + k.expectedShare, 0), 1, { rtol: 1e-14 });
    expectClose(r.categories[0]?.expectedShare ?? 0, 355384 / (1144922 - 51965), { rtol: 1e-15 });
  });

  it('works end to end with harmonised service data', () => {
    const eth = harmoniseEthnicity(['H', 'J', 'J', 'A', 'A', 'A', 'N', 'M', 'Z', null, 'F', 'S'], { level: 'aggregate' });
    const r = compareToBaseline(eth.counts, bham, { excludeCategories: ['Prefer not to say', 'Not known'] });
    expect(r.n).toBe(10);
    expect(r.excluded.n).toBe(2);
    const ages = harmoniseAgeBand([19, 30, 45, 66, 70, 90, 50, 51], { bands: [18, 65] });
    const ageBase = baseline(census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 65] });
    const a = compareToBaseline(ages.counts, ageBase);
    expect(a.categories.map((k) => k.observed)).toEqual([5, 3]);
  });

  it('does not mutate its inputs', () => {
    const obs = deepFreeze({ White: 5, 'Asian, Asian British or Asian Welsh': 4 });
    const base = deepFreeze(structuredClone(bham));
    expect(() => compareToBaseline(obs, base, { excludeCategories: deepFreeze(['Other ethnic group']) })).not.toThrow();
  });
});

describe('compareToBaseline bad input', () => {
  const census = { categories: [{ label: 'A', count: 70 }, { label: 'B', count: 30 }], total: 100 };
  it.each([
    ['a negative count', { A: -1, B: 2 }, census, {}, InvalidInputError, /count of "A" to be non-negative \(got -1\) → at observed\.A/],
    ['a fractional count', { A: 1.5, B: 2 }, census, {}, InvalidInputError, /count of "A" to be a whole number of people \(got 1\.5\)/],
    ['NaN', { A: Number.NaN }, census, {}, InvalidInputError, /count of "A" to be a number \(got NaN\)/],
    ['Infinity', { A: Number.POSITIVE_INFINITY }, census, {}, InvalidInputError, /finite/],
    ['a category absent from the baseline', { A: 1, Unknown: 2 }, census, {}, InvalidInputError, /2 observed in "Unknown", which the baseline does not have.*excludeCategories: \["Unknown"\]/],
    ['an excluded category that exists nowhere', { A: 1 }, census, { excludeCategories: ['Nope'] }, InvalidInputError, /cannot exclude "Nope"/],
    ['a duplicate category', [{ category: 'A', count: 1 }, { category: 'A', count: 2 }], census, {}, InvalidInputError, /"A" twice/],
    ['a baseline not summing to its total', { A: 1 }, { categories: [{ label: 'A', count: 70 }, { label: 'B', count: 20 }], total: 100 }, {}, ReferenceDataError, /sum to 90, the total is 100/],
    ['a baseline with a negative count', { A: 1 }, { categories: [{ label: 'A', count: 110 }, { label: 'B', count: -10 }], total: 100 }, {}, ReferenceDataError, /baseline count of "B"/],
    ['a baseline without categories', { A: 1 }, { categories: [], total: 100 }, {}, ReferenceDataError, /categories \(got none\)/],
    ['an observation in a zero-count census category', { A: 1, C: 1 }, { categories: [{ label: 'A', count: 70 }, { label: 'B', count: 30 }, { label: 'C', count: 0 }], total: 100 }, {}, InvalidInputError, /"C": 1 observed but its baseline count is 0/],
    ['nothing observed', { A: 0, B: 0 }, census, {}, InsufficientDataError, /at least one observation/],
    ['one category left', { A: 3 }, census, { excludeCategories: ['B'] }, InsufficientDataError, /at least 2 categories/],
    ['a bad confidence', { A: 1 }, census, { confidence: 1 }, InvalidInputError, /confidence/],
    ['a bad method', { A: 1 }, census, { method: 'bootstrap' }, InvalidInputError, /method/],
    ['a bad adjustment', { A: 1 }, census, { adjust: 'sidak' }, InvalidInputError, /adjust/],
    ['observed of the wrong type', 'A', census, {}, InvalidInputError, /observed to be a record/],
  ])('rejects %s', (_l, obs, base, options, cls, message) => {
    expect(() => compareToBaseline(obs as never, base as never, options as never)).toThrow(cls);
    expect(() => compareToBaseline(obs as never, base as never, options as never)).toThrow(message);
  });

  it('reports a zero-count category that is absent from the baseline, and a zero census category not observed', () => {
    const r = compareToBaseline({ A: 3, B: 2, Unknown: 0 }, { categories: [{ label: 'A', count: 70 }, { label: 'B', count: 30 }, { label: 'C', count: 0 }], total: 100 });
    expect(r.excluded.categories).toEqual([
      { category: 'Unknown', observed: 0, reason: 'not-in-baseline' },
      { category: 'C', observed: 0, baselineCount: 0, reason: 'zero-baseline' },
    ]);
  });
});
