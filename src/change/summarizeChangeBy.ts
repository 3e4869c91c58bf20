import { InvalidInputError, type ErrorPath } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { arrayLike, optionsObject, sameLength } from '../_internal/validate';
import { readRange } from './_internal/pairs';
import { groupStates, groupStatesCoded } from './_internal/groupStates';
import { rowColumns, type KernelInput } from './_internal/rowColumns';
import { changeAggregate, type ChangeState } from './changeAggregate';
import { mergeBalanced } from './_internal/mergeBalanced';
import type { SummarizeChangeOptions, SummarizeChangeResult } from './summarizeChange';

/** A value of a grouping field. */
export type GroupValue = string | number | boolean | null;

/** One already-paired, already-mapped reading with its grouping fields (e.g. provider and outcome). */
export type ChangeRow = {
  /** Score before (baseline). */
  readonly pre: number;
  /** Score after (follow-up). */
  readonly post: number;
} & Readonly<Record<string, unknown>>;

/**
 * The same readings as columns of equal length: `pre` and `post` scores (a Float64Array is used without a copy) and
 * one column per grouping field (strings, numbers, booleans or null; an integer typed array of dictionary codes is
 * the fastest). The columnar form avoids one object per reading.
 */
export type ChangeColumns = {
  /** Scores before (baseline), one per reading. */
  readonly pre: ArrayLike<number>;
  /** Scores after (follow-up), aligned with `pre`. */
  readonly post: ArrayLike<number>;
} & Readonly<Record<string, ArrayLike<GroupValue>>>;

/** Options of {@link changeStatesBy}. */
export interface ChangeStatesByOptions {
  /** Names of the grouping fields, outermost first, e.g. `['provider', 'outcome']`. */
  readonly by: ReadonlyArray<string>;
  /** Possible scores; a score outside it is an error. */
  readonly range?: SummarizeChangeOptions['range'];
}

/** The mergeable states of each group. */
export interface GroupedChangeStates {
  /** The grouping fields. */
  readonly by: ReadonlyArray<string>;
  /** One entry per group, sorted by key. */
  readonly groups: ReadonlyArray<{
    /** Values of the grouping fields. */
    readonly key: Readonly<Record<string, GroupValue>>;
    /** The group's {@link ChangeState}. */
    readonly state: ChangeState;
  }>;
}

/** Options of {@link summarizeChangeBy} and {@link summarizeChangeStatesBy}: the grouping and the options of {@link summarizeChange}. */
export interface SummarizeChangeByOptions extends SummarizeChangeOptions {
  /** Names of the grouping fields, outermost first, e.g. `['provider', 'outcome']`. */
  readonly by: ReadonlyArray<string>;
  /**
   * Include each group's mergeable state in the result.
   *
   * @defaultValue false
   */
  readonly includeState?: boolean;
}

/** One summarised group. */
export interface ChangeGroupSummary {
  /** Values of the grouping fields. */
  readonly key: Readonly<Record<string, GroupValue>>;
  /** Number of pairs. */
  readonly n: number;
  /** The group's summary. */
  readonly summary: SummarizeChangeResult;
  /** The group's mergeable state (only with `includeState: true`). */
  readonly state?: ChangeState;
}

/** A group left out because it has too few pairs to summarise. */
export interface ExcludedChangeGroup {
  /** Values of the grouping fields. */
  readonly key: Readonly<Record<string, GroupValue>>;
  /** Number of pairs. */
  readonly n: number;
  /** Always `'too-few-observations'` (fewer than 2 pairs). */
  readonly reason: 'too-few-observations';
}

/** Result of {@link summarizeChangeBy}. */
export interface SummarizeChangeByResult {
  /** The grouping fields. */
  readonly by: ReadonlyArray<string>;
  /** Number of pairs in all groups. */
  readonly n: number;
  /** Summarised groups, sorted by key. */
  readonly groups: ReadonlyArray<ChangeGroupSummary>;
  /** Groups left out, with the reason; their pairs are counted in `excluded`. */
  readonly excludedGroups: ReadonlyArray<ExcludedChangeGroup>;
  /** Pairs left out, by reason. */
  readonly excluded: {
    /** Pairs in groups left out for having too few pairs. */
    readonly tooFewPairsInGroup: number;
  };
}

