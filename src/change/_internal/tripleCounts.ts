/**
 * One pass that counts the distinct (group, pre, post) triples of scored rows in an open-addressing hash table keyed
 * on the triple itself: one probe a row, where coding pre and post apart costs two probes, a write and a read of
 * two code columns, and a second pass. A new score is checked (and coded) when its first triple is inserted, so
 * the errors are the ones the two-pass path throws, at the same row.
 *
 * Measured in one process, alternating calls with the hand loop of bench/change/groupBy (12 groups, 24 distinct
 * scores, load 1–1.5): the whole fast path 0.26 ms at 16,580 rows, 2.37 ms at 162,456 and 23.0 ms at 1,634,872, against
 * 0.30–0.31, 3.0–3.5 and 26.1–27.7 ms with two passes; the hand loop took 0.13–0.15, 1.8 and 18 ms.
 * Where the table would lose (too many triples, rows that mostly make new ones, long probe runs) it gives up early
 * and the two passes count instead; see LIMIT, SPARSE_SHARE and PROBE_BUDGET.
 *
 * @internal
 */
import { insertScore, SMALL_K, type PathOf } from './scoreChecks';
import type { ScoreRange } from '../types';

/** The distinct scores seen (first-seen order: codes) and a dense S × K × K table of counts (K = levels.length). */
export interface TripleCounts {
  readonly levels: number[];
  readonly cells: Int32Array;
}

/** Returned when more than SMALL_K distinct scores occur (the caller takes its general path). */
export const MANY_SCORES = 1;
/** Returned when more than LIMIT triples occur (the caller takes its two passes). */
export const MANY_TRIPLES = 2;

/**
 * log2 of the table's slots (stride 4 doubles: pre, post, group, count; 512 kB, reused between calls). It is a
 * constant: with the size in a variable (a table that could grow), the hash's shift and mask cost 12–15 % more a
 * row, while 2^13 to 2^15 slots made no difference.
 */
const BITS = 14;
const MASK = (1 << BITS) - 1;
/** Triples the table takes: half its slots (the bench's 1.6M rows have 1,579; 12 groups × 64² scores could have 49,152). */
const LIMIT = 1 << (BITS - 1);
/**
 * An insertion costs about 100 ns (the score checks and codes) and a hit saves about 3 ns on the two passes, so when
 * more than one row in SPARSE_SHARE has made a new triple (once SPARSE_FROM triples exist) the two passes take over:
 * 64 whole-number scores in 12 groups (49,152 possible triples, 100,000 rows) took 5.1 ms that way after 8,192
 * insertions, against 3.9 ms for the two passes alone.
 */
const SPARSE_FROM = 2048;
const SPARSE_SHARE = 8;
/**
 * Probes past the first slot allowed per row (plus LIMIT in all). Scores that truncate to one hash bucket (closer
 * than 1/4099 apart, or beyond 2^84 in magnitude) make long probe runs; the two passes' dictionaries bound them at
 * 64. 64 scores k·10⁻⁶ in 12 groups took 30.9 ms at 100,000 rows here, against 19.5 ms for the two passes.
 */
const PROBE_BUDGET = 4;
let scratchTable: Float64Array | undefined;
let scratchList: Int32Array | undefined;
let scratchCodes: Int32Array | undefined;

/** The table and its triples while a call runs (count 0 marks an empty slot). */
interface Table {
  readonly t: Float64Array;
  /** Slot of each triple, in first-seen order. */
  readonly list: Int32Array;
  /** pre code × SMALL_K + post code of each triple. */
  readonly codes: Int32Array;
  size: number;
  /** The score dictionary: distinct scores in first-seen order, and a hash table of their codes. */
  readonly levels: number[];
  readonly slotKey: Float64Array;
  readonly slotCode: Int32Array;
}

/** The slot a triple hashes to: x·4099 truncated to int32 for each score (as the score dictionaries do), mixed. */
export function slotOf(u: number, v: number, g: number): number {
  return Math.imul(Math.imul((u * 4099) | 0, 0x9e3779b1) ^ ((v * 4099) | 0) ^ (g << 16), 0x85ebca6b) >>> (32 - BITS);
}

/**
 * Counts the rows' triples: group g = x0·s1 + x1·m1 − base (an integer in [0, S), S ≤ 1024), scores pre[i] + 0 and
 * post[i] + 0 (−0 is counted as 0). Throws the kernel's error at the first invalid score (row order, pre before
 * post). `cellsFor(size)` gives a zeroed Int32Array of at least `size` cells for the dense table.
 */
