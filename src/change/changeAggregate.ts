import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { atLeast, optionsObject } from '../_internal/validate';
import type { Aggregate } from '../stats/moments';
import { readCountedPairs } from './_internal/countedPairs';
import { readSummaryPairs, summarizeFromPairs } from './_internal/summaryCore';
import type { SummarizeChangeOptions, SummarizeChangeResult } from './summarizeChange';

/**
 * Mergeable state of paired readings: every distinct (pre, post) pair with its count, sorted by pre then post.
 * A plain JSON object, so providers can send it and a council can merge it; merging adds counts, so any
 * partition of the data merges to exactly the same state.
 */
export interface ChangeState {
  /** Number of pairs. */
  readonly n: number;
  /** Distinct pre scores, one per entry, sorted ascending (ties broken by `post`). */
  readonly pre: ReadonlyArray<number>;
  /** Post score of each entry. */
  readonly post: ReadonlyArray<number>;
  /** Number of pairs with this (pre, post). */
  readonly count: ReadonlyArray<number>;
}

/** One paired reading. */
export interface ChangePair {
  /** Score before. */
  readonly pre: number;
  /** Score after. */
  readonly post: number;
}

/** The change aggregate: the {@link Aggregate} contract plus a fast path for whole arrays. */
export interface ChangeAggregate extends Aggregate<ChangeState, ChangePair, SummarizeChangeResult> {
  /** The state of whole arrays of pairs in one pass (equal to folding `add` over them). */
  stateOf(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array): ChangeState;
}

function cmp(p1: number, q1: number, p2: number, q2: number): number {
  return p1 < p2 ? -1 : p1 > p2 ? 1 : q1 < q2 ? -1 : q1 > q2 ? 1 : 0;
}

