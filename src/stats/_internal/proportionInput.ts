/**
 * Validation shared by the proportion intervals: x and n non-negative integers with x ≤ n, n ≥ 1.
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';
import { atLeast, integerInRange } from '../../_internal/validate';

/** Checks a count of successes `x` out of `n` trials; names the fields `xName` and `nName` in errors. */
export function successesOutOfTrials(fn: string, x: unknown, n: unknown, xName = 'x', nName = 'n'): [number, number] {
  const trials = integerInRange(fn, nName, n, { min: 0 });
  const successes = integerInRange(fn, xName, x, { min: 0 });
  atLeast(fn, `trial in ${nName}`, trials, 1, [nName]);
  if (successes > trials) {
    throw new InvalidInputError({
      code: 'out-of-range',
      message: `${fn} requires ${xName} <= ${nName} (got ${xName} = ${successes}, ${nName} = ${trials})`,
      path: [xName],
    });
  }
  return [successes, trials];
}
