import { InvalidInputError } from '../errors';
import { atLeast, booleanOption, finiteArray, optionsObject, optionPath, type NumericArray } from '../_internal/validate';
import { checkRate, conventionText, MAX_YEARS, scheduleOf, yearDiscountFactor, type DiscountRate } from './_internal/discounting';
import type { DiscountingTrace, YearFlow } from './types';

/** Options of {@link presentValue}. */
export interface PresentValueOptions {
  /**
   * Discount year 1 by a full year (SROI Guide / spreadsheet NPV convention) rather than leaving
   * it undiscounted as the present (Green Book convention, year 0).
   *
   * @defaultValue true
   */
  readonly firstYearDiscounted?: boolean;
}

/** Present value of a flow, year by year, with the discounting used. */
export interface PresentValueResult {
  /** Sum of the discounted flows, £. */
  readonly value: number;
  /** Sum of the undiscounted flows, £. */
  readonly undiscounted: number;
  /** Each year's flow, discount factor and present value. */
  readonly byYear: ReadonlyArray<YearFlow>;
  /** Rate, schedule and first-year convention. */
  readonly discounting: DiscountingTrace;
}

/**
 * Discounts a flow of annual values to its present value, at a constant rate or on the Green Book
 * declining schedule.
 *
 * @remarks
 * `flows[0]` is appraisal year 1. With `rate: 'green-book'` the rate is 3.5 % for years 1–30 and
 * 3.0 % for years 31–75 (flows longer than 75 years are rejected). The first-year convention is an
 * explicit option because the two standard sources differ: the SROI Guide discounts year 1 (as a
 * spreadsheet `NPV` does), the Green Book treats the first year as year 0, undiscounted.
 *
 * **Formula**
 * ```tex
 * PV = \sum_{t=1}^{n} F_t\, D(t - 1 + \delta), \qquad
 * D(k) = 1.035^{-\min(k,30)}\; 1.03^{-\max(k-30,0)} \ \ (\text{Green Book}) \quad\text{or}\quad D(k) = (1+r)^{-k}
 * ```
 * with δ = 1 when the first year is discounted and 0 otherwise. For a constant flow F and rate r
 * (δ = 1) this is the annuity `F (1 − (1 + r)^−n) / r`.
 *
 * **References**
 * Cabinet Office / SROI Network (2012) *A Guide to Social Return on Investment*, Stage 5
 * ("Calculating the SROI": projecting into the future, net present value).
 * HM Treasury (2022) *The Green Book*, Annex A6 (discounting; 3.5 % years 0–30, 3.0 % years 31–75);
 * https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government
 *
 * @param flows - undiscounted values for years 1, 2, …, £ (finite; may be negative); a plain or typed array
 * @param rate - annual rate in [0, 1), or `'green-book'`
 * @param options - see {@link PresentValueOptions}
 * @returns the present value, the year-by-year discounting, and the convention used
 * @throws {InvalidInputError} when a flow is not finite, the rate is outside [0, 1), the option is not boolean, or a Green Book flow is longer than 75 years
 * @throws {InsufficientDataError} when `flows` is empty
 * @example
 * ```ts
 * import { presentValue } from 'social-outcomes/socialvalue';
 * presentValue([1000, 1000], 0.035).value //=> 1899.69
 * presentValue([1000, 1000], 0.035, { firstYearDiscounted: false }).value //=> 1966.18
 * presentValue([], 0.035) //=> throws InsufficientDataError
 * ```
 */
export function presentValue(flows: NumericArray, rate: number | 'green-book', options?: PresentValueOptions): PresentValueResult {
  const fn = 'presentValue';
  const f = finiteArray(fn, 'flows', flows, ['flows']);
  atLeast(fn, 'flow', f.length, 1, ['flows']);
  const r: DiscountRate = checkRate(fn, rate, ['rate']);
  const opts = optionsObject(fn, options, ['firstYearDiscounted']);
  const firstYearDiscounted = booleanOption(fn, 'firstYearDiscounted', opts.firstYearDiscounted, true, optionPath('firstYearDiscounted'));
  if (r === 'green-book' && f.length > MAX_YEARS) {
    throw new InvalidInputError({
      code: 'out-of-range',
      message: `${fn} discounts at most ${MAX_YEARS} years on the Green Book schedule (got ${f.length} flows)`,
      path: ['flows'],
    });
  }
  const byYear: YearFlow[] = [];
  let value = 0;
  let undiscounted = 0;
  for (let i = 0; i < f.length; i++) {
    const impact = f[i] as number;
    const discountFactor = yearDiscountFactor(i + 1, r, firstYearDiscounted);
    const pv = impact * discountFactor;
    byYear.push({ year: i + 1, impact, discountFactor, presentValue: pv });
    value += pv;
    undiscounted += impact;
  }
  return {
    value,
    undiscounted,
    byYear,
    discounting: { rate: r, firstYearDiscounted, schedule: scheduleOf(r), convention: conventionText(firstYearDiscounted) },
  };
}
