import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { z } from 'zod';
import { outcomeByGroup, type GroupOutcome, type OutcomeByGroupResult } from '../../src/equity/outcomeByGroup';
import { fisherExactTwoSided } from '../../src/equity/_internal/disparityFisherExact';
import { exactSum, summarise } from '../../src/equity/_internal/disparitySummary';
import { InsufficientDataError, InvalidInputError, SocialOutcomesError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

// Issue 5 acceptance: relative error ≤ 1e-10 against R. Every figure is a closed form or one call of a kernel
// distribution function, so 1e-10 leaves margin without hiding a wrong formula.
const RTOL = 1e-10;

const GroupCase = z.object({
  label: z.string(),
  status: z.enum(['reference', 'compared', 'insufficient']),
  n: z.number(),
  events: z.number().optional(),
  estimate: z.number().optional(),
  sd: z.number().optional(),
  lower: z.number().optional(),
  upper: z.number().optional(),
  diff: z.number().optional(),
  diffLower: z.number().optional(),
  diffUpper: z.number().optional(),
  rr: z.number().optional(),
  rrLower: z.number().optional(),
  rrUpper: z.number().optional(),
  or: z.number().optional(),
  orLower: z.number().optional(),
  orUpper: z.number().optional(),
  corrected: z.boolean().optional(),
  test: z.string().optional(),
  statistic: z.number().optional(),
  df: z.number().optional(),
  pValue: z.number().optional(),
  pAdjusted: z.number().optional(),
  ratioAvailable: z.boolean().optional(),
  ratio: z.number().optional(),
  ratioLower: z.number().optional(),
  ratioUpper: z.number().optional(),
});
const Case = z.object({
  label: z.string(),
  metric: z.enum(['mean-change', 'proportion']),
  group: z.union([z.string(), z.array(z.string())]),
  outcome: z.string(),
  confidence: z.number(),
  adjust: z.enum(['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none']),
  minGroupSize: z.number(),
  reference: z.string(),
  records: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  groups: z.array(GroupCase),
  omnibus: z.array(z.object({ method: z.string(), statistic: z.number(), df: z.array(z.number()), pValue: z.number() })),
});

describe('outcomeByGroup vs R (end to end)', () => {
  const fx = loadFixture('equity/outcomeByGroup/r.json', Case);
  for (const c of fx.cases) {
    describe(c.label, () => {
      const r = outcomeByGroup(c.records, { group: c.group, outcome: c.outcome, metric: c.metric, confidence: c.confidence, adjust: c.adjust, minGroupSize: c.minGroupSize });
      it('reference, statuses and counts', () => {
        expect(r.reference.label).toBe(c.reference);
        expect(r.reference.chosenBy).toBe('largest');
        const byLabel = new Map(r.groups.map((g) => [g.label, g]));
        for (const e of c.groups) {
          const g = byLabel.get(e.label) as GroupOutcome;
          expect(g, e.label).toBeDefined();
          expect(g.status).toBe(e.status);
          expect(g.n).toBe(e.n);
          if (e.events !== undefined) expect(g.events).toBe(e.events);
        }
        expect(r.groups).toHaveLength(c.groups.length);
      });
      it.each(c.groups.filter((g) => g.status !== 'insufficient').map((g) => [g.label, g] as const))('%s', (_l, e) => {
        const g = r.groups.find((x) => x.label === e.label) as GroupOutcome;
        const est = g.estimate as NonNullable<GroupOutcome['estimate']>;
        expectClose([est.estimate, est.lower, est.upper], [e.estimate as number, e.lower as number, e.upper as number], { rtol: RTOL, label: `${e.label} estimate` });
        if (e.sd !== undefined) expectClose(g.sd as number, e.sd, { rtol: RTOL, label: `${e.label} sd` });
        if (e.status === 'reference') {
          expect(g.comparison).toBeUndefined();
          return;
        }
        const cmp = g.comparison as NonNullable<GroupOutcome['comparison']>;
        expectClose([cmp.difference.estimate, cmp.difference.lower, cmp.difference.upper], [e.diff as number, e.diffLower as number, e.diffUpper as number], { rtol: RTOL, atol: 1e-15, label: `${e.label} difference` });
        expectClose(cmp.test.pValue, e.pValue as number, { rtol: RTOL, label: `${e.label} p` });
        expectClose(cmp.test.pAdjusted, e.pAdjusted as number, { rtol: RTOL, label: `${e.label} p adjusted` });
        if (e.statistic !== undefined) expectClose(cmp.test.statistic as number, e.statistic, { rtol: RTOL, label: `${e.label} statistic` });
        if (c.metric === 'proportion') {
          expect(cmp.test.method).toBe(e.test);
          expect(cmp.ratio.available).toBe(true);
          const rr = cmp.ratio as { estimate: number; lower: number; upper: number; corrected?: boolean };
          expectClose([rr.estimate, rr.lower, rr.upper], [e.rr as number, e.rrLower as number, e.rrUpper as number], { rtol: RTOL, label: `${e.label} RR` });
          expect(rr.corrected).toBe(e.corrected);
          const or = cmp.oddsRatio as NonNullable<typeof cmp.oddsRatio>;
          expectClose([or.estimate, or.lower, or.upper], [e.or as number, e.orLower as number, e.orUpper as number], { rtol: RTOL, label: `${e.label} OR` });
        } else {
          expect(cmp.test.method).toBe('welch-t');
          expectClose(cmp.test.df as number, e.df as number, { rtol: RTOL, label: `${e.label} df` });
          expect(cmp.ratio.available).toBe(e.ratioAvailable);
          if (cmp.ratio.available) {
            expectClose([cmp.ratio.estimate, cmp.ratio.lower, cmp.ratio.upper], [e.ratio as number, e.ratioLower as number, e.ratioUpper as number], { rtol: RTOL, label: `${e.label} Fieller` });
          }
        }
      });
      it('omnibus tests', () => {
        expect(r.omnibus.map((o) => o.method)).toEqual(c.omnibus.map((o) => o.method));
        r.omnibus.forEach((o, k) => {
          const e = c.omnibus[k] as { statistic: number; df: number[]; pValue: number };
          expectClose(o.statistic, e.statistic, { rtol: RTOL, label: `${o.method} statistic` });
          expectClose(o.df, e.df, { rtol: RTOL, label: `${o.method} df` });
          expectClose(o.pValue, e.pValue, { rtol: RTOL, label: `${o.method} p` });
        });
      });
      it('accounts for every record', () => {
        const x = r.excluded;
        expect(r.n + x.missingGroup + x.missingOutcome + x.insufficientGroup + x.notEstimable).toBe(c.records.length);
        expect(r.nRecords).toBe(c.records.length);
      });
    });
  }
});

describe('Fisher exact test (internal) vs R fisher.test and scipy fisher_exact', () => {
  const Fisher = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number(), pValue: z.number() });
  for (const file of ['equity/outcomeByGroup/fisher-exact.json', 'equity/outcomeByGroup/fisher-exact-scipy.json']) {
    const fx = loadFixture(file, Fisher);
    it(`${file}: ${fx.cases.length} tables`, () => {
      for (const c of fx.cases) {
        // Relative 1e-10: the densities come from a ratio recurrence in log space (error ~ support size × ε).
        expectClose(fisherExactTwoSided(c.a, c.b, c.c, c.d), c.pValue, { rtol: RTOL, label: `[[${c.a}, ${c.b}], [${c.c}, ${c.d}]]` });
      }
    });
  }
});

