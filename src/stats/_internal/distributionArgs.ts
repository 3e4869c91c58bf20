/**
 * Argument guards shared by the distribution functions. Each throws InvalidInputError naming the
 * function and the argument (through the shared validators of src/_internal/validate.ts).
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';
import { finiteNumber, integerInRange, numberInRange, probability } from '../../_internal/validate';

/** A point of the support: any number but NaN (±Infinity give the limits). */
export function checkPoint(fn: string, name: string, value: unknown): number {
  return finiteNumber(fn, name, value, [name], true);
}

/** A probability p ∈ [0, 1] (a quantile's argument or a success probability). */
export function checkProbability(fn: string, name: string, value: unknown): number {
  return probability(fn, name, value, [name]);
}

/**
 * Smallest degrees of freedom or shape parameter accepted: below it the incomplete beta and gamma
 * series lose accuracy (relative error above 1e-9 against scipy at 1e-8), so the functions refuse it.
 */
export const MIN_PARAMETER = 1e-6;
/** Largest finite degrees of freedom or shape parameter accepted where no limiting distribution exists. */
export const MAX_PARAMETER = 1e100;
/**
 * Degrees of freedom above which Student's t and the F distribution are replaced by their limits
 * (normal, χ²/ν): the difference is below 1e-15 relative, while the finite-ν series break down near
 * 1e20 (studentTSf(40, 1e20) returned 0.5).
 */
export const LIMIT_DF = 1e15;

/**
 * Degrees of freedom in [1e-6, 1e100] (`allowInfinite` false), or in [1e-6, Infinity] where the limit
 * is a distribution; then any value above 1e15 is returned as `Infinity`, so callers use the limit.
 */
export function checkDf(fn: string, name: string, value: unknown, allowInfinite: boolean): number {
  const v = numberInRange(fn, name, value, allowInfinite ? { min: MIN_PARAMETER, allowInfinite } : { min: MIN_PARAMETER, max: MAX_PARAMETER }, [name]);
  return allowInfinite && v > LIMIT_DF ? Number.POSITIVE_INFINITY : v;
}

/** A finite shape parameter in [1e-6, 1e100]. */
export function checkPositive(fn: string, name: string, value: unknown): number {
  return numberInRange(fn, name, value, { min: MIN_PARAMETER, max: MAX_PARAMETER }, [name]);
}

/**
 * Returns a quantile computed for p strictly inside (0, 1), or throws when it overflowed to ±Infinity
 * (for instance a normal quantile with sd = 1e308): the limits ±Infinity belong to p = 0 and p = 1 only.
 */
export function finiteQuantile(fn: string, q: number, p: number): number {
  if (p > 0 && p < 1 && !Number.isFinite(q)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: the quantile at p = ${p} is beyond the largest double (got ${q})`, path: ['p'] });
  }
  return q;
}

/** A finite parameter ≥ 0 (a Poisson mean). */
export function checkNonNegative(fn: string, name: string, value: unknown): number {
  return numberInRange(fn, name, value, { min: 0 }, [name]);
}

/** A count: a finite integer in [0, max]. */
export function checkCount(fn: string, name: string, value: unknown, max?: number): number {
  return integerInRange(fn, name, value, max === undefined ? { min: 0 } : { min: 0, max }, [name]);
}
