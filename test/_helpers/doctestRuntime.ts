// Runtime used by the doc-test (test/meta/doctest.test.ts) to check `//=>` lines.
import { expect } from 'vitest';

function decimals(x: number): number {
  const s = String(x);
  const m = /^-?\d*(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(s);
  if (!m) return 0;
  const frac = m[1]?.length ?? 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.max(0, frac - exp);
}

function matches(actual: unknown, expected: unknown, path: string, errors: string[]): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') { errors.push(`${path}: expected number ${expected}, got ${String(actual)}`); return; }
    if (Object.is(actual, expected)) return;
    const d = decimals(expected);
    const tol = Number.isInteger(expected) ? 1e-9 * Math.abs(expected) : 0.5 * 10 ** -d * (1 + 1e-9);
    if (!(Math.abs(actual - expected) <= tol)) errors.push(`${path}: expected ${expected}, got ${actual}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) { errors.push(`${path}: expected an array, got ${typeof actual}`); return; }
    const arr = actual as ArrayLike<unknown>;
    if (arr.length !== expected.length) { errors.push(`${path}: expected length ${expected.length}, got ${arr.length}`); return; }
    expected.forEach((e, i) => matches(arr[i], e, `${path}[${i}]`, errors));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') { errors.push(`${path}: expected an object, got ${String(actual)}`); return; }
    for (const [k, v] of Object.entries(expected)) matches((actual as Record<string, unknown>)[k], v, `${path}.${k}`, errors);
    return;
  }
  if (!Object.is(actual, expected)) errors.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Checks one `expr //=> value` line. */
export function __check(actual: unknown, expected: unknown, loc: string): void {
  const errors: string[] = [];
  matches(actual, expected, 'result', errors);
  expect(errors, loc).toEqual([]);
}

/** Checks one `expr //=> throws ErrorClass` line. */
export async function __throws(fn: () => Promise<unknown>, className: string, loc: string): Promise<void> {
  let thrown: unknown;
  try { await fn(); } catch (e) { thrown = e; }
  expect(thrown, `${loc}: expected ${className} to be thrown`).toBeInstanceOf(Error);
  const names: string[] = [];
  for (let p = Object.getPrototypeOf(thrown); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) names.push(p.constructor.name);
  expect(names, loc).toContain(className);
}
