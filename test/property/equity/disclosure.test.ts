// Property tests of equity (issue 10): counts and cross-tabs do not depend on record order, outcomeByGroup is
// byte-identical under reordering, suppression is monotone in the threshold (raising it never reveals a cell),
// every suppressed cell stays protected, and k-anonymity violations only grow with k. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkKAnonymity, crossTab, groupCounts, outcomeByGroup, profile, suppressSmallCounts, type PublishedCell } from 'social-outcomes/equity';
import { params, permuteAll } from '../_helpers';

const person = fc.record({
  sex: fc.constantFrom('F', 'M', 'X', null),
  age: fc.constantFrom('18-64', '65+', '85+'),
  ethnicity: fc.constantFrom('Asian', 'Black', 'Mixed', 'White', 'Other'),
  met: fc.boolean(),
});
const people = fc.array(person, { minLength: 1, maxLength: 80 });
const withOrder = people.chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })));

describe('record order does not matter', () => {
  test.prop([withOrder], params)('groupCounts, profile and crossTab give identical JSON for any order of the records', ([ps, order]) => {
    const [qs] = permuteAll(order, ps);
    expect(JSON.stringify(groupCounts(qs, ['sex', 'age']))).toBe(JSON.stringify(groupCounts(ps, ['sex', 'age'])));
    expect(JSON.stringify(profile(qs, 'ethnicity'))).toBe(JSON.stringify(profile(ps, 'ethnicity')));
    expect(JSON.stringify(crossTab(qs, 'ethnicity', 'age'))).toBe(JSON.stringify(crossTab(ps, 'ethnicity', 'age')));
  });

  test.prop([fc.array(person, { minLength: 40, maxLength: 120 }).chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.integer(), { minLength: ps.length, maxLength: ps.length })))], { ...params, numRuns: Math.min(params.numRuns, 30) })(
    'outcomeByGroup is byte-identical for any order of the records (its sums are exact)',
    ([ps, order]) => {
      const [qs] = permuteAll(order, ps);
      const run = (rs: typeof ps): string => {
        try {
          return JSON.stringify(outcomeByGroup(rs, { group: 'ethnicity', outcome: 'met', metric: 'proportion', minGroupSize: 5 }));
        } catch (e) {
          return `threw ${(e as Error).message}`;
        }
      };
      expect(run(qs)).toBe(run(ps));
    },
  );
});

const hidden = (c: PublishedCell): boolean => c.value === null;

describe('suppression', () => {
  const oneWay = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 12 });
  const twoWay = fc.integer({ min: 2, max: 5 }).chain((c) => fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: c, maxLength: c }), { minLength: 2, maxLength: 5 }));
  const thresholds = fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 })).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

  test.prop([oneWay, thresholds], params)('one-way: raising the threshold never publishes a cell a lower threshold hid', (table, [t1, t2]) => {
    fc.pre(table.some((v) => v > 0));
    const lo = suppressSmallCounts(table, { threshold: t1 });
    const hi = suppressSmallCounts(table, { threshold: t2 });
    lo.cells.forEach((c, i) => { if (hidden(c)) expect(hidden(hi.cells[i] as PublishedCell)).toBe(true); });
    if (hidden(lo.total)) expect(hidden(hi.total)).toBe(true);
    expect(hi.audit.protected).toBe(true);
  });

  test.prop([twoWay, thresholds], params)('two-way: raising the threshold never publishes a cell or total a lower threshold hid; every hidden cell stays protected', (table, [t1, t2]) => {
    fc.pre(table.flat().some((v) => v > 0));
    const lo = suppressSmallCounts(table, { threshold: t1 });
    const hi = suppressSmallCounts(table, { threshold: t2 });
    lo.cells.forEach((row, i) => row.forEach((c, j) => { if (hidden(c)) expect(hidden((hi.cells[i] as PublishedCell[])[j] as PublishedCell)).toBe(true); }));
    lo.rowTotals.forEach((c, i) => { if (hidden(c)) expect(hidden(hi.rowTotals[i] as PublishedCell)).toBe(true); });
    lo.colTotals.forEach((c, j) => { if (hidden(c)) expect(hidden(hi.colTotals[j] as PublishedCell)).toBe(true); });
    for (const r of [lo, hi]) {
      expect(r.audit.protected).toBe(true);
      // every cell below the threshold (and above 0) is hidden, and no hidden cell's inferable interval is a point
      r.cells.forEach((row, i) => row.forEach((c, j) => {
        const v = (table[i] as number[])[j] as number;
        if (v >= 1 && v < (r === lo ? t1 : t2)) expect(hidden(c)).toBe(true);
      }));
      for (const s of r.suppressedCells) expect(s.upper === null || s.upper - s.lower >= 1).toBe(true);
    }
  });

  test.prop([people, fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))], params)('checkKAnonymity: the records at risk only grow with k', (ps, [a, b]) => {
    const [k1, k2] = a <= b ? [a, b] : [b, a];
    const r1 = checkKAnonymity(ps, ['sex', 'age'], k1);
    const r2 = checkKAnonymity(ps, ['sex', 'age'], k2);
    expect(r2.nRecordsAtRisk).toBeGreaterThanOrEqual(r1.nRecordsAtRisk);
    expect(r2.violatingClasses.length).toBeGreaterThanOrEqual(r1.violatingClasses.length);
    if (r2.satisfied) expect(r1.satisfied).toBe(true);
  });
});
