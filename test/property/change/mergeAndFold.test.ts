// Properties of the change states' fold and merge (seeded, see ../_helpers): folding changeAggregate.add over each
// group's rows gives the states changeStatesBy gives; mergeChangeStatesBy, which merges each key's states in balanced
// pairs, gives exactly what merging them left to right gives (−0 told from 0, so an equal pair must keep the values
// of its first part and a key the values of its last part); and with faults in two parts the error is the one the
// earlier fault alone gives, so the checks still run in the order of the parts.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  changeAggregate, changeStatesBy, mergeChangeStatesBy, SocialOutcomesError, type ChangeState, type GroupedChangeStates, type GroupValue,
} from 'social-outcomes/change';
import { params } from '../_helpers';

/** JSON that tells −0 from 0, or the thrown library error as JSON. */
function exact(f: () => unknown): string {
  try {
    return JSON.stringify(f(), (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v));
  } catch (e) {
    if (e instanceof SocialOutcomesError) return `throws ${JSON.stringify(e.toJSON())}`;
    throw e;
  }
}

const rank = (v: GroupValue): number => (v === null ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3);
function compareValues(a: ReadonlyArray<GroupValue>, b: ReadonlyArray<GroupValue>): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as GroupValue, y = b[i] as GroupValue;
    if (x === y) continue;
    if (rank(x) !== rank(y)) return rank(x) - rank(y);
    return (x as string | number) < (y as string | number) ? -1 : 1;
  }
  return 0;
}

/** The reference: each group's state merged into its key's running state, part after part; groups sorted by key. */
function mergeLeftToRight(parts: ReadonlyArray<GroupedChangeStates>): GroupedChangeStates {
  const agg = changeAggregate();
  const by = (parts[0] as GroupedChangeStates).by;
  const merged = new Map<string, { values: GroupValue[]; state: ChangeState }>();
  for (const part of parts) {
    for (const g of part.groups) {
      const values = by.map((f) => g.key[f] as GroupValue);
      const k = JSON.stringify(values);
      merged.set(k, { values, state: agg.merge(merged.get(k)?.state ?? agg.init(), g.state) });
    }
  }
  const groups = [...merged.values()].sort((a, b) => compareValues(a.values, b.values))
    .map((g) => ({ key: Object.fromEntries(by.map((f, i) => [f, g.values[i] as GroupValue])), state: g.state }));
  return { by, groups };
}

const score = fc.constantFrom(0, 0, 1, 2, 2.5, 0.1, 0.2);
/** A state of a few tied pairs; when `minusZero`, its pre scores of 0 are stored as −0 (still a valid state). */
const state = fc.tuple(fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 12 }), fc.boolean()).map(([pairs, minusZero]) => {
  const s = changeAggregate().stateOf(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  return minusZero ? { ...s, pre: s.pre.map((p) => (p === 0 ? -0 : p)) } : s;
});
const keyValue = fc.constantFrom<GroupValue>('A', 'B', '', 0, -0, 1, 2.5, true, false, null);
const partsOf = (by: ReadonlyArray<string>) => fc.array(
  fc.array(fc.tuple(fc.array(keyValue, { minLength: by.length, maxLength: by.length }), state), { maxLength: 5 })
    .map((gs): GroupedChangeStates => ({ by: [...by], groups: gs.map(([vs, s]) => ({ key: Object.fromEntries(by.map((f, i) => [f, vs[i] as GroupValue])), state: s })) })),
  { minLength: 1, maxLength: 40 },
);
const parts = fc.constantFrom(['provider'], ['provider', 'outcome']).chain(partsOf);

describe('mergeChangeStatesBy in balanced pairs', () => {
  test.prop([parts], params)('equals merging the parts left to right, −0 and all', (ps) => {
    expect(exact(() => mergeChangeStatesBy(ps))).toBe(exact(() => mergeLeftToRight(ps)));
  });

  type Fault = 'part' | 'group' | 'key' | 'state' | 'count';
  const fault = fc.constantFrom<Fault>('part', 'group', 'key', 'state', 'count');
  function broken(part: GroupedChangeStates, kind: Fault): unknown {
    const groups = part.groups.map((g) => ({ ...g }));
    const g = groups[0] ?? { key: { provider: 'A', outcome: 'A' }, state: changeAggregate().stateOf([1], [1]) };
    if (groups.length === 0) groups.push(g);
    if (kind === 'part') return { by: ['other'], groups };
    if (kind === 'group') groups[0] = null as never;
    if (kind === 'key') groups[0] = { ...g, key: { ...g.key, provider: Number.NaN } };
    if (kind === 'state') groups[0] = { ...g, state: { ...g.state, n: g.state.n + 1 } };
    if (kind === 'count') groups[0] = { ...g, state: { ...g.state, count: g.state.count.map((c, i) => (i === g.state.count.length - 1 ? 0 : c)) } };
    return { by: part.by, groups };
  }
  test.prop([parts.filter((ps) => ps.length >= 2), fc.nat(), fc.nat(), fault, fault], params)(
    'with faults in two parts, throws what the earlier fault alone throws',
    (ps, i, j, f1, f2) => {
      const p1 = i % ps.length, p2 = (p1 + 1 + (j % (ps.length - 1))) % ps.length;
      const faulty = ps.map((part, p) => (p === p1 ? broken(part, f1) : p === p2 ? broken(part, f2) : part)) as GroupedChangeStates[];
      const first = Math.min(p1, p2);
      const expected = exact(() => mergeChangeStatesBy(faulty.slice(0, first + 1)));
      expect(expected.startsWith('throws')).toBe(true);
      expect(exact(() => mergeChangeStatesBy(faulty))).toBe(expected);
    },
  );
});

describe('changeAggregate.add folded over rows', () => {
  const rowsOf = fc.array(fc.record({
    provider: fc.constantFrom('A', 'B', 'C'),
    pre: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true })),
    post: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true })),
  }), { maxLength: 300 });
  test.prop([rowsOf], params)('gives each group the state changeStatesBy gives', (rows) => {
    const agg = changeAggregate({ range: { min: 1, max: 10 } });
    const folded = new Map<string, ChangeState>();
    for (const r of rows) folded.set(r.provider, agg.add(folded.get(r.provider) ?? agg.init(), r));
    const expected = changeStatesBy(rows, { by: ['provider'] }).groups.map((g) => [g.key['provider'], g.state]);
    expect(exact(() => [...folded].sort((a, b) => (a[0] < b[0] ? -1 : 1)))).toBe(exact(() => expected));
  });
});
