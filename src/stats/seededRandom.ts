import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';

/** A source of uniform random numbers in [0, 1), like `Math.random`; the shape simple-statistics' resamplers accept. */
export type RandomSource = () => number;

const MASK64 = (1n << 64n) - 1n;

/** SplitMix64 (Steele, Lea & Flood 2014): the seeding generator recommended by the xoshiro authors. */
function splitMix64(state: { s: bigint }): bigint {
  state.s = (state.s + 0x9e3779b97f4a7c15n) & MASK64;
  let z = state.s;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** 64-bit FNV-1a of the UTF-8 bytes of a string. */
function fnv1a64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

/**
 * A deterministic pseudo-random number generator (xoshiro256**, seeded through SplitMix64) returning doubles
 * in [0, 1) with 53 random bits.
 *
 * @remarks
 * Use it wherever a figure depends on simulation (bootstrap, permutation or Monte-Carlo p-values), so the
 * figure is the same on every run and machine. The sequence for a given seed is part of the public API: a
 * test pins the first values, and any change to it is a breaking change.
 *
 * Seeding: a number seed must be a safe integer and is taken modulo 2⁶⁴ (so −1 is 2⁶⁴ − 1); a string seed is
 * hashed to 64 bits with FNV-1a over its UTF-8 bytes. That 64-bit value seeds SplitMix64, whose first four
 * outputs are the xoshiro256** state (never all zero). Each call advances xoshiro256** once and returns its
 * upper 53 bits divided by 2⁵³. Period 2²⁵⁶ − 1; not for cryptography.
 *
 * **Formula**
 * ```tex
 * \text{out} = \operatorname{rotl}(s_1 \cdot 5,\; 7) \cdot 9 \bmod 2^{64},\qquad u = \lfloor \text{out} / 2^{11} \rfloor \cdot 2^{-53}\\
 * t = s_1 \ll 17;\ s_2 \mathrel{\oplus}= s_0;\ s_3 \mathrel{\oplus}= s_1;\ s_1 \mathrel{\oplus}= s_2;\ s_0 \mathrel{\oplus}= s_3;\
 * s_2 \mathrel{\oplus}= t;\ s_3 = \operatorname{rotl}(s_3, 45)
 * ```
 *
 * **References**
 * - Blackman D, Vigna S (2021). Scrambled linear pseudorandom number generators. *ACM Transactions on
 *   Mathematical Software* 47(4):36. https://doi.org/10.1145/3460772 ; reference code https://prng.di.unimi.it/
 * - Steele GL, Lea D, Flood CH (2014). Fast splittable pseudorandom number generators. *OOPSLA 2014*,
 *   453–472. https://doi.org/10.1145/2660193.2660195
 * - Fowler G, Noll LC, Vo KP. FNV hash (FNV-1a, 64-bit). http://www.isthe.com/chongo/tech/comp/fnv/
 *
 * @param seed - a safe integer, or a string
 * @returns a function that returns the next number in [0, 1) on each call
 * @throws {InvalidInputError} when the seed is neither a safe integer nor a string
 * @example
 * ```ts
 * import { seededRandom } from 'social-outcomes/stats';
 * const rand = seededRandom(42);
 * rand() //=> 0.08386
 * seededRandom('bootstrap-2024')() === seededRandom('bootstrap-2024')() //=> true
 * seededRandom(0.5) //=> throws InvalidInputError
 * ```
 */
export function seededRandom(seed: number | string): RandomSource {
  let seed64: bigint;
  if (typeof seed === 'string') seed64 = fnv1a64(seed);
  else if (typeof seed === 'number' && Number.isSafeInteger(seed)) seed64 = BigInt.asUintN(64, BigInt(seed));
  else {
    throw new InvalidInputError({
      code: typeof seed === 'number' ? 'not-an-integer' : 'invalid-type',
      message: `seededRandom requires seed to be a safe integer or a string (got ${describeValue(seed)})`,
      path: ['seed'],
    });
  }
  const sm = { s: seed64 };
  // State as 8 32-bit halves in an Int32Array: s0 = (s[0]:s[1]), s1 = (s[2]:s[3]), s2 = (s[4]:s[5]),
  // s3 = (s[6]:s[7]), high:low. A typed array keeps the words unboxed: as closure variables, halves of 2^31 or more
  // were heap numbers, allocated on every call (about 100 ns a call against about 5 ns). XOR and shifts give the
  // same bits on signed words; only the multiplications read them as unsigned.
  const s = new Int32Array(8);
  for (let k = 0; k < 4; k++) {
    const v = splitMix64(sm);
    s[2 * k] = Number(v >> 32n) | 0;
    s[2 * k + 1] = Number(v & 0xffffffffn) | 0;
  }

  return function next(): number {
    const b1 = s[2] as number;
    const b0 = s[3] as number;
    // out = rotl(s1 * 5, 7) * 9   (64-bit arithmetic on 32-bit halves; a carry is below 16, so `| 0` floors it)
    let lo = (b0 >>> 0) * 5;
    let hi = (Math.imul(b1, 5) + ((lo / 4294967296) | 0)) >>> 0;
    lo >>>= 0;
    const rlo = ((lo << 7) | (hi >>> 25)) >>> 0;
    const rhi = ((hi << 7) | (lo >>> 25)) >>> 0;
    lo = rlo * 9;
    hi = (Math.imul(rhi, 9) + ((lo / 4294967296) | 0)) >>> 0;
    lo >>>= 0;
    // t = s1 << 17
    const t1 = (b1 << 17) | (b0 >>> 15);
    const t0 = b0 << 17;
    const c1 = (s[4] as number) ^ (s[0] as number); // s2 ^= s0
    const c0 = (s[5] as number) ^ (s[1] as number);
    const d1 = (s[6] as number) ^ b1; // s3 ^= s1
    const d0 = (s[7] as number) ^ b0;
    s[2] = b1 ^ c1; // s1 ^= s2
    s[3] = b0 ^ c0;
    s[0] = (s[0] as number) ^ d1; // s0 ^= s3
    s[1] = (s[1] as number) ^ d0;
    s[4] = c1 ^ t1; // s2 ^= t
    s[5] = c0 ^ t0;
    // s3 = rotl(s3, 45) = rotl(swap halves, 13)
    s[6] = (d0 << 13) | (d1 >>> 19);
    s[7] = (d1 << 13) | (d0 >>> 19);
    return (hi * 2097152 + (lo >>> 11)) / 9007199254740992;
  };
}
