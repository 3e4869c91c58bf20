// The canonical order of groups (finishAssignment): lexicographic in the fields' level positions (declared levels,
// else sorted observed values). Groups are numbered in mixed radix and sorted natively when the numbers and the group
// indices fit together in 2^53; otherwise the numbers, or past 2^53 combinations the positions field by field, are
// compared. Each route is checked against an independent sort of the groups' declared positions.
import { describe, expect, it } from 'vitest';
import { assignGroups, parseGroupingOptions } from '../../../src/equity/_internal/groupingRecords';
import { seededRandom } from '../../../src/stats/seededRandom';

/** Rows of `k` fields with declared levels of `levels` values each (numbered backwards, so not in sorted order). */
function check(k: number, levels: number, rows: number): void {
  const rand = seededRandom(`order ${k} ${levels} ${rows}`);
  const fields = Array.from({ length: k }, (_, f) => `f${f}`);
  const declared = Array.from({ length: levels }, (_, j) => `L${levels - 1 - j}`);
  const records = Array.from({ length: rows }, () => Object.fromEntries(fields.map((f) => [f, declared[Math.floor(rand() * levels)] as string])));
  // Groups that share every field but the last, whose last positions are neighbours, seen last position first: past
  // 2^53 their numbers would round together and a stable sort would keep them in that (wrong) order.
  for (let j = 9; j >= 0; j--) records.push(Object.fromEntries(fields.map((f, q) => [f, declared[q === k - 1 ? j : levels - 1] as string])));
  const a = assignGroups('test', records, fields, parseGroupingOptions('test', { levels: Object.fromEntries(fields.map((f) => [f, declared])) }, fields));
  const position = new Map(declared.map((v, j) => [v, j]));
  const distinct = [...new Map(records.map((r) => [fields.map((f) => r[f]).join('|'), fields.map((f) => r[f] as string)])).values()];
  distinct.sort((x, y) => {
    for (let f = 0; f < k; f++) {
      const d = (position.get(x[f] as string) as number) - (position.get(y[f] as string) as number);
      if (d !== 0) return d;
    }
    return 0;
  });
  expect(a.groups.map((g) => g.values)).toEqual(distinct);
  // Every row is in the group with its values.
  records.forEach((r, i) => expect(a.groups[a.groupOf[i] as number]?.values).toEqual(fields.map((f) => r[f])));
}

describe('finishAssignment: the order of groups', () => {
  it('numbers and indices sorted together (few combinations)', () => check(3, 20, 2000));
  it('numbers compared (combinations × groups past 2^53)', () => {
    // 30,000^3 = 2.7e13 combinations, so more than 334 groups put the product past 2^53.
    check(3, 30_000, 1500);
  });
  it('positions compared field by field (combinations past 2^53)', () => check(4, 12_000, 1500));
});
