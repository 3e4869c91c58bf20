import { expect } from 'vitest';

/** Tolerances for {@link expectClose}: relative and absolute; the check passes if either holds. */
export interface CloseOptions {
  /** Relative tolerance: |a - e| <= rtol * |e|. */
  readonly rtol: number;
  /** Absolute tolerance, for values near zero; default 0. */
  readonly atol?: number;
  /** Printed with a failure, e.g. the fixture case. */
  readonly label?: string;
}

/** Relative error |a − e| / |e| (absolute error when e is 0); 0 for equal values, infinities included. */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.POSITIVE_INFINITY;
  const diff = Math.abs(actual - expected);
  return expected === 0 ? diff : diff / Math.abs(expected);
}

/**
 * Asserts that `actual` is within `rtol` relative (or `atol` absolute) of `expected` (STYLE rule 18).
 * Arrays are compared element by element. NaN never passes.
 */
export function expectClose(actual: number | ArrayLike<number>, expected: number | ArrayLike<number>, options: CloseOptions): void {
  if (typeof actual === 'number' || typeof expected === 'number') {
    expect(typeof actual, options.label).toBe('number');
    expect(typeof expected, options.label).toBe('number');
    const a = actual as number;
    const e = expected as number;
    const ok = a === e || (Number.isFinite(a) && Number.isFinite(e) && (Math.abs(a - e) <= (options.atol ?? 0) || relativeError(a, e) <= options.rtol));
    if (!ok) {
      expect.fail(`${options.label ?? 'value'}: expected ${e} (rtol ${options.rtol}, atol ${options.atol ?? 0}) but got ${a}; relative error ${relativeError(a, e).toExponential(3)}`);
    }
    return;
  }
  expect(actual.length, `${options.label ?? 'array'} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expectClose(actual[i] as number, expected[i] as number, { ...options, label: `${options.label ?? 'array'}[${i}]` });
  }
}