export function countTriples(
  fn: string, x0: ArrayLike<number>, x1: ArrayLike<number>, s1: number, m1: number, base: number, S: number,
  pre: ArrayLike<number>, post: ArrayLike<number>, range: ScoreRange | undefined, pathOf: PathOf, cellsFor: (size: number) => Int32Array,
): TripleCounts | typeof MANY_SCORES | typeof MANY_TRIPLES {
  const n = pre.length;
  const tb: Table = {
    t: (scratchTable ??= new Float64Array(4 << BITS)),
    list: (scratchList ??= new Int32Array(LIMIT)),
    codes: (scratchCodes ??= new Int32Array(LIMIT)),
    size: 0,
    levels: [],
    slotKey: new Float64Array(256).fill(Number.NaN),
    slotCode: new Int32Array(256).fill(-1),
  };
  const t = tb.t;
  // Probes past the first slot, for the probe budget (see PROBE_BUDGET).
  let steps = 0;
  for (let i = 0; i < n; i++) {
    const u = (pre[i] as number) + 0, v = (post[i] as number) + 0;
    const g = (x0[i] as number) * s1 + (x1[i] as number) * m1 - base;
    let h = slotOf(u, v, g);
    for (;;) {
      const at = h << 2;
      const c = t[at + 3] as number;
      if (c === 0) {
        const status = addTriple(fn, tb, u, v, g, h, i, range, pathOf);
        if (status !== 0) { clear(tb); return status; }
        break;
      }
      if (t[at] === u && t[at + 1] === v && t[at + 2] === g) { t[at + 3] = c + 1; break; }
      if (++steps > PROBE_BUDGET * i + LIMIT) { clear(tb); return MANY_TRIPLES; }
      h = (h + 1) & MASK;
    }
  }
  const K = tb.levels.length;
  const cells = cellsFor(S * K * K);
  for (let k = 0; k < tb.size; k++) {
    const at = (tb.list[k] as number) << 2, cd = tb.codes[k] as number;
    cells[((t[at + 2] as number) * K + ((cd / SMALL_K) | 0)) * K + (cd % SMALL_K)] = t[at + 3] as number;
    t[at + 3] = 0;
  }
  return { levels: tb.levels, cells };
}

/**
 * A triple not in the table, whose probe ended at empty slot h: codes its scores (checking new ones) and inserts it
 * with count 1. 0, or the status that ends the pass. On a thrown error the table is cleared first, so that it is
 * all empty for the next call.
 */
function addTriple(fn: string, tb: Table, u: number, v: number, g: number, h: number, i: number, range: ScoreRange | undefined, pathOf: PathOf): 0 | typeof MANY_SCORES | typeof MANY_TRIPLES {
  let a: number, b: number;
  try {
    a = codeOf(fn, tb, 'pre', u, i, range, pathOf);
    b = a < 0 ? -1 : codeOf(fn, tb, 'post', v, i, range, pathOf);
  } catch (e) {
    clear(tb);
    throw e;
  }
  if (b < 0) return MANY_SCORES;
  if (tb.size === LIMIT || (tb.size >= SPARSE_FROM && tb.size * SPARSE_SHARE > i)) return MANY_TRIPLES;
  const at = h << 2;
  tb.t[at] = u; tb.t[at + 1] = v; tb.t[at + 2] = g; tb.t[at + 3] = 1;
  tb.list[tb.size] = h;
  tb.codes[tb.size] = a * SMALL_K + b;
  tb.size++;
  return 0;
}

/** The code of score x (a new one, checked, if unseen); −1 once SMALL_K codes are taken. */
function codeOf(fn: string, tb: Table, name: 'pre' | 'post', x: number, i: number, range: ScoreRange | undefined, pathOf: PathOf): number {
  let h = Math.imul((x * 4099) | 0, 0x9e3779b1) >>> 24;
  while (tb.slotKey[h] !== x) {
    if ((tb.slotCode[h] as number) < 0) return insertScore(fn, name, x, i, h, tb.slotKey, tb.slotCode, tb.levels, range, pathOf);
    h = (h + 1) & 255;
  }
  return tb.slotCode[h] as number;
}

/** Empties every slot in use (count 0). */
function clear(tb: Table): void {
  for (let k = 0; k < tb.size; k++) tb.t[((tb.list[k] as number) << 2) + 3] = 0;
  tb.size = 0;
}
