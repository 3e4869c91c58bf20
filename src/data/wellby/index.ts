/**
 * The HM Treasury Green Book value of a WELLBY (wellbeing-adjusted life year): one point of life
 * satisfaction on the ONS 0–10 scale, for one person, for one year.
 *
 * Data licence: Open Government Licence v3.0 (HM Treasury), stated apart from the MIT licence of
 * the code. This is the only wellbeing value the library bundles: HACT UK Social Value Bank values
 * are CC BY-NC-ND 4.0 with a clause forbidding their inclusion in any tool, so they are never
 * shipped; load your own licensed bank with `parseValueBank` from `social-outcomes/schema`.
 *
 * @packageDocumentation
 */

/** Where the WELLBY value comes from and under which licence (STYLE rule 20). */
export interface WellbyProvenance {
  /** Title of the source publication. */
  readonly source: string;
  /** Publisher. */
  readonly publisher: string;
  /** Landing page of the publication. */
  readonly url: string;
  /** Edition (publication date) of the guidance. */
  readonly edition: string;
  /** Where in the publication the value is stated, and how that location was established. */
  readonly location: string;
  /** ISO date on which the value was recorded for this library. */
  readonly retrieved: string;
  /** Licence of the data (not of the code). */
  readonly licence: string;
  /** Every change made to the published values. */
  readonly transformations: ReadonlyArray<string>;
  /** Known caveats of use. */
  readonly caveats: ReadonlyArray<string>;
  /** Known errors and corrections. */
  readonly errata: ReadonlyArray<string>;
}

/** A money value per WELLBY with its sensitivity range and price year. */
export interface WellbyValue {
  /** Stable identifier of the value and its edition. */
  readonly id: string;
  /** What one unit is. */
  readonly unit: string;
  /** Central value, £ per WELLBY, in `priceYear` prices. */
  readonly value: number;
  /** Low end of the recommended sensitivity range, £ per WELLBY. */
  readonly low: number;
  /** High end of the recommended sensitivity range, £ per WELLBY. */
  readonly high: number;
  /** Price year of the three values (a calendar year as published: `'2019'`). */
  readonly priceYear: string;
  /** Currency of the values. */
  readonly currency: 'GBP';
  /** Source, edition, licence and caveats. */
  readonly provenance: WellbyProvenance;
}

/**
 * Green Book WELLBY: £13,000 per point of life satisfaction per person per year in 2019 prices,
 * with a sensitivity range of £10,000 to £16,000.
 *
 * @remarks
 * Reference: HM Treasury (2021) *Wellbeing Guidance for Appraisal: Supplementary Green Book
 * Guidance*, 26 July 2021, p. 33 (page as cited by the BENEFITS D2.2 valuation report; the value
 * and range are also quoted by MeasureUp, https://measure-up.org/mu-outcomes/improved-life-satisfaction/).
 *
 * @example
 * ```ts
 * import { greenBookWellby } from 'social-outcomes/data/wellby';
 * greenBookWellby.value //=> 13000
 * greenBookWellby.priceYear //=> '2019'
 * ```
 */
export const greenBookWellby: WellbyValue = Object.freeze({
  id: 'hmt-green-book-wellby-2021',
  unit: 'one point of life satisfaction (ONS 0–10 scale) for one person for one year',
  value: 13000,
  low: 10000,
  high: 16000,
  priceYear: '2019',
  currency: 'GBP',
  provenance: Object.freeze({
    source: 'Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance',
    publisher: 'HM Treasury',
    url: 'https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing',
    edition: '26 July 2021 (page last updated 18 November 2022)',
    location: 'p. 33, as cited by the BENEFITS D2.2 Microsimulation Valuation Tool report; not re-read in the PDF itself',
    retrieved: '2026-11-23',
    licence: 'Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)',
    transformations: Object.freeze([] as string[]),
    caveats: Object.freeze([
      'values are in 2019 prices; uprate with a calendar-year deflator (e.g. gdpDeflatorCalendarYear)',
      'HM Treasury also describes uprating the WELLBY for real GDP per capita growth; that method is not verified here and is not applied by the library (plain GDP-deflator uprating only)',
      'a WELLBY values a change in life satisfaction; other wellbeing scales (e.g. SWEMWBS) need a stated, cited conversion supplied by the user',
    ]),
    errata: Object.freeze([] as string[]),
  }),
});
