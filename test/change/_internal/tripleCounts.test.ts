// The one-pass (group, pre, post) triple count behind changeStatesBy on typed key columns, checked against an
// independent count (a Map of pair strings per group) and against the general path (the same keys as plain arrays,
// which never take the typed fast path). The table is reused between calls, so calls that end early (a thrown
// error, too many scores, too many triples) are followed by calls that must see an empty table.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { changeStatesBy, InvalidInputError } from 'social-outcomes/change';
import { thrown } from '../../_helpers/thrown';
import { countTriples, slotOf } from '../../../src/change/_internal/tripleCounts';

type Columns = { a: Int32Array | Int8Array | Uint16Array; b?: Int32Array | Int8Array | Uint16Array; pre: Float64Array; post: Float64Array };

/** Each group's distinct (pre, post) pairs in ascending order with their counts: Maps of strings, then a sort. */
function referenceStates(c: Columns): Array<{ key: Record<string, number>; state: { n: number; pre: number[]; post: number[]; count: number[] } }> {
  const groups = new Map<string, { key: Record<string, number>; pairs: Map<string, [number, number, number]> }>();
  for (let i = 0; i < c.pre.length; i++) {
    const key: Record<string, number> = { a: c.a[i] as number };
    if (c.b !== undefined) key['b'] = c.b[i] as number;
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, pairs: new Map() };
    groups.set(id, group);
    // −0 and 0 are one score; String(-0) is '0'.
    const p = (c.pre[i] as number) === 0 ? 0 : (c.pre[i] as number), q = (c.post[i] as number) === 0 ? 0 : (c.post[i] as number);
    const cell = group.pairs.get(`${p}|${q}`) ?? [p, q, 0];
    cell[2]++;
    group.pairs.set(`${p}|${q}`, cell);
  }
  return [...groups.values()]
    .sort((x, y) => x.key['a']! - y.key['a']! || (x.key['b'] ?? 0) - (y.key['b'] ?? 0))
    .map(({ key, pairs }) => {
      const cells = [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return { key, state: { n: cells.reduce((t, c) => t + c[2], 0), pre: cells.map((c) => c[0]), post: cells.map((c) => c[1]), count: cells.map((c) => c[2]) } };
    });
}

const by = (c: Columns): string[] => (c.b === undefined ? ['a'] : ['a', 'b']);
/** The same columns with plain-array keys: the general path. */
const plainKeys = (c: Columns): Record<string, unknown> => ({ ...c, a: Array.from(c.a), ...(c.b !== undefined ? { b: Array.from(c.b) } : {}) });

/** Rows with keys in [0, groupsA) × [0, groupsB) and scores drawn from `scores`, by a small LCG (deterministic). */
function makeColumns(n: number, groupsA: number, groupsB: number, scores: ReadonlyArray<number>, seed: number): Columns {
  let s = seed >>> 0;
  const next = (m: number): number => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return Math.floor((s / 2 ** 32) * m); };
  const a = new Int32Array(n), b = new Int32Array(n), pre = new Float64Array(n), post = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = next(groupsA); b[i] = next(groupsB);
    pre[i] = scores[next(scores.length)] as number; post[i] = scores[next(scores.length)] as number;
  }
  return { a, b, pre, post };
}

const sixty = Array.from({ length: 60 }, (_, k) => k / 4 - 3);

