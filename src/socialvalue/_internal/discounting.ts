import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { numberInRange } from '../../_internal/validate';

/** A constant annual discount rate, or the Green Book declining schedule. */
export type DiscountRate = number | 'green-book';

/** One band of a discount schedule: the rate applied to each year from `fromYear` to `toYear`. */
export interface DiscountBand {
  /** First year (1-based, counted from the present) the rate applies to. */
  readonly fromYear: number;
  /** Last year the rate applies to. */
  readonly toYear: number;
  /** Annual discount rate. */
  readonly rate: number;
}

/** Green Book social time preference rate: 3.5 % for years 0–30, 3.0 % for years 31–75. */
export const GREEN_BOOK_BANDS: ReadonlyArray<DiscountBand> = Object.freeze([
  Object.freeze({ fromYear: 1, toYear: 30, rate: 0.035 }),
  Object.freeze({ fromYear: 31, toYear: 75, rate: 0.03 }),
]);

/** Longest horizon the library discounts over (the end of the Green Book 3.0 % band). */
export const MAX_YEARS = 75;

/** Checks a discount rate option: a number in [0, 1) or 'green-book'. */
export function checkRate(fn: string, value: unknown, path: ErrorPath): DiscountRate {
  if (value === 'green-book') return value;
  if (typeof value === 'string') {
    throw new InvalidInputError({
      code: 'invalid-option',
      message: `${fn} requires the discount rate to be a number in [0, 1) or 'green-book' (got ${describeValue(value)})`,
      path,
    });
  }
  return numberInRange(fn, 'discount rate', value, { min: 0, max: 1, maxOpen: true }, path);
}

/** The schedule of rates a discount-rate option stands for (for reporting). */
export function scheduleOf(rate: DiscountRate): DiscountBand[] {
  if (rate === 'green-book') return GREEN_BOOK_BANDS.map((b) => ({ ...b }));
  return [{ fromYear: 1, toYear: MAX_YEARS, rate }];
}

/**
 * Discount factor for a flow `t` whole years from the present (t = 0 is undiscounted).
 * Green Book: 1.035^-min(t, 30) × 1.03^-max(t − 30, 0).
 */
export function discountFactor(t: number, rate: DiscountRate): number {
  if (rate === 'green-book') {
    const first = Math.min(t, 30);
    const second = Math.max(t - 30, 0);
    return Math.pow(1.035, -first) * Math.pow(1.03, -second);
  }
  return Math.pow(1 + rate, -t);
}

/** Discount factor of appraisal year `year` (1-based) under the first-year convention. */
export function yearDiscountFactor(year: number, rate: DiscountRate, firstYearDiscounted: boolean): number {
  return discountFactor(firstYearDiscounted ? year : year - 1, rate);
}

/** Words describing the convention, recorded in every result. */
export function conventionText(firstYearDiscounted: boolean): string {
  return firstYearDiscounted
    ? 'year 1 discounted by one full year, PV = Σ_t F_t / (1 + r)^t for t = 1…n (SROI Guide 2012 / spreadsheet NPV convention)'
    : 'year 1 undiscounted, PV = Σ_t F_t / (1 + r)^(t − 1) (Green Book convention: the first year is year 0, the present)';
}
