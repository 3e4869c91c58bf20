/**
 * FieldCoder and AgeCoder (the scan's per-record codes) keep every record's value: the codes widen from 1 to 2 to
 * 4 bytes as distinct values grow, and ages are found by index or by look-up with the same result.
 */
import { describe, expect, it } from 'vitest';
import { AgeCoder, countCodes, FieldCoder } from '../../src/report/_internal/codedField';
import { Fnv64 } from '../../src/report/_internal/hash';

describe('FieldCoder', () => {
  it.each([[5, Int8Array], [127, Int8Array], [128, Int16Array], [32767, Int16Array], [32768, Int32Array]])('codes %i distinct values in a %o, every record kept', (distinct, kind) => {
    const n = distinct + 500;
    const value = (i: number): string => `v${(i * 7919) % distinct}`;
    const coder = new FieldCoder(new Fnv64(), n);
    for (let i = 0; i < n; i++) coder.see(value(i), i % 2 === 0, i);
    const f = coder.field();
    expect(f.codes).toBeInstanceOf(kind);
    expect(f.values.length).toBe(distinct);
    for (let i = 0; i < n; i += 37) expect(f.values[f.codes[i] as number]).toBe(value(i));
    expect(Array.from(countCodes(f)).reduce((s, c) => s + c, 0)).toBe(n);
    expect([...coder.map.values()].reduce((s, e) => s + e.n, 0)).toBe(Math.ceil(n / 2));
  });

  it('gives each distinct value its FNV hash and marks not-known and prefer-not-to-say as unknown', () => {
    const h = new Fnv64();
    const coder = new FieldCoder(h, 0);
    expect(coder.tally('asian-indian', true)).toMatchObject({ n: 1, index: 0, hash: new Fnv64().symHash('asian-indian'), known: true });
    expect(coder.tally('not-known', false).known).toBe(false);
    expect(coder.tally('prefer-not-to-say', true).known).toBe(false);
    expect(coder.tally('asian-indian', true).n).toBe(2);
  });
});

describe('AgeCoder', () => {
  it('codes whole ages, other numbers and absent ages, widening past 127 distinct ages', () => {
    const ages: unknown[] = [34, 34.5, undefined, '40', -3, Number.NaN, 0, -0, 255, 256, ...Array.from({ length: 300 }, (_, k) => 1000 + k / 3)];
    const coder = new AgeCoder(ages.length);
    ages.forEach((a, i) => coder.see(a, i));
    expect(coder.codes).toBeInstanceOf(Int16Array);
    ages.forEach((a, i) => {
      const c = coder.codes[i] as number;
      if (typeof a !== 'number') expect(c).toBe(-1);
      else expect(Object.is(coder.ages[c], a) || (a === 0 && coder.ages[c] === 0)).toBe(true);
    });
    expect(coder.codes[6]).toBe(coder.codes[7]);
  });
});
