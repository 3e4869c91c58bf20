/**
 * A record field dictionary-coded while the records are scanned: each record holds the index of its value in the
 * field's distinct values, in the narrowest signed typed array that fits (1 byte per record for up to 127 values).
 * A million-record report then keeps a few MB of codes instead of an array of strings per field, which keeps V8
 * from collecting the caller's whole heap for the memory the report allocates.
 *
 * @packageDocumentation
 */
import { roomFor, type Codes } from '../../_internal/codes';
import type { Fnv64 } from './hash';

/** A coded field as the scan returns it. */
export interface CodedField {
  /** Per record, the index of its value in `values`. */
  readonly codes: Codes;
  /** The distinct values in first-seen order (an absent value is coded as `''`). */
  readonly values: ReadonlyArray<string>;
}

/** One distinct value: records counted for it, its FNV hash, and whether it is a known value. */
export interface FieldValue {
  n: number;
  readonly index: number;
  readonly hash: number;
  readonly known: boolean;
}

const UNKNOWN = new Set(['not-known', 'prefer-not-to-say']);

/** The distinct values of one string field, so each record costs one hash-table look-up per field. */
export class FieldCoder {
  readonly map = new Map<string, FieldValue>();
  /** Per record, the index of its value (widened from 1 to 2 to 4 bytes as the distinct values grow). */
  codes: Codes;

  /** `n` records to code (0 for a field that is only tallied). */
  constructor(private readonly h: Fnv64, n: number) {
    this.codes = new Int8Array(n);
  }

  /** The entry of `v` for record `i` (whose code it stores), counted when `count` is true. */
  see(v: string, count: boolean, i: number): FieldValue {
    const e = this.tally(v, count);
    this.codes[i] = e.index;
    return e;
  }

  /** The entry of `v`, counted when `count` is true, for a field that is tallied but not coded. */
  tally(v: string, count: boolean): FieldValue {
    let e = this.map.get(v);
    if (e === undefined) {
      const index = this.map.size;
      this.codes = roomFor(this.codes, index);
      this.map.set(v, (e = { n: 0, index, hash: this.h.symHash(v), known: !UNKNOWN.has(v) }));
    }
    if (count) e.n++;
    return e;
  }

  /** The coded field. */
  field(): CodedField {
    return { codes: this.codes, values: [...this.map.keys()] };
  }
}

/** Records per value of a coded field. */
export function countCodes(f: CodedField): Float64Array {
  const counts = new Float64Array(f.values.length);
  const codes = f.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    counts[c] = (counts[c] as number) + 1;
  }
  return counts;
}

/**
 * The numeric ages of the records, coded: per record the index of its age in `ages`, or −1 when the record has no
 * numeric age. Whole ages up to 255 are found by index; any other number by a hash-table look-up.
 */
export class AgeCoder {
  readonly ages: number[] = [];
  codes: Codes;
  private readonly small = new Int32Array(256).fill(-1);
  private readonly other = new Map<number, number>();

  constructor(n: number) {
    this.codes = new Int8Array(n);
  }

  /** Codes record i's age (`undefined` or a non-number: no numeric age). */
  see(age: unknown, i: number): void {
    if (typeof age !== 'number') {
      this.codes[i] = -1;
      return;
    }
    const whole = age >= 0 && age < 256 && Math.floor(age) === age;
    let c = whole ? (this.small[age] as number) : this.other.get(age) ?? -1;
    if (c < 0) {
      c = this.ages.length;
      this.codes = roomFor(this.codes, c);
      this.ages.push(age);
      if (whole) this.small[age] = c;
      else this.other.set(age, c);
    }
    this.codes[i] = c;
  }
}
