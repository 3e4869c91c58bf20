import { InsufficientDataError, InvalidInputError } from '../errors';
import { arrayLike, booleanOption, optionsObject, optionPath, sameLength } from '../_internal/validate';
import { describeValue } from '../_internal/describeValue';
import { chiSquaredSf } from '../stats/chiSquared';
import { binomialHalfTest } from './_internal/signCore';
import { readAlternative } from './_internal/options';
import type { Alternative } from './types';

/** A binary reading: `true`/`1` (e.g. "need met") or `false`/`0`. */
export type BinaryReading = boolean | 0 | 1;

/** Options of {@link mcnemarTest}. */
export interface McnemarTestOptions {
  /**
   * Continuity correction of the chi-squared statistic, as R's `mcnemar.test(correct = TRUE)`.
   *
   * @defaultValue true
   */
  readonly correction?: boolean;
  /**
   * Use the exact binomial test on the discordant pairs (R's `binom.test(n01, n01 + n10)`) instead of chi-squared.
   *
   * @defaultValue false
   */
  readonly exact?: boolean;
  /**
   * Alternative hypothesis; one-sided alternatives need `exact: true`. `'greater'` means more changes from 0 to 1
   * than from 1 to 0.
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: Alternative;
}

/** Result of {@link mcnemarTest}. */
export interface McnemarTestResult {
  /** Number of pairs. */
  readonly n: number;
  /** Pairs 0 before and 0 after. */
  readonly n00: number;
  /** Pairs 0 before and 1 after (e.g. need met only after: improvement). */
  readonly n01: number;
  /** Pairs 1 before and 0 after (e.g. need met only before: deterioration). */
  readonly n10: number;
  /** Pairs 1 before and 1 after. */
  readonly n11: number;
  /** Number of discordant pairs, n01 + n10. */
  readonly discordant: number;
  /** Chi-squared statistic, or n01 for the exact test. */
  readonly statistic: number;
  /** Degrees of freedom of the chi-squared statistic (1); absent for the exact test. */
  readonly df?: number;
  /** The p-value. */
  readonly pValue: number;
  /** `'chi-squared-corrected'` (R default), `'chi-squared'`, or `'exact-binomial'`. */
  readonly method: 'chi-squared' | 'chi-squared-corrected' | 'exact-binomial';
  /** The alternative tested. */
  readonly alternative: Alternative;
}

function readBinary(fn: string, name: string, values: unknown): Uint8Array {
  const arr = arrayLike(fn, name, values);
  const out = new Uint8Array(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (v === true || v === 1) out[i] = 1;
    else if (v === false || v === 0) out[i] = 0;
    else {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to hold true/false or 1/0 (got ${describeValue(v)})`, path: [name, i] });
    }
  }
  return out;
}

/**
 * McNemar's test for a binary reading taken before and after on the same people (e.g. "need met" yes/no), equal
 * to R's `mcnemar.test(table(before, after))`, with the exact binomial test on the discordant pairs as an option.
 *
 * @remarks
 * Only people whose reading changed carry information. R's default applies the continuity correction; statsmodels'
 * `mcnemar` defaults to the exact test instead, so say which one a report uses. When n01 = n10, R applies no
 * correction and the statistic is 0 (p = 1); this function does the same.
 *
 * **Formula**
 * ```tex
 * \chi^2 = \frac{(|n_{01} - n_{10}| - c)^2}{n_{01} + n_{10}},\; \nu = 1,\quad c = 1 \text{ (correction, } n_{01} \ne n_{10}),\ 0 \text{ otherwise};\qquad
 * \text{exact: } n_{01} \sim \mathrm{Bin}(n_{01} + n_{10}, \tfrac12)
 * ```
 *
 * **References**
 * - McNemar Q (1947). Note on the sampling error of the difference between correlated proportions or percentages.
 *   *Psychometrika* 12(2):153–157. https://doi.org/10.1007/BF02295996
 * - Edwards AL (1948). Note on the "correction for continuity" in testing the significance of the difference
 *   between correlated proportions. *Psychometrika* 13(3):185–187. https://doi.org/10.1007/BF02289261
 * - R Core Team. `mcnemar.test`, `binom.test` (stats, R 4.2.2).
 *
 * @param before - binary readings before (true/false or 1/0)
 * @param after - binary readings after, paired by position with `before`
 * @param options - correction, exact, alternative
 * @returns the four cell counts, the statistic, p-value and method
 * @throws {InvalidInputError} when an input is not an array of booleans or 0/1, the lengths differ, an option is
 *   invalid, or a one-sided alternative is asked for without `exact: true`
 * @throws {InsufficientDataError} when there is no discordant pair (`too-few-observations`)
 * @example
 * ```ts
 * import { mcnemarTest } from 'social-outcomes/change';
 * const before = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0] as const;
 * const after = [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1] as const;
 * mcnemarTest(before, after) //=> { n01: 7, n10: 1, statistic: 3.125, pValue: 0.077100 }
 * mcnemarTest(before, after, { exact: true }) //=> { statistic: 7, pValue: 0.0703125, method: 'exact-binomial' }
 * mcnemarTest([1, 0], [1, 0]) //=> throws InsufficientDataError
 * ```
 */
export function mcnemarTest(before: ReadonlyArray<BinaryReading>, after: ReadonlyArray<BinaryReading>, options?: McnemarTestOptions): McnemarTestResult {
  const fn = 'mcnemarTest';
  const opts = optionsObject(fn, options, ['correction', 'exact', 'alternative']);
  const correction = booleanOption(fn, 'correction', opts.correction, true);
  const exact = booleanOption(fn, 'exact', opts.exact, false);
  const alternative = readAlternative(fn, opts.alternative);
  if (!exact && alternative !== 'two-sided') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires exact: true for a one-sided alternative (got '${alternative}')`, path: optionPath('alternative') });
  }
  const a = readBinary(fn, 'before', before);
  const b = readBinary(fn, 'after', after);
  sameLength(fn, 'before', a, 'after', b);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < a.length; i++) { const k = 2 * (a[i] as number) + (b[i] as number); counts[k] = (counts[k] as number) + 1; }
  const [n00, n01, n10, n11] = counts as [number, number, number, number];
  const discordant = n01 + n10;
  if (discordant === 0) {
    throw new InsufficientDataError({ code: 'too-few-observations', message: `${fn} requires at least 1 discordant pair (got 0 of ${a.length} pairs)`, path: ['after'] });
  }
  const base = { n: a.length, n00, n01, n10, n11, discordant };
  if (exact) {
    return { ...base, statistic: n01, pValue: binomialHalfTest(n01, discordant, alternative), method: 'exact-binomial', alternative };
  }
  const yates = correction && n01 !== n10 ? 1 : 0;
  const diff = Math.abs(n01 - n10) - yates;
  const statistic = (diff * diff) / discordant;
  return { ...base, statistic, df: 1, pValue: chiSquaredSf(statistic, 1), method: yates === 1 ? 'chi-squared-corrected' : 'chi-squared', alternative };
}
