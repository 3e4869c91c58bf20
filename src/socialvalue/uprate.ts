import { finiteNumber } from '../_internal/validate';
import type { DeflatorSeries } from '../data/deflators';
import { checkPriceYear } from './_internal/priceYear';
import { checkSeries, upratingFactor } from './_internal/uprating';

/** A value moved from one price year to another, with the deflator that did it. */
export interface UprateResult {
  /** The value in `toYear` prices, £. */
  readonly value: number;
  /** The value as given, in `fromYear` prices, £. */
  readonly original: number;
  /** Canonical price year of the original value. */
  readonly fromYear: string;
  /** Canonical target price year. */
  readonly toYear: string;
  /** index[toYear] / index[fromYear]; 1 when the years are equal. */
  readonly factor: number;
  /** Deflator index of `fromYear` (absent when the years are equal and nothing was looked up). */
  readonly fromIndex?: number;
  /** Deflator index of `toYear` (absent when the years are equal). */
  readonly toIndex?: number;
  /** Id of the deflator series used, or `'none'`. */
  readonly deflatorId: string;
  /** Name and edition of the deflator series used. */
  readonly deflatorSource: string;
}

/**
 * Moves a money value from the prices of one year to the prices of another with a deflator series
 * (by default users pass the bundled HM Treasury GDP deflator).
 *
 * @remarks
 * Calendar-year and financial-year labels are never equated: both years must be present in the
 * series, written in its period (`'2019'` for a calendar-year series, `'2019-20'` for a
 * financial-year one). No value is rounded.
 *
 * **Formula**
 * ```tex
 * v_{\text{to}} = v_{\text{from}} \times \frac{I_{\text{to}}}{I_{\text{from}}}
 * ```
 * where I is the deflator index.
 *
 * **References**
 * HM Treasury (2022) *The Green Book*, Annex A5: "real prices … the GDP deflator";
 * https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government.
 * HM Treasury, *GDP deflators at market prices, and money GDP* (quarterly);
 * https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp
 *
 * @param value - the amount in `fromYear` prices (any finite number)
 * @param fromYear - price year of `value`, e.g. `'2019-20'` or `2019`
 * @param toYear - target price year
 * @param deflators - the deflator series, e.g. `gdpDeflatorFinancialYear` from `social-outcomes/data/deflators`
 * @returns the uprated value with the factor, the two index values and the series used
 * @throws {InvalidInputError} when the value is not finite, a year is not a price year, or the series is malformed
 * @throws {ReferenceDataError} when the series has no deflator for either year (the error names the year)
 * @example
 * ```ts
 * import { uprate } from 'social-outcomes/socialvalue';
 * import { gdpDeflatorFinancialYear } from 'social-outcomes/data/deflators';
 * uprate(1000, '2019-20', '2024-25', gdpDeflatorFinancialYear).value //=> 1236.49
 * uprate(1000, '2019-20', '2024-25', gdpDeflatorFinancialYear).factor //=> 1.236494
 * uprate(1000, '1999-00', '2024-25', gdpDeflatorFinancialYear) //=> throws ReferenceDataError
 * ```
 */
export function uprate(value: number, fromYear: string | number, toYear: string | number, deflators: DeflatorSeries): UprateResult {
  const fn = 'uprate';
  const v = finiteNumber(fn, 'value', value, ['value']);
  const from = checkPriceYear(fn, 'fromYear', fromYear, ['fromYear']);
  const to = checkPriceYear(fn, 'toYear', toYear, ['toYear']);
  const series = checkSeries(fn, deflators, ['deflators']);
  const f = upratingFactor(fn, from, to, series, ['deflators', 'values']);
  return {
    value: v * f.factor,
    original: v,
    fromYear: from.label,
    toYear: to.label,
    factor: f.factor,
    ...(f.fromIndex === undefined ? {} : { fromIndex: f.fromIndex }),
    ...(f.toIndex === undefined ? {} : { toIndex: f.toIndex }),
    deflatorId: f.trace.deflatorId,
    deflatorSource: f.trace.deflatorSource,
  };
}
