import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import {
  changeAggregate, changeStatesBy, InsufficientDataError, InvalidInputError, mergeChangeStatesBy, summarizeChange, summarizeChangeBy,
  summarizeChangeStatesBy,
} from 'social-outcomes/change';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

const row = fc.record({
  provider: fc.constantFrom('A', 'B', 'C'),
  outcome: fc.constantFrom('housing', 'money'),
  pre: fc.integer({ min: 1, max: 10 }),
  post: fc.integer({ min: 1, max: 10 }),
});

describe('changeAggregate', () => {
  const agg = changeAggregate({ range: { min: 1, max: 10 } });
  it('folding add equals stateOf, and merge is exact in any grouping', () => {
    const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 3];
    const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 3];
    const folded = pre.reduce((s, p, i) => agg.add(s, { pre: p, post: post[i] as number }), agg.init());
    expect(folded).toEqual(agg.stateOf(pre, post));
    const left = agg.merge(agg.stateOf(pre.slice(0, 4), post.slice(0, 4)), agg.stateOf(pre.slice(4), post.slice(4)));
    const right = agg.merge(agg.stateOf(pre.slice(7), post.slice(7)), agg.stateOf(pre.slice(0, 7), post.slice(0, 7)));
    expect(JSON.stringify(left)).toBe(JSON.stringify(right));
    expect(JSON.stringify(agg.finalize(left))).toBe(JSON.stringify(summarizeChange(pre, post, { range: { min: 1, max: 10 } })));
    expect(agg.merge(agg.init(), left)).toEqual(left);
  });
  it('is pure and validates states', () => {
    const s = deepFreeze(agg.stateOf([1, 2], [3, 4]));
    expect(() => agg.add(s, { pre: 5, post: 5 })).not.toThrow();
    expect(() => agg.merge(s, { n: 3, pre: [1], post: [2], count: [1] })).toThrow(InvalidInputError);
    expect(() => agg.merge(s, { n: 2, pre: [2, 1], post: [1, 1], count: [1, 1] })).toThrow(InvalidInputError);
    expect(() => agg.finalize(agg.stateOf([1], [2]))).toThrow(InsufficientDataError);
    expect(() => agg.add(agg.init(), { pre: 0, post: 3 })).toThrow(InvalidInputError);
  });
  fcTest.prop([fc.array(row, { minLength: 2, maxLength: 80 }), fc.integer({ min: 0, max: 80 })])('any split merges to the same state', (rows, cut) => {
    const pre = rows.map((r) => r.pre), post = rows.map((r) => r.post);
    const k = Math.min(cut, rows.length);
    const merged = agg.merge(agg.stateOf(pre.slice(k), post.slice(k)), agg.stateOf(pre.slice(0, k), post.slice(0, k)));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(agg.stateOf(pre, post)));
  });
});

describe('summarizeChangeBy', () => {
  it('summarises each provider × outcome and lists small groups as exclusions', () => {
    const rows = [
      { provider: 'B', outcome: 'housing', pre: 2, post: 4 }, { provider: 'A', outcome: 'housing', pre: 3, post: 5 },
      { provider: 'A', outcome: 'housing', pre: 4, post: 6 }, { provider: 'A', outcome: 'money', pre: 5, post: 5 },
      { provider: 'B', outcome: 'housing', pre: 5, post: 4 },
    ];
    const r = summarizeChangeBy(rows, { by: ['provider', 'outcome'], includeState: true });
    expect(r.groups.map((g) => g.key)).toEqual([{ provider: 'A', outcome: 'housing' }, { provider: 'B', outcome: 'housing' }]);
    expect(r.excludedGroups).toEqual([{ key: { provider: 'A', outcome: 'money' }, n: 1, reason: 'too-few-observations' }]);
    expect(r.excluded).toEqual({ tooFewPairsInGroup: 1 });
    expect(r.n).toBe(5);
    expect(r.groups[1]?.summary.direction).toMatchObject({ improved: 1, worse: 1 });
    expect(r.groups[0]?.state?.n).toBe(2);
  });
  fcTest.prop([fc.array(row, { minLength: 1, maxLength: 120 }), fc.integer({ min: 0, max: 120 })], { numRuns: 30 })(
    'per-provider partial states merge to exactly the pooled result',
    (rows, cut) => {
      const k = Math.min(cut, rows.length);
      const by = ['outcome'];
      const pooled = summarizeChangeBy(rows, { by });
      const merged = summarizeChangeStatesBy(mergeChangeStatesBy([changeStatesBy(rows.slice(0, k), { by }), changeStatesBy(rows.slice(k), { by })]), { by });
      expect(JSON.stringify(merged)).toBe(JSON.stringify(pooled));
    },
  );
  it('names the row of a bad reading', () => {
    expect(() => summarizeChangeBy([{ provider: 'A', pre: 1, post: 2 }, { provider: 'A', pre: 1, post: Number.NaN }], { by: ['provider'] })).toThrow(/rows\[1\]\.post/);
    expect(() => summarizeChangeBy([{ provider: 'A', pre: 1, post: 2 }, { pre: 1, post: 2 }], { by: ['provider'] })).toThrow(/rows\[1\]\.provider/);
    expect(() => summarizeChangeBy([{ p: 'A', pre: 1, post: 2 }, { p: 'A', pre: 1, post: 12 }], { by: ['p'], range: { min: 1, max: 10 } })).toThrow(/rows\[1\]\.post/);
    expect(() => summarizeChangeBy([], { by: [] })).toThrow(InvalidInputError);
    expect(() => summarizeChangeBy([null as never], { by: ['p'] })).toThrow(InvalidInputError);
  });
});