function readBy(fn: string, by: unknown): string[] {
  const arr = arrayLike(fn, 'by', by, ['options', 'by']);
  if (!Array.isArray(arr) || arr.length === 0) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires by to be a non-empty array of field names (got ${describeValue(by)})`, path: ['options', 'by'] });
  }
  return arr.map((f, i) => {
    if (typeof f !== 'string' || f === '' || f === 'pre' || f === 'post') {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires by to name grouping fields other than pre and post (got ${describeValue(f)})`, path: ['options', 'by', i] });
    }
    return f;
  });
}

function compareKeys(a: ReadonlyArray<GroupValue>, b: ReadonlyArray<GroupValue>): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    const tx = x === null ? 0 : typeof x === 'boolean' ? 1 : typeof x === 'number' ? 2 : 3;
    const ty = y === null ? 0 : typeof y === 'boolean' ? 1 : typeof y === 'number' ? 2 : 3;
    if (tx !== ty) return tx - ty;
    return (x as string | number) < (y as string | number) ? -1 : 1;
  }
  return 0;
}

function keyObject(by: ReadonlyArray<string>, values: ReadonlyArray<GroupValue>): Record<string, GroupValue> {
  const out: Record<string, GroupValue> = {};
  // defineProperty, not assignment: a grouping field named "__proto__" must stay an own key, not set the prototype.
  by.forEach((f, i) => { Object.defineProperty(out, f, { value: values[i] as GroupValue, enumerable: true, writable: true, configurable: true }); });
  return out;
}

/** Whether `value` is the same list of grouping fields as `by` (no JSON.stringify: a bigint would throw). */
function sameBy(value: unknown, by: ReadonlyArray<string>): boolean {
  return Array.isArray(value) && value.length === by.length && value.every((f, i) => f === by[i]);
}

/** Checks one group of grouped states: an object with a key object of group values and a state. */
function readGroup(fn: string, by: ReadonlyArray<string>, g: unknown, path: ErrorPath): { key: Record<string, GroupValue>; state: ChangeState } {
  const grp = g as { key?: unknown; state?: unknown } | null;
  if (grp === null || typeof grp !== 'object' || grp.key === null || typeof grp.key !== 'object' || grp.state === null || typeof grp.state !== 'object') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each group to be {key, state} (got ${describeValue(g)})`, path });
  }
  const key = grp.key as Record<string, unknown>;
  for (const f of by) {
    const v = Object.prototype.hasOwnProperty.call(key, f) ? key[f] : undefined;
    if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires key.${f} of each group to be a string, finite number, boolean or null (got ${describeValue(v)})`, path: [...path, 'key', f] });
    }
  }
  return grp as { key: Record<string, GroupValue>; state: ChangeState };
}

/**
 * Groups already-paired readings by one or more fields and returns the mergeable {@link ChangeState} of each group.
 *
 * @remarks
 * The rows are long-form pairs that the outcomes module produces (`pairReadings` + `mapToPrimaryOutcomes`), one
 * row per person × outcome, e.g. `{ provider: 'A', outcome: 'economic-wellbeing', pre: 3, post: 5 }`. A provider can
 * run this on its own rows and send the states; {@link mergeChangeStatesBy} combines the states of several
 * providers exactly and {@link summarizeChangeStatesBy} summarises them.
 *
 * **Formula**
 * ```tex
 * S_g = \{(\text{pre}_i, \text{post}_i) : \text{key}(i) = g\}\ \text{(as counts of distinct pairs)}
 * ```
 *
 * **References**
 * - Birmingham prevention framework review (2022), §6.4 and Table 3 (provider × Prevention First outcome reporting).
 *
 * The readings can also be given as columns ({@link ChangeColumns}): the same result without one object per reading.
 * One pass codes the grouping values and the scores (each distinct score is checked once) and counts each
 * (group, pre, post) cell in one typed array, so the cost is linear in the number of readings.
 *
 * @param rows - paired readings with the grouping fields, as rows or as columns
 * @param options - `by` (grouping fields) and an optional score `range`
 * @returns the grouping fields and one state per group, sorted by key
 * @throws {InvalidInputError} when rows is not an array of objects, a grouping field is missing or not a string,
 *   number, boolean or null, or a score is not a finite number inside `range` (path and row name the reading)
 * @example
 * ```ts
 * import { changeStatesBy } from 'social-outcomes/change';
 * const rows = [
 *   { provider: 'A', pre: 3, post: 5 }, { provider: 'B', pre: 4, post: 4 }, { provider: 'A', pre: 2, post: 3 },
 * ];
 * changeStatesBy(rows, { by: ['provider'] }).groups[0] //=> { key: { provider: 'A' }, state: { n: 2, pre: [2, 3], post: [3, 5] } }
 * const columns = { provider: ['A', 'B', 'A'], pre: new Float64Array([3, 4, 2]), post: new Float64Array([5, 4, 3]) };
 * changeStatesBy(columns, { by: ['provider'] }).groups[0] //=> { key: { provider: 'A' }, state: { n: 2, pre: [2, 3], post: [3, 5] } }
 * changeStatesBy([{ pre: 3, post: 5 }], { by: ['provider'] }) //=> throws InvalidInputError
 * ```
 */
