// optionsObject and its key check (reliability audit: a misspelt option must never fall back silently to
// the default): the helper itself, the compile-time coverage check of the key lists, and nested objects.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors';
import { closestKey, editDistance, knownKeys, optionsObject, unknownOptionError } from '../../src/_internal/validate';
import { wilsonInterval } from '../../src/stats/wilsonInterval';
import { summarizeChange } from '../../src/change/summarizeChange';
import { sensitivity } from '../../src/socialvalue/sensitivity';
import { thrown } from '../_helpers/thrown';

interface Opts {
  readonly confidence?: number;
  readonly correction?: boolean;
}
const KEYS = ['confidence', 'correction'] as const;

const caught = (f: () => unknown): InvalidInputError => thrown(f, InvalidInputError);

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('confidence', 'confidence')).toBe(0);
    expect(editDistance('confidnce', 'confidence')).toBe(1); // deletion
    expect(editDistance('confidencee', 'confidence')).toBe(1); // insertion
    expect(editDistance('confidense', 'confidence')).toBe(1); // substitution
    expect(editDistance('confidecne', 'confidence')).toBe(1); // transposition
    expect(editDistance('cnofidecne', 'confidence')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops early past the limit, returning limit + 1', () => {
    expect(editDistance('alternative', 'mu', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closestKey', () => {
  it('suggests the nearest known key within distance 2, the first listed on ties', () => {
    expect(closestKey('confidnce', KEYS)).toBe('confidence');
    expect(closestKey('corection', KEYS)).toBe('correction');
    expect(closestKey('Confidence', KEYS)).toBe('confidence');
    expect(closestKey('alpha', KEYS)).toBeUndefined();
    expect(closestKey('ab', ['ac', 'ad'])).toBe('ac');
    expect(closestKey('CONFIDENCE', KEYS)).toBe('confidence'); // case differences alone are half an edit
  });
});

describe('optionsObject', () => {
  const fn = (o?: Opts): Partial<Opts> => optionsObject('demo', o, KEYS);

  it('returns {} for undefined and the object itself when every key is known', () => {
    expect(fn()).toEqual({});
    const o = { confidence: 0.9 };
    expect(fn(o)).toBe(o);
    expect(fn({})).toEqual({});
  });

  it('names the function, the unknown key and the known keys, and suggests a near key', () => {
    const e = caught(() => fn({ confidnce: 0.9 } as Opts));
    expect(e.code).toBe('unknown-option');
    expect(e.path).toEqual(['options', 'confidnce']);
    expect(e.message).toBe('demo does not know options.confidnce (did you mean confidence?); known options: confidence, correction → at options.confidnce');
  });

  it('gives no suggestion when no known key is within distance 2', () => {
    const e = caught(() => fn({ notAnOption: 1 } as Opts));
    expect(e.message).toBe('demo does not know options.notAnOption; known options: confidence, correction → at options.notAnOption');
  });

  it('counts a key whose value is undefined as given', () => {
    expect(caught(() => fn({ confidnce: undefined } as Opts)).path).toEqual(['options', 'confidnce']);
    expect(fn({ confidence: undefined } as unknown as Opts)).toEqual({ confidence: undefined });
  });

  it('rejects null, arrays and primitives as invalid-option', () => {
    for (const bad of [null, [], [0.9], 0.9, 'confidence', true]) {
      const e = caught(() => fn(bad as unknown as Opts));
      expect(e.code).toBe('invalid-option');
      expect(e.path).toEqual(['options']);
    }
  });

  it('reports the first unknown key in insertion order, and ignores inherited keys', () => {
    expect(caught(() => fn({ confidence: 0.9, zzz: 1, yyy: 2 } as Opts)).path).toEqual(['options', 'zzz']);
    const inherited = Object.create({ inheritedKey: 1 }) as Opts;
    expect(fn(inherited)).toBe(inherited);
  });

  it('treats an own __proto__ key like any other unknown key', () => {
    const o = JSON.parse('{"__proto__": {"polluted": true}}') as Opts;
    expect(caught(() => fn(o)).path).toEqual(['options', '__proto__']);
  });

  it('checks nothing without a key list (internal callers that pass a checked object on)', () => {
    const o = { anything: 1 } as Opts;
    expect(optionsObject('demo', o)).toBe(o);
  });

  it('checks nested option objects with their own path', () => {
    const e = caught(() => optionsObject('demo', { zeroMethd: 'pratt' } as { zeroMethod?: string }, ['zeroMethod'], ['options', 'wilcoxon']));
    expect(e.path).toEqual(['options', 'wilcoxon', 'zeroMethd']);
    expect(e.message).toMatch(/^demo does not know options\.wilcoxon\.zeroMethd \(did you mean zeroMethod\?\); known options: zeroMethod/);
    expect(caught(() => optionsObject('demo', null as unknown as object, [], ['options', 'ranges'])).message).toMatch(/^demo requires options\.ranges to be an object \(got null\)/);
  });

  it('knownKeys and unknownOptionError build the same error for other validators (zod schemas)', () => {
    expect(() => knownKeys('demo', { a: 1 }, ['a'])).not.toThrow();
    const e = unknownOptionError('demo', 'x', []);
    expect(e.message).toBe('demo does not know options.x; options takes no keys → at options.x');
    expect(e.code).toBe('unknown-option');
  });

  it('checks at compile time that a key list names every key, and only known keys', () => {
    // these calls never run: the directives fail the typecheck (npx tsc) if the compiler accepts them
    const typeOnly = (o?: Opts): void => {
      // @ts-expect-error -- 'correction' is missing from the list
      optionsObject('demo', o, ['confidence']);
      // @ts-expect-error -- 'zzz' is not a key of Opts
      optionsObject('demo', o, ['confidence', 'correction', 'zzz']);
      optionsObject('demo', o, ['correction', 'confidence']);
    };
    expect(typeof typeOnly).toBe('function');
  });
});

describe('the audit case and nested options of public functions', () => {
  it('wilsonInterval(3, 10, { confidnce: 0.9 }) throws instead of returning a 95% interval', () => {
    const e = caught(() => wilsonInterval(3, 10, { confidnce: 0.9 } as never));
    expect(e.code).toBe('unknown-option');
    expect(e.path).toEqual(['options', 'confidnce']);
    expect(e.message).toBe('wilsonInterval does not know options.confidnce (did you mean confidence?); known options: confidence, correction → at options.confidnce');
  });

  const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 4];
  const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 6];
  it.each([
    ['wilcoxon', { wilcoxon: { zeroMethd: 'pratt' } }, 'zeroMethd', 'zeroMethod'],
    ['reliableChange', { reliableChange: { reliabilty: 0.9 } }, 'reliabilty', 'reliability'],
    ['baselines', { baselines: { retrospektive: 1 } }, 'retrospektive', 'retrospective'],
  ])('summarizeChange checks options.%s', (nested, options, key, near) => {
    expect(() => summarizeChange(pre, post, { wilcoxon: { zeroMethod: 'pratt' }, reliableChange: { reliability: 0.9 }, baselines: { retrospective: 1 } })).not.toThrow();
    const e = caught(() => summarizeChange(pre, post, options as never));
    expect(e.path).toEqual(['options', nested, key]);
    expect(e.message).toContain(`summarizeChange does not know options.${nested}.${key} (did you mean ${near}?)`);
  });

  it('sensitivity checks options.ranges', () => {
    const bank = { name: 'invented', entries: [{ id: 'a', label: 'A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }] };
    const data = { claims: [{ outcomeId: 'a', quantity: 100 }], bank, inputs: 50000 } as never;
    expect(() => sensitivity(data, { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false, ranges: { deadweight: 0.1 } })).not.toThrow();
    const e = caught(() => sensitivity(data, { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false, ranges: { deadwieght: 0.1 } } as never));
    expect(e.path).toEqual(['options', 'ranges', 'deadwieght']);
    expect(e.message).toContain('(did you mean deadweight?)');
  });
});
