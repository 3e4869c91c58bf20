// mergeChangeStatesBy merges each group's states in balanced rounds (pairwise, halving each round) rather than into a
// running total. These tests pin what must not change: the merged states of many parts (the pooled rows' states, an
// equal pair keeping the values of its first part, a key the values of its last part), the error that invalid input
// gets (the first fault in the order of parts and groups, with the message and path merging left to right gave), and
// the result when counts pass 2^53, where sums round and the order of merging shows.
import { describe, expect, it } from 'vitest';
import { changeAggregate, changeStatesBy, InvalidInputError, mergeChangeStatesBy, type ChangeState, type GroupedChangeStates } from 'social-outcomes/change';
import { seededRandom } from 'social-outcomes/stats';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

/** JSON that tells −0 from 0. */
const exact = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v));
const agg = changeAggregate();
const st = (pre: number[], post: number[]): ChangeState => agg.stateOf(pre, post);
const part = (groups: Array<[unknown, unknown]>): GroupedChangeStates =>
  ({ by: ['provider'], groups: groups.map(([provider, state]) => ({ key: { provider }, state })) }) as GroupedChangeStates;
const good = (i: number): GroupedChangeStates => part([['A', st([1, i], [2, 3])], ['B', st([i], [i])]]);

describe('mergeChangeStatesBy', () => {
  it('merges 1 to 70 parts of continuous rows into the states of the pooled rows', () => {
    const u = seededRandom(42);
    const rows = Array.from({ length: 7000 }, () => {
      const pre = Math.round(u() * 1000) / 100;
      return { provider: ['A', 'B', 'C', 7, null][Math.floor(u() * 5)], outcome: u() < 0.5 ? 'x' : 'y', pre, post: Math.round((pre + u() - 0.4) * 100) / 100 };
    });
    const by = ['provider', 'outcome'];
    for (const P of [1, 2, 3, 7, 16, 33, 70]) {
      const size = Math.ceil(rows.length / P);
      const parts = deepFreeze(Array.from({ length: P }, (_, k) => changeStatesBy(rows.slice(k * size, (k + 1) * size), { by })));
      expect(JSON.stringify(mergeChangeStatesBy(parts)), `${P} parts`).toBe(JSON.stringify(changeStatesBy(rows, { by })));
    }
  });

  it('keeps the values of an equal pair from its first part and the key values from the last part', () => {
    // −0 and 0 are one pair and one key; which is kept shows the order of merging (JSON writes both as 0).
    const parts = [0, 1, 2, 3, 4, 5, 6].map((k) => part([
      [k === 6 ? -0 : 0, { n: 2, pre: [k === 0 || k === 4 ? -0 : 0, 1], post: [5, k], count: [1, 1] }],
    ]));
    const out = mergeChangeStatesBy(parts);
    expect(exact(out)).toBe(exact({
      by: ['provider'],
      groups: [{ key: { provider: -0 }, state: { n: 14, pre: [-0, 1, 1, 1, 1, 1, 1, 1], post: [5, 0, 1, 2, 3, 4, 5, 6], count: [7, 1, 1, 1, 1, 1, 1, 1] } }],
    }));
    const first = [part([[1, { n: 1, pre: [0], post: [1], count: [1] }]]), part([[1, { n: 1, pre: [-0], post: [1], count: [1] }]])];
    expect(Object.is(mergeChangeStatesBy([...first, ...first, ...first]).groups[0]?.state.pre[0], 0)).toBe(true);
  });

  // The errors as merging left to right gave them (message and path), whichever stage the faulty state reaches.
  const cases: Array<[string, unknown[], string, ReadonlyArray<string | number>]> = [
    ['a state after four parts of the key', [good(1), good(2), good(3), good(4), part([['A', { n: 3, pre: [1, 2, 2], post: [1, 5, 4], count: [1, 1, 1] }]]), null],
      'changeAggregate.merge requires b to hold sorted distinct finite pairs with positive integer counts (entry 2 is not)', ['b', 'pre', 2]],
    ['a state after two parts, before a bad part', [good(1), good(2), part([['B', { n: 2, pre: [1], post: [1], count: [1] }]]), 'x'],
      'changeAggregate.merge requires b.n to equal the sum of its counts (got 2 and 1)', ['b', 'n']],
    ['a part before a bad state', [good(1), { by: ['outcome'], groups: [] }, part([['A', { n: 1, pre: [Number.NaN], post: [1], count: [1] }]])],
      'mergeChangeStatesBy requires every part to be grouped states by [provider] (part 1 is not)', ['parts', 1]],
    ['a key before a bad state', [good(1), good(2), { by: ['provider'], groups: [{ key: { provider: 'A' }, state: st([1], [1]) }, { key: { provider: Number.NaN }, state: st([1], [1]) }] }, part([['A', 'no state']])],
      'mergeChangeStatesBy requires key.provider of each group to be a string, finite number, boolean or null (got NaN)', ['parts', 2, 'groups', 1, 'key', 'provider']],
    ['a group that is not {key, state}', [good(1), { by: ['provider'], groups: [{ key: { provider: 'A' }, state: st([1], [1]) }, { key: 'A', state: st([1], [1]) }] }],
      'mergeChangeStatesBy requires each group to be {key, state} (got an object)', ['parts', 1, 'groups', 1]],
    ['a state that is an array', [good(1), good(2), part([['A', st([1], [1])], ['B', [1, 2]]])],
      'changeAggregate.merge requires b to be a change state {n, pre, post, count} (got an array of length 2)', ['b']],
  ];
  for (const [name, parts, message, path] of cases) {
    it(`names the first fault: ${name}`, () => {
      const e = thrown(() => mergeChangeStatesBy(parts as GroupedChangeStates[]), InvalidInputError);
      expect(e.message.startsWith(message)).toBe(true);
      expect(e.path).toEqual(path);
    });
  }

  it('merges counts beyond 2^53 left to right, as before (their sums round)', () => {
    // Left to right: 1 + 1 = 2, 2 + 2^53 = 2^53 + 2, then + 1 rounds to 2^53 + 4; pairwise would give 2^53 + 2.
    const parts = [1, 1, 2 ** 53, 1].map((c) => part([['A', { n: c, pre: [1], post: [1], count: [c] }]]));
    expect(mergeChangeStatesBy(parts).groups[0]?.state).toEqual({ n: 2 ** 53 + 4, pre: [1], post: [1], count: [2 ** 53 + 4] });
  });
});
