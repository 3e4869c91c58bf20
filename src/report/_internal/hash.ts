/**
 * FNV-1a hashing of strings and numbers, two 32-bit lanes giving 16 hex digits (not cryptographic:
 * an identity check of the input, not a protection).
 *
 * @packageDocumentation
 */

/** An incremental 64-bit (two-lane) FNV-1a hash. */
export class Fnv64 {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  /** Adds a string (by UTF-16 code units) and a separator. */
  str(s: string): void {
    let a = this.a, b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
    this.a = a;
    this.b = b;
  }

  private readonly memo = new Map<string, number>();

  /**
   * Adds a string that repeats across records (codes, dates, area ids): its own 32-bit FNV-1a hash is
   * computed once and mixed in as a number, which is much faster than re-hashing its characters.
   */
  sym(s: string): void {
    this.mix(this.symHash(s));
  }

  /** The 32-bit FNV-1a hash of a repeated string (memoised), for callers that cache it themselves. */
  symHash(s: string): number {
    let v = this.memo.get(s);
    if (v === undefined) {
      v = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) v = Math.imul(v ^ s.charCodeAt(i), 0x01000193);
      v = (v ^ s.length) >>> 0;
      this.memo.set(s, v);
    }
    return v;
  }

  /** Mixes in a string hash from {@link symHash} (the same as `sym` of that string). */
  mix(v: number): void {
    let a = this.a, b = this.b;
    a = Math.imul(a ^ v, 0x01000193);
    b = Math.imul(b ^ (v >>> 3), 0x01000193) ^ (a >>> 11);
    this.a = a;
    this.b = b;
  }

  num(x: number): void {
    this.f64[0] = x;
    let a = this.a, b = this.b;
    for (let k = 0; k < 2; k++) {
      const w = this.u32[k] as number;
      a = Math.imul(a ^ w, 0x01000193);
      b = Math.imul(b ^ (w >>> 7), 0x01000193) ^ (a >>> 13);
    }
    this.a = a;
    this.b = b;
  }

  /** The digest, 16 lower-case hex digits. */
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
