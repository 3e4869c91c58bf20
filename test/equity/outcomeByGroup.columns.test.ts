/**
 * outcomeByGroup on a column table gives the result it gives on the equivalent records, byte for byte, whether
 * the columns are plain arrays, typed arrays or dictionary-encoded (grouping and outcome columns); and bad columns
 * get typed errors.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { outcomeByGroup, type OutcomeByGroupOptions, type OutcomeColumns } from 'social-outcomes/equity';
import { InvalidInputError } from 'social-outcomes';
import { jsonOrErrorCode } from '../_helpers/jsonOrErrorCode';
import { mulberry32 } from '../_helpers/mulberry32';

const GROUPS = ['White', 'Asian', 'Black', 'Unknown', '', null, undefined, 3];
const rowArb = fc.record({
  eth: fc.constantFrom(...GROUPS),
  sex: fc.constantFrom('female', 'male', null),
  change: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -9, max: 9 }).map((v) => v / 9) }, { weight: 1, arbitrary: fc.constant(null) }),
  met: fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(undefined) }),
});

/** The rows as records, plain-array columns, and coded columns with a typed outcome (NaN for missing). */
function shapes(rows: ReadonlyArray<{ eth: unknown; sex: unknown; change: number | null; met: boolean | undefined }>) {
  const records = rows.map((r) => ({ eth: r.eth, sex: r.sex, change: r.change, met: r.met }));
  const plain: OutcomeColumns = { eth: rows.map((r) => r.eth), sex: rows.map((r) => r.sex), change: rows.map((r) => r.change), met: rows.map((r) => r.met) };
  const code = (vals: unknown[]) => {
    const levels: Array<string | number> = [];
    const codes = Int16Array.from(vals, (v) => {
      if (v === null || v === undefined || v === '') return -1;
      let k = levels.indexOf(v as string | number);
      if (k < 0) k = levels.push(v as string | number) - 1;
      return k;
    });
    return { codes, levels };
  };
  const coded: OutcomeColumns = {
    eth: code(rows.map((r) => r.eth)),
    sex: code(rows.map((r) => r.sex)),
    change: Float64Array.from(rows, (r) => (r.change === null ? Number.NaN : r.change)),
    met: Float64Array.from(rows, (r) => (r.met === undefined ? Number.NaN : r.met ? 1 : 0)),
  };
  // The outcomes dictionary-encoded too, through a dictionary that repeats a value (codes 0 and 1 are both 0).
  const dictionary = (vals: ReadonlyArray<number | null>) => {
    const values = [0, 0];
    const codes = vals.map((v) => {
      if (v === null) return -1;
      if (v === 0) return vals.length % 2;
      let k = values.indexOf(v, 2);
      if (k < 0) k = values.push(v) - 1;
      return k;
    });
    return { codes: Int32Array.from(codes), values };
  };
  const dict: OutcomeColumns = {
    eth: coded['eth'] as OutcomeColumns[string],
    sex: coded['sex'] as OutcomeColumns[string],
    change: dictionary(rows.map((r) => r.change)),
    met: dictionary(rows.map((r) => (r.met === undefined ? null : r.met ? 1 : 0))),
  };
  return { records, plain, coded, dict };
}


