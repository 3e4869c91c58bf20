import { describe, expect, it } from 'vitest';
import { InvalidInputError, toJson } from 'social-outcomes/io';

describe('toJson', () => {
  it('writes JSON that reads back to the same value and can sit in a <script> element', () => {
    const value = { note: '</script><script>alert(1)</script> & \u2028', n: [1, 2.5, -0.25], ok: true, none: null };
    const text = toJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
    expect(toJson({ a: 1 }, { space: 2 })).toBe('{\n  "a": 1\n}');
  });
  it('leaves out undefined properties (optional fields) but refuses values JSON would change', () => {
    expect(toJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => toJson({ mean: Number.NaN })).toThrow(/toJson requires finite numbers .* → at mean/);
    expect(() => toJson([1, undefined])).toThrow(InvalidInputError);
    expect(() => toJson({ m: new Map() })).toThrow(/convert it/);
    expect(() => toJson({ f: () => 1 })).toThrow(InvalidInputError);
    expect(() => toJson({ big: 1n })).toThrow(InvalidInputError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toJson(cyclic)).toThrow(/contains itself/);
    expect(() => toJson({ d: new Date(Number.NaN) })).toThrow(/valid dates/);
  });
  it('is deterministic', () => {
    const v = { b: [{ x: 1 }], a: 'é' };
    expect(toJson(v)).toBe(toJson(structuredClone(v)));
  });
});
