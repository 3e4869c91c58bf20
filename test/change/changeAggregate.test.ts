// changeAggregate.finalize works from the (pre, post) count table (src/change/_internal/countedPairs.ts) instead of
// expanding the state back to n pairs. These tests pin that the counts path gives exactly — byte for byte in JSON —
// what the values path (summarizeChange on the state's pairs in canonical order) gives, on random data with heavy
// ties, continuous scores, zero changes, large integers (where the integer shortcut must step aside) and every
// option that changes which figures are computed.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { changeAggregate, summarizeChange, type ChangeState, type SummarizeChangeOptions } from 'social-outcomes/change';
import { seededRandom } from 'social-outcomes/stats';

/** The values path: the state's pairs, each repeated count times, in the state's (sorted) order. */
function expand(s: ChangeState): [number[], number[]] {
  const pre: number[] = [], post: number[] = [];
  s.pre.forEach((p, i) => {
    for (let k = 0; k < (s.count[i] as number); k++) { pre.push(p); post.push(s.post[i] as number); }
  });
  return [pre, post];
}

/** The JSON of a result, or the class and message of the error thrown (some option sets reject some data). */
function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

function same(pre: ReadonlyArray<number>, post: ReadonlyArray<number>, options: SummarizeChangeOptions = {}): void {
  const agg = changeAggregate(options);
  const state = agg.stateOf(pre, post);
  const [xp, xq] = expand(state);
  expect(outcome(() => agg.finalize(state))).toBe(outcome(() => summarizeChange(xp, xq, options)));
}

const OPTIONS: ReadonlyArray<SummarizeChangeOptions> = [
  {},
  { scale: 'interval', alternative: 'greater', confidence: 0.9 },
  { higherIsBetter: false, alternative: 'less' },
  { wilcoxon: { zeroMethod: 'pratt' } },
  { wilcoxon: { zeroMethod: 'zsplit', correction: false } },
  { wilcoxon: { compat: 'scipy' } },
  { wilcoxon: { compat: 'scipy', exact: true, zeroMethod: 'zsplit' } },
  { reliableChange: { reliability: 0.8 } },
  { reliableChange: { reliability: 0.7, method: 'hageman-arrindell' }, higherIsBetter: false },
  { reliableChange: { reliability: 0.85, method: 'edwards-nunnally', cutoff: { value: 4.5 } } },
];

function sample(n: number, seed: number, draw: (u: () => number) => [number, number]): [number[], number[]] {
  const u = seededRandom(seed);
  const pre: number[] = [], post: number[] = [];
  for (let i = 0; i < n; i++) { const [a, b] = draw(u); pre.push(a); post.push(b); }
  return [pre, post];
}

const star = (u: () => number): [number, number] => {
  const a = 1 + Math.floor(u() * 10);
  return [a, Math.min(10, Math.max(1, a + Math.floor(u() * 5) - 1))];
};
const proportion = (u: () => number): [number, number] => {
  // Star areas rescaled to 1–10 through a proportion of 7 levels: non-integer scores with many ties.
  const a = Math.floor(u() * 8), b = Math.min(7, Math.max(0, a + Math.floor(u() * 4) - 1));
  return [1 + (a / 7) * 9, 1 + (b / 7) * 9];
};
const continuous = (u: () => number): [number, number] => {
  const a = 14 + u() * 56;
  return [a, a + (u() - 0.3) * 10];
};
const rounded = (u: () => number): [number, number] => {
  const a = Math.round((14 + u() * 56) * 10) / 10;
  return [a, Math.round((a + (u() - 0.4) * 6) * 10) / 10];
};
const huge = (u: () => number): [number, number] => {
  // Few, tied integer scores so spread out that n·M² > 2^53: the sums round, so the moments must replay the
  // additions in order rather than multiply by the counts.
  const a = Math.floor(u() * 6) * (2 ** 28 + 7) - 2 ** 29 + 1;
  return [a, a + (Math.floor(u() * 3) - 1) * (2 ** 27 + 3)];
};

describe('changeAggregate.finalize (counts path) equals summarizeChange on the expanded pairs (values path)', () => {
  for (const [name, draw] of [['Star integers', star], ['proportion-rescaled', proportion], ['continuous', continuous], ['rounded to 0.1', rounded], ['huge integers', huge]] as const) {
    it(`${name}, every option set, n from 2 to 5000`, () => {
      let seed = 1;
      for (const n of [2, 3, 5, 8, 13, 14, 40, 51, 400, 5000]) {
        const [pre, post] = sample(n, seed++, draw);
        for (const o of OPTIONS) same(pre, post, o);
      }
    });
  }

  it('covers the corner cases: all changes zero, one distinct change, negative scores, a lone pair value', () => {
    same([3, 3, 3], [3, 3, 3]);
    same([3, 4, 5, 6], [4, 5, 6, 7], { reliableChange: { reliability: 0.9 } });
    same([-2.5, -1, 0, 0, 1.25], [-2.5, 0, 0, -1, 3]);
    same([0.1, 0.2], [0.30000000000000004, 0.1]);
    for (const o of OPTIONS) same([1, 2, 2, 3, 5, 5, 5, 7, 8, 9, 9, 10], [2, 2, 4, 1, 5, 6, 8, 7, 10, 6, 9, 10], o);
  });

  const scores = fc.constantFrom(1, 1.5, 2, 2.25, 3, 4, 1 + 9 / 7, 1 + 18 / 7, 7, 10);
  fcTest.prop([fc.array(fc.tuple(scores, scores), { minLength: 2, maxLength: 60 }), fc.constantFrom(...OPTIONS)], { numRuns: 200 })(
    'on any multiset of tied, non-integer pairs',
    (pairs, o) => {
      same(pairs.map((p) => p[0]), pairs.map((p) => p[1]), o);
    },
  );
  fcTest.prop([fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: 2, maxLength: 40 })], { numRuns: 100 })(
    'on continuous pairs',
    (pairs) => {
      same(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    },
  );
});