describe('changeStatesBy on typed key columns (one probe per row on the (group, pre, post) triple)', () => {
  const keyView = fc.constantFrom(Int32Array, Int8Array, Uint16Array);
  const score = (k: number): fc.Arbitrary<number> => fc.oneof(fc.integer({ min: 0, max: k - 1 }).map((x) => x / 2 - 3), fc.constant(-0), fc.constant(0));
  fcTest.prop([
    fc.integer({ min: 1, max: 70 }).chain((k) => fc.array(fc.record({ a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 3 }), pre: score(k), post: score(k) }), { minLength: 1, maxLength: 400 })),
    keyView, fc.boolean(),
  ], { numRuns: 120 })(
    'gives the independent count per group, and the general path\'s JSON, for 1–70 distinct scores and one or two keys',
    (rows, View, two) => {
      const c: Columns = {
        a: View.from(rows.map((r) => r.a)), ...(two ? { b: View.from(rows.map((r) => r.b)) } : {}),
        pre: Float64Array.from(rows, (r) => r.pre), post: Float64Array.from(rows, (r) => r.post),
      };
      const got = changeStatesBy(c, { by: by(c) });
      expect(JSON.stringify(got)).toBe(JSON.stringify(changeStatesBy(plainKeys(c) as never, { by: by(c) })));
      expect(got.groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
      // −0 is counted as 0 and shown as 0.
      for (const g of got.groups) for (const x of [...g.state.pre, ...g.state.post]) expect(Object.is(x, -0)).toBe(false);
    },
  );

  it('keeps apart groups that share their pairs (1,000 groups × 4 pairs: 4,000 triples, so probes pass other groups\' slots)', () => {
    const c = makeColumns(40_000, 500, 2, [0, 1], 17);
    expect(changeStatesBy(c, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
  });

  it('a probe that passes a slot holding a triple that differs in group, pre or post alone does not count there', () => {
    // B = (0, 0, g2) hashes to the slot just before A = (0, 0, g1); C = (0, v, g2 ^ 1) has B's hash input exactly
    // (v·4099 truncates to 65,536 = (g2 ^ g3) << 16), so with C inserted first, B's probe passes A's slot.
    const v = 65536.5 / 4099;
    let g1 = -1, g2 = -1;
    for (let a = 0; a < 1024 && g1 < 0; a++) for (let b = 0; b < 1024; b++) if (a !== b && (b ^ 1) !== a && slotOf(0, 0, a) === ((slotOf(0, 0, b) + 1) & 16383)) { g1 = a; g2 = b; break; }
    expect(g1).toBeGreaterThanOrEqual(0);
    expect(slotOf(0, v, g2 ^ 1)).toBe(slotOf(0, 0, g2));
    // Two more rows of A's group whose pre or post differs from A's by 1e-4: the same hash input as A (x·4099
    // truncates to 0), so their probes pass A's slot too.
    const x0 = Int32Array.of(g2 ^ 1, g1, g2, g2, g1, g1);
    const cells = new Int32Array(1024 * 9);
    const counted = countTriples('t', x0, x0, 1, 0, 0, 1024, Float64Array.of(0, 0, 0, 0, 1e-4, 0), Float64Array.of(v, 0, 0, 0, 0, 1e-4), undefined, (i, f) => [f, i], () => cells);
    if (typeof counted === 'number') throw new Error(`status ${counted}`);
    expect(counted.levels).toEqual([0, v, 1e-4]);
    // Cells are (group · K + pre code) · K + post code, K = 3.
    const cell = (g: number, a: number, b: number): number => cells[(g * 3 + a) * 3 + b] as number;
    expect([cell(g1, 0, 0), cell(g2, 0, 0), cell(g2 ^ 1, 0, 1), cell(g1, 2, 0), cell(g1, 0, 2)]).toEqual([1, 2, 1, 1, 1]);
    expect(cells.reduce((t, c) => t + c, 0)).toBe(6);
  });

  it('past 8,192 distinct triples falls back to two passes, with the same states', () => {
    // 8,193 distinct triples (one past the limit), each on 10 rows in a row: not sparse (1 row in 10 makes a new
    // triple), so the table fills to its limit before the two passes take over.
    const n = 81_930;
    const a = new Int32Array(n), pre = new Float64Array(n), post = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const j = Math.floor(i / 10);
      a[i] = j % 12; pre[i] = Math.floor(j / 12) % 64; post[i] = Math.floor(j / 768);
    }
    const c: Columns = { a, pre, post };
    expect(changeStatesBy(c, { by: ['a'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
    const small = makeColumns(300, 2, 2, [1, 2, 3], 11);
    expect(changeStatesBy(small, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(small));
  });

  it('scores closer than 1/4099 (one hash bucket, long probe runs) fall back to two passes, with the same states', () => {
    const c = makeColumns(20_000, 3, 4, Array.from({ length: 64 }, (_, k) => k * 1e-6), 21);
    expect(changeStatesBy(c, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
    // The first rows again, alone: few enough to finish in the table, where any triple left from the call that
    // gave up would add its old count.
    const head: Columns = { a: c.a.slice(0, 10), b: (c.b as Int32Array).slice(0, 10), pre: c.pre.slice(0, 10), post: c.post.slice(0, 10) };
    expect(changeStatesBy(head, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(head));
  });

  it('rows that mostly make new triples (sparse) fall back to two passes, with the same states', () => {
    // 200 × 3 groups × 60 scores: about 18,000 distinct triples in 20,000 rows.
    const c = makeColumns(20_000, 200, 3, sixty, 7);
    const got = changeStatesBy(c, { by: ['a', 'b'] });
    expect(got.groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
    // The table the overflowing call filled is empty again: a small call right after counts from zero.
    const small = makeColumns(300, 2, 2, [1, 2, 3], 11);
    expect(changeStatesBy(small, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(small));
  });

  it('an invalid score after the fallback is reported at its row, as the two passes report it', () => {
    const c = makeColumns(20_000, 200, 3, sixty, 7);
    c.post[19_999] = Number.NaN;
    const e = thrown(() => changeStatesBy(c, { by: ['a', 'b'] }), InvalidInputError);
    expect(e.row).toBe(20_000);
    expect(e.message).toMatch(/post to be a finite number/);
  });

  it.each([
    ['a NaN pre', (c: Columns) => { c.pre[1500] = Number.NaN; }, { range: undefined }, /pre to be a finite number/],
    ['an infinite post', (c: Columns) => { c.post[1500] = Number.POSITIVE_INFINITY; }, { range: undefined }, /post to be a finite number/],
    ['a post above the range', (c: Columns) => { c.post[1500] = 13; }, { range: { min: -3, max: 12 } }, /post/],
  ])('%s mid-pass throws at its row, and leaves the reused table empty for the next call', (_, spoil, options, message) => {
    const c = makeColumns(3000, 4, 3, sixty, 3);
    spoil(c);
    const e = thrown(() => changeStatesBy(c, { by: ['a', 'b'], ...options }), InvalidInputError);
    expect(e.row).toBe(1501);
    expect(e.message).toMatch(message);
    // The same groups and scores again, valid: every triple the failed call had inserted must count from zero.
    const again = makeColumns(3000, 4, 3, sixty, 3);
    expect(changeStatesBy(again, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(again));
  });

  it('the first invalid score in row order wins, pre before post in one row, whichever is new to the table', () => {
    const c = makeColumns(2000, 3, 2, [1, 2, 3, 4], 5);
    c.post[700] = Number.NaN;
    c.pre[700] = -1;
    c.pre[900] = Number.NaN;
    const e = thrown(() => changeStatesBy(c, { by: ['a', 'b'], range: { min: 0, max: 10 } }), InvalidInputError);
    expect([e.row, e.path]).toEqual([701, ['pre', 700]]);
  });

  it('a 65th distinct score part-way gives up for the general path, and the next call starts from an empty table', () => {
    const scores = Array.from({ length: 65 }, (_, k) => k);
    const c = makeColumns(5000, 3, 4, scores, 9);
    expect(changeStatesBy(c, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(c));
    const small = makeColumns(500, 3, 4, [0.5, 1.5], 13);
    expect(changeStatesBy(small, { by: ['a', 'b'] }).groups.map((g) => ({ key: g.key, state: g.state }))).toEqual(referenceStates(small));
  });
});
