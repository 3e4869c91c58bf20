import { checkPriceYear, type ParsedPriceYear } from './_internal/priceYear';

export type { ParsedPriceYear } from './_internal/priceYear';

/**
 * Reads a price year written as a calendar year (`2019`, `'2019'`) or a UK financial year
 * (`'2023-24'`, `'2023/24'`, `'2023-2024'`) and returns its canonical label.
 *
 * @remarks
 * Every money value in the library carries the year whose prices it is stated in. Calendar years
 * and financial years (1 April to 31 March) are different periods and are never silently equated:
 * a deflator series indexed by financial year cannot uprate a value stated in calendar-year prices.
 *
 * **Formula**
 * ```tex
 * \text{label} = \begin{cases} \texttt{YYYY} & \text{calendar year} \\ \texttt{YYYY-yy},\ yy = (YYYY + 1) \bmod 100 & \text{financial year} \end{cases}
 * ```
 *
 * **References**
 * HM Treasury (2022) *The Green Book*, Annex A5 (price bases and the GDP deflator);
 * https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government
 *
 * @param value - the price year, as a number or string
 * @returns the canonical label, the kind of period and its starting calendar year
 * @throws {InvalidInputError} when the value is not a calendar or financial year (e.g. `'2023-25'`)
 * @example
 * ```ts
 * import { parsePriceYear } from 'social-outcomes/socialvalue';
 * parsePriceYear('2023/24') //=> { label: '2023-24', period: 'financial-year', startYear: 2023 }
 * parsePriceYear(2019).label //=> '2019'
 * parsePriceYear('2023-25') //=> throws InvalidInputError
 * ```
 */
export function parsePriceYear(value: string | number): ParsedPriceYear {
  return checkPriceYear('parsePriceYear', 'value', value, ['value']);
}
