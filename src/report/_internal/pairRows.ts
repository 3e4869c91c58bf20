/**
 * The pre–post pairs of one outcome, stored compactly while a million clients are paired: per pair the record
 * index and the codes of its two scores in a dictionary of the outcome's distinct scores (mapped Star scores and
 * SWEMWBS metric scores take a few dozen values). That is 8 bytes a pair instead of 20, so the report allocates
 * less memory outside the JS heap, which is what makes V8 collect the caller's whole heap. Scores are decoded into
 * reused scratch columns when a figure reads them; past 65,535 distinct scores the store keeps the doubles
 * themselves. −0 is stored as 0.
 *
 * @packageDocumentation
 */
import { DistinctValues } from '../../_internal/distinctValues';
import { scratchFloat64, scratchInt32 } from '../../_internal/scratch';

const MAX_CODES = 65535;

/** The contents of a {@link PairRows}, as plain typed arrays that can be posted to a worker. */
export interface PairRowsData {
  readonly n: number;
  readonly client: Int32Array;
  readonly pre: Uint16Array;
  readonly post: Uint16Array;
  /** The distinct scores the codes point into (first-seen order). */
  readonly values: Float64Array;
  readonly wide?: { readonly pre: Float64Array; readonly post: Float64Array };
}

/** The pairs of one outcome: record index, pre and post, in pair order. */
export class PairRows {
  /** Record index of each pair (the first `n` entries). */
  client: Int32Array;
  /** Number of pairs. */
  n = 0;
  private pre: Uint16Array;
  private post: Uint16Array;
  private readonly dict = new DistinctValues(MAX_CODES);
  /** The scores themselves, once there are more distinct scores than codes. */
  private wide: { pre: Float64Array; post: Float64Array } | undefined;
  private readonly two = new Float64Array(2);

  /** Room for `capacity` pairs (a bound counted before pairing, so the arrays are not grown and copied). */
  constructor(capacity: number) {
    this.client = new Int32Array(Math.max(16, capacity));
    this.pre = new Uint16Array(this.client.length);
    this.post = new Uint16Array(this.client.length);
  }

  /** The pairs as plain typed arrays: views of the store's own arrays (nothing is copied here). */
  data(): PairRowsData {
    const n = this.n;
    return {
      n,
      client: this.client.subarray(0, n),
      pre: this.pre.subarray(0, n),
      post: this.post.subarray(0, n),
      values: this.dict.values(),
      ...(this.wide !== undefined ? { wide: { pre: this.wide.pre.subarray(0, n), post: this.wide.post.subarray(0, n) } } : {}),
    };
  }

  /** A store over the arrays of `data` (used as they are: the store must not be pushed to). */
  static from(data: PairRowsData): PairRows {
    const rows = new PairRows(0);
    rows.n = data.n;
    rows.client = data.client;
    rows.pre = data.pre;
    rows.post = data.post;
    // The dictionary is rebuilt in the same order, so code k still points at data.values[k].
    for (let k = 0; k < data.values.length; k++) rows.dict.indexAt(data.values, k);
    if (data.wide !== undefined) rows.wide = { pre: data.wide.pre, post: data.wide.post };
    return rows;
  }

  /** Adds record i's pair (pre at from[at], post at from[at + 1]); read from an array, so no double is boxed. */
  pushMapped(i: number, from: Float64Array, at: number): void {
    if (this.n === this.client.length) this.grow();
    const j = this.n++;
    this.client[j] = i;
    if (this.wide === undefined) {
      const a = this.dict.indexAt(from, at), b = this.dict.indexAt(from, at + 1);
      if (a >= 0 && b >= 0) {
        this.pre[j] = a;
        this.post[j] = b;
        return;
      }
      this.widen(j);
    }
    const w = this.wide as { pre: Float64Array; post: Float64Array };
    w.pre[j] = from[at] as number;
    w.post[j] = from[at + 1] as number;
  }

  /** Adds record i's pair. */
  push(i: number, a: number, b: number): void {
    this.two[0] = a;
    this.two[1] = b;
    this.pushMapped(i, this.two, 0);
  }

