// Grouping a column table (codes per field) must give the assignment that grouping the equivalent records gives:
// the same groups in the same order with the same sizes, the same group per row, the same levels and the same
// missing and dropped counts. The column path counts rows per combination of codes: in a dense table (up to 2^22
// combinations, and at most 4 a row or 65,536), else with keys renumbered field by field. Both routes are checked,
// and so are the options that change what a group is: dropMissing, complete, declared levels and a category
// spelled like the missing label.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { assignGroupsFromColumns, codeColumn } from '../../../src/equity/_internal/groupingColumns';
import { assignGroups, parseGroupingOptions, type GroupAssignment } from '../../../src/equity/_internal/groupingRecords';
import { InvalidInputError, SocialOutcomesError } from '../../../src/errors';
import { thrown } from '../../_helpers/thrown';

type Value = string | number | null | undefined;

/** The assignment as plain JSON (the group of each row as an array), or the error's code. */
function outcome(run: () => GroupAssignment): string {
  try {
    const a = run();
    return JSON.stringify({ groups: a.groups.map((g) => [g.values, g.n]), groupOf: Array.from(a.groupOf), levels: a.levels, missing: a.missing, dropped: a.dropped });
  } catch (e) {
    if (e instanceof SocialOutcomesError) return `error ${e.code}`;
    throw e;
  }
}

/** Both routes on the same rows: records, and a column table coded by codeColumn (values, or `{codes, levels}` with `spare` unused levels). */
function both(columns: Value[][], options: Parameters<typeof parseGroupingOptions>[1], spare = 0): [string, string] {
  const fields = columns.map((_, f) => `f${f}`);
  const n = (columns[0] as Value[]).length;
  const records = Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map((c, f) => [`f${f}`, c[i]])));
  const grouping = parseGroupingOptions('test', options, fields);
  const fromRecords = outcome(() => assignGroups('test', records, fields, grouping));
  const fromColumns = outcome(() => {
    const coded = columns.map((c, f) => {
      if (spare === 0) return codeColumn('test', `f${f}`, c, n);
      // Dictionary-encoded, with unused levels first: the radix grows, the groups must not change.
      const levels: Array<string | number> = Array.from({ length: spare }, (_, j) => `unused ${j}`);
      const codes = Int32Array.from(c, (v) => {
        if (v === null || v === undefined || v === '') return -1;
        const at = levels.indexOf(v);
        return at >= 0 ? at : levels.push(v) - 1;
      });
      return codeColumn('test', `f${f}`, { codes, levels }, n);
    });
    return assignGroupsFromColumns('test', coded, fields, grouping, n);
  });
  return [fromColumns, fromRecords];
}

const value = fc.constantFrom<Value>('a', 'b', 'c', 'Unknown', 'missing', '', null, undefined, 1, 2, 0, -0, 2.5);
const table = fc.integer({ min: 2, max: 4 }).chain((k) => fc.integer({ min: 1, max: 60 }).chain((n) => fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: k, maxLength: k })));
const optionsArb = fc.record({
  dropMissing: fc.boolean(),
  complete: fc.boolean(),
  missingLabel: fc.constantFrom(undefined, 'missing', 'a'),
  declare: fc.constantFrom('none', 'all', 'short'),
});

/** Grouping options, with levels declared for the first field: every value it has, or all but one (an error). */
function optionsFor(columns: Value[][], o: { dropMissing: boolean; complete: boolean; missingLabel: string | undefined; declare: string }) {
  const observed = [...new Set((columns[0] as Value[]).filter((v): v is string | number => v !== null && v !== undefined && v !== '').map((v) => (v === 0 ? 0 : v)))];
  const declared = o.declare === 'all' ? [...observed, 'never seen'] : observed.slice(1);
  return {
    dropMissing: o.dropMissing,
    complete: o.complete,
    ...(o.missingLabel !== undefined ? { missingLabel: o.missingLabel } : {}),
    ...(o.declare !== 'none' && declared.length > 0 ? { levels: { f0: declared } } : {}),
  };
}