export function changeStatesBy(rows: ReadonlyArray<ChangeRow> | ChangeColumns, options: ChangeStatesByOptions): GroupedChangeStates {
  const fn = 'changeStatesBy';
  const opts = optionsObject(fn, options, ['by', 'range']);
  const by = readBy(fn, opts.by);
  const range = opts.range === undefined ? undefined : readRange(fn, opts.range);
  const cols = Array.isArray(rows) ? rowColumns(fn, by, rows, range) : columnsOf(fn, by, rows);
  const raw = cols.scores !== undefined
    ? groupStatesCoded(fn, by, cols.keys, cols.scores, range, cols.pathOf)
    : groupStates(fn, by, cols.keys, cols.pre as Float64Array, cols.post as Float64Array, range, cols.pathOf);
  const levels = cols.levels;
  if (levels !== undefined) for (const g of raw) g.values = g.values.map((c, f) => (levels[f] as GroupValue[])[c as number] as GroupValue);
  raw.sort((a, b) => compareKeys(a.values, b.values));
  return { by, groups: raw.map((g) => ({ key: keyObject(by, g.values), state: g.state })) };
}

function columnsOf(fn: string, by: ReadonlyArray<string>, data: unknown): KernelInput {
  if (data === null || typeof data !== 'object') {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires rows to be an array of rows or an object of columns {pre, post, …} (got ${describeValue(data)})`, path: ['rows'] });
  }
  const c = data as Record<string, unknown>;
  const scores = (name: 'pre' | 'post'): Float64Array => {
    const col = arrayLike(fn, name, c[name], [name]);
    if (col instanceof Float64Array) return col;
    const out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v !== 'number') throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires ${name} to be a finite number (got ${describeValue(v)})`, path: [name, i], row: i + 1 });
      out[i] = v;
    }
    return out;
  };
  const pre = scores('pre'), post = scores('post');
  sameLength(fn, 'pre', pre, 'post', post);
  const keys = by.map((f) => {
    if (!(f in c)) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} requires a column for the grouping field ${f} (missing)`, path: [f] });
    const col = arrayLike(fn, f, c[f], [f]);
    sameLength(fn, 'pre', pre, f, col);
    return col;
  });
  return { keys, pre, post, pathOf: (i, field) => [field, i] };
}

/**
 * Merges grouped change states (e.g. one per provider) into one: states of groups with the same key are merged
 * with {@link changeAggregate}, so the result equals the states of the pooled rows exactly.
 *
 * @remarks
 * **Formula**
 * ```tex
 * S_g = \sum_{p} S_{g}^{(p)}\quad\text{(counts of each distinct pair add, for every group } g)
 * ```
 *
 * The states of each group are merged in balanced rounds (pairs of parts, then pairs of pairs, and so on), so P parts
 * holding N distinct pairs in all take O(N log P) time, not O(N·P) as when each part is added to a running total;
 * the result is the same.
 *
 * **References**
 * - Chan TF, Golub GH, LeVeque RJ (1979). Updating formulae and a pairwise algorithm for computing sample
 *   variances. Stanford STAN-CS-79-773 (merging partial summaries).
 *
 * @param parts - grouped states with the same grouping fields
 * @returns the merged grouped states, sorted by key
 * @throws {InvalidInputError} when parts is empty or the parts are grouped by different fields, or a state is invalid
 * @example
 * ```ts
 * import { changeStatesBy, mergeChangeStatesBy } from 'social-outcomes/change';
 * const a = changeStatesBy([{ outcome: 'housing', pre: 3, post: 5 }], { by: ['outcome'] });
 * const b = changeStatesBy([{ outcome: 'housing', pre: 3, post: 5 }, { outcome: 'money', pre: 2, post: 2 }], { by: ['outcome'] });
 * mergeChangeStatesBy([a, b]).groups[0] //=> { key: { outcome: 'housing' }, state: { n: 2, count: [2] } }
 * mergeChangeStatesBy([]) //=> throws InvalidInputError
 * ```
 */
export function mergeChangeStatesBy(parts: ReadonlyArray<GroupedChangeStates>): GroupedChangeStates {
  const fn = 'mergeChangeStatesBy';
  const list = arrayLike(fn, 'parts', parts) as ArrayLike<GroupedChangeStates>;
  if (list.length === 0) throw new InvalidInputError({ code: 'empty-input', message: `${fn} requires at least 1 part (got 0)`, path: ['parts'] });
  const by = readBy(fn, (list[0] as GroupedChangeStates).by);
  const agg = changeAggregate();
  // Each state is checked (and copied) where merging it into a running total checked it, in the order of parts and
  // groups, so invalid input gets the same error; a key keeps the values of its last part. Each key's states are then
  // merged in balanced rounds (O(N log P) for P parts holding N distinct pairs; a running total cost O(N·P)).
  const merged = new Map<string, { values: GroupValue[]; states: ChangeState[] }>();
  for (let p = 0; p < list.length; p++) {
    const part = list[p] as GroupedChangeStates;
    if (part === null || typeof part !== 'object' || !Array.isArray(part.by) || !sameBy(part.by, by) || !Array.isArray(part.groups)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires every part to be grouped states by [${by.join(', ')}] (part ${p} is not)`, path: ['parts', p] });
    }
    for (let j = 0; j < part.groups.length; j++) {
      const g = readGroup(fn, by, part.groups[j], ['parts', p, 'groups', j]);
      const values = by.map((f) => (g.key as Record<string, GroupValue>)[f] ?? null);
      const k = JSON.stringify(values);
      const state = agg.merge(agg.init(), g.state);
      const entry = merged.get(k);
      if (entry === undefined) merged.set(k, { values, states: [state] });
      else {
        entry.values = values;
        entry.states.push(state);
      }
    }
  }
  const sorted = [...merged.values()].sort((a, b) => compareKeys(a.values, b.values));
  return { by, groups: sorted.map((g) => ({ key: keyObject(by, g.values), state: mergeBalanced(agg, g.states) })) };
}

