/**
 * The strings a read stores in its records, kept apart from the text they were cut from. A CSV cell is a
 * slice of a 1 MiB block of decoded text, and V8 keeps a slice of 13 or more characters as a view of that
 * block: one stored `commissioningArea` or `referralRoute` per block kept the whole file's text alive (a
 * heap snapshot of 10,000 clients read from an 8 MB file: 13.9 of 35.8 MB were those blocks). Values that repeat
 * (provider, area, route, dates, instrument ids) are also shared: one instance per distinct value, up to LIMIT
 * values per read.
 *
 * @internal
 * @packageDocumentation
 */
import type { Decoder } from './cells';

/** Distinct values a pool shares; past it, values are copied but not shared (client ids are mostly distinct). */
const LIMIT = 1 << 16;

/** A copy of `s` that refers to no other string: the concatenation is flattened into a string of its own by slice. */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

/** One read's pool of stored strings. */
export class StringPool {
  private readonly values = new Map<string, string>();

  /** The pool's instance of `s` (a copy of its own, made on first sight). */
  keep(s: string): string {
    const hit = this.values.get(s);
    if (hit !== undefined) return hit;
    const copy = ownCopy(s);
    if (this.values.size < LIMIT) this.values.set(copy, copy);
    return copy;
  }

  /** `decode` with its string values (and the strings of a list value) kept through the pool. */
  wrap(decode: Decoder): Decoder {
    return (cell) => {
      const v = decode(cell);
      if (typeof v === 'string') return this.keep(v);
      if (Array.isArray(v)) return v.map((x: unknown) => (typeof x === 'string' ? this.keep(x) : x));
      return v;
    };
  }
}
