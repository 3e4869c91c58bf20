/**
 * The one-pass kernel of `changeStatesBy`: grouping keys are dictionary-coded, scores are coded through a small
 * open-addressing hash on their float64 bits (validated once per distinct value, on first sight), and the counts of
 * each (group, pre, post) cell are accumulated in one Int32Array — no allocation per element. Data with more
 * distinct scores than `MAX_DISTINCT` (continuous scores) take a general path with one Map per group.
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { checkScore, insertScore, SMALL_K, validScore, type PathOf } from './scoreChecks';
import { countTriples, MANY_SCORES, MANY_TRIPLES } from './tripleCounts';
import type { ScoreRange } from '../types';
import type { ChangeState } from '../changeAggregate';

/** A value of a grouping field (as in summarizeChangeBy). */
type Key = string | number | boolean | null;

/** One group: its key values (in `by` order) and state. Groups come in order of first appearance. */
export interface RawGroup {
  values: Key[];
  state: ChangeState;
}

const MAX_DISTINCT = 4096;
const MAX_CELLS = 1 << 24;
const INT_VIEWS = [Int8Array, Int16Array, Int32Array, Uint8Array, Uint16Array, Uint32Array];

function badKey(fn: string, field: string, v: unknown, i: number, pathOf: PathOf): never {
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires grouping field ${field} to be a string, finite number, boolean or null (got ${describeValue(v)})`, path: pathOf(i, field), row: i + 1 });
}

/** Dictionary codes of one grouping column. */
function factorize(fn: string, field: string, col: ArrayLike<unknown>, n: number, pathOf: PathOf): { codes: Int32Array; levels: Key[] } {
  const codes = new Int32Array(n);
  const levels: Key[] = [];
  if (INT_VIEWS.some((T) => col instanceof T) && n > 0) {
    const x = col as ArrayLike<number>;
    let lo = x[0] as number, hi = lo;
    for (let i = 1; i < n; i++) { const v = x[i] as number; if (v < lo) lo = v; else if (v > hi) hi = v; }
    if (hi - lo <= 1 << 20) {
      const table = new Int32Array(hi - lo + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const k = (x[i] as number) - lo;
        let c = table[k] as number;
        if (c < 0) { c = levels.length; levels.push(k + lo); table[k] = c; }
        codes[i] = c;
      }
      return { codes, levels };
    }
  }
  const index = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    const v = col[i];
    let c = index.get(v);
    if (c === undefined) {
      if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) badKey(fn, field, v, i, pathOf);
      c = levels.length;
      levels.push(v === 0 ? 0 : (v as Key));
      index.set(v, c);
    }
    codes[i] = c;
  }
  return { codes, levels };
}

/** Dense group ids over all grouping columns, with each group's key values. */
function groupIds(fn: string, by: ReadonlyArray<string>, cols: ReadonlyArray<ArrayLike<unknown>>, n: number, pathOf: PathOf): { gid: Int32Array; keys: Key[][] } {
  const first = factorize(fn, by[0] as string, cols[0] as ArrayLike<unknown>, n, pathOf);
  let gid = first.codes;
  let keys: Key[][] = first.levels.map((v) => [v]);
  for (let f = 1; f < by.length; f++) {
    const next = factorize(fn, by[f] as string, cols[f] as ArrayLike<unknown>, n, pathOf);
    const L = next.levels.length;
    const combined = new Int32Array(n);
    const out: Key[][] = [];
    const cells = keys.length * L;
    if (cells <= MAX_CELLS) {
      const table = new Int32Array(cells).fill(-1);
      for (let i = 0; i < n; i++) {
        const k = (gid[i] as number) * L + (next.codes[i] as number);
        let g = table[k] as number;
        if (g < 0) { g = out.length; out.push([...(keys[gid[i] as number] as Key[]), next.levels[next.codes[i] as number] as Key]); table[k] = g; }
        combined[i] = g;
      }
    } else {
      const table = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const k = (gid[i] as number) * L + (next.codes[i] as number);
        let g = table.get(k);
        if (g === undefined) { g = out.length; out.push([...(keys[gid[i] as number] as Key[]), next.levels[next.codes[i] as number] as Key]); table.set(k, g); }
        combined[i] = g;
      }
    }
    gid = combined;
    keys = out;
  }
  return { gid, keys };
}

/**
 * The states of every group. `pre`/`post` hold numbers (already type-checked); every score is checked (finite,
 * inside `range`) here. −0 is stored as 0.
 */
export function groupStates(fn: string, by: ReadonlyArray<string>, keyCols: ReadonlyArray<ArrayLike<unknown>>, pre: ArrayLike<number>, post: ArrayLike<number>, range: ScoreRange | undefined, pathOf: PathOf): RawGroup[] {
  const fused = fusedStates(fn, keyCols, pre, post, range, pathOf);
  if (fused !== undefined) return fused;
  const n = pre.length;
  const { gid, keys } = groupIds(fn, by, keyCols, n, pathOf);
  const G = keys.length;
  // Score dictionary: open addressing on the float64 bits, shared by pre and post.
  const CAP = 1 << 13, MASK = CAP - 1;
  const slotKey = new Float64Array(CAP);
  const slotCode = new Int32Array(CAP).fill(-1);
  const levels: number[] = [];
  const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
  const cp = new Int32Array(n), cq = new Int32Array(n);
  let overflow = false;
  const code = (v: number, i: number, name: 'pre' | 'post'): number => {
    f64[0] = v;
    let h = Math.imul((u32[0] as number) ^ Math.imul(u32[1] as number, 0x85ebca6b), 0x9e3779b1) >>> 19;
    for (;;) {
      const c = slotCode[h] as number;
      if (c < 0) break;
      if (slotKey[h] === v) return c;
      h = (h + 1) & MASK;
    }
    checkScore(fn, name, v, i, range, pathOf);
    if (levels.length >= MAX_DISTINCT) { overflow = true; return -1; }
    const c = levels.length;
    levels.push(v);
    slotKey[h] = v;
    slotCode[h] = c;
    return c;
  };
  for (let i = 0; i < n; i++) {
    const a = code((pre[i] as number) + 0, i, 'pre');
    const b = code((post[i] as number) + 0, i, 'post');
    if (overflow) break;
    cp[i] = a; cq[i] = b;
  }
  if (overflow) return generalStates(fn, gid, keys, pre, post, range, pathOf);
  const K = levels.length;
  const KK = K * K;
  const order = levels.map((_, c) => c).sort((x, y) => (levels[x] as number) - (levels[y] as number));
  const groups: RawGroup[] = [];
  // A dense (group, pre, post) table while it is not much larger than the rows (many groups of a few rows each,
  // e.g. one per client, would sweep millions of empty cells); otherwise one Map per group.
  if (G * KK <= MAX_CELLS && G * KK <= 32 * n + 65536) {
    const cells = new Int32Array(G * KK);
    for (let i = 0; i < n; i++) {
      const k = (gid[i] as number) * KK + (cp[i] as number) * K + (cq[i] as number);
      cells[k] = (cells[k] as number) + 1;
    }
    for (let g = 0; g < G; g++) {
      const outPre: number[] = [], outPost: number[] = [], outCount: number[] = [];
      let total = 0;
      for (const p of order) {
        const base = g * KK + p * K;
        for (const q of order) {
          const c = cells[base + q] as number;
          if (c > 0) { outPre.push(levels[p] as number); outPost.push(levels[q] as number); outCount.push(c); total += c; }
        }
      }
      groups.push({ values: keys[g] as Key[], state: { n: total, pre: outPre, post: outPost, count: outCount } });
    }
    return groups;
  }
  const maps = keys.map(() => new Map<number, number>());
  for (let i = 0; i < n; i++) {
    const m = maps[gid[i] as number] as Map<number, number>;
    const k = (cp[i] as number) * K + (cq[i] as number);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const rank = new Int32Array(K);
  order.forEach((c, r) => { rank[c] = r; });
  for (let g = 0; g < G; g++) {
    const m = maps[g] as Map<number, number>;
    const cellsSorted = [...m.keys()].sort((x, y) => ((rank[(x / K) | 0] as number) - (rank[(y / K) | 0] as number)) || ((rank[x % K] as number) - (rank[y % K] as number)));
    const outPre: number[] = [], outPost: number[] = [], outCount: number[] = [];
    let total = 0;
    for (const k of cellsSorted) {
      const c = m.get(k) as number;
      outPre.push(levels[(k / K) | 0] as number); outPost.push(levels[k % K] as number); outCount.push(c); total += c;
    }
    groups.push({ values: keys[g] as Key[], state: { n: total, pre: outPre, post: outPost, count: outCount } });
  }
  return groups;
}

/** Continuous scores: one Map of pre → Map of post → count per group. */
function generalStates(fn: string, gid: Int32Array, keys: Key[][], pre: ArrayLike<number>, post: ArrayLike<number>, range: ScoreRange | undefined, pathOf: PathOf): RawGroup[] {
  const n = pre.length;
  const maps = keys.map(() => new Map<number, Map<number, number>>());
  for (let i = 0; i < n; i++) {
    const p = (pre[i] as number) + 0, q = (post[i] as number) + 0;
    if (!validScore(p, range)) checkScore(fn, 'pre', p, i, range, pathOf);
    if (!validScore(q, range)) checkScore(fn, 'post', q, i, range, pathOf);
    const byPre = maps[gid[i] as number] as Map<number, Map<number, number>>;
    let inner = byPre.get(p);
    if (inner === undefined) { inner = new Map(); byPre.set(p, inner); }
    inner.set(q, (inner.get(q) ?? 0) + 1);
  }
  return keys.map((values, g) => {
    const byPre = maps[g] as Map<number, Map<number, number>>;
    const outPre: number[] = [], outPost: number[] = [], outCount: number[] = [];
    let total = 0;
    for (const p of [...byPre.keys()].sort((a, b) => a - b)) {
      const inner = byPre.get(p) as Map<number, number>;
      for (const q of [...inner.keys()].sort((a, b) => a - b)) {
        const c = inner.get(q) as number;
        outPre.push(p); outPost.push(q); outCount.push(c); total += c;
      }
    }
    return { values, state: { n: total, pre: outPre, post: outPost, count: outCount } };
  });
}

/** Count tables up to this many cells (1 MB) reuse one module-level buffer, kept all zero between calls. */
const SCRATCH_CELLS = 1 << 18;
let scratch: Int32Array | undefined;
/** A zeroed count table of `size` cells: the reused one when it is large enough. */
const cellsFor = (size: number): Int32Array => (size <= SCRATCH_CELLS ? (scratch ??= new Int32Array(SCRATCH_CELLS)) : new Int32Array(size));
/** Score-code buffers up to this many rows are reused between calls (2 × 128 kB). */
const SCRATCH_ROWS = 1 << 17;
let scratchCodes: [Uint8Array, Uint8Array] | undefined;

/**
 * The fast path, when the grouping columns are one or two integer typed arrays (dictionary codes) spanning few
 * values and there are at most SMALL_K distinct scores. Scores that are doubles are counted by (group, pre, post)
 * triple in one pass ({@link countTriples}); where that pass gives up (too many triples, rows that mostly make new
 * ones, long probe runs) and for scores the row pass has coded, two light passes: the first gives each pre and
 * post score a byte code, the second counts (group, pre code, post code) cells in a table of exactly K × K cells a
 * group (K distinct scores).
 * Measured on 16,580 and 162,456 rows, 12 groups and 24 scores: 9.8 and 10.7 ns a row against 13.1 and 13.8 for
 * one fused loop with 64 × 64 cells a group, whose 16 kB group stride also made the time depend on the physical
 * pages the table landed on (0.31 or 0.45 ms a call at 10k, process to process).
 * Returns undefined when the data do not fit (the caller then takes the general passes).
 */
function fusedStates(fn: string, keyCols: ReadonlyArray<ArrayLike<unknown>>, pre: ArrayLike<number>, post: ArrayLike<number>, range: ScoreRange | undefined, pathOf: PathOf, coded?: CodedScores): RawGroup[] | undefined {
  const n = coded === undefined ? pre.length : coded.cp.length;
  if (n === 0 || keyCols.length > 2 || !keyCols.every((c) => INT_VIEWS.some((T) => c instanceof T))) return undefined;
  const cols = keyCols as ReadonlyArray<ArrayLike<number>>;
  // Key ranges: one pass over both code columns (a second column defaults to the first, spanning one value).
  const x0 = cols[0] as ArrayLike<number>;
  const two = cols.length === 2;
  const x1 = (two ? cols[1] : cols[0]) as ArrayLike<number>;
  const range2 = keyRanges(x0, x1, n);
  const lo0 = range2[0] as number, hi0 = range2[1] as number;
  // g = (x0 − lo0)·s1 + (x1 − lo1)·m1: with one column s1 = 1 and m1 = 0, so the loop below has no branch on it.
  const lo1 = two ? (range2[2] as number) : 0, hi1 = two ? (range2[3] as number) : 0;
  const s1 = hi1 - lo1 + 1, m1 = two ? 1 : 0;
  const S = (hi0 - lo0 + 1) * s1;
  if (S * SMALL_K * SMALL_K > 1 << 22) return undefined;
  const base = lo0 * s1 + lo1 * m1;
  const keyOf = (g: number): Key[] => (two ? [lo0 + Math.floor(g / s1), lo1 + (g % s1)] : [lo0 + g]);
  if (coded === undefined) {
    // One probe a row on the (group, pre, post) triple; the two passes below only where that pass gives up.
    const counted = countTriples(fn, x0, x1, s1, m1, base, S, pre, post, range, pathOf, cellsFor);
    if (counted === MANY_SCORES) return undefined;
    if (counted !== MANY_TRIPLES) return readCells(counted.cells, S, counted.levels, keyOf);
  }
  let levels: ReadonlyArray<number>;
  let cp: Uint8Array, cq: Uint8Array;
  if (coded !== undefined) ({ cp, cq, levels } = coded); // scores already coded by the row pass
  else {
    const CAP = 1 << 8, MASK = CAP - 1;
    // Empty slots hold NaN (never equal to a score) and code −1, so a hit costs one load and one compare.
    const slotKey = new Float64Array(CAP).fill(Number.NaN);
    const slotCode = new Int32Array(CAP).fill(-1);
    const lv: number[] = [];
    levels = lv;
    [cp, cq] = n <= SCRATCH_ROWS ? (scratchCodes ??= [new Uint8Array(SCRATCH_ROWS), new Uint8Array(SCRATCH_ROWS)]) : [new Uint8Array(n), new Uint8Array(n)];
    // Pass 1: score codes. The probe is written out twice (pre, post) so every array stays in a register; a miss on
    // an empty slot calls insertScore, which fills the slot (or returns −1 when SMALL_K codes are taken: the fast
    // path then gives up). The hash truncates x·4099 to int32: values closer than 1/4099 share a bucket and are
    // told apart by linear probing, at most SMALL_K probes as at most SMALL_K values exist.
    // (The two passes stay in this function: as functions of their own, V8 inlined them here before they had type
    // feedback and then deoptimised on almost every call.)
    for (let i = 0; i < n; i++) {
      const u = (pre[i] as number) + 0;
      let h = Math.imul((u * 4099) | 0, 0x9e3779b1) >>> 24;
      while (slotKey[h] !== u) {
        if ((slotCode[h] as number) < 0) {
          if (insertScore(fn, 'pre', u, i, h, slotKey, slotCode, lv, range, pathOf) < 0) return undefined; // > SMALL_K scores
          break;
        }
        h = (h + 1) & MASK;
      }
      cp[i] = slotCode[h] as number;
      const v = (post[i] as number) + 0;
      h = Math.imul((v * 4099) | 0, 0x9e3779b1) >>> 24;
      while (slotKey[h] !== v) {
        if ((slotCode[h] as number) < 0) {
          if (insertScore(fn, 'post', v, i, h, slotKey, slotCode, lv, range, pathOf) < 0) return undefined;
          break;
        }
        h = (h + 1) & MASK;
      }
      cq[i] = slotCode[h] as number;
    }
  }
  // Pass 2: cell counts, K × K cells a group. Small tables reuse one zeroed scratch buffer (allocating and faulting
  // in the table on every call was most of the cost at 10k rows); readCells sets every cell back to 0 as it reads it.
  const K = levels.length;
  const KK = K * K;
  const cells = cellsFor(S * KK);
  for (let i = 0; i < n; i++) {
    const k = ((x0[i] as number) * s1 + (x1[i] as number) * m1 - base) * KK + (cp[i] as number) * K + (cq[i] as number);
    cells[k] = (cells[k] as number) + 1;
  }
  return readCells(cells, S, levels, keyOf);
}

/**
 * [min, max] of x0 then of x1 over the first n elements (n ≥ 1). A function of its own: as a loop in fusedStates,
 * its on-stack-replaced code deoptimised on the first line after it (insufficient type feedback) in every call.
 */
function keyRanges(x0: ArrayLike<number>, x1: ArrayLike<number>, n: number): [number, number, number, number] {
  let lo0 = x0[0] as number, hi0 = lo0, lo1 = x1[0] as number, hi1 = lo1;
  for (let i = 1; i < n; i++) {
    const v = x0[i] as number, w = x1[i] as number;
    if (v < lo0) lo0 = v; else if (v > hi0) hi0 = v;
    if (w < lo1) lo1 = w; else if (w > hi1) hi1 = w;
  }
  return [lo0, hi0, lo1, hi1];
}

/** Pre and post scores as byte codes into their distinct values (at most SMALL_K), as a row pass writes them. */
export interface CodedScores {
  readonly cp: Uint8Array;
  readonly cq: Uint8Array;
  readonly levels: ReadonlyArray<number>;
}

/**
 * {@link groupStates} for scores the row pass has already coded and checked: the fast path from the codes, or, when
 * the keys do not fit it, the general passes on the decoded scores.
 */
export function groupStatesCoded(fn: string, by: ReadonlyArray<string>, keyCols: ReadonlyArray<ArrayLike<unknown>>, scores: CodedScores, range: ScoreRange | undefined, pathOf: PathOf): RawGroup[] {
  const fused = fusedStates(fn, keyCols, scores.cp, scores.cq, range, pathOf, scores);
  if (fused !== undefined) return fused;
  const { cp, cq, levels } = scores;
  const pre = Float64Array.from(cp, (c) => levels[c] as number);
  const post = Float64Array.from(cq, (c) => levels[c] as number);
  return groupStates(fn, by, keyCols, pre, post, range, pathOf);
}

/**
 * The groups of a table of S × K × K cells (group, pre code, post code): each non-empty group's distinct pairs in
 * ascending (pre, post) order with their counts. Every cell read is set back to 0 (the table is scratch).
 * Kept apart from the counting loops: built inside them, the sorted code order and the output arrays made V8 drop
 * the loops' optimised code and finish calls in the interpreter (a deopt on most calls, 0.1–0.15 ms each at 10k).
 */
function readCells(cells: Int32Array, S: number, levels: ReadonlyArray<number>, keyOf: (g: number) => Key[]): RawGroup[] {
  const K = levels.length;
  const KK = K * K;
  const order = Int32Array.from({ length: K }, (_, c) => c).sort((a, b) => (levels[a] as number) - (levels[b] as number));
  const groups: RawGroup[] = [];
  for (let g = 0; g < S; g++) {
    const outPre: number[] = [], outPost: number[] = [], outCount: number[] = [];
    let total = 0;
    for (let x = 0; x < K; x++) {
      const p = order[x] as number;
      const row = g * KK + p * K;
      for (let y = 0; y < K; y++) {
        const q = order[y] as number;
        const c = cells[row + q] as number;
        if (c > 0) { cells[row + q] = 0; outPre.push(levels[p] as number); outPost.push(levels[q] as number); outCount.push(c); total += c; }
      }
    }
    if (total === 0) continue;
    groups.push({ values: keyOf(g), state: { n: total, pre: outPre, post: outPost, count: outCount } });
  }
  return groups;
}
