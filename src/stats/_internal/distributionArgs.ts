/**
 * Argument guards shared by the distribution functions. Each throws InvalidInputError naming the
 * function and the argument (through the shared validators of src/_internal/validate.ts).
 *
 * @internal
 */
import { finiteNumber, integerInRange, numberInRange, probability } from '../../_internal/validate';

/** A point of the support: any number but NaN (±Infinity give the limits). */
export function checkPoint(fn: string, name: string, value: unknown): number {
  return finiteNumber(fn, name, value, [name], true);
}

/** A probability p ∈ [0, 1] (a quantile's argument or a success probability). */
export function checkProbability(fn: string, name: string, value: unknown): number {
  return probability(fn, name, value, [name]);
}

/** Degrees of freedom: a real number > 0; `Infinity` only where the limit is a distribution. */
export function checkDf(fn: string, name: string, value: unknown, allowInfinite: boolean): number {
  return numberInRange(fn, name, value, { min: 0, minOpen: true, allowInfinite }, [name]);
}

/** A finite shape parameter > 0. */
export function checkPositive(fn: string, name: string, value: unknown): number {
  return numberInRange(fn, name, value, { min: 0, minOpen: true }, [name]);
}

/** A finite parameter ≥ 0 (a Poisson mean). */
export function checkNonNegative(fn: string, name: string, value: unknown): number {
  return numberInRange(fn, name, value, { min: 0 }, [name]);
}

/** A count: a finite integer in [0, max]. */
export function checkCount(fn: string, name: string, value: unknown, max?: number): number {
  return integerInRange(fn, name, value, max === undefined ? { min: 0 } : { min: 0, max }, [name]);
}