/**
 * Summarises grouped change states: {@link summarizeChange} of every group with at least 2 pairs; smaller groups
 * are listed in `excludedGroups` and their pairs counted in `excluded`.
 *
 * @remarks
 * **Formula**
 * ```tex
 * \text{summary}_g = \text{changeAggregate.finalize}(S_g),\quad n_g \ge 2
 * ```
 *
 * **References**
 * - Birmingham prevention framework review (2022), §6.3–6.4 (change scores per provider and outcome, with caveats).
 *
 * @param states - grouped states from {@link changeStatesBy} or {@link mergeChangeStatesBy}
 * @param options - the options of {@link summarizeChange}, `by` (must match the states) and `includeState`
 * @returns one summary per group, the excluded groups and the counts of excluded pairs
 * @throws {InvalidInputError} when `by` differs from the states' grouping, a state is invalid, or an option is invalid
 * @example
 * ```ts
 * import { changeStatesBy, summarizeChangeStatesBy } from 'social-outcomes/change';
 * const rows = [{ p: 'A', pre: 3, post: 5 }, { p: 'A', pre: 2, post: 4 }, { p: 'A', pre: 4, post: 4 }, { p: 'B', pre: 1, post: 2 }];
 * const r = summarizeChangeStatesBy(changeStatesBy(rows, { by: ['p'] }), { by: ['p'] });
 * r.groups.map((g) => g.summary.change.median) //=> [2]
 * r.excluded //=> { tooFewPairsInGroup: 1 }
 * summarizeChangeStatesBy(changeStatesBy(rows, { by: ['p'] }), { by: ['q'] }) //=> throws InvalidInputError
 * ```
 */
