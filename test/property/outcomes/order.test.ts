// Property tests of outcomes (issue 10): the WEMWBS/SWEMWBS totals do not depend on which item holds which
// answer (the scales are unweighted sums), SWEMWBS metric conversion is monotone, and pairReadings and
// trajectories do not depend on the order in which readings arrive. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { pairReadings, scoreSwemwbs, scoreWemwbs, swemwbsMetricScore, trajectories } from 'social-outcomes/outcomes';
import { params, permuteAll } from '../_helpers';

const answers = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n });
const order = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer(), { minLength: n, maxLength: n });

describe('scales', () => {
  test.prop([answers(14), order(14), answers(7), order(7)], params)('scoreWemwbs and scoreSwemwbs totals are invariant to a permutation of the items', (w, ow, s, os) => {
    expect(scoreWemwbs(permuteAll(ow, w)[0]).raw).toBe(scoreWemwbs(w).raw);
    expect(scoreWemwbs(w).raw).toBe(w.reduce((a, b) => a + b, 0));
    expect(scoreSwemwbs(permuteAll(os, s)[0]).raw).toBe(scoreSwemwbs(s).raw);
  });

  test.prop([fc.integer({ min: 7, max: 35 }), fc.integer({ min: 7, max: 35 })], params)('swemwbsMetricScore is strictly increasing in the raw score', (a, b) => {
    fc.pre(a !== b);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    expect(swemwbsMetricScore(lo)).toBeLessThan(swemwbsMetricScore(hi));
  });
});

const day = (d: number): string => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const reading = fc.record({ client: fc.constantFrom('A', 'B', 'C'), day: fc.integer({ min: 0, max: 600 }), s: fc.integer({ min: 1, max: 10 }) });
const readings = fc.uniqueArray(reading, { minLength: 1, maxLength: 25, selector: (r) => `${r.client}|${r.day}` });

/**
 * The result with every `index` (a position in the input) replaced by the reading it points at (client and date);
 * lists of bare references (`[{index}]`, e.g. the readings of an excluded client) are in input order, so sorted.
 */
function byIdentity(result: unknown, input: ReadonlyArray<{ clientId: unknown; date: unknown }>): string {
  const id = (i: number): string => `${String(input[i]?.clientId)}@${String(input[i]?.date)}`;
  return JSON.stringify(result, (key, v: unknown) => {
    if (key === 'index' && typeof v === 'number') return id(v);
    const isRefList = Array.isArray(v) && v.every((x: unknown) => x !== null && typeof x === 'object' && Object.keys(x).length === 1 && typeof (x as { index?: unknown }).index === 'number');
    return isRefList ? (v as Array<{ index: number }>).map((x) => id(x.index)).sort() : v;
  });
}

describe('readings', () => {
  test.prop([readings.chain((rs) => fc.tuple(fc.constant(rs), order(rs.length)))], params)('pairReadings gives the same pairs, exclusions and counts for any order of the readings', ([rs, o]) => {
    const make = (xs: typeof rs): Array<{ clientId: string; instrumentId: string; date: string; scores: Record<string, number> }> => xs.map((r) => ({ clientId: r.client, instrumentId: 'homelessness-star', date: day(r.day), scores: { 'managing-tenancy': r.s, 'managing-money': r.s } }));
    const [ps] = permuteAll(o, rs);
    for (const options of [{}, { strategy: 'baseline-and-nearest' as const, targetDays: 182 }]) {
      expect(byIdentity(pairReadings(make(ps) as never, options), make(ps))).toBe(byIdentity(pairReadings(make(rs) as never, options), make(rs)));
    }
  });

  test.prop([readings.chain((rs) => fc.tuple(fc.constant(rs), order(rs.length)))], params)('trajectories gives the same result for any order of the readings', ([rs, o]) => {
    // SWEMWBS totals are metric scores: convert a raw 7–35 total
    const make = (xs: typeof rs): Array<{ clientId: string; instrumentId: string; date: string; scores: Record<string, number> }> => xs.map((r) => ({ clientId: r.client, instrumentId: 'swemwbs', date: day(r.day), scores: { total: swemwbsMetricScore(7 + 2 * r.s) } }));
    const [ps] = permuteAll(o, rs);
    const run = (xs: typeof rs): string => { try { return byIdentity(trajectories(make(xs) as never), make(xs)); } catch (e) { return `threw ${(e as Error).name}`; } };
    expect(run(ps)).toBe(run(rs));
  });
});