  /** Keeps doubles from pair j on, decoding the pairs before it. */
  private widen(j: number): void {
    const v = this.dict.values();
    const pre = new Float64Array(this.client.length), post = new Float64Array(this.client.length);
    for (let q = 0; q < j; q++) {
      pre[q] = v[this.pre[q] as number] as number;
      post[q] = v[this.post[q] as number] as number;
    }
    this.wide = { pre, post };
  }

  /** Doubles the capacity (only when the bound was exceeded, which the bound rules out). */
  private grow(): void {
    const c = new Int32Array(this.n * 2); c.set(this.client); this.client = c;
    const p = new Uint16Array(this.n * 2); p.set(this.pre); this.pre = p;
    const q = new Uint16Array(this.n * 2); q.set(this.post); this.post = q;
    if (this.wide !== undefined) {
      const wp = new Float64Array(this.n * 2); wp.set(this.wide.pre);
      const wq = new Float64Array(this.n * 2); wq.set(this.wide.post);
      this.wide = { pre: wp, post: wq };
    }
  }

  /**
   * Pre and post scores of the pairs, decoded into scratch columns shared by every PairRows: valid until the next
   * call of `views` or `change` on any of them.
   */
  views(): [Float64Array, Float64Array] {
    const pre = scratchFloat64('report.pairs.pre', this.n), post = scratchFloat64('report.pairs.post', this.n);
    if (this.wide !== undefined) {
      pre.set(this.wide.pre.subarray(0, this.n));
      post.set(this.wide.post.subarray(0, this.n));
    } else {
      const v = this.dict.values();
      for (let j = 0; j < this.n; j++) {
        pre[j] = v[this.pre[j] as number] as number;
        post[j] = v[this.post[j] as number] as number;
      }
    }
    return [pre, post];
  }

  /**
   * post − pre of each pair, in a scratch column valid until the next call of `views` or `change` on any PairRows
   * (it reuses the column `views` gives for pre).
   */
  change(): Float64Array {
    const d = scratchFloat64('report.pairs.pre', this.n);
    if (this.wide !== undefined) {
      const { pre, post } = this.wide;
      for (let j = 0; j < this.n; j++) d[j] = (post[j] as number) - (pre[j] as number);
    } else {
      const v = this.dict.values();
      for (let j = 0; j < this.n; j++) d[j] = (v[this.post[j] as number] as number) - (v[this.pre[j] as number] as number);
    }
    return d;
  }

  /**
   * post − pre of each pair as a dictionary-encoded column `{codes, values}`: the codes are in the scratch column
   * of `gather`, valid until its next call. A Float64Array ({@link change}) instead when the store keeps doubles or
   * has over 256 distinct scores.
   */
  changeColumn(): { codes: Int32Array; values: Float64Array } | Float64Array {
    const d = this.dict.size;
    if (this.wide !== undefined || d > 256) return this.change();
    const v = this.dict.values();
    const diffs = new Float64Array(d * d);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) diffs[a * d + b] = (v[b] as number) - (v[a] as number);
    const table = new DistinctValues(d * d);
    const lut = Int32Array.from(diffs, (_, k) => table.indexAt(diffs, k));
    const codes = scratchInt32('report.pairs.gather', this.n);
    for (let j = 0; j < this.n; j++) codes[j] = lut[(this.pre[j] as number) * d + (this.post[j] as number)] as number;
    return { codes, values: table.values().slice() };
  }

  /** `of[client]` of each pair, in a scratch column valid until the next call of `gather` on any PairRows. */
  gather(of: ArrayLike<number>): Int32Array {
    const out = scratchInt32('report.pairs.gather', this.n);
    for (let j = 0; j < this.n; j++) out[j] = of[this.client[j] as number] as number;
    return out;
  }
}

/**
 * Sizes the shared scratch columns for the longest of `streams` at once, so they are allocated once instead of
 * growing stream by stream.
 */
export function reserveScratch(streams: ReadonlyArray<PairRows>): void {
  const n = streams.reduce((m, r) => Math.max(m, r.n), 0);
  scratchFloat64('report.pairs.pre', n);
  scratchFloat64('report.pairs.post', n);
  scratchInt32('report.pairs.gather', n);
}
