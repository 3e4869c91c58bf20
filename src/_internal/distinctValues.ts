/**
 * A table of the distinct values of numeric data, by open addressing on their float64 bits (−0 counts as 0), in
 * first-seen order with their counts. It holds at most `limit` values, so callers can give up and sort when the
 * data are near-continuous. Work is done a whole array per call, so no double is boxed by a call per element.
 *
 * @packageDocumentation
 */

/** Distinct values with counts; adding or finding a value costs one hash probe sequence. */
export class DistinctValues {
  /** Number of distinct values. */
  size = 0;
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);
  private keys = new Float64Array(256);
  private slots = new Int32Array(256).fill(-1);
  /** 32 − log2(table size): the hash's top bits index the table. */
  private shift = 24;
  private vals = new Float64Array(64);
  private cnts = new Int32Array(64);

  constructor(private readonly limit: number) {}

  /** Slot of `v` in the hash table (empty, or holding v). */
  private probe(v: number): number {
    this.bits[0] = v;
    const mask = this.keys.length - 1;
    // The slot is the product's top bits (Fibonacci hashing). Its low bits depend only on the factors' low bits,
    // which are all zero for small integers, halves and powers of two (their mantissas end in zeros): masking the
    // low bits sent every such value to one slot, so each look-up walked the whole cluster.
    let h = Math.imul((this.words[0] as number) ^ Math.imul(this.words[1] as number, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    while (this.slots[h] !== -1 && this.keys[h] !== v) h = (h + 1) & mask;
    return h;
  }

  /** Counts every element of `x` (finite numbers); false, with the table partly filled, past `limit` distinct values. */
  addAll(x: ArrayLike<number>): boolean {
    for (let i = 0; i < x.length; i++) if (!this.addCount(x, i, 1)) return false;
    return true;
  }

  /** Counts `x[i]` (taking the array and index, so no double is boxed by the call); false past `limit`. */
  addAt(x: ArrayLike<number>, i: number): boolean {
    return this.addCount(x, i, 1);
  }

  /** Adds `counts[i]` occurrences of each `values[i]`; false past `limit`. */
  addCounted(values: ArrayLike<number>, counts: ArrayLike<number>): boolean {
    for (let i = 0; i < values.length; i++) if (!this.addCount(values, i, counts[i] as number)) return false;
    return true;
  }

  /** Counts `x[i]` and returns its index (first-seen order), or −1 when it is a new value and the table is full. */
  indexAt(x: ArrayLike<number>, i: number): number {
    return this.add(x, i, 1);
  }

  /** Adds `c` occurrences of `x[i]`; false when it is a new value and the table is full. */
  private addCount(x: ArrayLike<number>, i: number, c: number): boolean {
    return this.add(x, i, c) >= 0;
  }

  /** Adds `c` occurrences of `x[i]` and returns its index; −1 when it is a new value and the table is full. */
  private add(x: ArrayLike<number>, i: number, c: number): number {
    const v = (x[i] as number) === 0 ? 0 : (x[i] as number);
    const h = this.probe(v);
    let d = this.slots[h] as number;
    if (d === -1) {
      if (this.size === this.limit) return -1;
      d = this.size++;
      if (d === this.vals.length) {
        const nv = new Float64Array(2 * d); nv.set(this.vals); this.vals = nv;
        const nc = new Int32Array(2 * d); nc.set(this.cnts); this.cnts = nc;
      }
      this.vals[d] = v;
      this.keys[h] = v;
      this.slots[h] = d;
      if (2 * this.size > this.keys.length) this.grow();
    }
    this.cnts[d] = (this.cnts[d] as number) + c;
    return d;
  }

  /** Index of `v`, which must have been added. */
  find(x: number): number {
    return this.slots[this.probe(x === 0 ? 0 : x)] as number;
  }

  /** Σ perValue[index of x[i]] over i, in input order (every x[i] must have been added). */
  sumOver(x: ArrayLike<number>, perValue: Float64Array): number {
    let sum = 0;
    for (let i = 0; i < x.length; i++) {
      const v = (x[i] as number) === 0 ? 0 : (x[i] as number);
      sum += perValue[this.slots[this.probe(v)] as number] as number;
    }
    return sum;
  }

  /** The distinct values (first-seen order). */
  values(): Float64Array {
    return this.vals.subarray(0, this.size);
  }

  /** The count of each distinct value. */
  counts(): Int32Array {
    return this.cnts.subarray(0, this.size);
  }

  /** Indices of the distinct values in increasing order of value. */
  ascending(): Int32Array {
    const v = this.vals;
    return Int32Array.from({ length: this.size }, (_, k) => k).sort((a, b) => (v[a] as number) - (v[b] as number));
  }

  private grow(): void {
    const cap = 2 * this.keys.length;
    this.shift--;
    this.keys = new Float64Array(cap);
    this.slots = new Int32Array(cap).fill(-1);
    for (let d = 0; d < this.size; d++) {
      const w = this.vals[d] as number;
      const h = this.probe(w);
      this.keys[h] = w;
      this.slots[h] = d;
    }
  }
}

/** Counts the distinct values of `x`, or returns undefined when there are more than `limit`. */
export function distinctValues(x: ArrayLike<number>, limit: number): DistinctValues | undefined {
  const t = new DistinctValues(limit);
  return t.addAll(x) ? t : undefined;
}