describe('exact summation (internal) vs Python math.fsum', () => {
  const fx = loadFixture('equity/outcomeByGroup/exact-sum.json', z.object({ values: z.array(z.number()), fsum: z.number() }));
  it(`${fx.cases.length} sums, bit for bit`, () => {
    for (const c of fx.cases) expect(exactSum(c.values)).toBe(c.fsum);
  });
  fcTest.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), { minLength: 1, maxLength: 40 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })))], { numRuns: 300, seed: 77 })(
    'order never changes the sum, the mean or the variance',
    ([a, b]) => {
      expect(exactSum(b)).toBe(exactSum(a));
      expect(summarise(b)).toEqual(summarise(a));
    },
  );
});

// A synthetic population for the behaviour tests.
function rowsFor(spec: Record<string, [number, number]>): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const [g, [n, events]] of Object.entries(spec)) for (let i = 0; i < n; i++) out.push({ ethnicity: g, metNeed: i < events });
  return out;
}

describe('outcomeByGroup: behaviour', () => {
  const rows = rowsFor({ White: [80, 48], Asian: [70, 56], Black: [30, 6], Mixed: [4, 1] });

  it('the equity.md appendix vectors (Newcombe, Katz, Woolf) for 56/70 vs 48/80', () => {
    const r = outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
    const asian = r.groups.find((g) => g.label === 'Asian') as GroupOutcome;
    const cmp = asian.comparison as NonNullable<GroupOutcome['comparison']>;
    expectClose([cmp.difference.estimate, cmp.difference.lower, cmp.difference.upper], [0.2, 0.052431, 0.333873], { rtol: 0, atol: 5e-7, label: 'Newcombe (6 decimals printed)' });
    expectClose([(cmp.ratio as { lower: number }).lower, (cmp.ratio as { upper: number }).upper], [1.076626, 1.651249], { rtol: 5e-7, label: 'Katz' });
    expectClose([(cmp.oddsRatio as { lower: number }).lower, (cmp.oddsRatio as { upper: number }).upper], [1.276218, 5.57202], { rtol: 5e-7, label: 'Woolf' });
    expect(cmp.disparity).toEqual({ flag: 'disparity', outsideBand: true, ciExcludesOne: true, direction: 'higher' });
  });

  it('insufficient groups are listed and counted, never dropped', () => {
    const r = outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
    const mixed = r.groups.find((g) => g.label === 'Mixed') as GroupOutcome;
    expect(mixed).toEqual({ key: { ethnicity: 'Mixed' }, label: 'Mixed', status: 'insufficient', n: 4, missingOutcome: 0, events: 1 });
    expect(r.excluded.insufficientGroup).toBe(4);
    expect(r.warnings.some((w) => /fewer than 10/.test(w))).toBe(true);
  });

  it('disparity rule: within-band, inconclusive and disparity', () => {
    const within = outcomeByGroup(rowsFor({ A: [100, 50], B: [100, 45] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: 'A' });
    expect(within.groups[1]?.comparison?.disparity.flag).toBe('within-band');
    const inconclusive = outcomeByGroup(rowsFor({ A: [100, 50], B: [12, 4] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: 'A' });
    expect(inconclusive.groups[1]?.comparison?.disparity).toMatchObject({ flag: 'inconclusive', outsideBand: true, ciExcludesOne: false, direction: 'lower' });
    const strict = outcomeByGroup(rowsFor({ A: [100, 50], B: [100, 45] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: 'A', fairBand: 0.95 });
    expect(strict.fairBand.lower).toBe(0.95);
    expect(strict.groups[1]?.comparison?.disparity.outsideBand).toBe(true);
    expect(within.disparityRule).toMatch(/outside \[0\.8, 1\.25\]/);
  });

  it('reference: explicit, by object for intersections; the missing group is not chosen as largest', () => {
    const recs = [...rowsFor({ A: [20, 10], B: [30, 12] }), ...Array.from({ length: 50 }, () => ({ metNeed: true }))];
    const r = outcomeByGroup(recs, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
    expect(r.reference.label).toBe('B');
    expect(r.groups.find((g) => g.label === 'Unknown')?.status).toBe('compared');
    const byObj = outcomeByGroup(recs, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: { ethnicity: 'A' } });
    expect(byObj.reference).toMatchObject({ label: 'A', chosenBy: 'specified' });
    const intersect = outcomeByGroup(recs.map((x, i) => ({ ...x, sex: i % 2 ? 'F' : 'M' })), { group: ['ethnicity', 'sex'], outcome: 'metNeed', metric: 'proportion', reference: { ethnicity: 'B', sex: 'F' } });
    expect(intersect.reference.label).toBe('B / F');
  });

  it('missing outcomes are counted per group', () => {
    const recs = [...rowsFor({ A: [20, 10], B: [30, 12] }), { ethnicity: 'A', metNeed: null }, { ethnicity: 'A' }];
    const r = outcomeByGroup(recs, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
    expect(r.groups[0]).toMatchObject({ label: 'A', n: 20, missingOutcome: 2 });
    expect(r.excluded.missingOutcome).toBe(2);
  });

  it('a zero cell triggers the Haldane–Anscombe correction, reported', () => {
    // B: 0 of 8; the smallest expected count of the 2×2 table is 8·20/48 < 5, so 'auto' uses Fisher's test.
    const r = outcomeByGroup(rowsFor({ A: [40, 20], B: [8, 0] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', minGroupSize: 5 });
    const b = r.groups.find((g) => g.label === 'B') as GroupOutcome;
    expect((b.comparison?.ratio as { corrected: boolean }).corrected).toBe(true);
    expect(b.comparison?.test.method).toBe('fisher-exact');
    expect(r.warnings.some((w) => /Haldane/.test(w))).toBe(true);
  });

  it('mean change: a group with no spread is not estimable (counted); the ratio is unavailable when the reference mean is ~0', () => {
    const recs = [
      ...Array.from({ length: 30 }, (_, i) => ({ g: 'A', change: (i % 7) - 3 })),
      ...Array.from({ length: 20 }, (_, i) => ({ g: 'B', change: 2 + (i % 5) })),
      ...Array.from({ length: 12 }, () => ({ g: 'C', change: 1 })),
    ];
    const r = outcomeByGroup(recs, { group: 'g', outcome: 'change', metric: 'mean-change' });
    expect(r.reference.label).toBe('A');
    expect(r.groups.find((g) => g.label === 'C')?.status).toBe('not-estimable');
    expect(r.excluded.notEstimable).toBe(12);
    const b = r.groups.find((g) => g.label === 'B') as GroupOutcome;
    expect(b.comparison?.ratio.available).toBe(false);
    expect(b.comparison?.disparity.flag).toBe('not-assessed');
    expect(r.omnibus.map((o) => o.method)).toEqual(['welch-anova', 'kruskal-wallis']);
  });

  it('one eligible group: no omnibus, a warning', () => {
    const r = outcomeByGroup(rowsFor({ A: [20, 10], B: [3, 1] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
    expect(r.omnibus).toEqual([]);
    expect(r.warnings.some((w) => /no omnibus/.test(w))).toBe(true);
  });

  it('bad input names the field and row', () => {
    const e = thrown(() => outcomeByGroup([{ g: 'a', y: 1 }, { g: 'b', y: 'yes' }], { group: 'g', outcome: 'y', metric: 'proportion' }), SocialOutcomesError);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['records', 1, 'y']);
    expect(e.row).toBe(2);
    expect(thrown(() => outcomeByGroup([{ g: 'a', y: Number.NaN }], { group: 'g', outcome: 'y', metric: 'mean-change' }), SocialOutcomesError).code).toBe('non-finite');
    expect(thrown(() => outcomeByGroup([{ g: 'a', y: '3' }], { group: 'g', outcome: 'y', metric: 'mean-change' }), SocialOutcomesError).code).toBe('not-a-number');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'nope', metric: 'proportion' }), SocialOutcomesError).code).toBe('unknown-field');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'mean' as never }), SocialOutcomesError).code).toBe('invalid-option');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', adjust: 'fdr' as never }), SocialOutcomesError).code).toBe('invalid-option');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: 'Chinese' }), SocialOutcomesError).code).toBe('unknown-category');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', reference: 'Mixed' }), SocialOutcomesError)).toBeInstanceOf(InsufficientDataError);
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'ethnicity', metric: 'proportion' }), SocialOutcomesError).code).toBe('duplicate');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion', fairBand: 1.25 }), SocialOutcomesError).code).toBe('out-of-range');
    expect(thrown(() => outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'mean-change', minGroupSize: 1 }), SocialOutcomesError).code).toBe('out-of-range');
    expect(thrown(() => outcomeByGroup(rowsFor({ A: [3, 1] }), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }), SocialOutcomesError)).toBeInstanceOf(InsufficientDataError);
    expect(() => outcomeByGroup([], { group: 'g', outcome: 'y', metric: 'proportion' })).toThrow(InsufficientDataError);
    expect(() => outcomeByGroup(rows, null as never)).toThrow(InvalidInputError);
  });

  it('is pure and deterministic', () => {
    const frozen = deepFreeze(rows.map((x) => ({ ...x })));
    const a = JSON.stringify(outcomeByGroup(frozen, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }));
    expect(JSON.stringify(outcomeByGroup(frozen, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }))).toBe(a);
  });
});

