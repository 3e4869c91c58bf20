// Property tests of equity (issue 10), second part: an intruder's differencing attack on a suppressed table
// (no row, column or totals line may hold exactly one hidden value next to published values), suppression
// monotone in the threshold with secondary suppression and zeros off, counts additive over a split of the
// records (the "merge" of count tables), element-wise harmonisers equivariant under permutation, and
// compareToBaseline invariant to the order of categories. Seeded (see ../_helpers).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareToBaseline, groupCounts, harmoniseEthnicity, harmoniseGender, suppressSmallCounts, type PublishedCell } from 'social-outcomes/equity';
import { expectDeepClose, params, permuteAll } from '../_helpers';

const hidden = (c: PublishedCell): boolean => c.value === null;
const twoWay = fc.integer({ min: 2, max: 6 }).chain((c) => fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: c, maxLength: c }), { minLength: 2, maxLength: 6 }));

/** Lines of a published two-way table: each row with its total, each column with its total, and the totals row. */
function lines(r: ReturnType<typeof suppressSmallCounts> & { dimensions: 2 }): PublishedCell[][] {
  const rows = r.cells.map((row, i) => [...row, r.rowTotals[i] as PublishedCell]);
  const cols = r.colTotals.map((t, j) => [...r.cells.map((row) => row[j] as PublishedCell), t]);
  return [...rows, ...cols, [...r.colTotals, r.grandTotal], [...r.rowTotals, r.grandTotal]];
}

describe('no suppressed value can be recovered by subtraction', () => {
  test.prop([twoWay, fc.integer({ min: 2, max: 12 }), fc.boolean()], params)(
    'two-way, secondary suppression on: no line (row + total, column + total, totals + grand total) has exactly one hidden value',
    (table, threshold, zeroIsSafe) => {
      fc.pre(table.flat().some((v) => v > 0));
      const r = suppressSmallCounts(table, { threshold, zeroIsSafe });
      if (r.dimensions !== 2) throw new Error('expected a two-way result');
      for (const line of lines(r)) expect(line.filter(hidden).length).not.toBe(1);
      // and every published value is the true one (no rounding under the default rule)
      r.cells.forEach((row, i) => row.forEach((c, j) => { if (!hidden(c)) expect(c.value).toBe((table[i] as number[])[j]); }));
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 12 })], params)(
    'one-way: the cells and the total never hold exactly one hidden value',
    (table, threshold) => {
      fc.pre(table.some((v) => v > 0));
      const r = suppressSmallCounts(table, { threshold });
      if (r.dimensions !== 1) throw new Error('expected a one-way result');
      expect([...r.cells, r.total].filter(hidden).length).not.toBe(1);
    },
  );

  test.prop([twoWay, fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))], params)(
    'zeros suppressed too (zeroIsSafe: false): raising the threshold never publishes a value a lower one hid',
    (table, [a, b]) => {
      fc.pre(table.flat().some((v) => v > 0));
      const [t1, t2] = a <= b ? [a, b] : [b, a];
      const lo = suppressSmallCounts(table, { threshold: t1, zeroIsSafe: false });
      const hi = suppressSmallCounts(table, { threshold: t2, zeroIsSafe: false });
      if (lo.dimensions !== 2 || hi.dimensions !== 2) throw new Error('expected two-way results');
      lo.cells.forEach((row, i) => row.forEach((c, j) => { if (hidden(c)) expect(hidden((hi.cells[i] as PublishedCell[])[j] as PublishedCell)).toBe(true); }));
      if (hidden(lo.grandTotal)) expect(hidden(hi.grandTotal)).toBe(true);
    },
  );
});