describe('outcomeByGroup: column tables', () => {
  test.prop([
    fc.array(rowArb, { minLength: 1, maxLength: 120 }),
    fc.constantFrom<OutcomeByGroupOptions['metric']>('mean-change', 'proportion'),
    fc.constantFrom<ReadonlyArray<string>>(['eth'], ['eth', 'sex']),
    fc.boolean(),
    fc.integer({ min: 2, max: 12 }),
  ], { numRuns: 300 })('records, plain columns, coded columns and coded outcomes give the same JSON (or the same error)', (rows, metric, group, dropMissing, minGroupSize) => {
    const { records, plain, coded, dict } = shapes(rows);
    const options: OutcomeByGroupOptions = { group: [...group], outcome: metric === 'proportion' ? 'met' : 'change', metric, dropMissing, minGroupSize };
    const want = jsonOrErrorCode(() => outcomeByGroup(records, options));
    expect(jsonOrErrorCode(() => outcomeByGroup(plain, options))).toBe(want);
    expect(jsonOrErrorCode(() => outcomeByGroup(coded, options))).toBe(want);
    expect(jsonOrErrorCode(() => outcomeByGroup(dict, options))).toBe(want);
  });

  it('agrees on a large table, and the result names no typed array', () => {
    const n = 5000;
    const eth = Array.from({ length: n }, (_, i) => ['White', 'Asian', 'Black', 'Mixed', 'Other'][i % 5] as string);
    const change = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 13) / 13 - 0.3 * (i % 5 === 2 ? 1 : 0));
    const fromRows = outcomeByGroup(eth.map((e, i) => ({ eth: e, change: change[i] })), { group: 'eth', outcome: 'change', metric: 'mean-change' });
    const fromCols = outcomeByGroup({ eth, change }, { group: 'eth', outcome: 'change', metric: 'mean-change' });
    expect(JSON.stringify(fromCols)).toBe(JSON.stringify(fromRows));
    expect(fromCols.omnibus.map((o) => o.method)).toEqual(['welch-anova', 'kruskal-wallis']);
  });

  it('refuses columns of different lengths, a missing column, bad codes and bad levels, naming them', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        return `${(e as InvalidInputError).code} ${JSON.stringify((e as InvalidInputError).path)}`;
      }
      return 'no error';
    };
    const o: OutcomeByGroupOptions = { group: 'g', outcome: 'y', metric: 'mean-change' };
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: [1, 2, 3] }, o))).toBe('length-mismatch ["columns","g"]');
    expect(err(() => outcomeByGroup({ y: [1, 2] }, o))).toBe('unknown-field ["options","group"]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'] }, o))).toBe('unknown-field ["options","outcome"]');
    expect(err(() => outcomeByGroup({ g: { codes: [0, 2], levels: ['a', 'b'] }, y: [1, 2] }, o))).toBe('out-of-range ["columns","g","codes",1]');
    expect(err(() => outcomeByGroup({ g: { codes: [0, 1], levels: ['a', 'a'] }, y: [1, 2] }, o))).toBe('duplicate ["columns","g","levels",1]');
    expect(err(() => outcomeByGroup({ g: [true, 'b'], y: [1, 2] }, o))).toBe('invalid-type ["columns","g",0]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: Float64Array.of(1, Number.POSITIVE_INFINITY) }, o))).toBe('non-finite ["columns","y",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: [1, Number.NaN] }, o))).toBe('non-finite ["columns","y",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: 'nope' } as unknown as OutcomeColumns, o))).toBe('invalid-type ["columns","y"]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0, 2], values: [1, 2] } }, o))).toBe('out-of-range ["columns","y","codes",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0, 0.5], values: [1, 2] } }, o))).toBe('out-of-range ["columns","y","codes",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0, 1], values: [1, Number.NaN] } }, o))).toBe('non-finite ["columns","y","values",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0, 1], values: [1, '2'] } } as unknown as OutcomeColumns, o))).toBe('not-a-number ["columns","y","values",1]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: 'x', values: [1] } } as unknown as OutcomeColumns, o))).toBe('invalid-type ["columns","y","codes"]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0, 0], values: 1 } } as unknown as OutcomeColumns, o))).toBe('invalid-type ["columns","y","values"]');
    expect(err(() => outcomeByGroup({ g: ['a', 'b'], y: { codes: [0], values: [1] } }, o))).toBe('length-mismatch ["columns","g"]');
  });

  it('takes numeric categories from a typed array (NaN for missing), as from the equivalent records', () => {
    const g = Float64Array.of(1, 1, 2, 2, 2, Number.NaN, 1, 2);
    const y = [0.1, 0.3, 0.2, 0.6, 0.5, 0.9, 0.2, 0.4];
    const fromCols = outcomeByGroup({ g, y }, { group: 'g', outcome: 'y', metric: 'mean-change', minGroupSize: 2 });
    const fromRows = outcomeByGroup(y.map((v, i) => ({ g: Number.isNaN(g[i]) ? null : g[i], y: v })), { group: 'g', outcome: 'y', metric: 'mean-change', minGroupSize: 2 });
    expect(JSON.stringify(fromCols)).toBe(JSON.stringify(fromRows));
    expect(fromCols.groups.map((x) => x.label)).toEqual(['1', '2', 'Unknown']);
  });

  it('takes the same figures from near-continuous typed outcomes (values kept) as from few distinct ones (counted)', () => {
    const rand = mulberry32(17);
    for (const draw of [() => rand() * 2 - 0.9, () => Math.round(rand() * 18) / 9 - 0.9]) {
      const n = 6000;
      const eth = Array.from({ length: n }, (_, i) => ['White', 'Asian', 'Black'][i % 3] as string);
      const y = Float64Array.from({ length: n }, (_, i) => draw() - (i % 3 === 2 ? 0.1 : 0) + (i % 97 === 0 ? Number.NaN : 0));
      const fromRows = outcomeByGroup(eth.map((e, i) => ({ eth: e, y: Number.isNaN(y[i]) ? null : y[i] })), { group: 'eth', outcome: 'y', metric: 'mean-change' });
      expect(JSON.stringify(outcomeByGroup({ eth, y }, { group: 'eth', outcome: 'y', metric: 'mean-change' }))).toBe(JSON.stringify(fromRows));
    }
  });

  it('takes the same figures from a coded outcome column, counted or (past 256 values a group) decoded, as from records', () => {
    const rand = mulberry32(23);
    for (const distinct of [19, 4000]) {
      const n = 6000;
      const values = Array.from({ length: distinct }, (_, k) => k / (distinct - 1) - 0.4);
      const eth = Array.from({ length: n }, (_, i) => ['White', 'Asian', 'Black'][i % 3] as string);
      const codes = Int32Array.from({ length: n }, (_, i) => (i % 89 === 0 ? -1 : Math.floor(rand() * distinct)));
      const fromRows = outcomeByGroup(eth.map((e, i) => ({ eth: e, y: (codes[i] as number) < 0 ? null : values[codes[i] as number] })), { group: 'eth', outcome: 'y', metric: 'mean-change' });
      const fromCodes = outcomeByGroup({ eth, y: { codes, values } }, { group: 'eth', outcome: 'y', metric: 'mean-change' });
      expect(JSON.stringify(fromCodes)).toBe(JSON.stringify(fromRows));
      expect(fromCodes.excluded.missingOutcome).toBe(codes.filter((c) => c < 0).length);
    }
  });

  it('counts NaN in a typed outcome column as a missing outcome', () => {
    const r = outcomeByGroup({ g: ['a', 'a', 'a', 'b', 'b', 'b'], y: Float64Array.of(1, 2, Number.NaN, 3, 5, 4) }, { group: 'g', outcome: 'y', metric: 'mean-change', minGroupSize: 2 });
    expect(r.groups.map((g) => [g.label, g.n, g.missingOutcome])).toEqual([['a', 2, 1], ['b', 3, 0]]);
    expect(r.excluded.missingOutcome).toBe(1);
  });
});
