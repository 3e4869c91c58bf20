/**
 * The row pass of `changeStatesBy` / `summarizeChangeBy` on object rows: one pass that checks each row and writes
 * dictionary codes, so the kernel gets small typed arrays and a million rows allocate a few MB, not 42 (which made
 * V8 mark-compact the caller's whole heap on every call: 113–290 ms against 10 ms to walk 1.6M rows).
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { roomFor, type Codes } from '../../_internal/codes';
import type { CodedScores } from './groupStates';
import { checkScore, SMALL_K, validScore, type PathOf } from './scoreChecks';
import type { ScoreRange } from '../types';
import type { GroupValue } from '../summarizeChangeBy';

/** The kernel's input; with `levels`, the key columns hold dictionary codes into `levels` (one list per field). */
export interface KernelInput {
  keys: ArrayLike<unknown>[];
  /** The scores as doubles, or `scores` as byte codes (one of the two). */
  pre?: Float64Array;
  post?: Float64Array;
  scores?: CodedScores;
  pathOf: PathOf;
  levels?: GroupValue[][];
}

const NONE = Symbol('none');

/**
 * Byte codes of pre and post scores while at most SMALL_K distinct scores are seen, then doubles. A score that is
 * not finite or outside `range` is not coded: the first such (row order, pre before post) is kept and reported
 * after the row checks, as the kernel would report it.
 */
class ScoreCoder {
  private readonly slotKey = new Float64Array(256).fill(Number.NaN);
  private readonly slotCode = new Int32Array(256).fill(-1);
  readonly levels: number[] = [];
  cp: Uint8Array | undefined;
  cq: Uint8Array | undefined;
  pre: Float64Array | undefined;
  post: Float64Array | undefined;
  badRow = -1;
  badName: 'pre' | 'post' = 'pre';

  constructor(private readonly n: number, private readonly range: ScoreRange | undefined) {
    this.cp = new Uint8Array(n);
    this.cq = new Uint8Array(n);
  }

  add(i: number, p: number, q: number): void {
    const cp = this.cp;
    if (cp !== undefined) {
      const a = this.code(p + 0, i, 'pre');
      const b = this.code(q + 0, i, 'post');
      if ((a | b) >= 0) {
        cp[i] = a;
        (this.cq as Uint8Array)[i] = b;
        return;
      }
      this.toDoubles(i);
    }
    (this.pre as Float64Array)[i] = p;
    (this.post as Float64Array)[i] = q;
    if (!validScore(p, this.range)) this.bad(i, 'pre');
    if (!validScore(q, this.range)) this.bad(i, 'post');
  }

  /** The code of v (a new one if unseen), −1 when SMALL_K codes are taken, 0 for an invalid score (kept as bad). */
  private code(v: number, i: number, name: 'pre' | 'post'): number {
    let h = Math.imul((v * 4099) | 0, 0x9e3779b1) >>> 24;
    for (;;) {
      const c = this.slotCode[h] as number;
      if (c < 0) break;
      if (this.slotKey[h] === v) return c;
      h = (h + 1) & 255;
    }
    if (!validScore(v, this.range)) {
      this.bad(i, name);
      return 0;
    }
    if (this.levels.length >= SMALL_K) return -1;
    const c = this.levels.length;
    this.levels.push(v);
    this.slotKey[h] = v;
    this.slotCode[h] = c;
    return c;
  }

  private bad(i: number, name: 'pre' | 'post'): void {
    if (this.badRow < 0) {
      this.badRow = i;
      this.badName = name;
    }
  }

  /** Past SMALL_K distinct scores: doubles from here on, rows before `i` decoded from their codes. */
  private toDoubles(i: number): void {
    const cp = this.cp as Uint8Array, cq = this.cq as Uint8Array, lv = this.levels;
    this.pre = new Float64Array(this.n);
    this.post = new Float64Array(this.n);
    for (let j = 0; j < i; j++) {
      this.pre[j] = lv[cp[j] as number] as number;
      this.post[j] = lv[cq[j] as number] as number;
    }
    this.cp = undefined;
    this.cq = undefined;
  }
}

/**
 * One pass over object rows: checks each row, codes the scores (bytes while at most SMALL_K distinct, else doubles)
 * and dictionary-codes each grouping field into the narrowest integer array (so the kernel takes its fast path).
 * Errors keep the kernel's order: a row that is not an object, a missing grouping field or a score that is not a
 * number at once; then a grouping value of a wrong type, at its first row in the first such field; then the first
 * score that is not finite or is outside `range`.
 */
export function rowColumns(fn: string, by: ReadonlyArray<string>, list: ReadonlyArray<unknown>, range: ScoreRange | undefined): KernelInput {
  const n = list.length;
  const scores = new ScoreCoder(n, range);
  const keys: Codes[] = by.map(() => new Int8Array(n));
  const levels = by.map((): GroupValue[] => []);
  const index = by.map(() => new Map<unknown, number>());
  const last: unknown[] = by.map(() => NONE);
  const lastCode = new Int32Array(by.length);
  const firstBad = by.map(() => -1);
  for (let i = 0; i < n; i++) {
    const row = list[i];
    if (row === null || typeof row !== 'object') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each row to be an object {pre, post, …} (got ${describeValue(row)})`, path: ['rows', i], row: i + 1 });
    }
    const rec = row as Record<string, unknown>;
    for (let f = 0; f < by.length; f++) {
      const name = by[f] as string;
      const v = rec[name];
      if (v === undefined && !(name in rec)) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} requires each row to have the grouping field ${name} (missing)`, path: ['rows', i, name], row: i + 1 });
      let c: number | undefined;
      if (v === last[f]) c = lastCode[f] as number;
      else {
        const ix = index[f] as Map<unknown, number>;
        c = ix.get(v);
        if (c === undefined) {
          if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
            const lv = levels[f] as GroupValue[];
            c = lv.length;
            keys[f] = roomFor(keys[f] as Codes, c);
            lv.push(v === 0 ? 0 : (v as GroupValue));
            ix.set(v, c);
          } else {
            if ((firstBad[f] as number) < 0) firstBad[f] = i;
            c = 0;
          }
        }
        last[f] = v;
        lastCode[f] = c;
      }
      (keys[f] as Codes)[i] = c;
    }
    const p = rec.pre, q = rec.post;
    if (typeof p !== 'number') throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires pre to be a finite number (got ${describeValue(p)})`, path: ['rows', i, 'pre'], row: i + 1 });
    if (typeof q !== 'number') throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires post to be a finite number (got ${describeValue(q)})`, path: ['rows', i, 'post'], row: i + 1 });
    scores.add(i, p, q);
  }
  for (let f = 0; f < by.length; f++) {
    const i = firstBad[f] as number;
    if (i >= 0) {
      const v = (list[i] as Record<string, unknown>)[by[f] as string];
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires grouping field ${by[f] as string} to be a string, finite number, boolean or null (got ${describeValue(v)})`, path: ['rows', i, by[f] as string], row: i + 1 });
    }
  }
  const pathOf: PathOf = (i, field) => ['rows', i, field];
  if (scores.badRow >= 0) {
    const i = scores.badRow;
    checkScore(fn, scores.badName, (list[i] as Record<string, number>)[scores.badName] as number, i, range, pathOf);
  }
  if (scores.cp !== undefined) return { keys, scores: { cp: scores.cp, cq: scores.cq as Uint8Array, levels: scores.levels }, pathOf, levels };
  return { keys, pre: scores.pre as Float64Array, post: scores.post as Float64Array, pathOf, levels };
}