describe('outcomeByGroup: properties', () => {
  const change = fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.constant(null));
  const rec = fc.record({ g: fc.constantFrom('a', 'b', 'c', null), s: fc.constantFrom('F', 'M'), change, met: fc.constantFrom(true, false, null) });
  const recs = fc.array(rec, { minLength: 30, maxLength: 120 });
  const pair = recs.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })));

  const run = (rs: ReadonlyArray<Record<string, unknown>>, metric: 'mean-change' | 'proportion', group: string | string[]): OutcomeByGroupResult | string => {
    try {
      return outcomeByGroup(rs, { group, outcome: metric === 'proportion' ? 'met' : 'change', metric, minGroupSize: 5 });
    } catch (e) {
      return (e as SocialOutcomesError).code;
    }
  };

  fcTest.prop([pair, fc.constantFrom<'mean-change' | 'proportion'>('mean-change', 'proportion'), fc.constantFrom<string | string[]>('g', ['g', 's'])], { numRuns: 120, seed: 2026 })(
    'permutation invariant, byte for byte (exact sums make means order-free)',
    ([a, b], metric, group) => {
      expect(JSON.stringify(run(b, metric, group))).toBe(JSON.stringify(run(a, metric, group)));
    },
  );

  fcTest.prop([recs, fc.constantFrom<'mean-change' | 'proportion'>('mean-change', 'proportion')], { numRuns: 120, seed: 2027 })(
    'no record lost: analysed + excluded by reason = records; group n + missing = records in the group',
    (rs, metric) => {
      const r = run(rs, metric, ['g', 's']);
      if (typeof r === 'string') return;
      const x = r.excluded;
      expect(r.n + x.missingGroup + x.missingOutcome + x.insufficientGroup + x.notEstimable).toBe(rs.length);
      expect(r.groups.reduce((s, g) => s + g.n + g.missingOutcome, 0)).toBe(rs.length);
      const compared = r.groups.filter((g) => g.status === 'compared');
      for (const g of compared) expect((g.comparison?.test.pAdjusted as number) >= (g.comparison?.test.pValue as number) - 1e-15).toBe(true);
    },
  );
});