export function summarizeChangeStatesBy(states: GroupedChangeStates, options: SummarizeChangeByOptions): SummarizeChangeByResult {
  const fn = 'summarizeChangeStatesBy';
  const opts = optionsObject(fn, options, ['by', 'includeState', 'scale', 'instrument', 'range', 'higherIsBetter', 'alternative', 'confidence', 'wilcoxon', 'reliableChange', 'baselines']);
  const by = readBy(fn, opts.by);
  if (states === null || typeof states !== 'object' || !Array.isArray(states.groups) || !sameBy(states.by, by)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires states grouped by [${by.join(', ')}] (got ${describeValue(states?.by)})`, path: ['options', 'by'] });
  }
  const { by: _by, includeState, ...summaryOptions } = opts;
  const agg = changeAggregate(summaryOptions);
  const groups: ChangeGroupSummary[] = [];
  const excludedGroups: ExcludedChangeGroup[] = [];
  let n = 0, small = 0;
  for (let j = 0; j < states.groups.length; j++) {
    const g0 = readGroup(fn, by, states.groups[j], ['states', 'groups', j]);
    const g = { key: keyObject(by, by.map((f) => g0.key[f] as GroupValue)), state: g0.state };
    if (!Number.isSafeInteger(g.state.n) || g.state.n < 0) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires state.n of each group to be a count (got ${describeValue(g.state.n)})`, path: ['states', 'groups', j, 'state', 'n'] });
    }
    n += g.state.n;
    if (g.state.n < 2) {
      excludedGroups.push({ key: g.key, n: g.state.n, reason: 'too-few-observations' });
      small += g.state.n;
      continue;
    }
    const summary = agg.finalize(g.state);
    groups.push({ key: g.key, n: g.state.n, summary, ...(includeState === true ? { state: g.state } : {}) });
  }
  return { by, n, groups, excludedGroups, excluded: { tooFewPairsInGroup: small } };
}

/**
 * Summarises paired change per group (e.g. provider × Prevention First outcome) with {@link summarizeChange},
 * through mergeable states so that per-provider partial results merge exactly.
 *
 * @remarks
 * Equivalent to `summarizeChangeStatesBy(changeStatesBy(rows, { by }), options)`. Groups with fewer than 2 pairs
 * are not summarised; they are listed in `excludedGroups` and counted. With `includeState: true` each group carries
 * its {@link ChangeState}, which a council can merge with other providers' states ({@link mergeChangeStatesBy}).
 * Rows must already be paired and mapped (the outcomes module's `pairReadings` and `mapToPrimaryOutcomes`); this
 * function does not depend on that module.
 *
 * **Formula**
 * ```tex
 * \text{summary}_g = \text{summarizeChange}(\{(\text{pre}_i, \text{post}_i) : \text{key}(i) = g\}),\quad n_g \ge 2
 * ```
 *
 * **References**
 * - Birmingham prevention framework review (2022), §6.3–6.4 and Table 3.
 *
 * @param rows - paired readings with the grouping fields, as rows or as columns ({@link ChangeColumns})
 * @param options - `by`, `includeState` and the options of {@link summarizeChange}
 * @returns one summary per group, sorted by key, the excluded groups and the counts of excluded pairs
 * @throws {InvalidInputError} when a row is not an object, a grouping field is missing or of the wrong type, a score
 *   is not a finite number inside the range (path and row name the reading), or an option is invalid
 * @example
 * ```ts
 * import { summarizeChangeBy } from 'social-outcomes/change';
 * const rows = [
 *   { provider: 'A', outcome: 'housing', pre: 3, post: 5 }, { provider: 'A', outcome: 'housing', pre: 4, post: 6 },
 *   { provider: 'A', outcome: 'housing', pre: 5, post: 5 }, { provider: 'B', outcome: 'housing', pre: 2, post: 1 },
 * ];
 * const r = summarizeChangeBy(rows, { by: ['provider', 'outcome'], range: { min: 1, max: 10 } });
 * r.groups[0] //=> { key: { provider: 'A', outcome: 'housing' }, n: 3 }
 * r.groups[0].summary.direction //=> { improved: 2, same: 1, worse: 0 }
 * r.excludedGroups //=> [{ key: { provider: 'B', outcome: 'housing' }, n: 1, reason: 'too-few-observations' }]
 * summarizeChangeBy([{ provider: 'A', pre: Number.NaN, post: 2 }], { by: ['provider'] }) //=> throws InvalidInputError
 * ```
 */
export function summarizeChangeBy(rows: ReadonlyArray<ChangeRow> | ChangeColumns, options: SummarizeChangeByOptions): SummarizeChangeByResult {
  const fn = 'summarizeChangeBy';
  const opts = optionsObject(fn, options, ['by', 'includeState', 'scale', 'instrument', 'range', 'higherIsBetter', 'alternative', 'confidence', 'wilcoxon', 'reliableChange', 'baselines']);
  const by = readBy(fn, opts.by);
  const range = opts.range ?? (opts.instrument?.scale ? { min: opts.instrument.scale.min, max: opts.instrument.scale.max } : undefined);
  const states = changeStatesBy(rows, { by, ...(range === undefined ? {} : { range }) });
  return summarizeChangeStatesBy(states, { ...opts, by });
}
