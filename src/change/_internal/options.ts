/**
 * Option readers shared by the change functions.
 *
 * @internal
 */
import { confidenceLevel, oneOf } from '../../_internal/validate';
import type { Alternative } from '../types';

/** The alternatives of R and scipy. */
export const ALTERNATIVES: ReadonlyArray<Alternative> = ['two-sided', 'less', 'greater'];

/** Reads `alternative` (default two-sided). */
export function readAlternative(fn: string, value: unknown): Alternative {
  return value === undefined ? 'two-sided' : oneOf(fn, 'alternative', value, ALTERNATIVES);
}

/** Reads `confidence` (default 0.95). */
export function readConfidence(fn: string, value: unknown): number {
  return value === undefined ? 0.95 : confidenceLevel(fn, value);
}
