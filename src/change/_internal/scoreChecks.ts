/**
 * The kernel's score checks and its small score dictionary, shared by the counting paths of `changeStatesBy`.
 *
 * @internal
 */
import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { numberInRange } from '../../_internal/validate';
import type { ScoreRange } from '../types';

/** Where element i of a field lives, for error paths and row numbers. */
export type PathOf = (i: number, field: string) => ErrorPath;

/** At most this many distinct scores take the byte-coded paths (their codes fit a byte). */
export const SMALL_K = 64;

/** Whether a score is finite and inside `range` (the scores {@link checkScore} lets through). */
export function validScore(v: number, range: ScoreRange | undefined): boolean {
  return Number.isFinite(v) && (range === undefined || (v >= range.min && v <= range.max));
}

/** Throws the kernel's error for a score that is not finite or is outside `range` (returns for a valid one). */
export function checkScore(fn: string, name: 'pre' | 'post', v: number, i: number, range: ScoreRange | undefined, pathOf: PathOf): void {
  const path = pathOf(i, name);
  if (!Number.isFinite(v)) {
    throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires ${name} to be a finite number (got ${describeValue(v)})`, path, row: i + 1 });
  }
  if (range !== undefined && (v < range.min || v > range.max)) {
    try {
      numberInRange(fn, name, v, { min: range.min, max: range.max }, path);
    } catch (e) {
      if (e instanceof InvalidInputError) throw new InvalidInputError({ code: e.code, message: e.message, path, row: i + 1 });
      throw e;
    }
  }
}

/**
 * A score not seen before, at slot `h` of a dictionary whose empty slots hold NaN keys and code −1: checks it
 * (throwing the kernel's error for row i) and gives it the next code, or returns −1 once SMALL_K codes are taken.
 */
export function insertScore(fn: string, name: 'pre' | 'post', v: number, i: number, h: number, slotKey: Float64Array, slotCode: Int32Array, levels: number[], range: ScoreRange | undefined, pathOf: PathOf): number {
  checkScore(fn, name, v, i, range, pathOf);
  if (levels.length >= SMALL_K) return -1;
  const c = levels.length;
  levels.push(v);
  slotKey[h] = v;
  slotCode[h] = c;
  return c;
}