describe('assignGroupsFromColumns', () => {
  fcTest.prop([table, optionsArb], { numRuns: 400 })('gives the records’ assignment through the dense table of combinations', (columns, o) => {
    const [fromColumns, fromRecords] = both(columns, optionsFor(columns, o));
    expect(fromColumns).toBe(fromRecords);
  });

  fcTest.prop([table, optionsArb], { numRuns: 150 })('gives the records’ assignment through renumbered keys (more than 2^22 combinations)', (columns, o) => {
    // 2,100 levels a field: at least 2,101^2 > 2^22 combinations, so every table takes the renumbering route.
    const [fromColumns, fromRecords] = both(columns, { ...optionsFor(columns, o), complete: false }, 2100);
    expect(fromColumns).toBe(fromRecords);
  });

  it('keeps apart rows whose combined key is past 2^53 (a key kept as one number would merge them)', () => {
    // Four fields of 12,000 levels: 12,001^4 ≈ 2.1e16 combinations. The rows differ only in the last field's code
    // (0 and 1) under a large prefix, where a double cannot tell the two keys apart.
    const levels = Array.from({ length: 12000 }, (_, j) => `v${j}`);
    const n = 4;
    const col = (codes: number[]) => codeColumn('test', 'f', { codes: Int32Array.from(codes), levels }, n);
    const coded = [col([11999, 11999, 11999, 11999]), col([11999, 11999, 11999, 11999]), col([11999, 11999, 11999, 11999]), col([0, 1, 0, 1])];
    const fields = ['a', 'b', 'c', 'd'];
    const a = assignGroupsFromColumns('test', coded, fields, parseGroupingOptions('test', {}, fields), n);
    expect(a.groups.map((g) => [g.values[3], g.n])).toEqual([['v0', 2], ['v1', 2]]);
    expect(Array.from(a.groupOf)).toEqual([0, 1, 0, 1]);
    // A double cannot hold the key: the precision this test relies on.
    const key = (d: number) => ((11999 * 12001 + 11999) * 12001 + 11999) * 12001 + d;
    expect(key(0)).toBe(key(1));
  });

  it('merges a category spelled like the missing label with the missing values, and drops only the missing ones', () => {
    const columns: Value[][] = [['x', 'x', 'x', 'y'], ['Not known', null, 'z', 'z']];
    const [kept, keptRecords] = both(columns, { missingLabel: 'Not known' });
    expect(kept).toBe(keptRecords);
    expect(JSON.parse(kept).groups).toEqual([[['x', 'z'], 1], [['x', 'Not known'], 2], [['y', 'z'], 1]]);
    const [dropped, droppedRecords] = both(columns, { missingLabel: 'Not known', dropMissing: true });
    expect(dropped).toBe(droppedRecords);
    expect(JSON.parse(dropped)).toMatchObject({ missing: 1, dropped: 1, groupOf: [1, -1, 0, 2] });
  });

  it('reads signed integer codes in place, checking only their range', () => {
    const codes = Int16Array.from([0, 1, -1, 1]);
    expect(codeColumn('test', 'f', { codes, levels: ['a', 'b'] }, 4).codes).toBe(codes);
    for (const bad of [Int8Array.from([0, 2]), Int16Array.from([1, -2]), Int32Array.from([0, 1 << 20])]) {
      const e = thrown(() => codeColumn('test', 'f', { codes: bad, levels: ['a', 'b'] }, 2), InvalidInputError);
      expect([e.code, e.path, e.row, e.message]).toEqual(['out-of-range', ['columns', 'f', 'codes', 1], 2, `test requires f.codes to be integers from -1 (missing) to 1 (got ${bad[1]}) → at columns.f.codes[1] (row 2)`]);
    }
  });
});