describe('changeStatesBy: rows are dictionary-coded in the row pass (performance path)', () => {
  const key = fc.constantFrom<string | number | boolean | null>('A', 'B', '', 0, -0, 1, 2.5, -3, true, false, null);
  const mixed = fc.record({ a: key, b: key, c: key, pre: fc.integer({ min: 1, max: 6 }), post: fc.integer({ min: 1, max: 6 }) });
  fcTest.prop([fc.array(mixed, { minLength: 1, maxLength: 80 }), fc.constantFrom(['a'], ['a', 'b'], ['b', 'a', 'c'])], { numRuns: 60 })(
    'gives the same states from rows as from columns of the same values, for mixed key types and 1–3 fields',
    (rows, by) => {
      const columns: Record<string, unknown[]> = { pre: rows.map((r) => r.pre), post: rows.map((r) => r.post) };
      for (const f of by) columns[f] = rows.map((r) => r[f as 'a' | 'b' | 'c']);
      const fromRows = changeStatesBy(rows, { by });
      expect(JSON.stringify(fromRows)).toBe(JSON.stringify(changeStatesBy(columns as never, { by })));
      expect(Object.is(fromRows.groups.find((g) => g.key[by[0] as string] === 0)?.key[by[0] as string] ?? 0, 0)).toBe(true);
    },
  );
  it('many small groups (a (group, pre, post) table far larger than the rows) give the states of a fold per group', () => {
    // 2,500 groups × 60 distinct scores: 9M table cells for 5,000 rows, so the states come from one Map per group.
    const rows = Array.from({ length: 5000 }, (_, i) => ({ client: `c${(i * 7919) % 2500}`, pre: 1 + ((i * 31) % 60), post: 1 + ((i * 17) % 60) }));
    const agg = changeAggregate();
    const expected = new Map<string, ReturnType<typeof agg.init>>();
    for (const r of rows) expected.set(r.client, agg.add(expected.get(r.client) ?? agg.init(), r));
    const got = changeStatesBy(rows, { by: ['client'] });
    expect(got.groups).toHaveLength(2500);
    for (const g of got.groups) expect(g.state, g.key['client'] as string).toEqual(expected.get(g.key['client'] as string));
  });
  it.each([24, 64, 65, 200])('typed key columns with %i distinct scores give the states of a fold per group', (k) => {
    // Up to 64 distinct scores the byte-coded two-pass path counts them; past 64 it gives up part-way, for the general one.
    const n = 3000;
    const provider = Int32Array.from({ length: n }, (_, i) => i % 3);
    const outcome = Int8Array.from({ length: n }, (_, i) => (i * 7) % 4);
    const pre = Float64Array.from({ length: n }, (_, i) => ((i * 13) % k) / 4);
    const post = Float64Array.from({ length: n }, (_, i) => ((i * 29 + 5) % k) / 4);
    const agg = changeAggregate();
    const expected = new Map<string, ReturnType<typeof agg.init>>();
    for (let i = 0; i < n; i++) {
      const key = `${provider[i]}/${outcome[i]}`;
      expected.set(key, agg.add(expected.get(key) ?? agg.init(), { pre: pre[i] as number, post: post[i] as number }));
    }
    const got = changeStatesBy({ provider, outcome, pre, post }, { by: ['provider', 'outcome'] });
    expect(got.groups).toHaveLength(12);
    for (const g of got.groups) expect(g.state).toEqual(expected.get(`${g.key['provider']}/${g.key['outcome']}`));
    // A bad score after the path gave up (or not) is reported at its row either way.
    expect(() => changeStatesBy({ provider, outcome, pre, post: post.map((x, i) => (i === n - 1 ? Number.NaN : x)) }, { by: ['provider'] })).toThrow(/post\[2999\] \(row 3000\)/);
  });
  const score = (k: number) => fc.oneof(fc.integer({ min: 0, max: k - 1 }).map((x) => x / 2), fc.constant(-0));
  fcTest.prop([fc.integer({ min: 2, max: 120 }).chain((k) => fc.array(fc.record({ p: fc.constantFrom('A', 'B', 'C'), pre: score(k), post: score(k) }), { minLength: 1, maxLength: 300 }))], { numRuns: 80 })(
    'rows coded in the row pass (bytes up to 64 distinct scores, doubles past them) give the states of the same columns',
    (rows) => {
      const columns = { p: rows.map((r) => r.p), pre: Float64Array.from(rows, (r) => r.pre), post: Float64Array.from(rows, (r) => r.post) };
      expect(JSON.stringify(changeStatesBy(rows, { by: ['p'] }))).toBe(JSON.stringify(changeStatesBy(columns, { by: ['p'] })));
      expect(JSON.stringify(changeStatesBy(rows, { by: ['p'], range: { min: 0, max: 60 } }))).toBe(JSON.stringify(changeStatesBy(columns, { by: ['p'], range: { min: 0, max: 60 } })));
    },
  );
  it('rows whose 65th distinct score comes part-way switch to doubles with the earlier rows decoded exactly', () => {
    for (const switchAt of [1, 40, 199]) {
      const rows = Array.from({ length: 200 }, (_, i) => ({ p: i % 3 === 0 ? 'A' : 'B', pre: i < switchAt ? (i % 32) / 4 : 10 + (i % 50), post: i < switchAt ? 20 + ((i * 7) % 30) : 10 + ((i * 11) % 50) }));
      const columns = { p: rows.map((r) => r.p), pre: Float64Array.from(rows, (r) => r.pre), post: Float64Array.from(rows, (r) => r.post) };
      expect(JSON.stringify(changeStatesBy(rows, { by: ['p'] })), `switch at ${switchAt}`).toBe(JSON.stringify(changeStatesBy(columns, { by: ['p'] })));
    }
  });
  it('row errors keep their order: a score that is not a number, then a grouping value, then the first invalid score', () => {
    const ok = Array.from({ length: 80 }, (_, i) => ({ p: 'A', pre: i, post: i + 1 }));
    const at = (i: number, patch: object) => ok.map((r, j) => (j === i ? { ...r, ...patch } : r));
    const merge = (...patches: Array<[number, object]>) => patches.reduce((rows, [i, patch]) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), ok);
    expect(() => changeStatesBy(merge([3, { pre: Number.NaN }], [70, { post: '2' }]) as never, { by: ['p'] })).toThrow(/post to be a finite number .*rows\[70\]\.post/);
    expect(() => changeStatesBy(merge([3, { pre: Number.NaN }], [70, { p: {} }]) as never, { by: ['p'] })).toThrow(/grouping field p .*rows\[70\]\.p/);
    expect(() => changeStatesBy(merge([5, { pre: Number.POSITIVE_INFINITY }], [4, { post: Number.NaN }]), { by: ['p'] })).toThrow(/post .*rows\[4\]\.post/);
    expect(() => changeStatesBy(at(66, { pre: -1 }), { by: ['p'], range: { min: 0, max: 100 } })).toThrow(/rows\[66\]\.pre/);
    expect(() => changeStatesBy(at(66, { post: 101 }), { by: ['p'], range: { min: 0, max: 100 } })).toThrow(/rows\[66\]\.post/);
    expect(thrown(() => changeStatesBy(at(2, { post: Number.NaN }), { by: ['p'] }), InvalidInputError).row).toBe(3);
  });
  it('reports a bad grouping value at its first row in the first such field, after the row checks', () => {
    const rows = [{ p: 'A', q: 'x', pre: 1, post: 2 }, { p: 'A', q: {}, pre: 1, post: 2 }, { p: Number.NaN, q: 'x', pre: 1, post: 2 }];
    expect(() => changeStatesBy(rows, { by: ['p', 'q'] })).toThrow(/grouping field p .*NaN.*rows\[2\]\.p/);
    expect(() => changeStatesBy([...rows, { p: 'A', q: 'x', pre: '1' as unknown as number, post: 2 }] as never, { by: ['p', 'q'] })).toThrow(/rows\[3\]\.pre/);
    expect(() => changeStatesBy(rows.slice(0, 2), { by: ['p', 'q'] })).toThrow(/grouping field q .*rows\[1\]\.q/);
  });
});