const person = fc.record({ sex: fc.constantFrom('F', 'M', null), age: fc.constantFrom('18-64', '65+') });
describe('count tables merge by addition', () => {
  test.prop([fc.array(person, { maxLength: 60 }), fc.array(person, { maxLength: 60 })], params)('groupCounts(a ++ b) = groupCounts(a) + groupCounts(b), key by key', (a, b) => {
    fc.pre(a.length + b.length > 0);
    const table = (ps: typeof a): Map<string, number> => {
      const m = new Map<string, number>();
      if (ps.length === 0) return m;
      for (const row of groupCounts(ps, ['sex', 'age']).rows) m.set(JSON.stringify(row.key), row.n);
      return m;
    };
    const ta = table(a), tb = table(b), all = table([...a, ...b]);
    const summed = new Map(ta);
    for (const [key, n] of tb) summed.set(key, (summed.get(key) ?? 0) + n);
    expect(Object.fromEntries([...all].sort())).toEqual(Object.fromEntries([...summed].sort()));
  });
});

describe('element-wise harmonisers follow a permutation of their input', () => {
  const genders = fc.array(fc.constantFrom('Female', 'F', 'Woman', 'Male', 'M', 'Man', 'Non-binary', 'Prefer not to say', '', null), { minLength: 1, maxLength: 40 });
  test.prop([genders.chain((v) => fc.tuple(fc.constant(v), fc.array(fc.integer(), { minLength: v.length, maxLength: v.length })))], params)(
    'harmoniseGender: values permute with the input; counts are unchanged',
    ([vs, order]) => {
      const a = harmoniseGender(vs);
      const [ws] = permuteAll(order, vs);
      const b = harmoniseGender(ws);
      expect(b.values).toEqual(permuteAll(order, [...a.values])[0]);
      expect(b.counts).toEqual(a.counts);
      expect([b.n, b.missing, b.unrecognised]).toEqual([a.n, a.missing, a.unrecognised]);
    },
  );

  const ethnicities = fc.array(fc.constantFrom('A', 'B', 'C', 'R', 'J', 'Prefer not to say', null), { minLength: 1, maxLength: 40 });
  test.prop([ethnicities.chain((v) => fc.tuple(fc.constant(v), fc.array(fc.integer(), { minLength: v.length, maxLength: v.length })))], params)(
    'harmoniseEthnicity: values permute with the input; counts are unchanged',
    ([vs, order]) => {
      const a = harmoniseEthnicity(vs);
      const [ws] = permuteAll(order, vs);
      const b = harmoniseEthnicity(ws);
      expect(b.values).toEqual(permuteAll(order, [...a.values])[0]);
      expect(b.counts).toEqual(a.counts);
    },
  );
});

describe('compareToBaseline', () => {
  const labels = ['A', 'B', 'C', 'D', 'E'];
  // census shares ≥ 0.059 and n ≥ 5 keep every expected count ≥ 0.3; with small expected counts the function switches
  // to an exact or 2000-replicate Monte-Carlo test (about 250 ms a call), which would dominate the suite's time
  test.prop([fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 5, maxLength: 5 }), fc.array(fc.integer({ min: 500, max: 2000 }), { minLength: 5, maxLength: 5 }), fc.array(fc.integer(), { minLength: 5, maxLength: 5 })], params)(
    'does not depend on the order in which categories are listed',
    (obs, base, order) => {
      const census = (ls: string[], cs: number[]): { categories: Array<{ label: string; count: number }>; total: number } => ({ categories: ls.map((label, i) => ({ label, count: cs[i] as number })), total: cs.reduce((s, x) => s + x, 0) });
      const a = compareToBaseline(Object.fromEntries(labels.map((l, i) => [l, obs[i] as number])), census(labels, base));
      const [l2, o2, b2] = permuteAll(order, labels, obs, base);
      const b = compareToBaseline(Object.fromEntries(l2.map((l, i) => [l, o2[i] as number])), census(l2, b2));
      const byLabel = (r: typeof a): Record<string, unknown> => Object.fromEntries(r.categories.map((c) => [c.category, c]));
      expectDeepClose(byLabel(b), byLabel(a), 1e-12, 1e-15);
    },
  );
});