function checkState(fn: string, name: string, s: unknown): ChangeState {
  const st = s as ChangeState | null;
  const ok = st !== null && typeof st === 'object' && Number.isInteger(st.n) && st.n >= 0 &&
    Array.isArray(st.pre) && Array.isArray(st.post) && Array.isArray(st.count) &&
    st.pre.length === st.post.length && st.pre.length === st.count.length;
  if (!ok) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to be a change state {n, pre, post, count} (got ${describeValue(s)})`, path: [name] });
  }
  let total = 0;
  for (let i = 0; i < st.pre.length; i++) {
    const p = st.pre[i], q = st.post[i], c = st.count[i];
    if (typeof p !== 'number' || !Number.isFinite(p) || typeof q !== 'number' || !Number.isFinite(q) || !Number.isInteger(c) || (c as number) <= 0 ||
      (i > 0 && cmp(st.pre[i - 1] as number, st.post[i - 1] as number, p, q) >= 0)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to hold sorted distinct finite pairs with positive integer counts (entry ${i} is not)`, path: [name, 'pre', i] });
    }
    total += c as number;
  }
  if (total !== st.n) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name}.n to equal the sum of its counts (got ${st.n} and ${total})`, path: [name, 'n'] });
  }
  return st;
}

/** Builds the state of arrays already validated (shared with summarizeChangeBy). */
function buildState(pre: ArrayLike<number>, post: ArrayLike<number>): ChangeState {
  const byPre = new Map<number, Map<number, number>>();
  const n = pre.length;
  for (let i = 0; i < n; i++) {
    const p = (pre[i] as number) + 0; // −0 → 0
    const q = (post[i] as number) + 0;
    let inner = byPre.get(p);
    if (inner === undefined) { inner = new Map(); byPre.set(p, inner); }
    inner.set(q, (inner.get(q) ?? 0) + 1);
  }
  const outPre: number[] = [], outPost: number[] = [], outCount: number[] = [];
  for (const p of [...byPre.keys()].sort((a, b) => a - b)) {
    const inner = byPre.get(p) as Map<number, number>;
    for (const q of [...inner.keys()].sort((a, b) => a - b)) {
      outPre.push(p); outPost.push(q); outCount.push(inner.get(q) as number);
    }
  }
  return { n, pre: outPre, post: outPost, count: outCount };
}

/**
 * A mergeable accumulator of paired readings whose `finalize` gives {@link summarizeChange}'s summary: providers
 * compute states of their own data, the council merges them, and the merged summary is exactly that of the pooled data.
 *
 * @remarks
 * The state is the multiset of (pre, post) pairs stored as sorted distinct pairs with counts — small for
 * instrument scores (at most 100 entries for a 1–10 Star area, 3,249 for WEMWBS) and exact, so every figure,
 * ranks and quartiles included, survives merging; means and variances of integer scores are computed from exact
 * integer sums, so the summary does not depend on how the data were split or ordered. `add` and `merge` return new
 * states (the stats `Aggregate` contract); `stateOf` is the fast path for arrays. `finalize` throws
 * `InsufficientDataError` below 2 pairs, like {@link summarizeChange}.
 *
 * Because `add` leaves its state as it was and returns new plain arrays, each call checks and copies all d distinct
 * pairs of the state: O(d) time. That is small for instrument scores, but with continuous scores nearly every pair
 * is distinct, so folding `add` over n pairs takes time in proportion to n². For many pairs, collect them in arrays
 * and call `stateOf` once (O(n log n)), or take the `stateOf` of each batch and `merge` the batch states.
 *
 * **Formula**
 * ```tex
 * S(A \cup B) = S(A) + S(B)\quad\text{(counts of each distinct pair add)},\qquad
 * \text{finalize}(S) = \text{summarizeChange}(\text{pairs of } S \text{ in sorted order})
 * ```
 *
 * **References**
 * - Chan TF, Golub GH, LeVeque RJ (1979). Updating formulae and a pairwise algorithm for computing sample variances.
 *   Stanford STAN-CS-79-773 (mergeable summaries).
 * - Arquero `AggregateDef {init, add, value}` (STYLE rule 7). https://idl.uw.edu/arquero/
 *
 * @param options - the options of {@link summarizeChange}, used by `finalize` (and `range`/`instrument` by `add` and `stateOf`)
 * @returns the aggregate `{ init, add, merge, finalize, stateOf }`
 * @throws {InvalidInputError} from `add`/`stateOf` for a non-finite or out-of-range score, from any method for an
 *   invalid state, and when options is not an object
 * @throws {InsufficientDataError} from `finalize` when the state holds fewer than 2 pairs
 * @example
 * ```ts
 * import { changeAggregate, summarizeChange } from 'social-outcomes/change';
 * const agg = changeAggregate({ range: { min: 1, max: 10 } });
 * const providerA = agg.stateOf([3, 4, 2, 5], [5, 4, 3, 7]);
 * const providerB = agg.add(agg.add(agg.init(), { pre: 6, post: 6 }), { pre: 3, post: 6 });
 * const merged = agg.merge(providerA, providerB);
 * merged //=> { n: 6, pre: [2, 3, 3, 4, 5, 6], post: [3, 5, 6, 4, 7, 6], count: [1, 1, 1, 1, 1, 1] }
 * agg.finalize(merged).change.mean === summarizeChange([3, 4, 2, 5, 6, 3], [5, 4, 3, 7, 6, 6]).change.mean //=> true
 * agg.add(agg.init(), { pre: 11, post: 3 }) //=> throws InvalidInputError
 * ```
 */
export function changeAggregate(options?: SummarizeChangeOptions): ChangeAggregate {
  const opts = optionsObject('changeAggregate', options, ['scale', 'instrument', 'range', 'higherIsBetter', 'alternative', 'confidence', 'wilcoxon', 'reliableChange', 'baselines']);
  return Object.freeze({
    init(): ChangeState {
      return { n: 0, pre: [], post: [], count: [] };
    },
    add(state: ChangeState, value: ChangePair): ChangeState {
      const fn = 'changeAggregate.add';
      const s = checkState(fn, 'state', state);
      if (value === null || typeof value !== 'object') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires value to be {pre, post} (got ${describeValue(value)})`, path: ['value'] });
      }
      readSummaryPairs(fn, [value.pre], [value.post], opts);
      const p = value.pre + 0, q = value.post + 0;
      let lo = 0, hi = s.pre.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cmp(s.pre[mid] as number, s.post[mid] as number, p, q) < 0) lo = mid + 1; else hi = mid;
      }
      const pre = [...s.pre], post = [...s.post], count = [...s.count];
      if (lo < pre.length && pre[lo] === p && post[lo] === q) count[lo] = (count[lo] as number) + 1;
      else { pre.splice(lo, 0, p); post.splice(lo, 0, q); count.splice(lo, 0, 1); }
      return { n: s.n + 1, pre, post, count };
    },
    merge(a: ChangeState, b: ChangeState): ChangeState {
      const fn = 'changeAggregate.merge';
      const sa = checkState(fn, 'a', a), sb = checkState(fn, 'b', b);
      const pre: number[] = [], post: number[] = [], count: number[] = [];
      let i = 0, j = 0;
      while (i < sa.pre.length || j < sb.pre.length) {
        const c = i >= sa.pre.length ? 1 : j >= sb.pre.length ? -1 : cmp(sa.pre[i] as number, sa.post[i] as number, sb.pre[j] as number, sb.post[j] as number);
        if (c < 0) { pre.push(sa.pre[i] as number); post.push(sa.post[i] as number); count.push(sa.count[i] as number); i++; }
        else if (c > 0) { pre.push(sb.pre[j] as number); post.push(sb.post[j] as number); count.push(sb.count[j] as number); j++; }
        else { pre.push(sa.pre[i] as number); post.push(sa.post[i] as number); count.push((sa.count[i] as number) + (sb.count[j] as number)); i++; j++; }
      }
      return { n: sa.n + sb.n, pre, post, count };
    },
    finalize(state: ChangeState): SummarizeChangeResult {
      const fn = 'changeAggregate.finalize';
      const s = checkState(fn, 'state', state);
      atLeast(fn, 'pairs', s.n, 2, ['state', 'n']);
      // From the counts, without expanding the state to n pairs: the same figures as summarizeChange on the pairs in
      // canonical order (countedPairs.ts). Named as summarizeChange so that the summary (messages of parts not
      // computed included) is byte-identical.
      const { stats, counted } = readCountedPairs(s);
      return summarizeFromPairs('summarizeChange', stats, s.pre, s.post, opts, counted);
    },
    stateOf(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array): ChangeState {
      readSummaryPairs('changeAggregate.stateOf', pre, post, opts);
      return buildState(pre as ArrayLike<number>, post as ArrayLike<number>);
    },
  });
}
