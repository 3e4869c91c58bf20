// Shared pieces of the property suites (issue 10): a seed so every run is reproducible, the run count
// (PROPERTY_RUNS=n for a longer run), and a deep numeric comparison at an explicit relative tolerance.
import { expect } from 'vitest';

export const SEED = 20_251_123;
export const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 100);

/** fast-check parameters: seeded, bounded. */
export const params = { seed: SEED, numRuns: RUNS } as const;

/** Deep comparison of two JSON-like results: numbers within `rtol` relative (plus `atol`), the rest equal. */
export function expectDeepClose(actual: unknown, expected: unknown, rtol: number, atol = 0, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isFinite(expected)) {
      const tol = rtol * Math.abs(expected) + atol;
      if (!(Math.abs(actual - expected) <= tol)) expect.fail(`${path || '(root)'}: ${actual} differs from ${expected} by more than ${tol}`);
    } else {
      expect(actual, path).toBe(expected);
    }
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectDeepClose((actual as unknown[])[i], e, rtol, atol, `${path}.${i}`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const k of Object.keys(expected)) expectDeepClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], rtol, atol, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Applies one permutation (given as sort keys) to several parallel arrays. */
export function permuteAll<T extends unknown[][]>(order: ReadonlyArray<number>, ...arrays: T): T {
  const idx = order.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  return arrays.map((a) => idx.map((i) => a[i])) as T;
}

/** Deterministic uniform [0, 1) numbers (mulberry32), independent of the library's seededRandom. */
export { mulberry32 as rng } from '../_helpers/mulberry32';
